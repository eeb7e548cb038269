package org.demarc.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.demarc.codec.Codec;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.registry.DecisionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes decisions to the log off the request path: a request hands its decision over (a bounded queue) and answers;
 * one writer turns decisions into rows (JSON, compressed) and inserts them in batches, one transaction each. When the
 * queue is full a request records its decision itself, so none is dropped. On a clean stop (after the web server has
 * stopped taking requests) the writer drains the queue before the database closes; a crash loses what is queued (at
 * most the queue's capacity, in practice the last few milliseconds of decisions).
 */
@Component
class DecisionWriter implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionWriter.class);
  static final int CAPACITY = 10_000;
  private static final int BATCH = 256;

  /** A decision as handed over by a request: serialised later, in the language it was answered in. */
  record Pending(Instant at, String route, String flowId, Long flowVersion, Object input, EvaluationResponse answer,
      String language) {}

  private final DecisionLog log;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
  /** Decisions handed over and not yet committed, by id: readable while they wait (read-your-writes). */
  private final java.util.Map<String, Pending> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
  private final JsonMapper ja = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "ja")).build();
  private final JsonMapper en = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "en")).build();
  private volatile boolean running;
  private Thread worker;

  DecisionWriter(DecisionLog log) {
    this.log = log;
  }

  /**
   * Records a decision in the request, committed before the answer is sent: for decisions the caller is likely to read
   * back at once (evaluations of stored flows).
   */
  void recordNow(Pending p) {
    log.record(decision(p));
  }

  /** Hands a decision over; records it at once when the queue is full. */
  void submit(Pending p) {
    inFlight.put(p.answer().decisionId(), p);
    if (!running || !queue.offer(p)) {
      try {
        log.record(decision(p));
      } finally {
        inFlight.remove(p.answer().decisionId());
      }
    }
  }

  DecisionLog.Decision decision(Pending p) {
    JsonMapper mapper = "ja".equals(p.language()) ? ja : en;
    EvaluationResult r = p.answer().result();
    return new DecisionLog.Decision(p.answer().decisionId(), p.at(), p.route(), null, p.flowId(), p.flowVersion(),
        r.edition().name(), r.provenance().contentHash(), r.provenance().engineVersion(), r.verdict().name(),
        r.findings().stream().map(Finding::id).sorted().toList(),
        p.input() instanceof String s ? s : mapper.writeValueAsString(p.input()),
        mapper.writeValueAsString(p.answer()));
  }

  private void drainLoop() {
    List<Pending> batch = new ArrayList<>(BATCH);
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | Error e) {
        // the writer never dies: what failed is logged, the rest is written
        LOG.error("decision writer: a batch failed", e);
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    try {
      writeBatch(batch);
    } finally {
      for (Pending p : batch) {
        inFlight.remove(p.answer().decisionId());
      }
    }
  }

  private void writeBatch(List<Pending> batch) {
    List<DecisionLog.Decision> decisions = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      try {
        decisions.add(decision(p));
      } catch (RuntimeException e) {
        LOG.error("decision {} could not be serialised", p.answer().decisionId(), e);
      }
    }
    try {
      log.recordAll(decisions);
    } catch (RuntimeException e) {
      // one bad row must not take the others with it: write them one by one
      LOG.warn("a batch of {} decisions failed ({}); writing them one by one", decisions.size(), e.toString());
      for (DecisionLog.Decision d : decisions) {
        try {
          log.record(d);
        } catch (RuntimeException single) {
          LOG.error("decision {} could not be recorded", d.id(), single);
        }
      }
    }
  }

  /** A decision still waiting to be written, so a client reads what it was just answered (read-your-writes). */
  java.util.Optional<DecisionLog.Decision> find(String id) {
    Pending p = inFlight.get(id);
    return p == null ? java.util.Optional.empty() : java.util.Optional.of(decision(p));
  }

  /** Decisions waiting to be written (for tests and metrics). */
  int pending() {
    return queue.size();
  }

  @Override
  public void start() {
    running = true;
    worker = new Thread(this::drainLoop, "demarc-decision-writer");
    worker.setDaemon(false);
    worker.start();
  }

  @Override
  public void stop() {
    running = false;
    try {
      worker.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops after the web server has stopped taking requests (lower phases stop later), before the database closes. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}

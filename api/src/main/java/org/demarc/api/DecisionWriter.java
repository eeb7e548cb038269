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
 * most the queue's capacity; in practice the decisions of the last {@value #LINGER_MS} ms or so, which wait to be
 * committed together).
 */
@Component
class DecisionWriter implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionWriter.class);
  static final int CAPACITY = 10_000;
  private static final int BATCH = 512;
  /** How long a batch waits for more decisions after its first (a crash can lose what waits: see the class). */
  static final long LINGER_MS = 100;

  /** A decision as handed over by a request: serialised later, in the language it was answered in. */
  record Pending(String tenant, String caller, Instant at, String route, String flowId, Long flowVersion,
      Object input, Object answer, Summary summary, String language) {
    Pending(String tenant, String caller, Instant at, String route, String flowId, Long flowVersion, Object input,
        EvaluationResponse answer, String language) {
      this(tenant, caller, at, route, flowId, flowVersion, input, answer, Summary.of(answer), language);
    }
  }

  /**
   * What the log indexes of an answer.
   *
   * @param decisionId the decision id the answer carries
   * @param edition the edition (a comparison: "from..to")
   * @param ruleSetHash the rule set's content hash
   * @param engineVersion the engine's version
   * @param verdict the verdict (a comparison: under its second edition)
   * @param findingIds the findings' ids (a contract check: the open checklist items)
   */
  record Summary(String decisionId, String edition, String ruleSetHash, String engineVersion, String verdict,
      List<String> findingIds) {
    static Summary of(EvaluationResponse r) {
      EvaluationResult e = r.result();
      return new Summary(r.decisionId(), e.edition().name(), e.provenance().contentHash(),
          e.provenance().engineVersion(), e.verdict().name(), e.findings().stream().map(Finding::id).sorted().toList());
    }

    static Summary of(String decisionId, org.demarc.model.result.EditionComparison c) {
      return new Summary(decisionId, c.from() + ".." + c.to(), c.toResult().provenance().contentHash(),
          c.toResult().provenance().engineVersion(), c.toVerdict().name(),
          c.toResult().findings().stream().map(Finding::id).sorted().toList());
    }

    static Summary of(String decisionId, org.demarc.model.result.ContractCheck c) {
      return new Summary(decisionId, c.edition().name(), c.provenance().contentHash(),
          c.provenance().engineVersion(), c.verdict().name(), c.items().stream()
          .filter(i -> i.status() != org.demarc.model.result.ChecklistStatus.COVERED
              && i.status() != org.demarc.model.result.ChecklistStatus.NOT_APPLICABLE)
          .map(org.demarc.model.result.ChecklistItem::id).sorted().toList());
    }
  }

  private final DecisionLog log;
  private final Masking masking;
  private final tools.jackson.dataformat.yaml.YAMLMapper yaml = Codec.strictYaml();
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
  /** Decisions handed over and not yet committed, by id: readable while they wait (read-your-writes). */
  private final java.util.Map<String, Pending> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
  private final JsonMapper ja = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "ja")).build();
  private final JsonMapper en = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "en")).build();
  private volatile boolean running;
  private Thread worker;

  @org.springframework.beans.factory.annotation.Autowired
  DecisionWriter(DecisionLog log, DemarcProperties properties) {
    this(log, new Masking(properties.decisionMasking()));
  }

  DecisionWriter(DecisionLog log, Masking masking) {
    this.log = log;
    this.masking = masking;
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
    inFlight.put(p.summary().decisionId(), p);
    if (!running || !queue.offer(p)) {
      try {
        log.record(decision(p));
      } finally {
        inFlight.remove(p.summary().decisionId());
      }
    }
  }

  DecisionLog.Decision decision(Pending p) {
    JsonMapper mapper = "ja".equals(p.language()) ? ja : en;
    Summary s = p.summary();
    return new DecisionLog.Decision(s.decisionId(), p.tenant(), p.at(), p.route(), p.caller(), p.flowId(), p.flowVersion(),
        s.edition(), s.ruleSetHash(), s.engineVersion(), s.verdict(), s.findingIds(), input(p.input(), mapper),
        p.answer() instanceof byte[] json ? json : mapper.writeValueAsBytes(p.answer()), p.language());
  }

  /** An answer as the log writes it, in a language ("ja" or another: English), as a tree (answers given as JSON bytes are the bytes sent). */
  tools.jackson.databind.JsonNode tree(Object answer, String language) {
    return ("ja".equals(language) ? ja : en).valueToTree(answer);
  }

  /** The input as stored: as received, or (when masking is set) as JSON with the masked values replaced. */
  private byte[] input(Object input, JsonMapper mapper) {
    if (masking.isEmpty()) {
      return input instanceof byte[] raw ? raw : input instanceof String text
          ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8) : mapper.writeValueAsBytes(input);
    }
    tools.jackson.databind.JsonNode tree = input instanceof byte[] raw ? yaml.readTree(raw)
        : input instanceof String text ? yaml.readTree(text) : mapper.valueToTree(input);
    masking.apply(tree);
    return mapper.writeValueAsBytes(tree);
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
        linger(batch);
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

  /**
   * Fills the batch with what arrives within {@link #LINGER_MS} of its first decision (group commit): the embedded
   * database writes every modified page on each commit, so one commit per few decisions cost the writer most of its
   * time (profiled: 70% in the commit at 1,400 decisions/s). Stops lingering when the batch is full or the service
   * is stopping.
   */
  private void linger(List<Pending> batch) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MS);
    queue.drainTo(batch, BATCH - batch.size());
    while (batch.size() < BATCH && running) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        break;
      }
      Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        break;
      }
      batch.add(next);
      queue.drainTo(batch, BATCH - batch.size());
    }
  }

  private void write(List<Pending> batch) {
    try {
      writeBatch(batch);
    } finally {
      for (Pending p : batch) {
        inFlight.remove(p.summary().decisionId());
      }
    }
  }

  private void writeBatch(List<Pending> batch) {
    List<DecisionLog.Decision> decisions = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      try {
        decisions.add(decision(p));
      } catch (RuntimeException e) {
        LOG.error("decision {} could not be serialised", p.summary().decisionId(), e);
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
  java.util.Optional<DecisionLog.Decision> find(String tenant, String id) {
    Pending p = inFlight.get(id);
    return p == null || !p.tenant().equals(tenant) ? java.util.Optional.empty() : java.util.Optional.of(decision(p));
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

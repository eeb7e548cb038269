package org.demarc.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarc.codec.Codec;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warms the engine once the service is ready ({@code demarc.warm-up-seconds}, default 20; 0: off): one background
 * thread judges the example flows bundled with the service (every kind of flow) over and over, as the routes and the
 * impact analyses do (read from their files, evaluated, compared between the first and the newest edition, the answers
 * written as JSON), until it has used that much processor time or the service stops. The JVM compiles the code an
 * evaluation runs only after running it many times: without this, the first tens of thousands of evaluations after a
 * start run two to three times slower (measured: the first impact analysis of 100,000 stored flows after a start took
 * twice as long as the next). The budget is the thread's own processor time, so a warm-up sharing the processors with
 * a few requests does the same work, only later. Requests that judge flows in numbers warm the engine themselves: once
 * {@value #STAND_DOWN_AFTER} have been timed since it began ({@code demarc.evaluation.latency} and
 * {@code demarc.decision.latency}: evaluations, batches, comparisons, contract checks and reviews), it stops and leaves
 * the processors to them (measured: left running under a load test, it took 50 s to use its 20 s and the evaluations
 * measured meanwhile ran at half their pace). Readiness does not wait for it. It never writes to the database and never
 * runs in the launcher's training start.
 */
@Component
class EngineWarmUp implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);
  /** Judgements by requests after which the warm-up stops: the requests warm the engine themselves. */
  static final long STAND_DOWN_AFTER = 1_000;
  private final DemarcEngine engine;
  private final MeterRegistry registry;
  private final Duration budget;
  private final boolean training;
  private volatile Thread thread;

  EngineWarmUp(DemarcEngine engine, DemarcProperties properties, TrainingRun training, MeterRegistry registry) {
    this.engine = engine;
    this.registry = registry;
    this.budget = Duration.ofSeconds(properties.warmUpSeconds());
    this.training = training.enabled();
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (budget.isZero() || training || thread != null) {
      return;
    }
    Thread t = new Thread(() -> {
      Done done = warmUp(engine, exampleFlows(), budget, () -> judgedByRequests(registry));
      LOG.info("engine warm-up: {} flows judged ({} rounds over {} example flows) in {} ms{}{}", done.judged(),
          done.rounds(), done.flows(), done.millis(),
          done.stoodDown() ? "; stopped early: requests judged " + STAND_DOWN_AFTER + " flows meanwhile" : "",
          done.failures().isEmpty() ? "" : "; failed: " + done.failures());
    }, "demarc-warm-up");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** The warm-up's thread, once started (null before, and when it does not run). */
  Thread thread() {
    return thread;
  }

  @Override
  public void destroy() {
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  /** Flows judged by requests so far: the count of every decision the routes time. */
  static long judgedByRequests(MeterRegistry registry) {
    long n = 0;
    for (String name : List.of("demarc.evaluation.latency", "demarc.decision.latency")) {
      for (Timer t : registry.find(name).timers()) {
        n += t.count();
      }
    }
    return n;
  }

  /**
   * What a warm-up did.
   *
   * @param flows example flows it judged
   * @param rounds rounds over them (the last may be cut short)
   * @param judged flows judged (each evaluated and compared, both answers written as JSON)
   * @param millis how long it ran
   * @param failures example flows that could not be read or judged, with why (none expected)
   * @param stoodDown whether it stopped because requests judged {@link #STAND_DOWN_AFTER} flows meanwhile
   */
  record Done(int flows, int rounds, long judged, long millis, List<String> failures, boolean stoodDown) {}

  /** The example flows bundled with the service, read as the registry reads stored flows, by file name. */
  static Map<String, DataFlow> exampleFlows() {
    ObjectMapper json = Codec.strict(JsonMapper.builder()).build();
    ObjectMapper yaml = Codec.strictYaml();
    Map<String, DataFlow> flows = new LinkedHashMap<>();
    for (String file : new java.util.TreeSet<>(FlowKindExamples.FILES.values())) {
      String text = FlowKindExamples.read(file);
      flows.put(file, (file.endsWith(".json") ? json : yaml).readValue(text, DataFlow.class));
    }
    return flows;
  }

  /**
   * Judges {@code flows} round after round until this thread has used {@code budget} of processor time (of wall-clock
   * time where the JVM cannot tell a thread's), is interrupted, or {@code byRequests} (flows judged by requests) has
   * grown by {@link #STAND_DOWN_AFTER} since it began: each flow evaluated under the newest edition and compared
   * between the first and the newest (as an impact analysis does), both answers written as JSON, in English and in
   * Japanese by turns, and thrown away.
   */
  static Done warmUp(DemarcEngine engine, Map<String, DataFlow> flows, Duration budget,
      java.util.function.LongSupplier byRequests) {
    ObjectMapper en = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "en")).build();
    ObjectMapper ja = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "ja")).build();
    List<Edition> editions = engine.editions();
    Edition first = editions.get(0);
    Edition newest = editions.get(editions.size() - 1);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.function.LongSupplier clock = threads.isCurrentThreadCpuTimeSupported()
        ? threads::getCurrentThreadCpuTime : System::nanoTime;
    long start = System.nanoTime();
    long deadline = clock.getAsLong() + budget.toNanos();
    long standDown = byRequests.getAsLong() + STAND_DOWN_AFTER;
    boolean stoodDown = false;
    Map<String, DataFlow> good = new LinkedHashMap<>(flows);
    List<String> failures = new ArrayList<>();
    int rounds = 0;
    long judged = 0;
    while (!good.isEmpty() && clock.getAsLong() < deadline && !Thread.currentThread().isInterrupted() && !stoodDown) {
      rounds++;
      ObjectMapper writer = rounds % 2 == 0 ? ja : en;
      for (var it = good.entrySet().iterator(); it.hasNext() && clock.getAsLong() < deadline;) {
        if (byRequests.getAsLong() >= standDown) {
          stoodDown = true;
          break;
        }
        Map.Entry<String, DataFlow> e = it.next();
        try {
          writer.writeValue(OutputStream.nullOutputStream(), engine.evaluate(e.getValue(), newest));
          writer.writeValue(OutputStream.nullOutputStream(), engine.impact(e.getValue(), List.of(), first, newest));
          judged++;
        } catch (RuntimeException ex) {
          failures.add(e.getKey() + ": " + ex);
          it.remove();
        }
      }
    }
    return new Done(flows.size(), rounds, judged, (System.nanoTime() - start) / 1_000_000, List.copyOf(failures),
        stoodDown);
  }
}

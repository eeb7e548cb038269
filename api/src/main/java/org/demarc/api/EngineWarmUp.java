package org.demarc.api;

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
 * requests does the same work, only later. Readiness does not wait for it; requests that arrive meanwhile share the
 * processors with it. It never writes to the database and never runs in the launcher's training start.
 */
@Component
class EngineWarmUp implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);
  private final DemarcEngine engine;
  private final Duration budget;
  private final boolean training;
  private volatile Thread thread;

  EngineWarmUp(DemarcEngine engine, DemarcProperties properties, TrainingRun training) {
    this.engine = engine;
    this.budget = Duration.ofSeconds(properties.warmUpSeconds());
    this.training = training.enabled();
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (budget.isZero() || training || thread != null) {
      return;
    }
    Thread t = new Thread(() -> {
      Done done = warmUp(engine, exampleFlows(), budget);
      LOG.info("engine warm-up: {} flows judged ({} rounds over {} example flows) in {} ms{}", done.judged(),
          done.rounds(), done.flows(), done.millis(), done.failures().isEmpty() ? "" : "; failed: " + done.failures());
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

  /**
   * What a warm-up did.
   *
   * @param flows example flows it judged
   * @param rounds rounds over them (the last may be cut short)
   * @param judged flows judged (each evaluated and compared, both answers written as JSON)
   * @param millis how long it ran
   * @param failures example flows that could not be read or judged, with why (none expected)
   */
  record Done(int flows, int rounds, long judged, long millis, List<String> failures) {}

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
   * time where the JVM cannot tell a thread's) or is interrupted: each flow evaluated under the newest edition and
   * compared between the first and the newest (as an impact analysis does), both answers written as JSON, in English
   * and in Japanese by turns, and thrown away.
   */
  static Done warmUp(DemarcEngine engine, Map<String, DataFlow> flows, Duration budget) {
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
    Map<String, DataFlow> good = new LinkedHashMap<>(flows);
    List<String> failures = new ArrayList<>();
    int rounds = 0;
    long judged = 0;
    while (!good.isEmpty() && clock.getAsLong() < deadline && !Thread.currentThread().isInterrupted()) {
      rounds++;
      ObjectMapper writer = rounds % 2 == 0 ? ja : en;
      for (var it = good.entrySet().iterator(); it.hasNext() && clock.getAsLong() < deadline;) {
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
    return new Done(flows.size(), rounds, judged, (System.nanoTime() - start) / 1_000_000, List.copyOf(failures));
  }
}

package org.demarc.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Metrics of every kind of decision, not only evaluations: {@code demarc.decisions} (count by kind, edition and
 * verdict) and {@code demarc.decision.latency} (time by kind), for comparisons, contract checks and contract reviews.
 */
@Component
class DecisionMetrics {
  private final MeterRegistry registry;

  DecisionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Runs one decision, timing it and counting it by its verdict. */
  <T> T record(String kind, String edition, Supplier<T> decision, java.util.function.Function<T, String> verdict) {
    long start = System.nanoTime();
    T result = decision.get();
    Timer.builder("demarc.decision.latency").description("time to decide, by kind of decision").tag("kind", kind)
        .publishPercentileHistogram().register(registry)
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    registry.counter("demarc.decisions", "kind", kind, "edition", edition, "verdict", verdict.apply(result))
        .increment();
    return result;
  }
}

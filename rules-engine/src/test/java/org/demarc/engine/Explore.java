package org.demarc.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.demarc.model.DataFlow;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs a property over generated flows: choice sequences drawn from a seeded random source, each turned into a flow by
 * a generator ({@link FlowGen}). A failing sequence is shrunk (each choice lowered towards zero while the property still fails), so
 * the failure reports the simplest flow found, as YAML ready to become a scenario.
 *
 * <p>The seed is fixed, so a run is reproducible; {@code -Ddemarc.explore.tries=N} and {@code
 * -Ddemarc.explore.seed=S} explore further locally.
 */
public final class Explore {
  static final int LENGTH = 120;
  static final int MAX = 61;
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)
          .withContentInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private Explore() {}

  /**
   * Checks {@code property} on {@code tries} generated choice sequences (more if the system property says so). The
   * property returns whether the flow was one it speaks of; at least one in fifty must be, so no property holds
   * vacuously.
   */
  public static void forAll(long seed, int tries, Function<List<Integer>, DataFlow> generator,
      Predicate<DataFlow> property) {
    int n = tries(tries);
    long s = seed(seed);
    Random random = new Random(s);
    int applied = 0;
    for (int t = 0; t < n; t++) {
      List<Integer> choices = choices(random);
      try {
        applied += property.test(generator.apply(choices)) ? 1 : 0;
      } catch (AssertionError | RuntimeException e) {
        List<Integer> small = shrink(generator, property, choices);
        Throwable f = failure(generator, property, small);
        throw new AssertionError("fails (seed " + s + ", try " + t + ") for the flow\n"
            + YAML.writeValueAsString(generator.apply(small)) + "choices " + trim(small) + "\n" + f.getMessage(), f);
      }
    }
    if (applied * 50 < n) {
      throw new AssertionError("the property spoke of only " + applied + " of " + n + " generated flows");
    }
  }

  private static Throwable failure(Function<List<Integer>, DataFlow> generator, Predicate<DataFlow> property,
      List<Integer> choices) {
    try {
      property.test(generator.apply(choices));
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  /** The number of tries: {@code fixed}, or {@code -Ddemarc.explore.tries=N}. */
  static int tries(int fixed) {
    return Integer.getInteger("demarc.explore.tries", fixed);
  }

  /** The seed: {@code fixed}, or {@code -Ddemarc.explore.seed=S}. */
  static long seed(long fixed) {
    return Long.getLong("demarc.explore.seed", fixed);
  }

  /** One choice sequence for a generator ({@link FlowGen}), drawn from {@code random}. */
  static List<Integer> choices(Random random) {
    List<Integer> choices = new ArrayList<>(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      choices.add(random.nextInt(MAX));
    }
    return choices;
  }

  /** Lowers each choice as far as the property keeps failing, until no single change helps. */
  private static List<Integer> shrink(Function<List<Integer>, DataFlow> generator, Predicate<DataFlow> property,
      List<Integer> choices) {
    List<Integer> c = new ArrayList<>(choices);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < c.size(); i++) {
        int original = c.get(i);
        for (int candidate : new int[] {0, original / 2, original - 1}) {
          if (candidate >= 0 && candidate < original) {
            c.set(i, candidate);
            if (failure(generator, property, c) != null) {
              changed = true;
              break;
            }
            c.set(i, original);
          }
        }
      }
    }
    return c;
  }

  private static List<Integer> trim(List<Integer> c) {
    int end = c.size();
    while (end > 0 && c.get(end - 1) == 0) {
      end--;
    }
    return c.subList(0, end);
  }
}

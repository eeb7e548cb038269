package org.demarc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.drools.model.codegen.ExecutableModelProject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What Drools itself costs on this machine, with none of Demarc's rules: a synthetic rule base of trivial rules
 * (executable model, identity equality, a pooled stateful session as the engine uses), sized like a typical Demarc
 * evaluation. It answers one question: how fast can any rule session that fires {@code rules} rules over
 * {@code facts} facts be here? Each operation takes a session from the pool, inserts the facts, fires and disposes
 * (resets) it, exactly the steps of Demarc's own session. The rules are the cheapest Drools has: one pattern with
 * one constraint each ({@code join=false}), or a two-pattern join ({@code join=true}) as most of Demarc's rules are.
 * The consequence only counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DroolsFloorBenchmark {
  /** A fact: a kind and a number. */
  public static final class Fact {
    private final int kind;
    private final int n;

    public Fact(int kind, int n) {
      this.kind = kind;
      this.n = n;
    }

    public int getKind() {
      return kind;
    }

    public int getN() {
      return n;
    }
  }

  /** The consequences' counter (a global). */
  public static final class Counter {
    private int fired;

    public void hit() {
      fired++;
    }

    public int fired() {
      return fired;
    }
  }

  /** Rules in the rule base; each fires once per session. */
  @Param({"1", "35"})
  public int rules;

  /** Facts inserted per session (at least one per rule's kind). */
  @Param({"15"})
  public int facts;

  /** Whether each rule joins two facts. */
  @Param({"false", "true"})
  public boolean join;

  private KieSessionsPool pool;
  private List<Fact> input;

  @Setup
  public void setUp() {
    StringBuilder drl = new StringBuilder("package floor;\nimport " + Fact.class.getCanonicalName() + ";\n"
        + "global " + Counter.class.getCanonicalName() + " out;\n");
    for (int i = 0; i < rules; i++) {
      int kind = i % facts;
      drl.append("rule r").append(i).append(" when\n  $a : Fact(kind == ").append(kind).append(")\n");
      if (join) {
        drl.append("  Fact(kind == ").append((kind + 1) % facts).append(", n == $a.n)\n");
      }
      drl.append("then\n  out.hit();\nend\n");
    }
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/floor/floor.drl", drl.toString());
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.toString());
    }
    KieBase base = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
    pool = base.newKieSessionsPool(1);
    input = new ArrayList<>();
    for (int i = 0; i < facts; i++) {
      input.add(new Fact(i, 7));
    }
    int fired = session();
    if (fired != rules) {
      throw new IllegalStateException("expected " + rules + " rules to fire, " + fired + " did");
    }
  }

  @Benchmark
  public int session() {
    KieSession session = pool.newKieSession();
    try {
      Counter out = new Counter();
      session.setGlobal("out", out);
      for (Fact fact : input) {
        session.insert(fact);
      }
      session.fireAllRules();
      return out.fired();
    } finally {
      session.dispose();
    }
  }
}

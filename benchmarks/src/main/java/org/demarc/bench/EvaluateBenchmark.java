package org.demarc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.AuthMethod;
import org.demarc.model.ChannelProtocol;
import org.demarc.model.ChannelSecurity;
import org.demarc.model.Consent;
import org.demarc.model.ConsentBasis;
import org.demarc.model.ControlType;
import org.demarc.model.DataDescription;
import org.demarc.model.DataFlow;
import org.demarc.model.Direction;
import org.demarc.model.Edition;
import org.demarc.model.EndAuthentication;
import org.demarc.model.FlowPurpose;
import org.demarc.model.ImpliedConsentCase;
import org.demarc.model.InPlace;
import org.demarc.model.LegalForm;
import org.demarc.model.NetworkType;
import org.demarc.model.ObjectSecurity;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Recipient;
import org.demarc.model.Segment;
import org.demarc.model.TamperDetection;
import org.demarc.model.result.EvaluationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Evaluation throughput for a typical 3-segment flow and a 20-segment flow, one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmark {
  private DemarcEngine engine;
  private DataFlow typical;
  private DataFlow long20;

  @Setup
  public void setUp() {
    engine = DemarcEngine.create();
    typical = flow(3);
    long20 = flow(20);
    check(engine.evaluate(typical, Edition.E2008_V3), 3);
    check(engine.evaluate(long20, Edition.E2008_V3), 20);
  }

  private static void check(EvaluationResult r, int segments) {
    long cells = r.segmentThreats().stream().flatMap(c -> c.segments().stream()).distinct().count();
    if (cells != segments || r.findings().isEmpty()) {
      throw new IllegalStateException("benchmark flow did not evaluate as expected: " + r.verdict());
    }
  }

  @Benchmark
  public EvaluationResult typicalThreeSegments() {
    return engine.evaluate(typical, Edition.E2008_V3);
  }

  @Benchmark
  public EvaluationResult twentySegments() {
    return engine.evaluate(long20, Edition.E2008_V3);
  }

  /** A regional-care flow through alternating carrier and online-service segments, encrypted end to end. */
  public static DataFlow flow(int segments) {
    List<Party> parties = List.of(
        new Party("hosp", "A病院", Set.of(PartyRole.PROVIDER)),
        new Party("clinic", "Bクリニック", Set.of(PartyRole.RECIPIENT)),
        new Party("carrier", "C通信", Set.of(PartyRole.CARRIER)),
        new Party("osp", "D地域連携ネット", Set.of(PartyRole.ONLINE_SERVICE)));
    List<Segment> path = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      boolean service = i % 3 == 1;
      path.add(new Segment("s" + (i + 1), "p" + i, "p" + (i + 1),
          service ? NetworkType.OPEN_INTERNET : NetworkType.CLOSED_IP_SINGLE_CARRIER,
          service ? "osp" : "carrier",
          new ChannelSecurity(service ? ChannelProtocol.TLS : ChannelProtocol.IPSEC_IKE, service ? "1.2" : null, service)));
    }
    List<InPlace> inPlace = new ArrayList<>();
    for (ControlType c : ControlType.values()) {
      if (c.declared()) {
        inPlace.add(new InPlace(c, null, null));
      }
    }
    return new DataFlow("bench-" + segments, null, FlowPurpose.REGIONAL_CARE_COORDINATION,
        LegalForm.THIRD_PARTY_PROVISION, new Consent(ConsentBasis.IMPLIED, ImpliedConsentCase.A_CARE_COORDINATION, null),
        Direction.TWO_WAY, new DataDescription(true, true), parties, "hosp", List.of(new Recipient("clinic", true)),
        path, new ObjectSecurity("hosp", "clinic", TamperDetection.ELECTRONIC_SIGNATURE),
        new EndAuthentication(true, true, AuthMethod.PUBLIC_KEY), List.of(), inPlace, null, null, null, null);
  }
}

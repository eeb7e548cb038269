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
import org.demarc.model.result.Verdict;
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
    if (cells != segments || r.findings().isEmpty() || r.verdict() != Verdict.COMPLIANT
        || !r.unusedDeclarations().isEmpty()) {
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

  /** The declarable controls the edition 3 draft asks of {@link #flow(int)}. */
  private static final List<ControlType> ASKED = java.util.Arrays.stream(ControlType.values())
      .filter(ControlType::declared)
      .filter(c -> java.util.EnumSet.of(ControlType.AVAILABILITY_TERMS, ControlType.DELEGATED_MANAGEMENT_SCOPE,
          ControlType.DEMARCATION_AGREEMENT, ControlType.EARLY_ENCRYPTION, ControlType.ESTABLISHED_AUTH_MECHANISM,
          ControlType.FAILURE_RESPONSE_LEAD, ControlType.MALWARE_AND_PATCH_MANAGEMENT,
          ControlType.NETWORK_SECURITY_RESPONSIBILITY_AGREED, ControlType.OUTAGE_AND_INCIDENT_HANDLING,
          ControlType.PATIENT_CONTACT_POINT, ControlType.PEER_NETWORK_CONFIGURATION_CHECKED,
          ControlType.RECIPIENT_PURPOSE_SPECIFIED, ControlType.RISK_EXPLAINED_TO_PATIENTS,
          ControlType.SEGMENT_RESPONSIBILITY_AGREED, ControlType.SENSITIVITY_BASED_NETWORK_CHOICE,
          ControlType.TAMPER_INTRUSION_INTERFERENCE_TERMS, ControlType.CONSENT_FOR_PROVISION,
          ControlType.OBJECT_ENCRYPTION, ControlType.TAMPER_DETECTION, ControlType.MUTUAL_AUTHENTICATION).contains(c))
      .toList();

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
    // the controls a well-described flow of this shape declares: those the edition asks of it (a flow declaring every
    // control type there is, as this benchmark's did until 2026-11-30, makes half its answer the declarations that
    // judge nothing)
    List<InPlace> inPlace = new ArrayList<>();
    for (ControlType c : ASKED) {
      inPlace.add(new InPlace(c, null, null));
    }
    return new DataFlow("bench-" + segments, null, FlowPurpose.REGIONAL_CARE_COORDINATION,
        LegalForm.THIRD_PARTY_PROVISION, new Consent(ConsentBasis.IMPLIED, ImpliedConsentCase.A_CARE_COORDINATION, null),
        Direction.TWO_WAY, new DataDescription(true, true), parties, "hosp", List.of(new Recipient("clinic", true)),
        path, new ObjectSecurity("hosp", "clinic", TamperDetection.ELECTRONIC_SIGNATURE),
        new EndAuthentication(true, true, AuthMethod.PUBLIC_KEY), List.of(), inPlace, null, null, null, null);
  }
}

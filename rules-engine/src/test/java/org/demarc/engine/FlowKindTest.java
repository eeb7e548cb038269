package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.FlowKind;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.MissingFact;
import org.demarc.model.result.Violation;
import org.junit.jupiter.api.Test;

/** The validator asks each kind of flow for exactly the facts that kind needs. */
class FlowKindTest {
  private static final DemarcEngine ENGINE = ScenarioTest.ENGINE;

  private static DataFlow flow(String yaml) {
    return Scenarios.STRICT.readValue(yaml, DataFlow.class);
  }

  private static final String HOSPITAL = """
      id: f
      provider: hosp
      parties:
      - {id: hosp, roles: [PROVIDER]}
      """;

  @Test
  void aFlowWithoutKindIsAnExchangeOrATakeOut() {
    assertThat(flow(HOSPITAL).effectiveKind()).isEqualTo(FlowKind.EXCHANGE);
    assertThat(flow(HOSPITAL + "takeOut: {items: []}\n").effectiveKind()).isEqualTo(FlowKind.TAKE_OUT);
    assertThat(flow(HOSPITAL + "kind: BREAK_GLASS\n").effectiveKind()).isEqualTo(FlowKind.BREAK_GLASS);
  }

  @Test
  void staffAccessNeedsTheStaffMemberNotALegalForm() {
    List<Violation> missingAccessor = ENGINE.validate(flow(HOSPITAL + "kind: STAFF_ACCESS\n"));
    assertThat(missingAccessor).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/accessedBy", "required"));
    List<Violation> wrongRole = ENGINE.validate(flow("""
        id: f
        kind: STAFF_ACCESS
        provider: hosp
        accessedBy: pt
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: pt, roles: [PATIENT]}
        """));
    assertThat(wrongRole).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/accessedBy", "role_mismatch"));

    DataFlow staff = flow("""
        id: f
        kind: STAFF_ACCESS
        provider: hosp
        accessedBy: dr
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: dr, roles: [STAFF]}
        data: {personal: true, medical: true}
        segments:
        - {id: s1, network: OPEN_INTERNET}
        objectSecurity: {encryptedBy: hosp, decryptedBy: dr, tamperDetection: ELECTRONIC_SIGNATURE}
        endAuthentication: {senderVerifiesRecipient: true, recipientVerifiesSender: true, method: PUBLIC_KEY}
        """);
    assertThat(ENGINE.validate(staff)).isEmpty();
    EvaluationResult result = ENGINE.evaluate(staff, Edition.E2008_V3);
    assertThat(result.missingFacts()).extracting(MissingFact::pointer)
        .doesNotContain("/legalForm", "/recipients", "/direction", "/consent/basis");
  }

  @Test
  void recipientsAndAccessorDoNotMix() {
    DataFlow staffWithRecipient = flow("""
        id: f
        kind: PATIENT_ACCESS
        provider: hosp
        accessedBy: pt
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: pt, roles: [PATIENT]}
        - {id: clinic, roles: [RECIPIENT]}
        recipients:
        - {party: clinic, identifiedInAdvance: true}
        """);
    assertThat(ENGINE.validate(staffWithRecipient)).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/recipients", "not_for_kind"));
    DataFlow exchangeWithAccessor = flow(HOSPITAL + "accessedBy: hosp\n");
    assertThat(ENGINE.validate(exchangeWithAccessor)).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/accessedBy", "not_for_kind"));
  }

  /** A provider, a recipient and the carrier of their one segment, which the caller appends. */
  private static final String ONE_CARRIER = """
        id: f
        provider: hosp
        legalForm: CONSIGNMENT
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: clinic, roles: [RECIPIENT]}
        - {id: isp, roles: [CARRIER]}
        recipients:
        - {party: clinic, identifiedInAdvance: true}
        segments:
        """;

  /** Information nobody encrypts has no party that decrypts it, no cipher and no key: naming one is refused. */
  @Test
  void informationNobodyEncryptsHasNobodyWhoDecryptsItNorACipher() {
    String flow = ONE_CARRIER + """
        - {id: s1, fromPoint: a, toPoint: b, network: CLOSED_IP_SINGLE_CARRIER, operator: isp}
        objectSecurity: %s
        """;
    for (String fine : List.of("{tamperDetection: ELECTRONIC_SIGNATURE}", "{encryptedBy: hosp}",
        "{encryptedBy: hosp, decryptedBy: clinic, cipher: {name: AES-256-GCM}, keyDelivery: PKI}")) {
      assertThat(ENGINE.validate(flow(flow.formatted(fine)))).as(fine).isEmpty();
    }
    // read before as plaintext on every segment without a word, though the flow says someone decrypts it
    List<Violation> v = ENGINE.validate(flow(flow.formatted(
        "{decryptedBy: clinic, cipher: {name: AES-256-GCM}, keyDelivery: SEPARATE_CHANNEL}")));
    assertThat(v).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/objectSecurity/decryptedBy", "encrypted_by_nobody"),
            tuple("/objectSecurity/cipher", "encrypted_by_nobody"),
            tuple("/objectSecurity/keyDelivery", "encrypted_by_nobody"));
    assertThat(v.get(0).message().en()).isEqualTo("`decryptedBy` says the information itself is encrypted, but"
        + " `encryptedBy` names no party: name the party that encrypts it, or leave `decryptedBy` out if the information"
        + " is not encrypted");
    assertThat(v.get(0).message().ja()).startsWith("`decryptedBy` は情報そのものが暗号化されていることを示しますが");
  }

  /** A case of implied consent stands only beside implied consent: beside another basis it is refused, not guessed. */
  @Test
  void aCaseOfImpliedConsentStandsOnlyBesideImpliedConsent() {
    String flow = ONE_CARRIER.replace("legalForm: CONSIGNMENT", "legalForm: THIRD_PARTY_PROVISION") + """
        - {id: s1, fromPoint: a, toPoint: b, network: LEASED_LINE, operator: isp}
        consent: %s
        """;
    for (String fine : List.of("{basis: IMPLIED, impliedCase: A_CARE_COORDINATION}", "{impliedCase: A_CARE_COORDINATION}",
        "{basis: EXPLICIT}", "{basis: LEGAL_EXCEPTION, legalException: REQUIRED_BY_LAW}")) {
      assertThat(ENGINE.validate(flow(flow.formatted(fine)))).as(fine).isEmpty();
    }
    // basis NONE beside case (a) was read as no consent at all, and the provision prohibited
    for (String basis : List.of("NONE", "EXPLICIT", "LEGAL_EXCEPTION")) {
      List<Violation> v = ENGINE.validate(flow(flow.formatted("{basis: " + basis + ", impliedCase: A_CARE_COORDINATION}")));
      assertThat(v).extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/consent/impliedCase", "not_for_basis"));
      assertThat(v.get(0).message().en()).isEqualTo("`impliedCase` applies only to implied consent (basis IMPLIED), not"
          + " to basis " + basis + ": give basis IMPLIED if the consent is implied, or leave `impliedCase` out");
      assertThat(v.get(0).message().ja()).startsWith("`impliedCase` は黙示の同意（basis が IMPLIED）の場合にだけ");
    }
  }

  /** A channel names its protocol, and nothing that belongs to another protocol. */
  @Test
  void aChannelNamesItsProtocolAndNothingThatBelongsToAnother() {
    String flow = ONE_CARRIER + """
        - {id: s1, fromPoint: a, toPoint: b, network: OPEN_INTERNET, operator: isp, channel: %s}
        """;
    for (String fine : List.of("{protocol: NONE}", "{protocol: NONE, clientAuthenticated: false}",
        "{protocol: TLS, tlsVersion: '1.2', clientAuthenticated: true, tunnelFrom: hosp, tunnelTo: clinic}",
        "{protocol: SSL_VPN_CLIENT, tlsVersion: '1.3'}", "{protocol: IPSEC_IKE, clientAuthenticated: true}")) {
      assertThat(ENGINE.validate(flow(flow.formatted(fine)))).as(fine).isEmpty();
    }
    // a tunnel written without its protocol was read as plaintext by one rule and as an encrypted path by another
    assertThat(ENGINE.validate(flow(flow.formatted("{tunnelFrom: hosp, tunnelTo: clinic}"))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/segments/0/channel/protocol", "required"));
    List<Violation> none = ENGINE.validate(flow(flow.formatted(
        "{protocol: NONE, tlsVersion: '1.2', clientAuthenticated: true, tunnelFrom: hosp, tunnelTo: clinic,"
            + " terminatesOn: END_DEVICE}")));
    assertThat(none).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/segments/0/channel/tlsVersion", "invalid_channel"),
            tuple("/segments/0/channel/clientAuthenticated", "invalid_channel"),
            tuple("/segments/0/channel/tunnelFrom", "invalid_channel"),
            tuple("/segments/0/channel/tunnelTo", "invalid_channel"),
            tuple("/segments/0/channel/terminatesOn", "invalid_channel"));
    assertThat(none.get(0).message().en()).isEqualTo("`tlsVersion` does not apply to a channel whose protocol is NONE:"
        + " give the protocol the channel uses, or leave `tlsVersion` out");
    assertThat(none.get(0).message().ja()).startsWith("`tlsVersion` はプロトコルが NONE のチャネルには指定できません");
    assertThat(ENGINE.validate(flow(flow.formatted("{protocol: IPSEC_IKE, tlsVersion: '1.2'}"))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/segments/0/channel/tlsVersion", "invalid_channel"));
  }

  /**
   * A party that decrypts and encrypts again is a carrier or service running a segment between the two ends of the
   * encryption: the provider, an end, a party that runs no segment, one named twice, or re-encrypting what is not
   * encrypted, is refused with a pointer to the entry.
   */
  @Test
  void reencryptionNamesACarrierOrServiceThatRunsASegment() {
    String flow = """
        id: f
        provider: hosp
        legalForm: CONSIGNMENT
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: clinic, roles: [RECIPIENT]}
        - {id: centre, roles: [ONLINE_SERVICE]}
        - {id: idle, roles: [CARRIER]}
        recipients:
        - {party: clinic, identifiedInAdvance: true}
        segments:
        - {id: s1, fromPoint: a, toPoint: b, network: OPEN_INTERNET}
        - {id: s2, fromPoint: b, toPoint: c, network: LEASED_LINE, operator: centre}
        - {id: s3, fromPoint: c, toPoint: d, network: OPEN_INTERNET}
        objectSecurity: {encryptedBy: %s, decryptedBy: clinic, reencryptedBy: %s}
        """;
    assertThat(ENGINE.validate(flow(flow.formatted("hosp", "[centre]")))).isEmpty();
    assertThat(ENGINE.validate(flow(flow.formatted("hosp", "[centre, hosp, clinic, idle, nobody, centre]"))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/objectSecurity/reencryptedBy/1", "invalid_reencryption"),
            tuple("/objectSecurity/reencryptedBy/2", "invalid_reencryption"),
            tuple("/objectSecurity/reencryptedBy/3", "invalid_reencryption"),
            tuple("/objectSecurity/reencryptedBy/4", "unknown_party"),
            tuple("/objectSecurity/reencryptedBy/5", "duplicate_id"));
    assertThat(ENGINE.validate(flow(flow.formatted("null", "[centre]")))).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/objectSecurity/reencryptedBy/0", "invalid_reencryption"),
            tuple("/objectSecurity/decryptedBy", "encrypted_by_nobody"));
    // the information is encrypted on the segments either side of the centre, and in plaintext on the centre's own
    EvaluationResult result = ENGINE.evaluate(flow(flow.formatted("hosp", "[centre]")), Edition.E2008_V3);
    assertThat(result.controls()).filteredOn(c -> c.control() == org.demarc.model.ControlType.OBJECT_ENCRYPTION
            && c.ruleId().equals("G-6.11-B3-09"))
        .extracting(c -> c.segment(), c -> c.status())
        .containsExactlyInAnyOrder(tuple("s1", org.demarc.model.result.ControlStatus.SATISFIED),
            tuple("s3", org.demarc.model.result.ControlStatus.SATISFIED));
    assertThat(result.controls()).filteredOn(c -> c.control() == org.demarc.model.ControlType.OBJECT_ENCRYPTION)
        .filteredOn(c -> "s2".equals(c.segment())).extracting(c -> c.status())
        .containsOnly(org.demarc.model.result.ControlStatus.MISSING);
  }

  /**
   * Remote maintenance, break-glass access and a take-out have no path (README, kinds of flow): a path, recipients, a
   * legal form, a consent or end-to-end protection given for one is refused, not passed over as if judged and in
   * order. The same take-out in an exchange keeps its path, and both are judged.
   */
  @Test
  void aKindWithoutAPathRefusesThePathAndTheProvision() {
    String provision = """
        legalForm: THIRD_PARTY_PROVISION
        consent: {basis: EXPLICIT}
        direction: ONE_WAY
        recipients:
        - {party: clinic, identifiedInAdvance: true}
        segments:
        - {id: s1, network: OPEN_INTERNET}
        objectSecurity: {encryptedBy: hosp, decryptedBy: clinic}
        endAuthentication: {senderVerifiesRecipient: true, recipientVerifiesSender: true, method: PUBLIC_KEY}
        """;
    String parties = """
        id: f
        provider: hosp
        data: {personal: true, medical: true}
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: clinic, roles: [RECIPIENT]}
        - {id: vendor, roles: [MAINTENANCE_VENDOR]}
        """;
    String takeOut = "takeOut: {items: [{id: usb, kind: PORTABLE_MEDIA, containsInformation: true}]}\n";
    List<String> pointers = List.of("/legalForm", "/consent", "/direction", "/recipients", "/segments",
        "/objectSecurity", "/endAuthentication");
    for (String kind : List.of(
        "kind: TAKE_OUT\n" + takeOut,
        "kind: BREAK_GLASS\nemergency: {declared: true, consentObtainable: false}\n",
        "kind: REMOTE_MAINTENANCE\nremoteLogins: [{id: rl, vendor: vendor, channelEncrypted: true}]\n")) {
      List<Violation> refused = ENGINE.validate(flow(parties + kind + provision));
      assertThat(refused).as(kind).extracting(Violation::code).containsOnly("not_for_kind");
      assertThat(refused).as(kind).extracting(Violation::pointer).containsExactlyInAnyOrderElementsOf(pointers);
      assertThat(ENGINE.validate(flow(parties + kind))).as(kind).isEmpty();
    }
    DataFlow exchange = flow(parties + takeOut + provision);
    assertThat(exchange.effectiveKind()).isEqualTo(FlowKind.EXCHANGE);
    assertThat(ENGINE.validate(exchange)).isEmpty();
    assertThat(ENGINE.evaluate(exchange, Edition.E2008_V3).findings()).extracting(f -> f.ruleId())
        .contains("G-6.9-C-07", "G-6.11-B1-03");
  }

  /**
   * A break-glass flow is break-glass access (README, kinds of flow): it need not say so again, and one that says it
   * uses none contradicts its kind, which Demarc does not guess its way out of.
   */
  @Test
  void aBreakGlassFlowUsesBreakGlassAccess() {
    String outsideAnEmergency = HOSPITAL + """
        kind: BREAK_GLASS
        data: {personal: true, medical: true}
        emergency: {declared: false, consentObtainable: true, accessLogged: true, procedureExists: true,
          logReviewed: true, accountDisabledAfter: true%s}
        """;
    DataFlow implied = flow(outsideAnEmergency.formatted(""));
    DataFlow stated = flow(outsideAnEmergency.formatted(", breakGlassUsed: true"));
    assertThat(ENGINE.validate(implied)).isEmpty();
    for (Edition e : Edition.values()) {
      EvaluationResult withoutIt = ENGINE.evaluate(implied, e);
      EvaluationResult withIt = ENGINE.evaluate(stated, e);
      assertThat(withoutIt.verdict()).as("under %s", e).isEqualTo(withIt.verdict());
      assertThat(withoutIt.findings()).extracting(f -> f.ruleId() + " " + f.kind())
          .as("under %s", e).containsExactlyInAnyOrderElementsOf(
              withIt.findings().stream().map(f -> f.ruleId() + " " + f.kind()).toList());
    }
    assertThat(ENGINE.evaluate(implied, Edition.E2008_V3).findings()).extracting(f -> f.ruleId())
        .contains("G-6.10-B-03");
    DataFlow contradicting = flow(outsideAnEmergency.formatted(", breakGlassUsed: false"));
    assertThat(ENGINE.validate(contradicting)).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/emergency/breakGlassUsed", "not_for_kind"));
  }

  @Test
  void rejectsControlCharactersAndLoneSurrogatesInIdsAndNames() {
    DataFlow bad = flow("""
        id: "f\\u001b[2J"
        provider: hosp
        parties:
        - {id: hosp, name: "A\\ud800", roles: [PROVIDER]}
        """);
    assertThat(ENGINE.validate(bad)).extracting(Violation::pointer, Violation::code)
        .contains(tuple("/id", "invalid_characters"), tuple("/parties/0/name", "invalid_characters"));
    DataFlow fine = flow(HOSPITAL + "description: \"改行\\nは説明なら可\"\n");
    assertThat(ENGINE.validate(fine)).isEmpty();
  }

  @Test
  void rejectsAPathThatDoesNotChain() {
    DataFlow broken = flow(HOSPITAL + """
        segments:
        - {id: s1, fromPoint: a, toPoint: b}
        - {id: s2, fromPoint: c, toPoint: d}
        - {id: s3, fromPoint: d, toPoint: d}
        - {id: s4, fromPoint: d, toPoint: b}
        """);
    assertThat(ENGINE.validate(broken)).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/segments/1/fromPoint", "path_disconnected"), tuple("/segments/2/toPoint", "path_self_loop"),
        tuple("/segments/3/toPoint", "path_cycle"));
    DataFlow chained = flow(HOSPITAL + """
        segments:
        - {id: s1, fromPoint: a, toPoint: b}
        - {id: s2, fromPoint: b, toPoint: c}
        - {id: s3}
        """);
    assertThat(ENGINE.validate(chained)).isEmpty();
  }

  @Test
  void acceptsABranchingPathAndJudgesEachLine() {
    // one-to-many recipients reached over separate lines from a hub, and a line straight from the hospital
    DataFlow branching = flow(HOSPITAL + """
        segments:
        - {id: up, fromPoint: hospital, toPoint: hub}
        - {id: d1, fromPoint: hub, toPoint: clinic-1}
        - {id: d2, fromPoint: hub, toPoint: clinic-2}
        - {id: d3, fromPoint: hospital, toPoint: clinic-3}
        """);
    assertThat(ENGINE.validate(branching)).isEmpty();
    assertThat(branching.branches()).containsExactly(List.of(0, 1), List.of(0, 2), List.of(3));
    assertThat(flow(HOSPITAL + """
        segments:
        - {id: up, fromPoint: hospital, toPoint: hub}
        - {id: d1, fromPoint: hub, toPoint: clinic-1}
        """).branches()).isNull();
  }

  @Test
  void refusesAnEncryptingPartyMissingFromALineWithAMessageSayingHowToWriteIt() {
    // the service re-encrypts on the line to clinic-1 only: the line to clinic-2 would be judged as if nobody did
    DataFlow branching = flow(HOSPITAL + """
        - {id: svc, roles: [ONLINE_SERVICE]}
        objectSecurity: {encryptedBy: hosp, reencryptedBy: [svc]}
        segments:
        - {id: up, fromPoint: hospital, toPoint: hub}
        - {id: d1, fromPoint: hub, toPoint: clinic-1, operator: svc}
        - {id: d2, fromPoint: hub, toPoint: clinic-2}
        """);
    List<Violation> violations = ENGINE.validate(branching);
    assertThat(violations).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/objectSecurity/reencryptedBy/0", "not_on_every_line"));
    assertThat(violations.get(0).message().en()).contains("`svc`", "`d2`", "flows of their own");
    assertThat(violations.get(0).message().ja()).contains("`svc`", "`d2`", "別のフロー");
  }

  @Test
  void refusesARecipientReencryptingOnOneLineOnly() {
    // the centre is also a recipient, and re-encrypts within the segment it runs to clinic-1: being a recipient puts
    // it at the far ends, not on the line to clinic-2, which would be judged as if nobody re-encrypted there
    DataFlow branching = flow(HOSPITAL + """
        - {id: centre, roles: [RECIPIENT, ONLINE_SERVICE]}
        - {id: clinic, roles: [RECIPIENT]}
        legalForm: THIRD_PARTY_PROVISION
        recipients:
        - {party: centre, identifiedInAdvance: true}
        - {party: clinic, identifiedInAdvance: true}
        objectSecurity: {encryptedBy: hosp, decryptedBy: clinic, reencryptedBy: [centre]}
        segments:
        - {id: up, fromPoint: hospital, toPoint: hub}
        - {id: d1, fromPoint: hub, toPoint: clinic-1, operator: centre}
        - {id: d2, fromPoint: hub, toPoint: clinic-2}
        """);
    assertThat(ENGINE.validate(branching)).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/objectSecurity/reencryptedBy/0", "not_on_every_line"));
    // on one line it is accepted
    assertThat(ENGINE.validate(branching.along(List.of(0, 1)))).isEmpty();
  }

  @Test
  void refusesAOneWayFlowEncryptedBeyondWhereItIsDecrypted() {
    // the recipient named as encrypting and the provider as decrypting: in a one-way flow nobody could encrypt the
    // information before it is decrypted, so the two were written the wrong way round
    String flow = """
        id: f
        provider: hosp
        direction: %s
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: lab, roles: [RECIPIENT]}
        - {id: isp, roles: [CARRIER]}
        recipients: [{party: lab, identifiedInAdvance: true}]
        segments:
        - {id: s1, fromPoint: hospital, toPoint: lab, network: OPEN_INTERNET, operator: isp}
        objectSecurity: {encryptedBy: %s, decryptedBy: %s, tamperDetection: ELECTRONIC_SIGNATURE}
        """;
    List<Violation> violations = ENGINE.validate(flow(flow.formatted("ONE_WAY", "lab", "hosp")));
    assertThat(violations).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/objectSecurity/encryptedBy", "encrypted_after_decrypted"));
    assertThat(violations.get(0).message().en()).contains("`lab`", "`hosp`", "TWO_WAY");
    assertThat(violations.get(0).message().ja()).contains("`lab`", "`hosp`", "TWO_WAY");
    // the right way round, or information that also goes back, is a flow Demarc judges
    assertThat(ENGINE.validate(flow(flow.formatted("ONE_WAY", "hosp", "lab")))).isEmpty();
    assertThat(ENGINE.validate(flow(flow.formatted("TWO_WAY", "lab", "hosp")))).isEmpty();
    // a carrier encrypting on its line before the recipient decrypts stands before it
    assertThat(ENGINE.validate(flow(flow.formatted("ONE_WAY", "isp", "lab")))).isEmpty();
    assertThat(ENGINE.validate(flow(flow.formatted("ONE_WAY", "lab", "isp")))).extracting(Violation::code)
        .containsExactly("encrypted_after_decrypted");
  }

  @Test
  void breakGlassNeedsItsEmergencyAndNoPath() {
    assertThat(ENGINE.validate(flow(HOSPITAL + "kind: BREAK_GLASS\n"))).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/emergency", "required"));
    DataFlow breakGlass = flow(HOSPITAL + """
        kind: BREAK_GLASS
        emergency: {declared: true, consentObtainable: false, breakGlassUsed: true, accessLogged: true,
          procedureExists: true, logReviewed: true, accountDisabledAfter: true}
        """);
    EvaluationResult result = ENGINE.evaluate(breakGlass, Edition.E2008_V3);
    assertThat(result.missingFacts()).isEmpty();
    assertThat(result.firedRules()).contains("G-6.10-B-03", "G-6.10-C-03").doesNotContain("G-6.11-B0-01");
  }

  @Test
  void remoteMaintenanceNeedsItsLoginsAndNoPath() {
    assertThat(ENGINE.validate(flow(HOSPITAL + "kind: REMOTE_MAINTENANCE\n")))
        .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/remoteLogins", "required"));
    DataFlow maintenance = flow("""
        id: f
        kind: REMOTE_MAINTENANCE
        provider: hosp
        parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: vendor, roles: [MAINTENANCE_VENDOR]}
        remoteLogins:
        - {id: rl-1, vendor: vendor, channelEncrypted: true, accessPointRestricted: true, protocolRestricted: true,
           accessRightsManaged: true, supervisedByInstitution: true, accounts: NAMED, enabledPerWorkOrder: true,
           logged: true, logReviewed: true}
        """);
    EvaluationResult result = ENGINE.evaluate(maintenance, Edition.E2007_V2);
    assertThat(result.missingFacts()).isEmpty();
    assertThat(result.verdict()).isEqualTo(org.demarc.model.result.Verdict.COMPLIANT);
  }
}

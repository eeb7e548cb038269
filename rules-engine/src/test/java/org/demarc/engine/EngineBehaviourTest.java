package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.Party;
import org.demarc.model.Recipient;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Violation;
import org.junit.jupiter.api.Test;

class EngineBehaviourTest {
  private static final DemarcEngine ENGINE = ScenarioTest.ENGINE;

  private static DataFlow scenario(String name) {
    return Scenarios.read(Scenarios.files().stream()
        .filter(p -> p.getFileName().toString().equals(name + ".yaml")).findFirst().orElseThrow()).given();
  }

  /**
   * A carrier term declared for every party, many times over, shows the institution's agreement with each carrier once:
   * the first declaration covers every segment of it, so no later one could be the first to cover a line (the facts
   * grow with the carriers, not with declarations times carriers). A contract naming segments still adds its own.
   */
  /**
   * Missing facts are listed in an order that does not follow the order the rules fired in (which a rebuilt rule base
   * may change): by rule id, then field, then the segment asked about in path order.
   */
  @Test
  void missingFactsAreListedByRuleThenFieldThenPathOrder() {
    DataFlow flow = scenario("object-security-unsaid-on-three-open-segments");
    for (Edition edition : Edition.values()) {
      List<org.demarc.model.result.MissingFact> missing = ENGINE.evaluate(flow, edition).missingFacts();
      assertThat(missing).extracting(org.demarc.model.result.MissingFact::ruleId).isSorted();
      List<String> segmentsAsked = missing.stream().filter(m -> m.ruleId().equals("G-6.11-B3-09"))
          .map(m -> m.message().en().replaceFirst("^segment (s\\d) .*", "$1")).toList();
      assertThat(segmentsAsked).hasSizeGreaterThanOrEqualTo(3).isSorted().contains("s1", "s2", "s3");
    }
    assertThat(ResultAssembler.comparePointers("/segments/2/channel", "/segments/10")).isNegative();
    assertThat(ResultAssembler.comparePointers("/inPlace/3", "/inPlace/3/party")).isNegative();
    assertThat(ResultAssembler.comparePointers("/objectSecurity", "/inPlace/0")).isPositive();
  }

  /**
   * A control asked of the same party for the same segment by two findings (the supervision of each of two mail
   * services) gets {@code #2} on the one whose finding's id comes second, whatever order the rules fired in.
   */
  @Test
  void aControlAskedTwiceIsNumberedInTheOrderOfItsFindings() {
    DataFlow flow = scenario("password-zip-through-a-mail-server-written-as-the-channels-end");
    for (Edition edition : Edition.values()) {
      List<org.demarc.model.result.RequiredControl> same = ENGINE.evaluate(flow, edition).controls().stream()
          .filter(c -> c.id().startsWith("G-6.11-B1-11|ENTRUSTEE_SUPERVISION|s2|hosp")).toList();
      assertThat(same).extracting(org.demarc.model.result.RequiredControl::id)
          .containsExactly("G-6.11-B1-11|ENTRUSTEE_SUPERVISION|s2|hosp", "G-6.11-B1-11|ENTRUSTEE_SUPERVISION|s2|hosp#2");
      assertThat(same).extracting(org.demarc.model.result.RequiredControl::findingId).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void repeatedDeclarationsForEveryPartyAddOneAgreementPerCarrier() {
    DataFlow flow = scenario("results-sent-to-the-patient-over-their-provider");
    List<org.demarc.model.InPlace> many = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      many.add(new org.demarc.model.InPlace(org.demarc.model.ControlType.AVAILABILITY_TERMS, null, "terms " + i));
    }
    DataFlow declared = flow.withInPlace(many);
    assertThat(KieDemarcEngine.agreedCarriers(declared, List.of()))
        .extracting(org.demarc.rules.facts.AgreedCarrier::party, org.demarc.rules.facts.AgreedCarrier::evidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pisp", "/inPlace/0"));
    org.demarc.model.Contract scoped = new org.demarc.model.Contract("NET-1",
        org.demarc.model.ContractKind.NETWORK_SERVICE, "hosp", "pisp", List.of(new org.demarc.model.Clause("§1",
            org.demarc.model.ControlType.AVAILABILITY_TERMS, "pisp", List.of("s1"), null, null, null)), null);
    assertThat(KieDemarcEngine.agreedCarriers(flow, List.of(scoped)))
        .extracting(org.demarc.rules.facts.AgreedCarrier::segments).containsExactly(List.of("s1"));
  }

  /**
   * A contract reviewed on its own is checked against its kind's checklist only: a clause of another type there (a
   * demarcation clause in a consignment contract) is said to depend on the flow, with the way to check it with one,
   * rather than to be asked by no rule of the edition.
   */
  @Test
  void aClauseAContractReviewedAloneDoesNotCheckIsSaidToDependOnTheFlow() {
    org.demarc.model.Contract consignment = new org.demarc.model.Contract("DC-1",
        org.demarc.model.ContractKind.CONSIGNMENT, "hosp", "dc", List.of(
            new org.demarc.model.Clause("§2", org.demarc.model.ControlType.CONSIGNMENT_CONTRACT, "dc", null, null, null,
                null),
            new org.demarc.model.Clause("§5", org.demarc.model.ControlType.DEMARCATION_AGREEMENT, null, null, null, null,
                null)), null);
    var review = ENGINE.reviewContract(consignment, Edition.E2008_V3);
    assertThat(review.unusedClauses()).singleElement().satisfies(u -> {
      assertThat(u.clause()).isEqualTo("§5");
      assertThat(u.reason().en()).contains("reviewed on its own, a contract of kind CONSIGNMENT is checked for CC-16 only")
          .contains("`demarc check-contracts`");
      assertThat(u.reason().ja()).contains("単独での確認では CONSIGNMENT の契約は CC-16 についてのみ確認します");
    });
    // checked with a flow, the same clause is matched or said to be asked by no rule, as before
    var withFlow = ENGINE.checkContracts(scenario("agreements-not-declared"), List.of(
        new org.demarc.model.Contract("DC-1", org.demarc.model.ContractKind.CONSIGNMENT, "hosp", "clinic",
            List.of(new org.demarc.model.Clause("§9", org.demarc.model.ControlType.REMOTE_LOGIN_LOGGED, null, null,
                null, null, null)), null)), Edition.E2008_V3);
    assertThat(withFlow.unusedClauses()).singleElement()
        .satisfies(u -> assertThat(u.reason().en()).contains("no obligation this check asks under this edition"));
  }

  /**
   * The verdict's reasons name where a control is missing as what it is: a segment, an item taken out, a remote login
   * (an item or a login was called a segment).
   */
  @Test
  void theVerdictsReasonsNameItemsAndLoginsAsWhatTheyAre() {
    var usb = ENGINE.evaluate(scenario("usb-stick-home-unencrypted"), Edition.E2008_V3).verdictReasons();
    assertThat(usb).anySatisfy(r -> {
      assertThat(r.en()).contains("on the item `usb-1` taken out").doesNotContain("segment");
      assertThat(r.ja()).contains("（持ち出す情報・機器 `usb-1`）").doesNotContain("区間");
    });
    var login = ENGINE.evaluate(scenario("remote-maintenance-unrestricted"), Edition.E2008_V3).verdictReasons();
    assertThat(login).anySatisfy(r -> assertThat(r.en()).contains("on the remote login `rl-1`"));
    assertThat(login).noneSatisfy(r -> assertThat(r.en()).contains("segment `rl-1`"));
    var path = ENGINE.evaluate(scenario("agreements-not-declared"), Edition.E2008_V3).verdictReasons();
    assertThat(path).anySatisfy(r -> assertThat(r.en()).contains("on segment `s1`"));
    Texts texts = new Texts();
    for (org.demarc.model.result.SubjectKind k : org.demarc.model.result.SubjectKind.values()) {
      assertThat(texts.format("verdict.where." + k.name(), "id", "x").ja()).as(k.name()).contains("`x`");
    }
  }

  /**
   * A multi-party agreement's further signatories are parties of the flow, each named once, and a clause may bind any
   * signatory but no one else.
   */
  @Test
  void aMultiPartyAgreementNamesDeclaredSignatoriesOnceAndBindsOnlyThem() {
    org.demarc.model.Clause bindsClinic = new org.demarc.model.Clause("§1",
        org.demarc.model.ControlType.DEMARCATION_AGREEMENT, "clinic", null, null, null, null);
    org.demarc.model.Contract signedByThree = new org.demarc.model.Contract("RN-1",
        org.demarc.model.ContractKind.ONLINE_SERVICE, "hosp", "osp", List.of(bindsClinic), null, List.of("clinic"));
    assertThat(ENGINE.validate(scenario("agreements-not-declared"), List.of(signedByThree))).isEmpty();
    org.demarc.model.Contract wrong = new org.demarc.model.Contract("RN-2",
        org.demarc.model.ContractKind.ONLINE_SERVICE, "hosp", "osp", List.of(bindsClinic), null,
        java.util.Arrays.asList("osp", "nobody", null));
    var v = ENGINE.validate(scenario("agreements-not-declared"), List.of(wrong));
    assertThat(v).extracting(x -> x.pointer() + " " + x.code()).containsExactlyInAnyOrder(
        "/contracts/0/otherParties/0 duplicate_id", "/contracts/0/otherParties/1 unknown_party",
        "/contracts/0/otherParties/2 required", "/contracts/0/clauses/0/binds unknown_contract_party");
    assertThat(v).filteredOn(x -> x.code().equals("unknown_contract_party")).singleElement()
        .satisfies(x -> assertThat(x.message().en()).isEqualTo(
            "`clinic` is not a party of contract `RN-2`: a clause binds one of its parties, `hosp`, `osp`, `nobody`"));
  }

  /**
   * A clause that binds a party the flow declares but the contract is not between says so: the message named the
   * party "not declared in the flow", which it is.
   */
  @Test
  void aClauseBindingAPartyOutsideItsContractSaysWhoItMayBind() {
    org.demarc.model.Contract isp = new org.demarc.model.Contract("ISP-A", org.demarc.model.ContractKind.NETWORK_SERVICE,
        "clinic", "carrier", List.of(new org.demarc.model.Clause("§3",
            org.demarc.model.ControlType.NETWORK_SECURITY_RESPONSIBILITY_AGREED, "hosp", null, null, null, null)), null);
    var v = ENGINE.validate(scenario("agreements-not-declared"), List.of(isp));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.pointer()).isEqualTo("/contracts/0/clauses/0/binds");
      assertThat(x.code()).isEqualTo("unknown_contract_party");
      assertThat(x.message().en()).isEqualTo(
          "`hosp` is not a party of contract `ISP-A`: a clause binds one of its parties, `clinic`, `carrier`");
      assertThat(x.message().ja()).startsWith("`hosp` は契約 `ISP-A` の当事者ではありません");
    });
    // a contract party the flow does not declare is said to be that
    var undeclared = ENGINE.validate(scenario("agreements-not-declared"), List.of(new org.demarc.model.Contract("X",
        org.demarc.model.ContractKind.NETWORK_SERVICE, "hosp", "nobody", List.of(), null)));
    assertThat(undeclared).extracting(x -> x.pointer() + " " + x.message().en())
        .containsExactly("/contracts/0/counterparty party `nobody` is not declared in /parties");
  }

  /**
   * Every user-facing text in both languages: a planned agreement's owner and due date are labelled in the reason's
   * language (the Japanese reason said "owner: ...; due: ...").
   */
  @Test
  void aContractChecksItemsAreCitedWithTheBasisOfTheVariantThatAsksThem() {
    // G-6.11-B1-11 asks the mail service mail1, which runs segment s2 in plaintext, on the guideline's own words and the
    // mail server mail2, written only as a channel's end, on Demarc's reading: a contract with each leaves the
    // entrustment missing, each cited as its variant
    var contracts = List.of(
        new org.demarc.model.Contract("MAIL-1", org.demarc.model.ContractKind.ONLINE_SERVICE, "hosp", "mail1", List.of(
            new org.demarc.model.Clause("§1", org.demarc.model.ControlType.AVAILABILITY_TERMS, "mail1", null, null, null,
                null)), null),
        new org.demarc.model.Contract("MAIL-2", org.demarc.model.ContractKind.ONLINE_SERVICE, "hosp", "mail2", List.of(
            new org.demarc.model.Clause("§1", org.demarc.model.ControlType.CONFIDENTIALITY, "mail2", null, null, null,
                null)), null));
    var check = ENGINE.checkContracts(scenario("mail-server-written-only-as-the-channels-end"), contracts,
        Edition.E2008_V3);
    var entrustment = check.items().stream()
        .filter(i -> i.control() == org.demarc.model.ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT).toList();
    assertThat(entrustment).anySatisfy(i -> {
      assertThat(i.party()).isEqualTo("mail1");
      assertThat(i.citation().basis()).isEqualTo(org.demarc.model.result.Basis.SEED);
    });
    assertThat(entrustment).anySatisfy(i -> {
      assertThat(i.party()).isEqualTo("mail2");
      assertThat(i.citation().basis()).isEqualTo(org.demarc.model.result.Basis.INTERPRETATION);
    });
  }

  @Test
  void theCaseOfImpliedConsentAndTheStatutoryExceptionReadAsTheTextsMarkThemInEachLanguage() {
    Finding implied = only(ENGINE.evaluate(scenario("third-party-implied-consent-inquiry"), Edition.E2008_V3),
        "G-6.11-B1-03", org.demarc.model.result.FindingKind.REQUIREMENT);
    assertThat(implied.message().ja()).contains("Ⅲ-5-(3)-①のウ（他の医療機関等からの照会への回答）")
        .doesNotContain("U_INQUIRY_RESPONSE", "{case}");
    assertThat(implied.message().en()).contains("(ウ, answering inquiries from other institutions)")
        .doesNotContain("U_INQUIRY_RESPONSE", "{case}");
    Finding exception = only(ENGINE.evaluate(scenario("provision-required-by-law"), Edition.E2008_V3),
        "G-6.11-B1-03", org.demarc.model.result.FindingKind.REQUIREMENT);
    assertThat(exception.message().ja()).contains("第23条第1項の例外（第1号「法令に基づく場合」）")
        .doesNotContain("REQUIRED_BY_LAW");
    assertThat(exception.message().en()).contains("article 23(1) (item (i), required by law)")
        .doesNotContain("REQUIRED_BY_LAW");
  }

  @Test
  void aPlannedAgreementsOwnerAndDueDateAreLabelledInEachLanguage() {
    EvaluationResult result = ENGINE.evaluate(scenario("agreement-planned"), Edition.E2008_V3);
    var reason = result.verdictReasons().stream().filter(t -> t.en().contains("DEMARCATION_AGREEMENT")).findFirst()
        .orElseThrow();
    assertThat(reason.en()).contains("owner: legal affairs; due: 2008-04-01");
    assertThat(reason.ja()).contains("担当: legal affairs; 期限: 2008-04-01").doesNotContain("owner:", "due:");
  }

  /**
   * A rule's variants may differ in strength and basis (a MUST duty beside an INFO note, a seed clause beside Demarc's
   * reading): each finding is cited with its own variant's, and the {@code rules} map with the strongest strength and
   * the least certain basis of those that fired. Before, every finding of the rule was cited with one variant's,
   * whichever came first, so a MUST duty could read as "info" in every report.
   */
  @Test
  void eachFindingIsCitedWithItsOwnVariantsStrengthAndBasis() {
    EvaluationResult result = ENGINE.evaluate(scenario("carriers-channel-ends-not-named"), Edition.E2008_V3);
    Finding duty = only(result, "G-6.11-B1-11", org.demarc.model.result.FindingKind.REQUIREMENT);
    Finding note = only(result, "G-6.11-B1-11", org.demarc.model.result.FindingKind.MISSING_FACT);
    assertThat(result.citation(duty).strength()).isEqualTo(org.demarc.model.result.Strength.MUST);
    assertThat(result.citation(duty).basis()).isEqualTo(org.demarc.model.result.Basis.SEED);
    assertThat(result.citation(note).strength()).isEqualTo(org.demarc.model.result.Strength.INFO);
    assertThat(result.citation(note).basis()).isEqualTo(org.demarc.model.result.Basis.INTERPRETATION);
    assertThat(result.rules().get("G-6.11-B1-11").strength()).isEqualTo(org.demarc.model.result.Strength.MUST);
    assertThat(result.rules().get("G-6.11-B1-11").basis()).isEqualTo(org.demarc.model.result.Basis.INTERPRETATION);
    // the carrier's exemption rests on C:L462-466, its contract terms on C:L466-470: the rule is cited with both
    EvaluationResult typical = ENGINE.evaluate(scenario("typical-three-segment-compliant"), Edition.E2008_V3);
    assertThat(typical.rules().get("G-6.11-B1-09").seedLines().split(" "))
        .containsExactlyInAnyOrder("C:L462-466", "C:L466-470");

    EvaluationResult network = ENGINE.evaluate(scenario("network-type-missing"), Edition.E2007_V2);
    Finding missing = only(network, "G-6.11-B3-05", org.demarc.model.result.FindingKind.MISSING_FACT);
    assertThat(network.citation(missing).strength()).isEqualTo(org.demarc.model.result.Strength.MUST);
    assertThat(network.findings()).filteredOn(f -> f.ruleId().equals("G-6.11-B3-05")
            && f.kind() == org.demarc.model.result.FindingKind.INFO)
        .isNotEmpty().allSatisfy(f -> assertThat(network.citation(f).strength())
            .isEqualTo(org.demarc.model.result.Strength.INFO));
  }

  /**
   * In a contract check the clauses found covering count as evidence beside the flow's own declarations: every pointer
   * the embedded evaluation gives into {@code inPlace} still names the flow's own declaration, and no clause is listed
   * as a declaration that judges nothing. Before, the clauses came first in {@code inPlace}, so a declared-unknown
   * control was named at another declaration's pointer.
   */
  @Test
  void aContractCheckKeepsThePointersOfTheFlowsOwnDeclarations() {
    DataFlow flow = scenario("claims-operator-demarcation-accepted");
    List<org.demarc.model.InPlace> inPlace = new ArrayList<>(flow.inPlace());
    inPlace.add(new org.demarc.model.InPlace(org.demarc.model.ControlType.PATIENT_CONTACT_POINT, "hosp", null,
        org.demarc.model.EvidenceStatus.UNKNOWN, null, null));
    inPlace.removeIf(d -> d.control() == org.demarc.model.ControlType.PATIENT_CONTACT_POINT && d.status() == null);
    DataFlow unknownContact = Records.with(flow, "inPlace", List.copyOf(inPlace));
    int unknownAt = unknownContact.inPlace().size() - 1;
    org.demarc.model.Contract withPayer = new org.demarc.model.Contract("OPS-1",
        org.demarc.model.ContractKind.DEMARCATION_AGREEMENT, "hosp", "payer",
        List.of(new org.demarc.model.Clause("§5", org.demarc.model.ControlType.OUTAGE_AND_INCIDENT_HANDLING, null,
            null, null, null, null)), null);

    for (Edition e : List.of(Edition.E2007_V2, Edition.E2008_V3)) {
      EvaluationResult alone = ENGINE.evaluate(unknownContact, e);
      EvaluationResult checked = ENGINE.checkContracts(unknownContact, List.of(withPayer), e).flowResult();
      for (EvaluationResult r : List.of(alone, checked)) {
        assertThat(r.missingFacts()).extracting(org.demarc.model.result.MissingFact::pointer)
            .contains("/inPlace/" + unknownAt);
        assertThat(r.unusedDeclarations()).extracting(org.demarc.model.result.UnusedDeclaration::pointer)
            .containsExactly("/inPlace/1");
      }
      assertThat(checked.controls()).filteredOn(c -> c.control() == org.demarc.model.ControlType.OUTAGE_AND_INCIDENT_HANDLING)
          .singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(org.demarc.model.result.ControlStatus.SATISFIED);
            assertThat(c.evidence()).isEqualTo("OPS-1 §5");
          });
    }
  }

  /**
   * A clause no checklist item names is listed with why: a party's own measure (the recipient's purpose of use, the
   * hospital's supervision of a service that reads the plaintext) is declared in the flow, not settled by a clause; a
   * repeated clause settles nothing the first did not; a control this flow does not ask is settled by nothing.
   */
  @Test
  void aClauseThatSettlesNothingSaysWhy() {
    ContractScenario s = ContractScenarioTest.read(Path.of("src/test/resources/contracts/flow-clauses-that-settle-nothing.yaml"));
    // sent unencrypted, the data reaches the carrier as plaintext: the hospital supervises it (B1-11), a measure of
    // its own, whatever the carrier's contract says
    org.demarc.model.Contract supervision = new org.demarc.model.Contract("NET-1",
        org.demarc.model.ContractKind.NETWORK_SERVICE, "hosp", "carrier",
        List.of(new org.demarc.model.Clause("§8", org.demarc.model.ControlType.ENTRUSTEE_SUPERVISION, "hosp", null,
            null, null, null)), null);
    DataFlow plaintext = Records.with(s.given(), "objectSecurity",
        new org.demarc.model.ObjectSecurity(null, null, org.demarc.model.TamperDetection.ELECTRONIC_SIGNATURE));
    List<org.demarc.model.Contract> contracts = new ArrayList<>(s.contracts());
    contracts.set(1, Records.with(contracts.get(1), "clauses", java.util.stream.Stream.concat(
        contracts.get(1).clauses().stream(), supervision.clauses().stream()).toList()));
    for (Edition e : List.of(Edition.E2007_V2, Edition.E2008_V3)) {
      java.util.Map<String, org.demarc.model.result.Text> why = new java.util.TreeMap<>();
      ENGINE.checkContracts(plaintext, contracts, e).unusedClauses()
          .forEach(u -> why.put(u.contract() + " " + u.clause(), u.reason()));
      assertThat(why).containsOnlyKeys("AG-1 §3", "AG-1 §4", "NET-1 §7", "NET-1 §8");
      assertThat(why.get("AG-1 §3").en()).contains("asks it of `clinic` as their own measure").contains("inPlace");
      assertThat(why.get("NET-1 §8").en()).contains("asks it of `hosp` as their own measure");
      assertThat(why.get("AG-1 §4").en()).contains("asks it of `clinic` only").contains("settles none of them");
      assertThat(why.get("NET-1 §7").en()).contains("no obligation this check asks");
      assertThat(why.get("AG-1 §3").ja()).contains("`clinic` 自身の措置");
      // declared in the flow, naming the clause, the purpose of use counts
      DataFlow declared = Records.with(plaintext, "inPlace", java.util.stream.Stream.concat(plaintext.inPlace().stream(),
          java.util.stream.Stream.of(new org.demarc.model.InPlace(
              org.demarc.model.ControlType.RECIPIENT_PURPOSE_SPECIFIED, "clinic", "AG-1 §3"))).toList());
      assertThat(ENGINE.checkContracts(declared, contracts, e).flowResult().controls())
          .filteredOn(c -> c.control() == org.demarc.model.ControlType.RECIPIENT_PURPOSE_SPECIFIED)
          .allSatisfy(c -> assertThat(c.status()).isEqualTo(org.demarc.model.result.ControlStatus.SATISFIED));
    }
  }

  /** Across every scenario: the rules map gives, per rule, the strongest strength and least certain basis found. */
  @Test
  void theRulesMapCitesEachRuleAsStronglyAndAsUncertainlyAsItsFindings() {
    for (Path file : Scenarios.files()) {
      Scenario s = Scenarios.read(file);
      for (Edition edition : s.editions()) {
        EvaluationResult r = ENGINE.evaluate(s.given(), edition);
        for (Finding f : r.findings()) {
          var rule = r.rules().get(f.ruleId());
          assertThat(f.strength()).as("%s %s %s", file.getFileName(), edition, f.id()).isNotNull();
          assertThat(ResultAssembler.mergeCitations(rule, r.citation(f))).as("%s %s %s", file.getFileName(), edition,
              f.id()).isEqualTo(rule);
        }
      }
    }
  }

  private static Finding only(EvaluationResult result, String rule, org.demarc.model.result.FindingKind kind) {
    List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(rule) && f.kind() == kind)
        .toList();
    assertThat(found).as("%s %s", rule, kind).hasSize(1);
    return found.get(0);
  }

  @Test
  void rejectsReferenceToUndeclaredParty() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    DataFlow bad = new DataFlow(flow.id(), flow.description(), flow.purpose(), flow.legalForm(), flow.consent(),
        flow.direction(), flow.data(), flow.parties(), flow.provider(), List.of(new Recipient("nobody", true)),
        flow.segments(), flow.objectSecurity(), flow.endAuthentication(), flow.remoteLogins(), flow.inPlace(),
        flow.takeOut(), flow.emergency(), flow.kind(), flow.accessedBy());
    assertThatThrownBy(() -> ENGINE.evaluate(bad, Edition.E2008_V3))
        .isInstanceOfSatisfying(InvalidFlowException.class, e -> assertThat(e.violations())
            .extracting(Violation::pointer, Violation::code)
            .contains(org.assertj.core.groups.Tuple.tuple("/recipients/0/party", "unknown_party")));
  }

  @Test
  void aControlDeclaredForAnotherPartyIsNamedInTheReasonNotSilentlyPassedOver() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    // the demarcation agreement between provider and recipient declared for the carrier, no side of it
    List<org.demarc.model.InPlace> declarations = declaredFor(flow, "carrier",
        org.demarc.model.ControlType.DEMARCATION_AGREEMENT);
    int at = declarations.stream().map(org.demarc.model.InPlace::control).toList()
        .indexOf(org.demarc.model.ControlType.DEMARCATION_AGREEMENT);
    var result = ENGINE.evaluate(flow.withInPlace(declarations), Edition.E2008_V3);
    assertThat(result.verdict()).isEqualTo(org.demarc.model.result.Verdict.NON_COMPLIANT);
    assertThat(result.verdictReasons()).extracting(org.demarc.model.result.Text::en).containsExactly(
        "required control DEMARCATION_AGREEMENT is missing for `clinic` (G-6.11-B1-06): demarcation points on the path"
            + " agreed between provider and recipient; `/inPlace/" + at
            + "` declares it in place for `carrier`, not for `clinic` (a declaration counts for the party it names; leave"
            + " out `party` for every party)");
    // the control is named in the reason's own language beside its code
    assertThat(result.verdictReasons().get(0).ja()).contains("/inPlace/" + at).contains("`carrier`")
        .contains("DEMARCATION_AGREEMENT（提供元と提供先の通信経路上の責任分界点の合意）");
  }

  @Test
  void aDeclarationThatShowsTheControlForAnotherPartyIsNamedAsWhatItDeclares() {
    // the service's consignment contract shows its entrustment; the carrier's line carries the plaintext too
    DataFlow flow = scenario("storage-unencrypted");
    var result = ENGINE.evaluate(flow, Edition.E2008_V3);
    String reason = entrustmentReason(result, "isp");
    // the consignment contract is the contract with the consignee: the carrier is not it, so the declaration would not
    // show the carrier's entrustment contract without a party either
    assertThat(reason).endsWith("; `/inPlace/0` declares CONSIGNMENT_CONTRACT (a consignment contract binding the"
        + " consignee to the contract and to reporting), which is the contract with the consignee the flow sends to:"
        + " `isp` is not that consignee, so it does not show PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT for `isp`"
        + " (declare PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT for `isp`)");
    String ja = result.verdictReasons().stream().map(org.demarc.model.result.Text::ja)
        .filter(r -> r.contains("PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT") && r.contains("`isp`"))
        .findFirst().orElseThrow();
    assertThat(ja).contains("CONSIGNMENT_CONTRACT（委託先に契約遵守と報告を課す委託契約）は、このフローの提供先である委託先との契約です。"
        + "`isp` はその提供先ではないため、`isp` の PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT を示しません");
  }

  @Test
  void aDeclarationThatShowsTheControlForTheConsigneeIsNamedForAnotherConsignee() {
    // two consignees: the consignment contract declared for one would show the other's entrustment contract
    DataFlow flow = scenario("storage-unencrypted");
    List<org.demarc.model.Party> parties = new java.util.ArrayList<>(flow.parties());
    parties.add(new org.demarc.model.Party("store2", "Iクラウド保管", java.util.Set.of(org.demarc.model.PartyRole.RECIPIENT,
        org.demarc.model.PartyRole.ONLINE_SERVICE)));
    List<org.demarc.model.Recipient> recipients = new java.util.ArrayList<>(flow.recipients());
    recipients.add(new org.demarc.model.Recipient("store2", true));
    DataFlow two = Records.with(Records.with(flow, "parties", parties), "recipients", recipients);
    var result = ENGINE.evaluate(two, Edition.E2008_V3);
    assertThat(entrustmentReason(result, "store2")).endsWith("; `/inPlace/0` declares CONSIGNMENT_CONTRACT (a"
        + " consignment contract binding the consignee to the contract and to reporting), which would show it, in place"
        + " for `store`, not for `store2` (a declaration counts for the party it names; leave out `party` for every"
        + " party)");
  }

  /** The verdict's reason, in English, that the party's entrustment contract is missing. */
  private static String entrustmentReason(org.demarc.model.result.EvaluationResult result, String party) {
    return result.verdictReasons().stream().map(org.demarc.model.result.Text::en)
        .filter(r -> r.startsWith("required control PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT is missing for `" + party
            + "`"))
        .findFirst().orElseThrow();
  }

  /** The flow's declarations with those of the given controls made for {@code party}, each with its own reference. */
  private static List<org.demarc.model.InPlace> declaredFor(DataFlow flow, String party,
      org.demarc.model.ControlType... controls) {
    List<org.demarc.model.ControlType> changed = List.of(controls);
    return flow.inPlace().stream().map(d -> changed.contains(d.control())
        ? new org.demarc.model.InPlace(d.control(), party, d.control() + " ref") : d).toList();
  }

  /**
   * An agreement has two sides: the demarcation agreement declared for the hospital is its agreement with the clinic
   * (C:L445-448), and the availability terms declared for the hospital are its terms with the carrier (C:L466-470). A
   * declaration for one side counts for the other, and the evidence names it; the other side's own declaration, or a
   * clause, comes first.
   */
  @Test
  void anAgreementDeclaredForTheOtherSideCounts() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    List<org.demarc.model.InPlace> declarations = declaredFor(flow, "hosp",
        org.demarc.model.ControlType.DEMARCATION_AGREEMENT, org.demarc.model.ControlType.AVAILABILITY_TERMS);
    int at = declarations.stream().map(org.demarc.model.InPlace::control).toList()
        .indexOf(org.demarc.model.ControlType.DEMARCATION_AGREEMENT);
    var result = ENGINE.evaluate(flow.withInPlace(declarations), Edition.E2008_V3);
    assertThat(result.verdict()).isEqualTo(org.demarc.model.result.Verdict.COMPLIANT);
    assertThat(result.unusedDeclarations()).isEmpty();
    assertThat(result.controls()).filteredOn(c -> c.control() == org.demarc.model.ControlType.DEMARCATION_AGREEMENT)
        .extracting(c -> c.party() + "=" + c.status() + " " + c.evidence())
        .containsExactly("clinic=SATISFIED /inPlace/" + at + " (hosp): DEMARCATION_AGREEMENT ref");
    assertThat(result.controls()).filteredOn(c -> c.control() == org.demarc.model.ControlType.AVAILABILITY_TERMS)
        .isNotEmpty().allSatisfy(c -> {
          assertThat(c.status()).isEqualTo(ControlStatus.SATISFIED);
          assertThat(c.evidence()).endsWith("(hosp): " + c.control() + " ref");
        });

    // planned for the hospital: planned for the clinic, a condition
    List<org.demarc.model.InPlace> planned = new ArrayList<>(declarations);
    planned.set(at, new org.demarc.model.InPlace(org.demarc.model.ControlType.DEMARCATION_AGREEMENT, "hosp", null,
        org.demarc.model.EvidenceStatus.PLANNED, "procurement", "2008-04-01"));
    var later = ENGINE.evaluate(flow.withInPlace(planned), Edition.E2008_V3);
    assertThat(later.verdict()).isEqualTo(org.demarc.model.result.Verdict.COMPLIANT_WITH_CONDITIONS);
    assertThat(later.controls()).filteredOn(c -> c.control() == org.demarc.model.ControlType.DEMARCATION_AGREEMENT)
        .extracting(RequiredControl::status).containsExactly(ControlStatus.PLANNED);

    // unknown for the hospital: unknown for the clinic, the declaration named as the fact needed
    List<org.demarc.model.InPlace> unknown = new ArrayList<>(declarations);
    unknown.set(at, new org.demarc.model.InPlace(org.demarc.model.ControlType.DEMARCATION_AGREEMENT, "hosp", null,
        org.demarc.model.EvidenceStatus.UNKNOWN, null, null));
    var unsure = ENGINE.evaluate(flow.withInPlace(unknown), Edition.E2008_V3);
    assertThat(unsure.verdict()).isEqualTo(org.demarc.model.result.Verdict.INSUFFICIENT_INFORMATION);
    assertThat(unsure.missingFacts()).extracting(org.demarc.model.result.MissingFact::pointer)
        .containsExactly("/inPlace/" + at);

    // the clinic's own declaration comes first: absent for the clinic is absent, whatever the hospital declares
    List<org.demarc.model.InPlace> own = new ArrayList<>(declarations);
    own.add(new org.demarc.model.InPlace(org.demarc.model.ControlType.DEMARCATION_AGREEMENT, "clinic", null,
        org.demarc.model.EvidenceStatus.ABSENT, null, null));
    assertThat(ENGINE.evaluate(flow.withInPlace(own), Edition.E2008_V3).controls())
        .filteredOn(c -> c.control() == org.demarc.model.ControlType.DEMARCATION_AGREEMENT)
        .extracting(RequiredControl::status).containsExactly(ControlStatus.MISSING);

    // a party that owes the duty itself speaks for itself only: the service's availability terms are not the
    // carrier's
    List<org.demarc.model.InPlace> service = new ArrayList<>();
    for (org.demarc.model.InPlace d : flow.inPlace()) {
      if (d.control() != org.demarc.model.ControlType.AVAILABILITY_TERMS) {
        service.add(d);
      }
    }
    service.add(new org.demarc.model.InPlace(org.demarc.model.ControlType.AVAILABILITY_TERMS, "osp", "SLA"));
    assertThat(ENGINE.evaluate(flow.withInPlace(service), Edition.E2008_V3).controls())
        .filteredOn(c -> c.control() == org.demarc.model.ControlType.AVAILABILITY_TERMS)
        .extracting(c -> c.party() + "=" + c.status())
        .containsOnly("osp=SATISFIED", "carrier=MISSING");
  }

  /** A tunnel end must name a party of the flow: a typo would silently leave the tunnel out. */
  @Test
  void rejectsATunnelEndThatNamesNoParty() {
    DataFlow flow = scenario("carrier-inside-the-ends-tunnel");
    List<org.demarc.model.Segment> segments = new ArrayList<>(flow.segments());
    // a typo in one tunnel end; a declared party off the path ends the other tunnel, which is accepted
    segments.set(0, Records.with(segments.get(0), "channel", Records.with(segments.get(0).channel(), "tunnelTo",
        "clinc")));
    segments.set(2, Records.with(segments.get(2), "channel", new org.demarc.model.ChannelSecurity(
        org.demarc.model.ChannelProtocol.IPSEC_IKE, null, null, "bystander", "clinic", null)));
    List<Party> parties = new ArrayList<>(flow.parties());
    parties.add(new Party("bystander", "E社", java.util.Set.of(org.demarc.model.PartyRole.CARRIER)));
    DataFlow bad = Records.with(Records.with(flow, "segments", segments), "parties", parties);
    assertThat(ENGINE.validate(bad)).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/segments/0/channel/tunnelTo", "unknown_party"));
  }

  @Test
  void anUndeclaredPartyNamesTheDeclaredOneMostLikelyMeant() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    List<Violation> typo = ENGINE.validate(Records.with(flow, "provider", flow.provider().toUpperCase()));
    assertThat(typo).extracting(Violation::pointer, Violation::code).contains(
        org.assertj.core.groups.Tuple.tuple("/provider", "unknown_party"));
    Violation v = typo.stream().filter(x -> x.pointer().equals("/provider")).findFirst().orElseThrow();
    assertThat(v.message().en()).endsWith("did you mean `" + flow.provider() + "`?");
    assertThat(v.message().ja()).endsWith("`" + flow.provider() + "` のことですか？");
    Violation none = ENGINE.validate(Records.with(flow, "provider", "zz")).stream()
        .filter(x -> x.pointer().equals("/provider")).findFirst().orElseThrow();
    assertThat(none.message().en()).isEqualTo("party `zz` is not declared in /parties");
  }

  @Test
  void theProviderIsNotItsOwnRecipient() {
    // judged as a provision to itself, such a flow got the duties of a one-to-one exchange with itself
    DataFlow flow = scenario("typical-three-segment-compliant");
    List<Party> parties = flow.parties().stream().map(p -> p.id().equals(flow.provider())
        ? new Party(p.id(), p.name(), java.util.Set.of(org.demarc.model.PartyRole.PROVIDER,
            org.demarc.model.PartyRole.RECIPIENT)) : p).toList();
    List<org.demarc.model.Recipient> recipients = new ArrayList<>(flow.recipients());
    recipients.add(new org.demarc.model.Recipient(flow.provider(), true));
    DataFlow bad = Records.with(Records.with(flow, "parties", parties), "recipients", recipients);
    List<Violation> violations = ENGINE.validate(bad);
    assertThat(violations).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/recipients/" + (recipients.size() - 1) + "/party", "recipient_is_provider"));
    assertThat(violations.get(0).message().en()).startsWith("the provider `" + flow.provider() + "` cannot be its own");
    assertThat(violations.get(0).message().ja()).startsWith("提供元 `" + flow.provider() + "` を提供先にはできません");
  }

  @Test
  void rejectsDuplicateIdsAndWrongRoles() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    List<Party> parties = new ArrayList<>(flow.parties());
    parties.add(parties.get(0));
    DataFlow bad = new DataFlow(flow.id(), flow.description(), flow.purpose(), flow.legalForm(), flow.consent(),
        flow.direction(), flow.data(), parties, "clinic", flow.recipients(), flow.segments(), flow.objectSecurity(),
        flow.endAuthentication(), flow.remoteLogins(), flow.inPlace(), flow.takeOut(), flow.emergency(), flow.kind(), flow.accessedBy());
    List<Violation> violations = ENGINE.validate(bad);
    assertThat(violations).extracting(Violation::pointer, Violation::code).contains(
        org.assertj.core.groups.Tuple.tuple("/parties/4/id", "duplicate_id"),
        org.assertj.core.groups.Tuple.tuple("/provider", "role_mismatch"));
    assertThat(violations.get(0).message().ja()).isNotBlank();
    assertThat(violations.get(0).message().en()).isNotBlank();
  }

  @Test
  void rejectsAControlDeclaredTwiceForOnePartyWithDifferentStatuses() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    List<org.demarc.model.InPlace> declarations = new ArrayList<>(flow.inPlace());
    int first = declarations.stream().map(org.demarc.model.InPlace::control).toList()
        .indexOf(org.demarc.model.ControlType.DEMARCATION_AGREEMENT);
    org.demarc.model.InPlace d = declarations.get(first);
    // the same status again is only repetition; another status contradicts the first
    declarations.add(new org.demarc.model.InPlace(d.control(), d.party(), "again"));
    assertThat(ENGINE.validate(flow.withInPlace(declarations))).isEmpty();
    declarations.add(new org.demarc.model.InPlace(d.control(), d.party(), null,
        org.demarc.model.EvidenceStatus.ABSENT, null, null));
    List<Violation> violations = ENGINE.validate(flow.withInPlace(declarations));
    assertThat(violations).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/inPlace/" + (declarations.size() - 1) + "/status",
            "conflicting_declaration"));
    assertThat(violations.get(0).message().en()).contains("/inPlace/" + first);
    assertThat(violations.get(0).message().ja()).contains("/inPlace/" + first);
  }

  /**
   * A consignee service that runs a segment and, in a two-way exchange, sends too: exempt from eavesdropping there as
   * an operator (the data passes it encrypted) and responsible as a sender. The matrix lists it once, as responsible;
   * the responsibilities keep both, each with its rule.
   */
  @Test
  void theMatrixListsAPartyInTwoCapacitiesOnceUnderItsLargerShare() {
    DataFlow flow = new DataFlow("two-capacities", "a consignee service relays and sends", null,
        org.demarc.model.LegalForm.CONSIGNMENT, null, org.demarc.model.Direction.TWO_WAY,
        new org.demarc.model.DataDescription(true, true),
        List.of(new Party("hosp", "A病院", java.util.Set.of(org.demarc.model.PartyRole.PROVIDER)),
            new Party("lab", "B検査センター", java.util.Set.of(org.demarc.model.PartyRole.RECIPIENT)),
            new Party("hub", "C連携サービス", java.util.Set.of(org.demarc.model.PartyRole.RECIPIENT,
                org.demarc.model.PartyRole.ONLINE_SERVICE))),
        "hosp", List.of(new Recipient("lab", true), new Recipient("hub", true)),
        List.of(new org.demarc.model.Segment("s1", "hosp gateway", "lab gateway",
            org.demarc.model.NetworkType.LEASED_LINE, "hub", null)),
        new org.demarc.model.ObjectSecurity("hosp", "lab", org.demarc.model.TamperDetection.ELECTRONIC_SIGNATURE),
        new org.demarc.model.EndAuthentication(true, true, org.demarc.model.AuthMethod.PUBLIC_KEY), null, List.of(),
        null, null, null, null);
    for (Edition e : List.of(Edition.E2007_V2, Edition.E2008_V3)) {
      EvaluationResult r = ENGINE.evaluate(flow, e);
      assertThat(r.responsibilities()).as("the exemption is kept under %s", e).anyMatch(x ->
          x.type() == org.demarc.model.result.ResponsibilityType.EXEMPT && x.parties().contains("hub")
              && x.segments().contains("s1"));
      var cell = r.segmentThreats().stream()
          .filter(st -> st.covers("s1", org.demarc.model.result.Threat.EAVESDROPPING)).findFirst().orElseThrow();
      assertThat(cell.responsible()).as("under %s", e).contains("hosp", "hub");
      assertThat(cell.exempt()).as("under %s", e).doesNotContain("hub");
    }
  }

  @Test
  void rejectsARecipientListedTwice() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    List<Recipient> recipients = new ArrayList<>(flow.recipients());
    recipients.add(new Recipient(recipients.get(0).party(), false));
    DataFlow twice = new DataFlow(flow.id(), flow.description(), flow.purpose(), flow.legalForm(), flow.consent(),
        flow.direction(), flow.data(), flow.parties(), flow.provider(), recipients, flow.segments(),
        flow.objectSecurity(), flow.endAuthentication(), flow.remoteLogins(), flow.inPlace(), flow.takeOut(),
        flow.emergency(), flow.kind(), flow.accessedBy());
    assertThat(ENGINE.validate(twice)).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/recipients/" + (recipients.size() - 1) + "/party", "duplicate_id"));
  }

  @Test
  void rejectsTakenOutItemsWithoutIdOrKind() {
    DataFlow flow = scenario("usb-stick-home-unencrypted");
    var item = flow.takeOut().items().get(0);
    var bad = new org.demarc.model.TakenOutItem(item.id(), null, item.takenBy(), item.containsInformation(), item.inLedger(),
        item.bootPassword(), item.passwordManaged(), item.dataProtected(), item.connectsToNetworkOrMedia(), item.antivirus(),
        item.personalFirewall(), item.fileSharingSoftware(), item.privacyFilter(), item.multiFactorAuthentication(),
        item.registered());
    DataFlow withBad = new DataFlow(flow.id(), flow.description(), flow.purpose(), flow.legalForm(), flow.consent(),
        flow.direction(), flow.data(), flow.parties(), flow.provider(), flow.recipients(), flow.segments(),
        flow.objectSecurity(), flow.endAuthentication(), flow.remoteLogins(), flow.inPlace(),
        new org.demarc.model.TakeOut(List.of(bad, bad), flow.takeOut().policy()), flow.emergency(), flow.kind(),
        flow.accessedBy());
    assertThat(ENGINE.validate(withBad)).extracting(Violation::pointer, Violation::code).contains(
        org.assertj.core.groups.Tuple.tuple("/takeOut/items/0/kind", "required"),
        org.assertj.core.groups.Tuple.tuple("/takeOut/items/1/id", "duplicate_id"));
  }

  @Test
  void explainsEachFindingWithTheFactsThatTriggeredIt() {
    EvaluationResult result = ENGINE.evaluate(scenario("open-internet-without-object-encryption"), Edition.E2008_V3);
    Finding open = result.findings().stream().filter(f -> f.ruleId().equals("G-6.11-B3-09")).findFirst().orElseThrow();
    assertThat(open.triggeredBy()).anyMatch(t -> t.startsWith("/segments/0 id=s1 network=OPEN_INTERNET"));
    assertThat(open.triggeredBy()).anyMatch(t -> t.contains("not encrypted on segment s1"));
    assertThat(result.citation(open).ruleId()).isEqualTo("G-6.11-B3-09");
    assertThat(result.citation(open).edition()).isEqualTo(Edition.E2008_V3);
    assertThat(result.citation(open).seedLines()).isEqualTo("P:L1133-1149 C:L1187-1201");
    assertThat(open.message().ja()).contains("オープンなネットワーク");
    assertThat(result.provenance().contentHash()).hasSize(64);
    assertThat(result.verdictReasons()).isNotEmpty();
  }

  @Test
  void provenanceHashDiffersBetweenEditions() {
    DataFlow flow = scenario("typical-three-segment-compliant");
    assertThat(ENGINE.evaluate(flow, Edition.E2007_V2).provenance().contentHash())
        .isNotEqualTo(ENGINE.evaluate(flow, Edition.E2008_V3).provenance().contentHash());
  }

  @Test
  void concurrentEvaluationsGiveTheSameResultsAsSequentialOnes() throws Exception {
    List<Path> files = Scenarios.files();
    List<DataFlow> flows = files.stream().map(f -> Scenarios.read(f).given()).toList();
    List<EvaluationResult> sequential = flows.stream().map(f -> ENGINE.evaluate(f, Edition.E2008_V3)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<EvaluationResult>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (DataFlow f : flows) {
          futures.add(pool.submit(() -> ENGINE.evaluate(f, Edition.E2008_V3)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % flows.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

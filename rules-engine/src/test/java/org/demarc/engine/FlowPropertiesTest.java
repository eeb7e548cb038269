package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.InPlace;
import org.demarc.model.NetworkType;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Segment;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Responsibility;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SegmentThreat;
import org.demarc.model.result.Threat;
import org.demarc.model.result.Verdict;
import org.demarc.model.result.VerdictPolicy;

/**
 * Properties every judgement must have, whatever the flow: checked on generated exchange flows (see {@link FlowGen})
 * under both editions. Each property is a sentence of the guideline or of the README's rules for judging a flow, so
 * a failure names a class of flows Demarc misjudges, with the simplest such flow jqwik finds.
 */
class FlowPropertiesTest {
  private static final DemarcEngine ENGINE = ScenarioTest.ENGINE;
  private static final List<Edition> EDITIONS = List.of(Edition.E2007_V2, Edition.E2008_V3);

  /** Generated exchanges, and flows of every kind, each checked valid before a property sees it. */
  private static final java.util.function.Function<List<Integer>, DataFlow> VALID_EXCHANGES = valid(FlowGen::flow);
  static final java.util.function.Function<List<Integer>, DataFlow> VALID_FLOWS = valid(FlowGen::anyKind);

  private static java.util.function.Function<List<Integer>, DataFlow> valid(
      java.util.function.Function<List<Integer>, DataFlow> generator) {
    return choices -> {
      DataFlow flow = generator.apply(choices);
      assertThat(ENGINE.validate(flow)).as("the generator builds valid flows").isEmpty();
      return flow;
    };
  }

  /** The flow's answers under each edition that does not prohibit it: nothing is asked under a prohibition. */
  private static List<EvaluationResult> unprohibited(DataFlow flow) {
    return EDITIONS.stream().map(e -> ENGINE.evaluate(flow, e)).filter(r -> r.verdict() != Verdict.PROHIBITED)
        .toList();
  }

  /** The flow's medical institutions: the provider and its recipients. */
  private static Set<String> institutionsOf(DataFlow flow) {
    Set<String> institutions = new TreeSet<>();
    institutions.add(flow.provider());
    recipientsOf(flow).forEach(r -> institutions.add(r.party()));
    return institutions;
  }

  /** The flow's recipients; none when it leaves them out. */
  private static List<org.demarc.model.Recipient> recipientsOf(DataFlow flow) {
    return flow.recipients() == null ? List.of() : flow.recipients();
  }

  private static boolean pureOperator(DataFlow flow, String party) {
    Party p = flow.party(party);
    return p != null && !p.has(PartyRole.PROVIDER) && !p.has(PartyRole.RECIPIENT)
        && (p.has(PartyRole.CARRIER) || p.has(PartyRole.ONLINE_SERVICE));
  }

  private static boolean inScope(DataFlow flow) {
    return flow.data() != null && Boolean.TRUE.equals(flow.data().personal())
        && Boolean.TRUE.equals(flow.data().medical()) && !flow.segments().isEmpty();
  }

  /** C:L455-461: carriers and services carry at most part of the management responsibility, never all of it. */
  @Test
  void carriersAndServicesNeverCarryTheWholeResponsibility() {
    Explore.forAll(33576, 400, VALID_FLOWS,
        FlowPropertiesTest::carriersAndServicesNeverCarryTheWholeResponsibilityOn);
  }

  private static boolean carriersAndServicesNeverCarryTheWholeResponsibilityOn(DataFlow flow) {
    for (Edition e : EDITIONS) {
      EvaluationResult r = ENGINE.evaluate(flow, e);
      for (Responsibility resp : r.responsibilities()) {
        if (Set.of(ResponsibilityType.MANAGEMENT, ResponsibilityType.ACCOUNTABILITY, ResponsibilityType.RESULT)
            .contains(resp.type())) {
          assertThat(resp.parties()).as("%s under %s (%s)", resp.type(), e, resp.ruleId())
              .noneMatch(p -> pureOperator(flow, p));
        }
      }
      for (SegmentThreat st : r.segmentThreats()) {
        assertThat(st.responsible()).as("responsible on %s under %s", st.segments(), e)
            .noneMatch(p -> pureOperator(flow, p));
      }
    }
    return true;
  }

  /**
   * C:L431-439: while the data is away from the patient, one party is clearly responsible at every moment: every
   * segment has a responsible party for every threat the edition names, and no party is both responsible and exempt.
   * P:L333-340 / C:L591-598: the sending institution's management responsibility covers the whole flow until the
   * data is handed over, so the provider is responsible in every cell.
   */
  @Test
  void everySegmentAndThreatHasAResponsibleParty() {
    Explore.forAll(9743, 400, VALID_EXCHANGES,
        FlowPropertiesTest::everySegmentAndThreatHasAResponsiblePartyOn);
  }

  private static boolean everySegmentAndThreatHasAResponsiblePartyOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      Set<Threat> threats = r.segmentThreats().stream().flatMap(st -> st.threats().stream())
          .collect(Collectors.toSet());
      assertThat(threats).as("threats judged under %s", e).contains(Threat.EAVESDROPPING, Threat.TAMPERING);
      for (Segment s : flow.segments()) {
        for (Threat t : threats) {
          List<SegmentThreat> cells = r.segmentThreats().stream().filter(st -> st.covers(s.id(), t)).toList();
          assertThat(cells).as("%s / %s under %s", s.id(), t, e).hasSize(1);
          SegmentThreat cell = cells.get(0);
          assertThat(cell.responsible()).as("responsible on %s / %s under %s", s.id(), t, e)
              .contains(flow.provider());
          assertThat(cell.responsible()).as("both responsible and exempt on %s / %s", s.id(), t)
              .noneMatch(cell.exempt()::contains);
        }
      }
    }
    return true;
  }

  /**
   * C:L462-481: data encrypted by the provider and decrypted by the recipient is ciphertext on every carrier's and
   * service's segment in between: they are free of eavesdropping duties there and owe no entrustment contract; unless
   * the key travels with the data and no channel others end keeps it from them (not 適切に暗号化され): then they are
   * not freed, and each owes the entrustment contract (Demarc's reading); so does a carrier or service written only as
   * an encrypted channel's end, which receives the key with the data.
   */
  @Test
  void endToEndEncryptionFreesEveryOperatorInBetween() {
    Explore.forAll(11839, 400, VALID_EXCHANGES,
        FlowPropertiesTest::endToEndEncryptionFreesEveryOperatorInBetweenOn);
  }

  private static boolean endToEndEncryptionFreesEveryOperatorInBetweenOn(DataFlow flow) {
    if (!inScope(flow) || flow.objectSecurity() == null
        || !FlowGen.PROVIDER.equals(flow.objectSecurity().encryptedBy())
        || !"r0".equals(flow.objectSecurity().decryptedBy())) {
      return false;
    }
    // a recipient that runs a segment itself decrypts there, on receipt: what runs after it is not in between
    int decrypted = flow.segments().size();
    for (int i = 0; i < flow.segments().size(); i++) {
      if ("r0".equals(flow.segments().get(i).operator())) {
        decrypted = i;
      }
    }
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (Segment s : flow.segments().subList(0, decrypted)) {
        if (s.operator() == null || !pureOperator(flow, s.operator())
            || flow.objectSecurity().reencrypts(s.operator())) { // a centre decrypting and encrypting again is not
          continue;
        }
        // the key sent with the data reaches an operator no channel others end keeps it from: not freed, entrusted
        boolean keyExposed = keyExposed(flow, s);
        assertThat(r.segmentThreats().stream()
            .anyMatch(st -> st.covers(s.id(), Threat.EAVESDROPPING) && st.exempt().contains(s.operator())))
            .as("%s exempt from eavesdropping on %s under %s (key exposed: %s)", s.operator(), s.id(), e, keyExposed)
            .isEqualTo(!keyExposed);
        if (keyExposed && !lastLegToAPerson(flow, s)) {
          assertThat(r.controls()).as("%s entrusted on %s under %s", s.operator(), s.id(), e).anyMatch(k -> k.control()
              == ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT && s.operator().equals(k.party())
              && s.id().equals(k.segment()));
        }
      }
      Set<String> between = flow.segments().subList(0, decrypted).stream().filter(s -> !keyExposed(flow, s))
          .map(Segment::id).collect(Collectors.toSet());
      assertThat(r.controls().stream().filter(k -> k.control() == ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT
              && pureOperator(flow, k.party()) && !flow.objectSecurity().reencrypts(k.party())
              && between.contains(k.segment()) && !keyReachesChannelEnd(flow, k.party(), k.segment()))
              .map(RequiredControl::id))
          .as("entrustment under %s", e).isEmpty();
    }
    return true;
  }

  /**
   * Whether the key sent over the data's channel reaches the segment's operator: no encrypted channel whose two ends
   * are other parties runs across its line (Demarc's reading of 適切に暗号化され, C:L462-477).
   */
  private static boolean keyExposed(DataFlow flow, Segment s) {
    org.demarc.model.ChannelSecurity ch = s.channel();
    return s.operator() != null && flow.objectSecurity().keyDelivery() == org.demarc.model.KeyDelivery.SAME_CHANNEL
        && !(ch != null && ch.encryptedPast(s.operator()));
  }

  /** Whether the party ends the segment's encrypted channel while the key travels with the data: it receives both. */
  private static boolean keyReachesChannelEnd(DataFlow flow, String party, String segment) {
    org.demarc.model.ChannelSecurity ch = flow.segments().stream().filter(x -> x.id().equals(segment))
        .map(Segment::channel).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return flow.objectSecurity().keyDelivery() == org.demarc.model.KeyDelivery.SAME_CHANNEL && ch != null
        && ch.encrypted() && (party.equals(ch.tunnelFrom()) || party.equals(ch.tunnelTo()));
  }

  /** Whether the segment is the last leg to a person's own terminal, which a human reviews (B1-07). */
  private static boolean lastLegToAPerson(DataFlow flow, Segment s) {
    return inLastRun(flow, s) && (flow.effectiveKind().outsideAccess()
        || flow.recipients() != null && !flow.recipients().isEmpty() && flow.recipients().stream()
            .allMatch(r -> flow.party(r.party()) != null && flow.party(r.party()).has(PartyRole.PATIENT)));
  }

  /**
   * Whether the segment is the last one or in the run of consecutive segments just before it that the last one's
   * operator runs: the person's own line written as several segments (CLS-accessor-line-run).
   */
  private static boolean inLastRun(DataFlow flow, Segment s) {
    List<Segment> path = flow.segments();
    String last = path.get(path.size() - 1).operator();
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) == s) {
        return true;
      }
      if (last == null || !last.equals(path.get(i).operator())) {
        return false;
      }
    }
    return false;
  }


  /**
   * C:L482-498: an operator that handles the plaintext owes an entrustment contract and is never exempt; on the last leg
   * to a person's own terminal a human reviews what to agree with it instead.
   */
  @Test
  void plaintextOperatorsAreNeverExempt() {
    Explore.forAll(90200, 400, VALID_EXCHANGES,
        FlowPropertiesTest::plaintextOperatorsAreNeverExemptOn);
  }

  private static boolean plaintextOperatorsAreNeverExemptOn(DataFlow flow) {
    if (!inScope(flow) || flow.objectSecurity() == null || flow.objectSecurity().encryptedBy() != null) {
      return false;
    }
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (Segment s : flow.segments()) {
        if (s.operator() == null || !pureOperator(flow, s.operator()) || tunnelled(s)) {
          continue;
        }
        assertThat(r.segmentThreats()).as("%s exempt on plaintext segment %s under %s", s.operator(), s.id(), e)
            .noneMatch(st -> st.covers(s.id(), Threat.EAVESDROPPING) && st.exempt().contains(s.operator()));
        if (personsLine(flow).contains(s.id())) {
          // the person's own line: what to agree with it, entrustment included, is left to a human review
          assertThat(r.findings()).as("review of the person's line %s under %s", s.id(), e)
              .anyMatch(f -> "G-6.11-B1-07".equals(f.ruleId()) && f.needsHumanReview() && s.id().equals(f.segment()));
          continue;
        }
        assertThat(r.controls().stream().filter(k -> k.control() == ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT
                && s.operator().equals(k.party()))).as("entrustment of %s under %s", s.operator(), e).isNotEmpty();
      }
    }
    return true;
  }

  /**
   * C:L462-498 read segment by segment: a carrier or service that decrypts the information and encrypts it again (a
   * regional network's centre) handles the plaintext on the segments it runs, so it is never exempt there and owes the
   * entrustment, as any operator handling the plaintext (the operators on either side are endToEndEncryption's).
   */
  @Test
  void aCentreThatEncryptsAgainHandlesThePlaintext() {
    Explore.forAll(73009, 2500, VALID_EXCHANGES, FlowPropertiesTest::aCentreThatEncryptsAgainHandlesThePlaintextOn);
  }

  private static boolean aCentreThatEncryptsAgainHandlesThePlaintextOn(DataFlow generated) {
    org.demarc.model.ObjectSecurity o = generated.objectSecurity();
    if (!inScope(generated) || o == null || o.encryptedBy() == null || o.decryptedBy() == null // who decrypts at the
        || o.encryptedBy().equals(o.decryptedBy())) { // end left out: where the ciphertext runs is asked first
      return false;
    }
    // the generator's centre, or else one made of the first service or carrier between the ends that could be one
    String centre = o.reencryptedBy() != null && !o.reencryptedBy().isEmpty() ? o.reencryptedBy().get(0)
        : generated.segments().stream().map(Segment::operator)
            .filter(op -> op != null && !op.equals(generated.provider()) && !op.equals(o.encryptedBy())
                && !op.equals(o.decryptedBy()))
            .findFirst().orElse(null);
    if (centre == null || !pureOperator(generated, centre)) {
      return false;
    }
    DataFlow flow = Records.with(generated, "objectSecurity", Records.with(o, "reencryptedBy", List.of(centre)));
    boolean spoke = false;
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (Segment s : flow.segments()) {
        if (!centre.equals(s.operator()) || tunnelled(s) || personsLine(flow).contains(s.id())) {
          continue;
        }
        spoke = true;
        assertThat(r.segmentThreats()).as("%s exempt on its own segment %s under %s", centre, s.id(), e)
            .noneMatch(st -> st.covers(s.id(), Threat.EAVESDROPPING) && st.exempt().contains(centre));
        assertThat(r.controls()).as("entrustment of %s on %s under %s", centre, s.id(), e)
            .anyMatch(k -> k.control() == ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT
                && centre.equals(k.party()) && s.id().equals(k.segment()));
      }
    }
    return spoke;
  }

  private static boolean tunnelled(Segment s) {
    return s.channel() != null && s.channel().encrypted() && s.channel().tunnelFrom() != null
        && s.channel().tunnelTo() != null;
  }

  /** C:L1187-1205: on the open internet the information itself must be encrypted; plaintext there fails the flow. */
  @Test
  void plaintextOnTheInternetNeverPasses() {
    Explore.forAll(60013, 400, VALID_EXCHANGES,
        FlowPropertiesTest::plaintextOnTheInternetNeverPassesOn);
  }

  private static boolean plaintextOnTheInternetNeverPassesOn(DataFlow flow) {
    if (!inScope(flow) || flow.objectSecurity() == null || flow.objectSecurity().encryptedBy() != null
        || flow.segments().stream().noneMatch(s -> s.network() == NetworkType.OPEN_INTERNET)) {
      return false;
    }
    for (Edition e : EDITIONS) {
      assertThat(ENGINE.evaluate(flow, e).verdict()).as("under %s", e)
          .isIn(Verdict.PROHIBITED, Verdict.NON_COMPLIANT);
    }
    return true;
  }

  /**
   * The answer does not depend on the order parties, recipients, declarations, remote logins or taken-out items are
   * listed in (only the segments' order says something: the path).
   */
  @Test
  void orderOfPartiesAndDeclarationsDoesNotMatter() {
    Explore.forAll(71428, 300, VALID_FLOWS,
        FlowPropertiesTest::orderOfPartiesAndDeclarationsDoesNotMatterOn);
  }

  private static boolean orderOfPartiesAndDeclarationsDoesNotMatterOn(DataFlow flow) {
    List<Party> parties = new ArrayList<>(flow.parties());
    Collections.shuffle(parties, new Random(flow.inPlace().size() * 31L + flow.parties().size()));
    List<InPlace> inPlace = new ArrayList<>(flow.inPlace());
    Collections.shuffle(inPlace, new Random(flow.segments() == null ? 7 : flow.segments().size() + 7L));
    DataFlow shuffled = Records.with(Records.with(flow, "parties", parties), "inPlace", inPlace);
    Random random = new Random(parties.size() * 17L + inPlace.size());
    if (flow.recipients() != null) {
      List<org.demarc.model.Recipient> recipients = new ArrayList<>(flow.recipients());
      Collections.shuffle(recipients, random);
      shuffled = Records.with(shuffled, "recipients", recipients);
    }
    if (flow.remoteLogins() != null) {
      List<org.demarc.model.RemoteLogin> logins = new ArrayList<>(flow.remoteLogins());
      Collections.shuffle(logins, random);
      shuffled = Records.with(shuffled, "remoteLogins", logins);
    }
    if (flow.takeOut() != null && flow.takeOut().items() != null) {
      List<org.demarc.model.TakenOutItem> items = new ArrayList<>(flow.takeOut().items());
      Collections.shuffle(items, random);
      shuffled = Records.with(shuffled, "takeOut", Records.with(flow.takeOut(), "items", items));
    }
    assertSameAnswer(flow, shuffled, f -> false);
    return true;
  }

  /**
   * What a party, a segment or an item is called changes nothing but the name: the same flow with every id renamed
   * (so that the ids sort in another order) gets the same verdict, the same controls, findings and responsibilities,
   * and the same party in every cell of the matrix, under the new names.
   */
  @Test
  void renamingPartiesAndSegmentsChangesNothingButTheNames() {
    Explore.forAll(26535, 300, VALID_FLOWS, FlowPropertiesTest::renamingChangesNothingButTheNamesOn);
  }

  private static final tools.jackson.databind.json.JsonMapper RENAMER = tools.jackson.databind.json.JsonMapper.builder()
      .build();

  private static boolean renamingChangesNothingButTheNamesOn(DataFlow flow) {
    tools.jackson.databind.JsonNode tree = RENAMER.valueToTree(flow);
    List<String> ids = new ArrayList<>();
    for (String list : List.of("parties", "segments", "remoteLogins")) {
      tree.path(list).forEach(n -> ids.add(n.path("id").asString()));
    }
    tree.path("takeOut").path("items").forEach(n -> ids.add(n.path("id").asString()));
    // the new names sort in the reverse order of the old ones
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    java.util.Map<String, String> rename = new java.util.HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      rename.put(sorted.get(i), String.format("n%03d", sorted.size() - i));
    }
    java.util.Map<String, String> back = new java.util.HashMap<>();
    rename.forEach((k, v) -> back.put(v, k));
    DataFlow renamed = RENAMER.treeToValue(renameIn(tree, rename), DataFlow.class);
    for (Edition e : EDITIONS) {
      EvaluationResult a = ENGINE.evaluate(flow, e);
      EvaluationResult b = ENGINE.evaluate(renamed, e);
      assertThat(b.verdict()).as("verdict under %s", e).isEqualTo(a.verdict());
      assertThat(renamedBack(controls(b), back)).as("controls under %s", e)
          .isEqualTo(renamedBack(controls(a), Map.of()));
      assertThat(renamedBack(findings(b), back)).as("findings under %s", e)
          .isEqualTo(renamedBack(findings(a), Map.of()));
      assertThat(cells(b, back)).as("matrix under %s", e).isEqualTo(cells(a, Map.of()));
      assertThat(shares(b, back)).as("responsibilities under %s", e).isEqualTo(shares(a, Map.of()));
    }
    return true;
  }

  /** The tree with every string that is an id replaced by its new name, wherever it stands. */
  private static tools.jackson.databind.JsonNode renameIn(tools.jackson.databind.JsonNode node,
      java.util.Map<String, String> rename) {
    if (node.isString()) {
      String v = node.asString();
      return rename.containsKey(v) ? tools.jackson.databind.node.StringNode.valueOf(rename.get(v)) : node;
    }
    if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode out = RENAMER.createArrayNode();
      node.forEach(n -> out.add(renameIn(n, rename)));
      return out;
    }
    if (node.isObject()) {
      tools.jackson.databind.node.ObjectNode out = RENAMER.createObjectNode();
      node.properties().forEach(en -> out.set(en.getKey(), renameIn(en.getValue(), rename)));
      return out;
    }
    return node;
  }

  /**
   * Ids of the form {@code a|b|c~variant#n=STATUS} with every part that is a new name put back to the old one, and the
   * hash that tells apart findings of one variant by their text (which holds the names) left out: a sorted list, so
   * two findings told apart only by it still count twice.
   */
  private static List<String> renamedBack(Set<String> keys, java.util.Map<String, String> back) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      int eq = k.lastIndexOf('=');
      String[] parts = k.substring(0, eq).split("(?=[|~#])|(?<=[|~#])", -1);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = back.getOrDefault(parts[i], parts[i]);
      }
      out.add(String.join("", parts).replaceAll("~[0-9a-f]{1,8}$", "~#") + k.substring(eq));
    }
    Collections.sort(out);
    return out;
  }

  /**
   * README, "How a flow is judged": a segment listed without an operator is read as one the provider runs itself, as
   * if the provider (holding the role of carrier) were named as its operator; both ways of writing the provider's own
   * line get the same verdict, controls, findings and matrix, but for the note that says the segment names no
   * operator (C:L431-437).
   */
  @Test
  void aSegmentWithoutAnOperatorReadsAsTheProvidersOwn() {
    Explore.forAll(31337, 300, VALID_EXCHANGES, FlowPropertiesTest::aSegmentWithoutAnOperatorReadsAsTheProvidersOwnOn);
  }

  private static boolean aSegmentWithoutAnOperatorReadsAsTheProvidersOwnOn(DataFlow flow) {
    if (flow.segments() == null || flow.segments().stream().noneMatch(s -> s.operator() == null)) {
      return false;
    }
    List<Party> parties = flow.parties().stream().map(p -> {
      if (!p.id().equals(flow.provider()) || p.has(PartyRole.CARRIER) || p.has(PartyRole.ONLINE_SERVICE)) {
        return p;
      }
      return withCarrierRole(p);
    }).toList();
    List<Segment> segments = flow.segments().stream()
        .map(s -> s.operator() == null ? Records.with(s, "operator", flow.provider()) : s).toList();
    DataFlow named = Records.with(Records.with(flow, "parties", parties), "segments", segments);
    if (!ENGINE.validate(named).isEmpty()) {
      return false;
    }
    // the note that a segment names no operator stands only in the flow that names none (a note on a party, a carrier
    // placed nowhere on the path, stands in both)
    java.util.function.Predicate<String> segmentNote = f -> f.startsWith("G-6.11-B1-05|")
        && !f.startsWith("G-6.11-B1-05||") && f.endsWith("=INFO");
    assertSameAnswer(flow, named, segmentNote);
    // the provider named as the operator of its own segment needs no carrier role to be read so
    DataFlow unrolled = Records.with(flow, "segments", segments);
    assertThat(ENGINE.validate(unrolled)).as("the provider as operator without a carrier role").isEmpty();
    assertSameAnswer(flow, unrolled, segmentNote);
    return true;
  }

  /**
   * README, "How a flow is judged": a party that is both carrier and online service is judged once, as the service;
   * so an online service that also holds the role of carrier gets the same answer as without it.
   */
  @Test
  void aServiceThatIsAlsoACarrierIsJudgedAsTheService() {
    Explore.forAll(27182, 300, VALID_EXCHANGES, FlowPropertiesTest::aServiceThatIsAlsoACarrierIsJudgedAsTheServiceOn);
  }

  private static boolean aServiceThatIsAlsoACarrierIsJudgedAsTheServiceOn(DataFlow flow) {
    if (flow.parties().stream().noneMatch(p -> p.has(PartyRole.ONLINE_SERVICE) && !p.has(PartyRole.CARRIER))) {
      return false;
    }
    DataFlow both = Records.with(flow, "parties", flow.parties().stream().map(p -> {
      if (!p.has(PartyRole.ONLINE_SERVICE) || p.has(PartyRole.CARRIER)) {
        return p;
      }
      return withCarrierRole(p);
    }).toList());
    if (!ENGINE.validate(both).isEmpty()) {
      return false;
    }
    assertSameAnswer(flow, both, f -> false);
    return true;
  }

  /**
   * README, "How a flow is judged": a declaration that names no party counts for every party; so declaring it once
   * for each party of the flow instead gets the same answer. A consignment contract aside: naming no party it is the
   * consignee's (aConsignmentContractIsTheConsigneesOnly), and it is left as written.
   */
  @Test
  void aDeclarationForEveryPartyIsTheSameAsOneNamingNone() {
    Explore.forAll(16180, 300, VALID_FLOWS, FlowPropertiesTest::aDeclarationForEveryPartyIsTheSameAsOneNamingNoneOn);
  }

  private static boolean aDeclarationForEveryPartyIsTheSameAsOneNamingNoneOn(DataFlow flow) {
    List<InPlace> expanded = new ArrayList<>();
    boolean changed = false;
    for (InPlace d : flow.inPlace()) {
      boolean named = flow.inPlace().stream().anyMatch(o -> o.control() == d.control() && o.party() != null);
      // a consignment contract naming no party is the consignee's only, no entrustment contract of a carrier or service
      // on the path (aConsignmentContractIsTheConsigneesOnly): declared for each party it would name them too
      if (d.party() != null || named || d.control() == ControlType.CONSIGNMENT_CONTRACT) {
        expanded.add(d);
        continue;
      }
      changed = true;
      for (Party p : flow.parties()) {
        expanded.add(new InPlace(d.control(), p.id(), d.reference(), d.status(), d.owner(), d.due()));
      }
    }
    if (!changed) {
      return false;
    }
    DataFlow each = Records.with(flow, "inPlace", expanded);
    assertThat(ENGINE.validate(each)).as("declared once per party").isEmpty();
    assertSameAnswer(flow, each, f -> false);
    return true;
  }

  /**
   * README, "How a flow is judged": one duty under two names is declared once. A consignment contract is the
   * personal-information entrustment contract and supervising a consignee is supervising an entrustee (C:L412-415,
   * C:L495-498), so a declaration written under the other name gets the same answer.
   */
  @Test
  void aDutyDeclaredUnderItsOtherNameGetsTheSameAnswer() {
    Explore.forAll(27182, 300, VALID_FLOWS, FlowPropertiesTest::aDutyDeclaredUnderItsOtherNameGetsTheSameAnswerOn);
  }

  private static boolean aDutyDeclaredUnderItsOtherNameGetsTheSameAnswerOn(DataFlow flow) {
    // supervising the consignee and supervising an entrustee are not the same answer everywhere: see
    // supervisingTheConsigneeIsNotSupervisingACarrier
    Map<ControlType, ControlType> otherName = Map.of(
        ControlType.CONSIGNMENT_CONTRACT, ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT,
        ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT, ControlType.CONSIGNMENT_CONTRACT);
    List<InPlace> renamed = new ArrayList<>();
    boolean changed = false;
    for (InPlace d : flow.inPlace()) {
      ControlType other = otherName.get(d.control());
      // only a duty declared once under either name: with both names declared, each name's own declaration comes first;
      // and one naming no party, the provider or a recipient institution (for the agreement's other side) only where no
      // carrier or service but the consignee is asked an entrustment contract, which a consignment contract is not
      // (aConsignmentContractIsTheConsigneesOnly)
      boolean alone = other != null
          && (d.party() != null && !d.party().equals(flow.provider()) && !recipientInstitution(flow, d.party())
              || !entrustsOtherThanTheConsignee(flow))
          && flow.inPlace().stream().filter(o -> o.control() == d.control() || o.control() == other).count() == 1;
      if (!alone) {
        renamed.add(d);
        continue;
      }
      changed = true;
      renamed.add(new InPlace(other, d.party(), d.reference(), d.status(), d.owner(), d.due()));
    }
    if (!changed) {
      return false;
    }
    DataFlow other = Records.with(flow, "inPlace", renamed);
    assertThat(ENGINE.validate(other)).as("declared under the other name").isEmpty();
    assertSameAnswer(flow, other, f -> false);
    for (Edition e : EDITIONS) {
      assertThat(ENGINE.evaluate(other, e).unusedDeclarations()).as("unused declarations under %s", e)
          .extracting(org.demarc.model.result.UnusedDeclaration::pointer)
          .isEqualTo(ENGINE.evaluate(flow, e).unusedDeclarations().stream()
              .map(org.demarc.model.result.UnusedDeclaration::pointer).toList());
    }
    return true;
  }

  /**
   * A consignment contract is the contract with the consignee (委託, C:L412-415): declared naming no party, or by an
   * institution for the agreement's other side, it is no entrustment contract of a carrier or service on the path that
   * handles the plaintext (C:L495-498), which is not the consignee: taking such declarations away changes nothing of the
   * entrustment contracts asked of parties other than the consignee.
   */
  @Test
  void aConsignmentContractIsTheConsigneesOnly() {
    Explore.forAll(16180, 300, VALID_FLOWS, FlowPropertiesTest::aConsignmentContractIsTheConsigneesOnlyOn);
  }

  private static boolean aConsignmentContractIsTheConsigneesOnlyOn(DataFlow flow) {
    List<InPlace> kept = flow.inPlace().stream().filter(d -> d.control() != ControlType.CONSIGNMENT_CONTRACT
        || !(d.party() == null || d.party().equals(flow.provider()) || recipientInstitution(flow, d.party()))).toList();
    DataFlow without = Records.with(flow, "inPlace", kept);
    boolean asked = false;
    // the flow's own such declarations, or else one naming no party, and one the provider declares
    List<DataFlow> with = new ArrayList<>();
    if (kept.size() < flow.inPlace().size()) {
      with.add(flow);
    } else {
      for (String party : java.util.Arrays.asList(null, flow.provider())) {
        List<InPlace> added = new ArrayList<>(kept);
        added.add(new InPlace(ControlType.CONSIGNMENT_CONTRACT, party, "consignment contract"));
        with.add(Records.with(flow, "inPlace", added));
      }
    }
    for (Edition e : EDITIONS) {
      Map<String, ControlStatus> before = new java.util.TreeMap<>();
      ENGINE.evaluate(without, e).controls().forEach(k -> before.put(k.id(), k.status()));
      for (DataFlow f : with) {
        for (RequiredControl k : ENGINE.evaluate(f, e).controls()) {
          if (k.control() == ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT && !flow.consignee(k.party())) {
            asked = true;
            assertThat(k.status()).as("%s under %s", k.id(), e).isEqualTo(before.get(k.id()));
          }
        }
      }
    }
    return asked;
  }

  /**
   * Whether a carrier other than the consignee is in the flow (a term declared for every party shows the institution
   * contracts its line: a consignment contract does not), or a carrier or service other than the consignee is asked an
   * entrustment contract.
   */
  private static boolean entrustsOtherThanTheConsignee(DataFlow flow) {
    return flow.parties().stream().anyMatch(p -> p.has(PartyRole.CARRIER) && !flow.consignee(p.id()))
        || EDITIONS.stream().anyMatch(e -> ENGINE.evaluate(flow, e).controls().stream().anyMatch(k ->
        k.control() == ControlType.PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT && !flow.consignee(k.party())));
  }

  private static boolean recipientInstitution(DataFlow flow, String party) {
    Party p = flow.party(party);
    return p != null && !p.has(PartyRole.ONLINE_SERVICE) && !p.has(PartyRole.CARRIER) && flow.recipients() != null
        && flow.recipients().stream().anyMatch(r -> party.equals(r.party()));
  }

  /**
   * Supervising an entrustee (監督, C:L495-498) is shown by supervising the consignee only where the entrustee is the
   * consignee (a service the consignment sends to, handling the plaintext): a carrier or service on the path handling
   * the plaintext is an entrustee of its own, which supervising the consignee does not show. So the flow's one
   * supervision declaration (one is added where it has none) under the consignee's name and the same one under the
   * entrustee's name give the same answer but for supervision of entrustees, where the consignee's name shows no more
   * than the entrustee's; in a flow that is no consignment it shows none, and it is reported unused when nothing else
   * asks it.
   */
  @Test
  void supervisingTheConsigneeIsNotSupervisingACarrier() {
    Explore.forAll(31415, 300, VALID_FLOWS, FlowPropertiesTest::supervisingTheConsigneeIsNotSupervisingACarrierOn);
  }

  private static boolean supervisingTheConsigneeIsNotSupervisingACarrierOn(DataFlow generated) {
    DataFlow flow = generated;
    if (supervisions(generated).isEmpty()) {
      // none declared: one is added, naming no party or the provider (as the flow's declarations fall), so the
      // property speaks of every flow that asks a supervision, not only of the few generated with one
      List<InPlace> added = new ArrayList<>(generated.inPlace());
      added.add(new InPlace(ControlType.CONSIGNEE_SUPERVISION, added.size() % 2 == 0 ? null : generated.provider(),
          "supervision"));
      flow = Records.with(generated, "inPlace", added);
    }
    List<InPlace> supervision = supervisions(flow);
    if (supervision.size() != 1) {
      return false;
    }
    InPlace d = supervision.get(0);
    int at = flow.inPlace().indexOf(d);
    List<InPlace> asConsignee = new ArrayList<>(flow.inPlace());
    asConsignee.set(at, new InPlace(ControlType.CONSIGNEE_SUPERVISION, d.party(), d.reference(), d.status(), d.owner(),
        d.due()));
    List<InPlace> asEntrustee = new ArrayList<>(flow.inPlace());
    asEntrustee.set(at, new InPlace(ControlType.ENTRUSTEE_SUPERVISION, d.party(), d.reference(), d.status(), d.owner(),
        d.due()));
    DataFlow consignee = Records.with(flow, "inPlace", asConsignee);
    DataFlow entrustee = Records.with(flow, "inPlace", asEntrustee);
    boolean consignment = flow.legalForm() == org.demarc.model.LegalForm.CONSIGNMENT;
    boolean asked = false;
    for (Edition e : EDITIONS) {
      EvaluationResult narrow = ENGINE.evaluate(consignee, e);
      EvaluationResult wide = ENGINE.evaluate(entrustee, e);
      Map<String, ControlStatus> a = new java.util.TreeMap<>();
      narrow.controls().forEach(k -> a.put(k.id(), k.status()));
      Map<String, ControlStatus> b = new java.util.TreeMap<>();
      wide.controls().forEach(k -> b.put(k.id(), k.status()));
      assertThat(b.keySet()).as("controls asked under %s", e).isEqualTo(a.keySet());
      for (RequiredControl k : narrow.controls()) {
        if (k.control() != ControlType.ENTRUSTEE_SUPERVISION) {
          assertThat(b.get(k.id())).as("%s under %s", k.id(), e).isEqualTo(k.status());
          continue;
        }
        asked = true;
        if (!consignment) {
          // no consignee: the consignee's name shows no entrustee's supervision
          assertThat(k.status()).as("%s under %s, no consignment", k.id(), e).isEqualTo(ControlStatus.MISSING);
        } else if (!k.status().equals(b.get(k.id()))) {
          assertThat(k.status()).as("%s under %s, the consignee's name shows less", k.id(), e)
              .isEqualTo(ControlStatus.MISSING);
        }
      }
      boolean consigneeAsked = narrow.controls().stream()
          .anyMatch(k -> k.control() == ControlType.CONSIGNEE_SUPERVISION);
      if (!consigneeAsked) {
        assertThat(narrow.unusedDeclarations()).as("unused declarations under %s", e)
            .extracting(org.demarc.model.result.UnusedDeclaration::pointer).contains("/inPlace/" + at);
      }
    }
    return asked;
  }

  private static List<InPlace> supervisions(DataFlow flow) {
    return flow.inPlace().stream().filter(d -> d.control() == ControlType.CONSIGNEE_SUPERVISION
        || d.control() == ControlType.ENTRUSTEE_SUPERVISION).toList();
  }

  /**
   * A recipient's own supervision of a carrier or service handling the plaintext (C:L445-455, C:L482-498) is asked only
   * of a recipient of a two-way third-party exchange, is a condition for review and never fails the flow, and declared
   * for that recipient it is in place and nothing else moves.
   */
  @Test
  void aRecipientsOwnSupervisionIsAskedForReviewOnly() {
    Explore.forAll(27182, 300, VALID_FLOWS, FlowPropertiesTest::aRecipientsOwnSupervisionIsAskedForReviewOnlyOn);
  }

  private static boolean aRecipientsOwnSupervisionIsAskedForReviewOnlyOn(DataFlow generated) {
    if (generated.direction() == org.demarc.model.Direction.ONE_WAY) {
      for (Edition e : EDITIONS) {
        assertThat(ENGINE.evaluate(generated, e).controls()).as("one-way, under %s", e).noneMatch(k ->
            k.control() == ControlType.ENTRUSTEE_SUPERVISION && !generated.provider().equals(k.party()));
      }
    }
    // the same flow exchanged both ways (one generated without a direction too, where its kind takes one)
    DataFlow flow = Records.with(generated, "direction", org.demarc.model.Direction.TWO_WAY);
    if (!ENGINE.validate(flow).isEmpty()) {
      return false;
    }
    boolean asked = false;
    for (Edition e : EDITIONS) {
      EvaluationResult r = ENGINE.evaluate(flow, e);
      List<RequiredControl> own = r.controls().stream()
          .filter(k -> k.control() == ControlType.ENTRUSTEE_SUPERVISION && !flow.provider().equals(k.party())).toList();
      if (own.isEmpty()) {
        continue;
      }
      asked = true;
      assertThat(flow.direction()).as("direction").isEqualTo(org.demarc.model.Direction.TWO_WAY);
      assertThat(flow.legalForm()).as("legal form").isIn(org.demarc.model.LegalForm.THIRD_PARTY_PROVISION,
          org.demarc.model.LegalForm.PROVISION_REQUIRED_BY_LAW);
      List<InPlace> more = new ArrayList<>(flow.inPlace());
      for (RequiredControl k : own) {
        assertThat(flow.recipients().stream().anyMatch(x -> k.party().equals(x.party()))).as("%s a recipient", k.id())
            .isTrue();
        if (k.status() == ControlStatus.MISSING) {
          // a condition, or moot where the provision is prohibited
          assertThat(k.effectIfMissing()).as("%s under %s", k.id(), e).isIn(
              org.demarc.model.result.MissingEffect.CONDITION, org.demarc.model.result.MissingEffect.MOOT_PROHIBITED);
        }
        if (more.stream().noneMatch(d -> d.control() == ControlType.ENTRUSTEE_SUPERVISION
            && k.party().equals(d.party()))) {
          more.add(new InPlace(ControlType.ENTRUSTEE_SUPERVISION, k.party(), "its own audit of the line"));
        }
      }
      Set<String> declared = new TreeSet<>(); // the recipients whose declaration this property added
      own.stream().filter(k -> flow.inPlace().stream().noneMatch(d -> d.control() == ControlType.ENTRUSTEE_SUPERVISION
          && k.party().equals(d.party()))).forEach(k -> declared.add(k.party()));
      Map<String, ControlStatus> after = new java.util.TreeMap<>();
      ENGINE.evaluate(Records.with(flow, "inPlace", more), e).controls().forEach(k -> after.put(k.id(), k.status()));
      for (RequiredControl k : r.controls()) {
        boolean closed = k.control() == ControlType.ENTRUSTEE_SUPERVISION && declared.contains(k.party());
        assertThat(after.get(k.id())).as("%s under %s", k.id(), e)
            .isEqualTo(closed ? ControlStatus.SATISFIED : k.status());
      }
      assertThat(after.keySet()).as("controls asked under %s", e)
          .isEqualTo(r.controls().stream().map(RequiredControl::id).collect(Collectors.toCollection(TreeSet::new)));
    }
    return asked;
  }

  /**
   * A carrier carries lines (C:L462-470): the role of carrier held by a party that runs no segment of the path (a
   * recipient, say) asks nothing of it, and a carrier listed among the parties without a line asks nothing at all; the
   * answer only names it as placed nowhere on the path (an INFO note of G-6.11-B1-05).
   */
  @Test
  void aCarrierThatRunsNoLineChangesNothing() {
    Explore.forAll(42424, 300, VALID_FLOWS, FlowPropertiesTest::aCarrierThatRunsNoLineChangesNothingOn);
  }

  private static boolean aCarrierThatRunsNoLineChangesNothingOn(DataFlow flow) {
    Set<String> operators = flow.segments() == null ? Set.of() : flow.segments().stream().map(Segment::operator)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    List<Party> parties = flow.parties().stream().map(p -> {
      if (operators.contains(p.id()) || p.has(PartyRole.CARRIER) || p.has(PartyRole.ONLINE_SERVICE)
          || p.has(PartyRole.PATIENT) || p.id().equals(flow.provider())) {
        return p;
      }
      return withCarrierRole(p);
    }).collect(Collectors.toCollection(ArrayList::new));
    parties.add(new Party("spare-carrier", "予備の回線事業者", Set.of(PartyRole.CARRIER)));
    DataFlow other = Records.with(flow, "parties", parties);
    if (!ENGINE.validate(other).isEmpty()) {
      return false;
    }
    // the one difference: a note that the spare carrier is placed nowhere on the path
    assertSameAnswer(flow, other, f -> false, f -> f.startsWith("G-6.11-B1-05||spare-carrier") && f.endsWith("=INFO"));
    return true;
  }

  /** The party with the role of carrier added to its own. */
  private static Party withCarrierRole(Party p) {
    Set<PartyRole> roles = java.util.EnumSet.copyOf(p.roles());
    roles.add(PartyRole.CARRIER);
    return Records.with(p, "roles", roles);
  }

  /** Every cell of the matrix as segment/threat=responsible;partial;exempt, names put back. */
  private static Set<String> cells(EvaluationResult r, java.util.Map<String, String> back) {
    Set<String> out = new TreeSet<>();
    for (SegmentThreat st : r.segmentThreats()) {
      for (String seg : st.segments()) {
        for (Threat t : st.threats()) {
          out.add(back.getOrDefault(seg, seg) + "/" + t + "=" + names(st.responsible(), back) + ";"
              + names(st.partial(), back) + ";" + names(st.exempt(), back));
        }
      }
    }
    return out;
  }

  /** Every responsibility as type party segment threat, one per share, names put back. */
  private static Set<String> shares(EvaluationResult r, java.util.Map<String, String> back) {
    Set<String> out = new TreeSet<>();
    for (Responsibility x : r.responsibilities()) {
      for (String party : x.parties()) {
        List<String> segments = x.segments().isEmpty() ? List.of("") : x.segments();
        List<Threat> threats = x.threats().isEmpty() ? java.util.Collections.singletonList(null) : x.threats();
        for (String seg : segments) {
          for (Threat t : threats) {
            out.add(x.type() + " " + back.getOrDefault(party, party) + " " + back.getOrDefault(seg, seg) + " " + t
                + " " + x.ruleId());
          }
        }
      }
    }
    return out;
  }

  private static String names(List<String> ids, java.util.Map<String, String> back) {
    return ids.stream().map(i -> back.getOrDefault(i, i)).sorted().collect(Collectors.joining(","));
  }

  /**
   * Two ways of writing one flow get the same answer under each edition: verdict, controls, findings (but those the
   * filter sets aside in the first) and every cell of the matrix.
   */
  private static void assertSameAnswer(DataFlow flow, DataFlow other,
      java.util.function.Predicate<String> findingOnlyInTheFirst) {
    assertSameAnswer(flow, other, findingOnlyInTheFirst, f -> false);
  }

  private static void assertSameAnswer(DataFlow flow, DataFlow other,
      java.util.function.Predicate<String> findingOnlyInTheFirst,
      java.util.function.Predicate<String> findingOnlyInTheSecond) {
    for (Edition e : EDITIONS) {
      EvaluationResult a = ENGINE.evaluate(flow, e);
      EvaluationResult b = ENGINE.evaluate(other, e);
      assertThat(b.verdict()).as("verdict under %s", e).isEqualTo(a.verdict());
      assertThat(controls(b)).as("controls under %s", e).isEqualTo(controls(a));
      Set<String> second = findings(b).stream().filter(findingOnlyInTheSecond.negate())
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(second).as("findings under %s", e).isEqualTo(findings(a).stream()
          .filter(findingOnlyInTheFirst.negate()).collect(Collectors.toCollection(TreeSet::new)));
      assertThat(cells(b, Map.of())).as("matrix under %s", e).isEqualTo(cells(a, Map.of()));
    }
  }

  private static Set<String> controls(EvaluationResult r) {
    return r.controls().stream().map(k -> k.id() + "=" + k.status()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> findings(EvaluationResult r) {
    return r.findings().stream().map(f -> f.id() + "=" + f.kind()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Declaring a missing control in place never makes the answer worse, and declaring every missing organisational
   * control in place for the party it is required of leaves none of them missing.
   */
  @Test
  void declaringMissingControlsOnlyHelps() {
    Explore.forAll(85126, 300, VALID_FLOWS,
        FlowPropertiesTest::declaringMissingControlsOnlyHelpsOn);
  }

  private static boolean declaringMissingControlsOnlyHelpsOn(DataFlow flow) {
    for (Edition e : EDITIONS) {
      EvaluationResult before = ENGINE.evaluate(flow, e);
      List<InPlace> added = new ArrayList<>(flow.inPlace()); // replacing what the flow declared of the same control
      Set<String> declared = new TreeSet<>();
      for (RequiredControl k : before.controls()) {
        if (k.status() == ControlStatus.MISSING && declarable(k.control())) {
          added.removeIf(d -> d.control() == k.control() && java.util.Objects.equals(d.party(), k.party()));
          added.add(new InPlace(k.control(), k.party(), "added"));
          declared.add(k.id());
        }
      }
      EvaluationResult after = ENGINE.evaluate(flow.withInPlace(added), e);
      assertThat(VerdictPolicy.LADDER.indexOf(after.verdict())).as("verdict under %s: %s -> %s", e,
          before.verdict(), after.verdict()).isGreaterThanOrEqualTo(VerdictPolicy.LADDER.indexOf(before.verdict()));
      assertThat(after.controls().stream()
          .filter(k -> declared.contains(k.id()) && k.status() == ControlStatus.MISSING).map(RequiredControl::id))
          .as("declared in place yet still missing under %s", e).isEmpty();
    }
    return true;
  }

  /**
   * README: a fact left out is unknown, is named as missing, and never hides a known failure. Leaving one fact out of a
   * flow that fails may make its answer "insufficient information", never better than that.
   */
  @Test
  void aFactLeftOutNeverTurnsAFailureIntoAPass() {
    Explore.forAll(24601, 400, VALID_FLOWS,
        FlowPropertiesTest::aFactLeftOutNeverTurnsAFailureIntoAPassOn);
  }

  private static boolean aFactLeftOutNeverTurnsAFailureIntoAPassOn(DataFlow flow) {
    aFactLeftOutNeverReadsBetterOn(flow,
        v -> VerdictPolicy.LADDER.indexOf(v) <= VerdictPolicy.LADDER.indexOf(Verdict.INSUFFICIENT_INFORMATION));
    return true;
  }

  /**
   * For each edition whose verdict {@code about} speaks of, leaving any one fact out never reads better than that
   * verdict, except that a failure may fall to "insufficient information". Whether it spoke of some edition.
   */
  private static boolean aFactLeftOutNeverReadsBetterOn(DataFlow flow, java.util.function.Predicate<Verdict> about) {
    int insufficient = VerdictPolicy.LADDER.indexOf(Verdict.INSUFFICIENT_INFORMATION);
    boolean spoke = false;
    List<FactRemoval.Removed> removals = FactRemoval.each(flow);
    for (Edition e : EDITIONS) {
      Verdict full = ENGINE.evaluate(flow, e).verdict();
      if (!about.test(full)) {
        continue;
      }
      spoke = true;
      int bound = Math.max(VerdictPolicy.LADDER.indexOf(full), insufficient);
      for (FactRemoval.Removed removed : removals) {
        if (oneToOneIdentification(flow, removed.pointer()) || breakGlassOutsideAnEmergency(flow, removed.pointer())
            || !ENGINE.validate(removed.flow()).isEmpty()) { // a channel's protocol is required, not unknown
          continue;
        }
        Verdict without = ENGINE.evaluate(removed.flow(), e).verdict();
        assertThat(VerdictPolicy.LADDER.indexOf(without))
            .as("without %s under %s: %s became %s", removed.pointer(), e, full, without)
            .isLessThanOrEqualTo(bound);
      }
    }
    return spoke;
  }

  /**
   * README: a fact left out never reads better than the facts given ("the reading that asks more"). Leaving one fact
   * out of a flow that is compliant only on conditions (a point for review, an agreement still planned) never makes it
   * plainly compliant: the point stays, or the fact it needs is asked.
   */
  @Test
  void aFactLeftOutNeverTurnsAConditionIntoAPass() {
    Explore.forAll(31337, 300, VALID_FLOWS, FlowPropertiesTest::aFactLeftOutNeverTurnsAConditionIntoAPassOn);
  }

  private static boolean aFactLeftOutNeverTurnsAConditionIntoAPassOn(DataFlow flow) {
    return aFactLeftOutNeverReadsBetterOn(flow, v -> v == Verdict.COMPLIANT_WITH_CONDITIONS);
  }

  /**
   * README (kinds of flow): in a flow other than a break-glass access, an emergency that declares none and says nothing
   * of break-glass access is read as using none, though break-glass used there would be reviewed.
   */
  static boolean breakGlassOutsideAnEmergency(DataFlow flow, String pointer) {
    return pointer.equals("/emergency/breakGlassUsed") && flow.effectiveKind() != org.demarc.model.FlowKind.BREAK_GLASS
        && Boolean.FALSE.equals(flow.emergency().declared());
  }

  /**
   * README: a fact left out is named as missing. When leaving one fact out makes the answer "insufficient
   * information", the missing facts name it (its pointer, or one inside or around it), so the user knows what to give.
   */
  @Test
  void aFactWhoseAbsenceMakesTheAnswerInsufficientIsNamed() {
    Explore.forAll(8128, 300, VALID_FLOWS, FlowPropertiesTest::aFactWhoseAbsenceMakesTheAnswerInsufficientIsNamedOn);
  }

  private static boolean aFactWhoseAbsenceMakesTheAnswerInsufficientIsNamedOn(DataFlow flow) {
    boolean spoke = false;
    List<FactRemoval.Removed> removals = FactRemoval.each(flow);
    for (Edition e : EDITIONS) {
      EvaluationResult full = ENGINE.evaluate(flow, e);
      // a flow already missing something may fall to insufficient information on that once a failure is gone
      if (full.verdict() == Verdict.INSUFFICIENT_INFORMATION || !full.missingFacts().isEmpty()) {
        continue;
      }
      for (FactRemoval.Removed removed : removals) {
        if (!ENGINE.validate(removed.flow()).isEmpty()) { // a channel's protocol is required, not unknown
          continue;
        }
        EvaluationResult r = ENGINE.evaluate(removed.flow(), e);
        if (r.verdict() != Verdict.INSUFFICIENT_INFORMATION) {
          continue;
        }
        spoke = true;
        String p = removed.pointer();
        assertThat(r.missingFacts()).as("without %s under %s (insufficient information)", p, e)
            .anyMatch(m -> m.pointer().equals(p) || p.startsWith(m.pointer() + "/") || m.pointer().startsWith(p + "/"));
      }
    }
    return spoke;
  }

  /**
   * README, "How a flow is judged": one recipient that says nothing of its identification is the seed's one-to-one
   * communication (C:L499-501), not an unknown; only a recipient declared not identified in advance stands for
   * recipients not known beforehand. So leaving that fact out of a single recipient changes what the flow says.
   */
  static boolean oneToOneIdentification(DataFlow flow, String pointer) {
    return pointer.equals("/recipients/0/identifiedInAdvance") && flow.recipients() != null
        && flow.recipients().size() == 1;
  }

  /** A single recipient left unqualified is read as one-to-one: B1-13 asks nothing of it, B1-12 notes the case. */
  @Test
  void aSingleRecipientIsOneToOne() {
    Explore.forAll(1212, 300, VALID_EXCHANGES, FlowPropertiesTest::aSingleRecipientIsOneToOneOn);
  }

  private static boolean aSingleRecipientIsOneToOneOn(DataFlow flow) {
    if (!inScope(flow) || flow.recipients() == null || flow.recipients().size() != 1
        || flow.party(flow.recipients().get(0).party()) == null
        || flow.party(flow.recipients().get(0).party()).has(PartyRole.PATIENT)) {
      return false;
    }
    DataFlow unsaid = Records.with(flow, "recipients",
        List.of(Records.with(flow.recipients().get(0), "identifiedInAdvance", null)));
    DataFlow identified = Records.with(flow, "recipients",
        List.of(Records.with(flow.recipients().get(0), "identifiedInAdvance", Boolean.TRUE)));
    if (!ENGINE.validate(unsaid).isEmpty() || !ENGINE.validate(identified).isEmpty()) {
      return false;
    }
    for (Edition e : EDITIONS) {
      EvaluationResult without = ENGINE.evaluate(unsaid, e);
      EvaluationResult with = ENGINE.evaluate(identified, e);
      assertThat(without.missingFacts()).extracting(org.demarc.model.result.MissingFact::pointer)
          .as("under %s", e).doesNotContain("/recipients/0/identifiedInAdvance");
      assertThat(without.verdict()).as("under %s", e).isEqualTo(with.verdict());
      assertThat(without.controls()).as("under %s", e).isEqualTo(with.controls());
    }
    return true;
  }

  /**
   * C:L416-422 and C:L506-510: third-party provision with no consent and no exception, and provision to a recipient
   * that cannot be identified in advance with no exception claimed, are prohibited.
   */
  @Test
  void provisionWithoutABasisIsProhibited() {
    Explore.forAll(31337, 400, VALID_EXCHANGES,
        FlowPropertiesTest::provisionWithoutABasisIsProhibitedOn);
  }

  private static boolean provisionWithoutABasisIsProhibitedOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    boolean noConsent = flow.legalForm() == org.demarc.model.LegalForm.THIRD_PARTY_PROVISION
        && flow.consent() != null && flow.consent().basis() == org.demarc.model.ConsentBasis.NONE
        && flow.consent().legalException() == null // an exception named beside it is what the provision rests on
        && recipientsOf(flow).stream().anyMatch(r -> !flow.party(r.party()).has(PartyRole.PATIENT));
    boolean exceptionClaimed = flow.legalForm() == org.demarc.model.LegalForm.PROVISION_REQUIRED_BY_LAW
        || (flow.legalForm() == org.demarc.model.LegalForm.THIRD_PARTY_PROVISION && flow.consent() != null
            && (flow.consent().legalException() != null // or claimed without saying which: asked for, not prohibited
                || flow.consent().basis() == org.demarc.model.ConsentBasis.LEGAL_EXCEPTION));
    boolean unidentified = recipientsOf(flow).stream().anyMatch(r -> Boolean.FALSE.equals(r.identifiedInAdvance())
            && !flow.party(r.party()).has(PartyRole.PATIENT))
        && !exceptionClaimed;
    boolean lifeOrBody = flow.emergency() != null && Boolean.TRUE.equals(flow.emergency().declared())
        && Boolean.FALSE.equals(flow.emergency().consentObtainable()); // P:L178-182: the life-or-body exception
    if (!noConsent && !unidentified || lifeOrBody) {
      return false;
    }
    for (Edition e : EDITIONS) {
      assertThat(ENGINE.evaluate(flow, e).verdict()).as("under %s", e).isEqualTo(Verdict.PROHIBITED);
    }
    return true;
  }

  /**
   * Every finding, control and responsibility comes from a rule of the evaluated edition and is cited in the answer's
   * rules map under that edition; every control belongs to a finding of the answer.
   */
  @Test
  void everythingIsCitedFromTheEvaluatedEdition() {
    Explore.forAll(4242, 300, VALID_FLOWS,
        FlowPropertiesTest::everythingIsCitedFromTheEvaluatedEditionOn);
  }

  private static boolean everythingIsCitedFromTheEvaluatedEditionOn(DataFlow flow) {
    for (Edition e : EDITIONS) {
      Set<String> ofEdition = ENGINE.rules(e).stream().map(org.demarc.model.result.RuleDescriptor::id)
          .collect(Collectors.toSet());
      EvaluationResult r = ENGINE.evaluate(flow, e);
      Set<String> findingIds = r.findings().stream().map(org.demarc.model.result.Finding::id)
          .collect(Collectors.toSet());
      List<String> cited = new ArrayList<>();
      r.findings().forEach(f -> cited.add(f.ruleId()));
      r.controls().forEach(k -> cited.add(k.ruleId()));
      r.responsibilities().forEach(x -> cited.add(x.ruleId()));
      r.missingFacts().forEach(m -> cited.add(m.ruleId()));
      for (String id : cited) {
        assertThat(ofEdition).as("rule %s under %s", id, e).contains(id);
        assertThat(r.rules()).as("citation of %s", id).containsKey(id);
        assertThat(r.rules().get(id).edition()).as("edition of %s's citation", id).isEqualTo(e);
      }
      assertThat(r.controls().stream().map(RequiredControl::findingId).filter(id -> !findingIds.contains(id)))
          .as("controls without their finding under %s", e).isEmpty();
    }
    return true;
  }

  /**
   * C:L412-415: in consignment the provider keeps management responsibility and accountability and must have a
   * contract with and supervise the consignee, which owes compliance with the contract and reports.
   */
  @Test
  void consignmentKeepsTheProviderResponsible() {
    Explore.forAll(1412, 400, VALID_EXCHANGES,
        FlowPropertiesTest::consignmentKeepsTheProviderResponsibleOn);
  }

  private static boolean consignmentKeepsTheProviderResponsibleOn(DataFlow flow) {
    if (!inScope(flow) || flow.legalForm() != org.demarc.model.LegalForm.CONSIGNMENT
        || recipientsOf(flow).stream().allMatch(r -> flow.party(r.party()).has(PartyRole.PATIENT))) {
      return false; // information sent only to the patients it is about is no consignment
    }
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (ResponsibilityType type : List.of(ResponsibilityType.MANAGEMENT, ResponsibilityType.ACCOUNTABILITY)) {
        assertThat(r.responsibilities()).as("provider's %s under %s", type, e)
            .anyMatch(x -> x.type() == type && x.parties().contains(FlowGen.PROVIDER) && x.segments().isEmpty());
      }
      for (org.demarc.model.Recipient rec : recipientsOf(flow)) {
        if (flow.party(rec.party()).has(PartyRole.PATIENT)) {
          continue; // the data subject is no consignee
        }
        assertThat(r.responsibilities()).as("%s reports under %s", rec.party(), e)
            .anyMatch(x -> x.type() == ResponsibilityType.CONTRACT_COMPLIANCE_AND_REPORTING
                && x.parties().contains(rec.party()));
        assertThat(r.controls()).as("consignment contract with %s under %s", rec.party(), e)
            .anyMatch(k -> k.control() == ControlType.CONSIGNMENT_CONTRACT && rec.party().equals(k.party()));
      }
      assertThat(r.controls()).as("supervision under %s", e)
          .anyMatch(k -> k.control() == ControlType.CONSIGNEE_SUPERVISION && FlowGen.PROVIDER.equals(k.party()));
    }
    return true;
  }

  /**
   * The segments of the last leg to a person's own terminal (a staff member or patient connecting from outside, or
   * patients receiving their own information) run by one carrier that is not the provider and with which the flow
   * declares no terms agreed: the person's own line, left to a human review (B1-07's variant).
   */
  private static Set<String> personsLine(DataFlow flow) {
    boolean personAtTheEnd = flow.effectiveKind().outsideAccess()
        || (flow.effectiveKind().provision() && flow.recipients() != null && !flow.recipients().isEmpty()
            && flow.recipients().stream().allMatch(x -> flow.party(x.party()) != null
                && flow.party(x.party()).has(PartyRole.PATIENT)));
    Set<String> line = new TreeSet<>();
    if (!personAtTheEnd || flow.segments() == null || flow.segments().isEmpty()) {
      return line;
    }
    String carrier = flow.segments().get(flow.segments().size() - 1).operator();
    Party p = carrier == null ? null : flow.party(carrier);
    if (p == null || carrier.equals(flow.provider()) || !p.has(PartyRole.CARRIER) || p.has(PartyRole.ONLINE_SERVICE)) {
      return line;
    }
    // a term naming no party is agreed with every carrier, but a consignment contract naming none only with the
    // consignee (KieDemarcEngine.agreedCarriers)
    if (flow.inPlace() != null && flow.inPlace().stream().anyMatch(d -> (carrier.equals(d.party())
            || d.party() == null && (d.control() != ControlType.CONSIGNMENT_CONTRACT || flow.consignee(carrier)))
        && d.control().carrierTerm()
        && (d.effectiveStatus() == org.demarc.model.EvidenceStatus.IN_PLACE
            || d.effectiveStatus() == org.demarc.model.EvidenceStatus.PLANNED))) {
      return line; // terms agreed with the carrier: a line the institution contracts, judged as any carrier's
    }
    for (int i = flow.segments().size() - 1; i >= 0 && carrier.equals(flow.segments().get(i).operator()); i--) {
      line.add(flow.segments().get(i).id());
    }
    return line;
  }

  /**
   * C:L448-470 and C:L471-481: with every carrier and service on the path the institution sets the delegated scope and
   * who leads on failure, and the contract states their duty against tampering, intrusion and interference and the
   * line's or service's availability, encrypted data or not.
   */
  @Test
  void everyOperatorOwesItsContractTerms() {
    Explore.forAll(8080, 400, VALID_EXCHANGES,
        FlowPropertiesTest::everyOperatorOwesItsContractTermsOn);
  }

  private static boolean everyOperatorOwesItsContractTermsOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (Segment s : flow.segments()) {
        if (s.operator() == null || !pureOperator(flow, s.operator())) {
          continue;
        }
        if (personsLine(flow).contains(s.id())) {
          // the person's own line: no terms asked of it, a human reviews what to agree instead
          assertThat(r.controls()).as("terms of the person's line %s under %s", s.id(), e)
              .noneMatch(k -> s.id().equals(k.segment()) && s.operator().equals(k.party()));
          assertThat(r.findings()).as("review of the person's line %s under %s", s.id(), e)
              .anyMatch(f -> "G-6.11-B1-07".equals(f.ruleId()) && f.needsHumanReview() && s.id().equals(f.segment()));
          continue;
        }
        for (ControlType term : List.of(ControlType.DELEGATED_MANAGEMENT_SCOPE, ControlType.FAILURE_RESPONSE_LEAD,
            ControlType.TAMPER_INTRUSION_INTERFERENCE_TERMS, ControlType.AVAILABILITY_TERMS,
            ControlType.NETWORK_SECURITY_RESPONSIBILITY_AGREED)) {
          assertThat(r.controls()).as("%s of %s on %s under %s", term, s.operator(), s.id(), e)
              .anyMatch(k -> k.control() == term && s.operator().equals(k.party()) && s.id().equals(k.segment()));
        }
      }
    }
    return true;
  }

  /**
   * Failures the seed names outright fail the flow: plaintext without tamper countermeasures (C:L731-739), an end
   * known not to verify the other (C:L741-745), a closed-network segment carrying plaintext or data without tamper
   * detection (C:L1158-1160, L1178-1184).
   */
  @Test
  void failuresTheSeedNamesFailTheFlow() {
    Explore.forAll(1205, 400, VALID_EXCHANGES,
        FlowPropertiesTest::failuresTheSeedNamesFailTheFlowOn);
  }

  private static boolean failuresTheSeedNamesFailTheFlowOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    org.demarc.model.ObjectSecurity o = flow.objectSecurity();
    boolean plaintext = o != null && o.encryptedBy() == null;
    boolean noTamperDetection = o != null && o.tamperDetection() == org.demarc.model.TamperDetection.NONE;
    boolean endNotVerifying = flow.endAuthentication() != null
        && (Boolean.FALSE.equals(flow.endAuthentication().senderVerifiesRecipient())
            || Boolean.FALSE.equals(flow.endAuthentication().recipientVerifiesSender()));
    boolean closed = flow.segments().stream().anyMatch(s -> s.network() != null && s.network().closed());
    String why = plaintext && noTamperDetection ? "plaintext without tamper detection"
        : endNotVerifying ? "an end does not verify the other"
        : closed && (plaintext || noTamperDetection) ? "a closed network without object security" : null;
    if (why == null) {
      return false;
    }
    for (Edition e : EDITIONS) {
      assertThat(ENGINE.evaluate(flow, e).verdict()).as("%s under %s", why, e)
          .isIn(Verdict.PROHIBITED, Verdict.NON_COMPLIANT);
    }
    return true;
  }

  /**
   * C:L440-448: provider and each recipient agree the demarcation on the path, outages and incidents included; and
   * C:L437-439: online provision names the patients' contact point.
   */
  @Test
  void everyRecipientAgreesTheDemarcation() {
    Explore.forAll(4404, 400, VALID_EXCHANGES,
        FlowPropertiesTest::everyRecipientAgreesTheDemarcationOn);
  }

  private static boolean everyRecipientAgreesTheDemarcationOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (org.demarc.model.Recipient rec : recipientsOf(flow)) {
        if (flow.party(rec.party()).has(PartyRole.PATIENT)) {
          continue; // the data subject signs no demarcation agreement
        }
        for (ControlType k : List.of(ControlType.DEMARCATION_AGREEMENT, ControlType.OUTAGE_AND_INCIDENT_HANDLING)) {
          assertThat(r.controls()).as("%s with %s under %s", k, rec.party(), e)
              .anyMatch(x -> x.control() == k && rec.party().equals(x.party()));
        }
      }
      if (flow.segments().stream().anyMatch(s -> s.operator() != null && pureOperator(flow, s.operator()))) {
        assertThat(r.controls()).as("patients' contact point under %s", e)
            .anyMatch(x -> x.control() == ControlType.PATIENT_CONTACT_POINT);
      }
    }
    return true;
  }

  /**
   * D1 and D5 of the edition diff: taking information out (6.9) and staff reaching the institution from outside are new
   * in the draft. Under edition 2 such a flow is never passed: at best it is not covered by the edition.
   */
  @Test
  void whatOnlyTheDraftCoversIsNeverPassedUnderEdition2() {
    Explore.forAll(2007, 400, VALID_FLOWS,
        FlowPropertiesTest::whatOnlyTheDraftCoversIsNeverPassedUnderEdition2On);
  }

  private static boolean whatOnlyTheDraftCoversIsNeverPassedUnderEdition2On(DataFlow flow) {
    boolean personalMedical = flow.data() != null && Boolean.TRUE.equals(flow.data().personal())
        && Boolean.TRUE.equals(flow.data().medical());
    boolean draftOnly = personalMedical && (flow.kind() == org.demarc.model.FlowKind.STAFF_ACCESS
        || flow.kind() == org.demarc.model.FlowKind.TAKE_OUT);
    if (!draftOnly) {
      return false;
    }
    Verdict v = ENGINE.evaluate(flow, Edition.E2007_V2).verdict();
    assertThat(VerdictPolicy.LADDER.indexOf(v)).as("%s under edition 2: %s", flow.kind(), v)
        .isLessThanOrEqualTo(VerdictPolicy.LADDER.indexOf(Verdict.NOT_COVERED_BY_EDITION));
    return true;
  }

  /** An edition comparison reports exactly what differs between the two answers it compares. */
  @Test
  void aComparisonReportsExactlyWhatDiffers() {
    Explore.forAll(2008, 300, VALID_FLOWS, FlowPropertiesTest::aComparisonReportsExactlyWhatDiffersOn);
  }

  private static boolean aComparisonReportsExactlyWhatDiffersOn(DataFlow flow) {
    org.demarc.model.result.EditionComparison d = ENGINE.compare(flow, Edition.E2007_V2, Edition.E2008_V3);
    EvaluationResult a = ENGINE.evaluate(flow, Edition.E2007_V2);
    EvaluationResult b = ENGINE.evaluate(flow, Edition.E2008_V3);
    assertThat(d.fromVerdict()).isEqualTo(a.verdict());
    assertThat(d.toVerdict()).isEqualTo(b.verdict());
    assertThat(d.verdictChanged()).isEqualTo(a.verdict() != b.verdict());
    Set<String> before = a.findings().stream().map(org.demarc.model.result.Finding::id).collect(Collectors.toSet());
    Set<String> after = b.findings().stream().map(org.demarc.model.result.Finding::id).collect(Collectors.toSet());
    assertThat(d.added().stream().map(org.demarc.model.result.Finding::id).collect(Collectors.toSet()))
        .as("added").isEqualTo(after.stream().filter(id -> !before.contains(id)).collect(Collectors.toSet()));
    assertThat(d.removed().stream().map(org.demarc.model.result.Finding::id).collect(Collectors.toSet()))
        .as("removed").isEqualTo(before.stream().filter(id -> !after.contains(id)).collect(Collectors.toSet()));
    assertThat(d.changed()).as("changed findings exist on both sides")
        .allMatch(ch -> before.contains(ch.id()) && after.contains(ch.id()));
    // the responsibilities that move are exactly the cells (party, type, subject, threat) one side has and the other
    // lacks, each once: an edition adding spoofing moves the spoofing rows, not each whole group
    Set<List<Object>> cellsA = cells(Expanded.responsibilities(a));
    Set<List<Object>> cellsB = cells(Expanded.responsibilities(b));
    List<Expanded.Resp> added = Expanded.responsibilities(d.responsibilitiesAdded());
    List<Expanded.Resp> removed = Expanded.responsibilities(d.responsibilitiesRemoved());
    assertThat(added.stream().map(FlowPropertiesTest::cell).toList()).as("responsibilities added").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(cellsB.stream().filter(c -> !cellsA.contains(c)).toList());
    assertThat(removed.stream().map(FlowPropertiesTest::cell).toList()).as("responsibilities removed")
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(cellsA.stream().filter(c -> !cellsB.contains(c)).toList());
    return true;
  }

  private static List<Object> cell(Expanded.Resp r) {
    return java.util.Arrays.asList(r.party(), r.type(), r.segment(), r.threat());
  }

  private static Set<List<Object>> cells(List<Expanded.Resp> rs) {
    return rs.stream().map(FlowPropertiesTest::cell).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * 6.9 C (P:L84-136) is a minimum: a taken-out item known to fail one of its checks fails the flow under the draft;
   * 6.9 D (P:L139-150) is only recommended: what an item says of a privacy filter, several authentication factors or
   * registration (given, known absent, or left out) never moves the verdict.
   */
  @Test
  void takeOutMinimumsFailTheFlowAndRecommendationsNeverMoveIt() {
    Explore.forAll(6909, 400, VALID_FLOWS,
        FlowPropertiesTest::takeOutMinimumsFailTheFlowAndRecommendationsNeverMoveItOn);
  }

  private static boolean takeOutMinimumsFailTheFlowAndRecommendationsNeverMoveItOn(DataFlow flow) {
    if (flow.kind() != org.demarc.model.FlowKind.TAKE_OUT || flow.takeOut().items().isEmpty()) {
      return false;
    }
    Verdict v = ENGINE.evaluate(flow, Edition.E2008_V3).verdict();
    boolean knownFailure = false;
    for (org.demarc.model.TakenOutItem it : flow.takeOut().items()) {
      boolean holds = !Boolean.FALSE.equals(it.containsInformation());
      boolean media = it.kind() == org.demarc.model.TakeOutKind.PORTABLE_MEDIA;
      knownFailure |= holds && Boolean.FALSE.equals(it.inLedger());
      knownFailure |= holds && Boolean.FALSE.equals(it.dataProtected());
      knownFailure |= !media && (Boolean.FALSE.equals(it.bootPassword()) || Boolean.FALSE.equals(it.passwordManaged()));
      knownFailure |= Boolean.TRUE.equals(it.connectsToNetworkOrMedia())
          && (Boolean.FALSE.equals(it.antivirus()) || Boolean.FALSE.equals(it.personalFirewall()));
      knownFailure |= Boolean.TRUE.equals(it.fileSharingSoftware());
    }
    if (knownFailure) {
      assertThat(v).as("a known failure of 6.9 C").isIn(Verdict.PROHIBITED, Verdict.NON_COMPLIANT);
    }
    for (Boolean value : new Boolean[] {Boolean.TRUE, Boolean.FALSE, null}) {
      List<org.demarc.model.TakenOutItem> items = flow.takeOut().items().stream()
          .map(it -> new org.demarc.model.TakenOutItem(it.id(), it.kind(), it.takenBy(), it.containsInformation(),
              it.inLedger(), it.bootPassword(), it.passwordManaged(), it.dataProtected(), it.connectsToNetworkOrMedia(),
              it.antivirus(), it.personalFirewall(), it.fileSharingSoftware(), value, value, value)).toList();
      DataFlow changed = Records.with(flow, "takeOut", new org.demarc.model.TakeOut(items, flow.takeOut().policy()));
      for (Edition e : EDITIONS) {
        assertThat(ENGINE.evaluate(changed, e).verdict()).as("recommendations all %s under %s", value, e)
            .isEqualTo(ENGINE.evaluate(flow, e).verdict());
      }
    }
    return true;
  }

  /**
   * Procurement: contracts that settle every obligation of the checklist (those the contracts themselves bring, on a
   * line they show the institution contracts, included), each clause binding the party it is required of, leave nothing
   * uncovered, and the flow judged with them has none of those controls missing; the same clause
   * bound to the institution instead is reported as bound to the wrong party, never as covered, unless it is an
   * allocation agreed with the provider, which the clause makes clear whichever party it names; the same clauses in a
   * contract with another carrier or service instead of a medical institution are reported as concluded with the wrong
   * counterparty (C:L445-455).
   */
  @Test
  void contractsThatSettleEveryObligationCoverTheChecklist() {
    Explore.forAll(1001, 200, VALID_EXCHANGES,
        FlowPropertiesTest::contractsThatSettleEveryObligationCoverTheChecklistOn);
  }

  private static boolean contractsThatSettleEveryObligationCoverTheChecklistOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    for (Edition e : EDITIONS) {
      List<org.demarc.model.Contract> contracts = settlingEverything(flow, e);
      if (contracts.isEmpty()) {
        continue;
      }
      org.demarc.model.result.ContractCheck full = ENGINE.checkContracts(flow, contracts, e);
      assertThat(full.items().stream().filter(i -> i.status() != org.demarc.model.result.ChecklistStatus.COVERED)
          .map(org.demarc.model.result.ChecklistItem::id)).as("uncovered under %s", e).isEmpty();
      Set<String> settled = full.items().stream().map(i -> i.control() + "|" + i.party()).collect(Collectors.toSet());
      assertThat(full.flowResult().controls().stream()
          .filter(k -> k.status() == ControlStatus.MISSING && settled.contains(k.control() + "|" + k.party()))
          .map(RequiredControl::id)).as("settled by contract yet missing under %s", e).isEmpty();
      everyClauseIsNamedOrListed(full, contracts);
      org.demarc.model.result.ContractCheck misbound = ENGINE.checkContracts(flow, boundToTheProvider(contracts), e);
      everyClauseIsNamedOrListed(misbound, boundToTheProvider(contracts));
      // an allocation (who leads, the scope delegated, where network security rests, ...) is made clear whichever
      // party of the contract the clause names; a duty bound to the provider instead of its party is not settled
      assertThat(misbound.items()).as("clauses bound to the institution under %s", e)
          .filteredOn(i -> i.control() != null)
          .allMatch(i -> i.status() == (i.control().allocation() && withTheProvider(contracts, i.party())
              ? org.demarc.model.result.ChecklistStatus.COVERED : org.demarc.model.result.ChecklistStatus.WRONG_PARTY));
      // The same clauses in a contract with a party that is not a medical institution of the flow (another carrier
      // or service) settle nothing between the obligation's party and the institution (C:L445-455).
      Set<String> institutions = institutionsOf(flow);
      List<org.demarc.model.Contract> elsewhere = new ArrayList<>();
      Set<String> movable = new TreeSet<>();
      for (org.demarc.model.Contract k : contracts) {
        flow.parties().stream().map(Party::id)
            .filter(id -> !institutions.contains(id) && !id.equals(k.counterparty())).findFirst()
            .ifPresent(other -> {
              elsewhere.add(new org.demarc.model.Contract(k.id(), k.kind(), other, k.counterparty(), k.clauses(),
                  null));
              movable.add(k.counterparty());
            });
      }
      if (!elsewhere.isEmpty()) {
        org.demarc.model.result.ContractCheck misplaced = ENGINE.checkContracts(flow, elsewhere, e);
        everyClauseIsNamedOrListed(misplaced, elsewhere);
        assertThat(misplaced.items()).as("clauses in contracts with a party that is no institution under %s", e)
            .filteredOn(i -> i.control() != null && movable.contains(i.party()))
            .allMatch(i -> i.status() == org.demarc.model.result.ChecklistStatus.WRONG_COUNTERPARTY
                // or bound to another party, by another of the moved contracts
                || i.status() == org.demarc.model.result.ChecklistStatus.WRONG_PARTY
                // or an allocation another moved contract makes between the party and an institution (a recipient's
                // contract, now with this service), whichever of the two its clause names
                || (i.control().allocation() && i.status() == org.demarc.model.result.ChecklistStatus.COVERED
                    && elsewhere.stream().anyMatch(k -> k.id().equals(i.contract())
                        && (i.party().equals(k.institution()) ? institutions.contains(k.counterparty())
                            : i.party().equals(k.counterparty()) && institutions.contains(k.institution())))));
      }
    }
    return true;
  }

  /**
   * A contract is between two parties whichever is written first, and a clause that names every segment and every
   * threat covers what one that names none covers (absent means all): contracts settling every obligation, written
   * with institution and counterparty swapped, or with each clause's segments and threats listed in full, or as one
   * multi-party agreement that the provider and all those parties sign, get the same status for every checklist item.
   */
  @Test
  void howAContractIsWrittenDoesNotChangeWhatItCovers() {
    Explore.forAll(14142, 200, VALID_EXCHANGES, FlowPropertiesTest::howAContractIsWrittenDoesNotChangeWhatItCoversOn);
  }

  private static boolean howAContractIsWrittenDoesNotChangeWhatItCoversOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    boolean spoke = false;
    for (Edition e : EDITIONS) {
      List<org.demarc.model.Contract> contracts =
          settlingContracts(ENGINE.checkContracts(flow, List.of(), e), null, null, false);
      if (contracts.isEmpty()) {
        continue;
      }
      spoke = true;
      List<String> statuses = statuses(ENGINE.checkContracts(flow, contracts, e));
      List<org.demarc.model.Contract> swapped = contracts.stream().map(k -> new org.demarc.model.Contract(k.id(),
          k.kind(), k.counterparty(), k.institution(), k.clauses(), null)).toList();
      assertThat(statuses(ENGINE.checkContracts(flow, swapped, e))).as("swapped under %s", e).isEqualTo(statuses);
      List<String> allSegments = flow.segments().stream().map(Segment::id).toList();
      List<Threat> allThreats = List.of(Threat.values());
      List<org.demarc.model.Contract> spelled = contracts.stream().map(k -> new org.demarc.model.Contract(k.id(),
          k.kind(), k.institution(), k.counterparty(), k.clauses().stream().map(cl -> new org.demarc.model.Clause(
              cl.id(), cl.type(), cl.binds(), allSegments, allThreats, null, null)).toList(), null)).toList();
      assertThat(statuses(ENGINE.checkContracts(flow, spelled, e))).as("spelled out under %s", e).isEqualTo(statuses);
      // a clause on tampering, intrusion and interference written as one clause per threat (CC-05)
      List<org.demarc.model.Contract> split = contracts.stream().map(k -> new org.demarc.model.Contract(k.id(),
          k.kind(), k.institution(), k.counterparty(), k.clauses().stream().flatMap(cl ->
              cl.type() != ControlType.TAMPER_INTRUSION_INTERFERENCE_TERMS ? java.util.stream.Stream.of(cl)
                  : java.util.stream.Stream.of(Threat.TAMPERING, Threat.INTRUSION, Threat.INTERFERENCE).map(t ->
                      new org.demarc.model.Clause(cl.id() + "-" + t, cl.type(), cl.binds(), cl.segments(), List.of(t),
                          null, null))).toList(), null)).toList();
      org.demarc.model.result.ContractCheck splitCheck = ENGINE.checkContracts(flow, split, e);
      assertThat(statuses(splitCheck)).as("one clause per threat under %s", e).isEqualTo(statuses);
      everyClauseIsNamedOrListed(splitCheck, split);
      // the same clauses in one agreement that the provider and every one of those parties sign (a regional network's
      // participation agreement): each clause binds its party, so a duty is settled as in its party's own contract
      List<String> signing = contracts.stream().map(org.demarc.model.Contract::counterparty).toList();
      org.demarc.model.Contract agreement = new org.demarc.model.Contract("K-all",
          org.demarc.model.ContractKind.ONLINE_SERVICE, FlowGen.PROVIDER, signing.get(0),
          contracts.stream().flatMap(k -> k.clauses().stream().map(cl -> new org.demarc.model.Clause(
              k.counterparty() + cl.id(), cl.type(), cl.binds(), cl.segments(), cl.threats(), null, null))).toList(),
          null, signing.subList(1, signing.size()));
      assertThat(ENGINE.validate(flow, List.of(agreement))).as("the agreement is valid").isEmpty();
      org.demarc.model.result.ContractCheck agreed = ENGINE.checkContracts(flow, List.of(agreement), e);
      assertThat(statuses(agreed)).as("one agreement all of them sign under %s", e).isEqualTo(statuses);
      everyClauseIsNamedOrListed(agreed, List.of(agreement));
    }
    return spoke;
  }

  /**
   * One contract between the provider and each party the check lists obligations of, with a clause for each of them
   * binding that party (covering the segments and threats given; null: all); the provider's own obligations are left
   * out unless asked for.
   */
  /**
   * Contracts settling every obligation of the flow's checklist, each clause binding its party. A contract with the
   * carrier of the line to a person's terminal shows the institution contracts that line, which then has obligations of
   * its own (C:L448-455, Demarc's reading): those are settled too, until the contracts bring nothing new.
   */
  private static List<org.demarc.model.Contract> settlingEverything(DataFlow flow, Edition e) {
    List<org.demarc.model.Contract> contracts =
        settlingContracts(ENGINE.checkContracts(flow, List.of(), e), null, null, true);
    for (int round = 0; round < 3 && !contracts.isEmpty(); round++) {
      List<org.demarc.model.Contract> more =
          settlingContracts(ENGINE.checkContracts(flow, contracts, e), null, null, true);
      if (more.equals(contracts)) {
        break;
      }
      contracts = more;
    }
    return contracts;
  }

  private static List<org.demarc.model.Contract> settlingContracts(org.demarc.model.result.ContractCheck check,
      List<String> segments, List<Threat> threats, boolean withTheProvidersOwn) {
    java.util.Map<String, List<org.demarc.model.Clause>> byParty = new java.util.TreeMap<>();
    for (org.demarc.model.result.ChecklistItem item : check.items()) {
      if (item.control() != null && (withTheProvidersOwn || !FlowGen.PROVIDER.equals(item.party()))) {
        List<org.demarc.model.Clause> clauses = byParty.computeIfAbsent(item.party(), k -> new ArrayList<>());
        clauses.add(new org.demarc.model.Clause("§" + (clauses.size() + 1), item.control(), item.party(), segments,
            threats, null, null));
      }
    }
    List<org.demarc.model.Contract> contracts = new ArrayList<>();
    byParty.forEach((party, clauses) -> contracts.add(new org.demarc.model.Contract("K-" + party,
        org.demarc.model.ContractKind.ONLINE_SERVICE, FlowGen.PROVIDER, party, clauses, null)));
    return contracts;
  }

  /** Each clause is either named by a checklist item or listed among the clauses that settle nothing, never both. */
  private static void everyClauseIsNamedOrListed(org.demarc.model.result.ContractCheck check,
      List<org.demarc.model.Contract> contracts) {
    Set<String> named = check.items().stream().flatMap(i -> i.clauseRefs().stream()).collect(Collectors.toSet());
    List<String> unused = check.unusedClauses().stream().map(u -> u.contract() + " " + u.clause()).toList();
    assertThat(unused).as("listed unused yet named by an item").doesNotContainAnyElementsOf(named).doesNotHaveDuplicates();
    List<String> all = contracts.stream().flatMap(k -> k.clauses().stream().map(cl -> k.id() + " " + cl.id())).toList();
    Set<String> accounted = new java.util.HashSet<>(named);
    accounted.addAll(unused);
    assertThat(accounted).as("every clause named or listed").containsExactlyInAnyOrderElementsOf(new java.util.HashSet<>(all));
  }

  /** The same contracts with every clause binding the provider instead. */
  /** Whether one of the contracts is between the party and the provider. */
  private static boolean withTheProvider(List<org.demarc.model.Contract> contracts, String party) {
    return contracts.stream().anyMatch(k -> (party.equals(k.institution()) && FlowGen.PROVIDER.equals(k.counterparty()))
        || (party.equals(k.counterparty()) && FlowGen.PROVIDER.equals(k.institution())));
  }

  private static List<org.demarc.model.Contract> boundToTheProvider(List<org.demarc.model.Contract> contracts) {
    return contracts.stream().map(k -> new org.demarc.model.Contract(k.id(), k.kind(), k.institution(),
        k.counterparty(), k.clauses().stream().map(cl -> new org.demarc.model.Clause(cl.id(), cl.type(),
            FlowGen.PROVIDER, null, null, null, null)).toList(), null)).toList();
  }

  private static List<String> statuses(org.demarc.model.result.ContractCheck check) {
    return check.items().stream().map(i -> i.id() + "=" + i.status()).sorted().toList();
  }

  /**
   * C:L462-481: object encryption protects the segments between its two ends, whichever end the flow names as
   * encrypting: swapping them moves no MUST control and not the verdict (a one-way provision whose swapped ends stand
   * the wrong way round is refused instead).
   */
  @Test
  void whichEndEncryptsDoesNotMoveTheVerdict() {
    Explore.forAll(4621, 300, VALID_EXCHANGES, FlowPropertiesTest::whichEndEncryptsDoesNotMoveTheVerdictOn);
  }

  private static boolean whichEndEncryptsDoesNotMoveTheVerdictOn(DataFlow flow) {
    org.demarc.model.ObjectSecurity o = flow.objectSecurity();
    if (o == null || o.encryptedBy() == null || o.decryptedBy() == null || o.encryptedBy().equals(o.decryptedBy())) {
      return false;
    }
    DataFlow swapped = Records.with(flow, "objectSecurity", new org.demarc.model.ObjectSecurity(o.decryptedBy(),
        o.encryptedBy(), o.tamperDetection(), o.cipher(), o.keyDelivery(), o.reencryptedBy()));
    if (!ENGINE.validate(swapped).isEmpty()) {
      return false; // a one-way provision encrypted beyond where it is decrypted: refused (encrypted_after_decrypted)
    }
    for (Edition e : EDITIONS) {
      EvaluationResult a = ENGINE.evaluate(flow, e);
      EvaluationResult b = ENGINE.evaluate(swapped, e);
      assertThat(b.verdict()).as("verdict under %s", e).isEqualTo(a.verdict());
      assertThat(mustControls(b)).as("MUST controls under %s", e).isEqualTo(mustControls(a));
    }
    return true;
  }

  private static Set<String> mustControls(EvaluationResult r) {
    return r.controls().stream().filter(k -> k.strength() == org.demarc.model.result.Strength.MUST)
        .map(k -> k.id() + "=" + k.status()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * C:L462-481 read with channels (Demarc's reading): where the information itself is not encrypted, a carrier or
   * service is free of eavesdropping duty on its segment exactly when an encrypted tunnel crosses the segment between
   * two other parties standing on either side of it, an end the path does not place (a service written only as the
   * channel's end) read as standing across the segment from the other.
   */
  @Test
  void aTunnelFreesAnOperatorExactlyWhenItsEndsStandOnEitherSide() {
    Explore.forAll(7777, 400, VALID_EXCHANGES, FlowPropertiesTest::aTunnelFreesAnOperatorExactlyWhenItsEndsStandOnEitherSideOn);
  }

  private static boolean aTunnelFreesAnOperatorExactlyWhenItsEndsStandOnEitherSideOn(DataFlow flow) {
    if (!inScope(flow) || flow.objectSecurity() == null || flow.objectSecurity().encryptedBy() != null) {
      return false;
    }
    boolean any = false;
    for (EvaluationResult r : unprohibited(flow)) {
      Edition e = r.edition();
      for (int i = 0; i < flow.segments().size(); i++) {
        Segment s = flow.segments().get(i);
        if (s.operator() == null || !pureOperator(flow, s.operator())) {
          continue;
        }
        any = true;
        boolean expected = s.channel() != null && s.channel().encryptedPast(s.operator())
            && eitherSide(flow, s.channel().tunnelFrom(), s.channel().tunnelTo(), i);
        boolean exempt = r.segmentThreats().stream()
            .anyMatch(st -> st.covers(s.id(), Threat.EAVESDROPPING) && st.exempt().contains(s.operator()));
        assertThat(exempt).as("%s exempt on %s under %s", s.operator(), s.id(), e).isEqualTo(expected);
      }
    }
    return any;
  }

  /**
   * User-facing messages and citations are available in Japanese and English (the project's standards): every text
   * of the answer, under either edition, is there in both languages, with every placeholder filled and no fact left
   * out of it (no {@code {name}}, no "null", no empty {@code ``}, no doubled space where a value should stand); the
   * same for the flow's contract check and its edition comparison.
   */
  /** An answer lists nothing twice: a finding, a control or a missing fact merged from several matches is one entry. */
  @Test
  void nothingIsListedTwice() {
    Explore.forAll(4242, 400, VALID_FLOWS, FlowPropertiesTest::nothingIsListedTwiceOn);
  }

  private static boolean nothingIsListedTwiceOn(DataFlow flow) {
    for (Edition e : EDITIONS) {
      EvaluationResult r = ENGINE.evaluate(flow, e);
      assertThat(r.findings()).extracting(f -> f.id()).as("finding ids under %s", e).doesNotHaveDuplicates();
      assertThat(r.controls()).extracting(c -> c.id()).as("control ids under %s", e).doesNotHaveDuplicates();
      assertThat(r.missingFacts()).as("missing facts under %s", e).doesNotHaveDuplicates();
    }
    return true;
  }

  @Test
  void everyTextIsCompleteInBothLanguages() {
    Explore.forAll(9090, 300, VALID_FLOWS, FlowPropertiesTest::everyTextIsCompleteInBothLanguagesOn);
  }

  private static final java.util.regex.Pattern UNFILLED =
      java.util.regex.Pattern.compile(
          "\\{[A-Za-z_][A-Za-z0-9_]*}|\\bnull\\b|``|(?<=\\S) {2,}(?=\\S)|\\( *\\)|（ *）|「 *」");

  private static boolean everyTextIsCompleteInBothLanguagesOn(DataFlow flow) {
    for (Edition e : EDITIONS) {
      List<String> where = new ArrayList<>();
      List<org.demarc.model.result.Text> texts = new ArrayList<>();
      collectTexts(ENGINE.evaluate(flow, e), "", where, texts);
      assertThat(texts).as("texts of the answer under %s", e).isNotEmpty();
      org.demarc.model.result.ContractCheck none = ENGINE.checkContracts(flow, List.of(), e);
      collectTexts(none, "contractCheck", where, texts);
      // contracts whose clauses cover only part of each obligation (another segment, another threat), and the same
      // clauses bound to the provider: the messages of a partial and of a misbound clause
      List<org.demarc.model.Contract> partial = settlingContracts(none, List.of("elsewhere"),
          List.of(org.demarc.model.result.Threat.SPOOFING), true);
      collectTexts(ENGINE.checkContracts(flow, partial, e), "partialContracts", where, texts);
      collectTexts(ENGINE.checkContracts(flow, boundToTheProvider(partial), e), "misboundContracts", where, texts);
      for (int i = 0; i < texts.size(); i++) {
        org.demarc.model.result.Text t = texts.get(i);
        assertThat(t.ja()).as("%s (ja) under %s", where.get(i), e).isNotBlank().doesNotContainPattern(UNFILLED);
        assertThat(t.en()).as("%s (en) under %s", where.get(i), e).isNotBlank().doesNotContainPattern(UNFILLED);
        assertThat(englishIn(t.ja(), flow)).as("English in %s (ja) under %s: %s", where.get(i), e, t.ja()).isEmpty();
        assertThat(partiesByIdAlone(t.ja(), flow)).as("parties by id alone in %s (ja) under %s: %s", where.get(i), e,
            t.ja()).isEmpty();
        assertThat(partiesByIdAlone(t.en(), flow)).as("parties by id alone in %s (en) under %s: %s", where.get(i), e,
            t.en()).isEmpty();
      }
    }
    List<String> where = new ArrayList<>();
    List<org.demarc.model.result.Text> texts = new ArrayList<>();
    collectTexts(ENGINE.compare(flow, Edition.E2007_V2, Edition.E2008_V3), "comparison", where, texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(texts.get(i).ja()).as("%s (ja)", where.get(i)).isNotBlank().doesNotContainPattern(UNFILLED);
      assertThat(texts.get(i).en()).as("%s (en)", where.get(i)).isNotBlank().doesNotContainPattern(UNFILLED);
      assertThat(englishIn(texts.get(i).ja(), flow)).as("English in %s (ja)", where.get(i)).isEmpty();
    }
    return true;
  }

  /**
   * The party ids a text names bare, outside a code span: a message names a party as its name and its id,
   * {@code A病院 (hosp)}, as it does every other party (a reader knows the party by its name, the flow by its id).
   */
  private static List<String> partiesByIdAlone(String text, DataFlow flow) {
    String rest = text.replaceAll("`[^`]*`", "");
    List<String> bare = new ArrayList<>();
    for (org.demarc.model.Party p : flow.parties()) {
      rest = rest.replace(p.name() + " (" + p.id() + ")", "").replace(p.name() + "（" + p.id() + "）", "");
    }
    for (org.demarc.model.Party p : flow.parties()) {
      if (java.util.regex.Pattern.compile("(?<![\\w/.-])" + java.util.regex.Pattern.quote(p.id()) + "(?![\\w/.-])")
          .matcher(rest).find()) {
        bare.add(p.id());
      }
    }
    return bare;
  }

  private static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("\\b[a-z]{3,}\\b");

  /**
   * The lower-case English words a Japanese text holds beyond what the flow itself says (its ids, names, points,
   * references) and beyond codes (rule ids, enum values, in backticks or capitals): a Japanese text is Japanese.
   */
  private static List<String> englishIn(String ja, DataFlow flow) {
    List<String> given = new ArrayList<>();
    collectStrings(flow, given);
    given.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String rest = ja.replaceAll("`[^`]*`", "");
    for (String g : given) {
      if (!g.isEmpty()) {
        rest = rest.replace(g, "");
      }
    }
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = ENGLISH_WORD.matcher(rest);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Every string a flow's records and lists hold. */
  private static void collectStrings(Object o, List<String> out) {
    if (o instanceof String str) {
      out.add(str);
    } else if (o instanceof java.util.Collection<?> c) {
      c.forEach(x -> collectStrings(x, out));
    } else if (o != null && o.getClass().isRecord()) {
      for (java.lang.reflect.RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          collectStrings(rc.getAccessor().invoke(o), out);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
  }

  /** Every {@link org.demarc.model.result.Text} reachable from a result's records, lists and maps, with its path. */
  private static void collectTexts(Object o, String at, List<String> where, List<org.demarc.model.result.Text> out) {
    if (o instanceof org.demarc.model.result.Text t) {
      where.add(at);
      out.add(t);
    } else if (o instanceof java.util.Collection<?> c) {
      int i = 0;
      for (Object x : c) {
        collectTexts(x, at + "/" + i++, where, out);
      }
    } else if (o instanceof java.util.Map<?, ?> m) {
      m.forEach((k, v) -> collectTexts(v, at + "/" + k, where, out));
    } else if (o != null && o.getClass().isRecord()) {
      for (java.lang.reflect.RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          collectTexts(rc.getAccessor().invoke(o), at + "/" + rc.getName(), where, out);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
  }

  /**
   * C:L462-498, C:L713-739 and C:L1187-1205: encrypting the information itself between the provider and the recipient
   * that reads it (a listed cipher, keys through a PKI, tampering detectable by signature) never makes the answer worse
   * than sending the same flow in plaintext with the same tamper detection, and never leaves an eavesdropping control
   * missing that plaintext did not.
   */
  @Test
  void encryptingTheInformationOnlyHelps() {
    Explore.forAll(3141, 300, VALID_EXCHANGES, FlowPropertiesTest::encryptingTheInformationOnlyHelpsOn);
  }

  private static boolean encryptingTheInformationOnlyHelpsOn(DataFlow flow) {
    if (!inScope(flow) || flow.recipients() == null || flow.recipients().isEmpty()) {
      return false;
    }
    String reader = flow.recipients().get(0).party();
    DataFlow plain = Records.with(flow, "objectSecurity", new org.demarc.model.ObjectSecurity(null, null,
        org.demarc.model.TamperDetection.ELECTRONIC_SIGNATURE, null, null));
    DataFlow encrypted = Records.with(flow, "objectSecurity", new org.demarc.model.ObjectSecurity(FlowGen.PROVIDER,
        reader, org.demarc.model.TamperDetection.ELECTRONIC_SIGNATURE, new org.demarc.model.Cipher("AES-256", true),
        org.demarc.model.KeyDelivery.PKI));
    for (Edition e : EDITIONS) {
      EvaluationResult p = ENGINE.evaluate(plain, e);
      EvaluationResult c = ENGINE.evaluate(encrypted, e);
      assertThat(VerdictPolicy.LADDER.indexOf(c.verdict())).as("verdict under %s: plaintext %s, encrypted %s", e,
          p.verdict(), c.verdict()).isGreaterThanOrEqualTo(VerdictPolicy.LADDER.indexOf(p.verdict()));
      Set<String> plainMissing = p.controls().stream().filter(k -> k.status() == ControlStatus.MISSING)
          .map(k -> k.control() + "|" + k.party() + "|" + k.segment()).collect(Collectors.toSet());
      assertThat(c.controls().stream().filter(k -> k.status() == ControlStatus.MISSING
              && k.threat() == Threat.EAVESDROPPING
              && !plainMissing.contains(k.control() + "|" + k.party() + "|" + k.segment())).map(RequiredControl::id))
          .as("eavesdropping controls missing only when encrypted, under %s", e).isEmpty();
    }
    return true;
  }

  /**
   * P:L975-987, P:L1123-1149 (C:L1023-1035, C:L1178-1201): what the seed asks of the institutions on a closed network,
   * where the risks are lower, an open network asks all the more. The same path with every closed segment made an open
   * one asks each party at least every control the closed path asked of it, under either edition; only the
   * interconnection points between closed networks (G-6.11-B3-07), which the text names for closed networks alone,
   * are not asked again.
   */
  @Test
  void anOpenNetworkAsksAtLeastWhatAClosedOneDoes() {
    Explore.forAll(9751, 300, VALID_EXCHANGES, FlowPropertiesTest::anOpenNetworkAsksAtLeastWhatAClosedOneDoesOn);
  }

  private static boolean anOpenNetworkAsksAtLeastWhatAClosedOneDoesOn(DataFlow flow) {
    if (!inScope(flow) || flow.segments() == null
        || flow.segments().stream().noneMatch(s -> s != null && s.network() != null && s.network().closed())) {
      return false;
    }
    List<Segment> opened = flow.segments().stream().map(s -> s == null || s.network() == null || !s.network().closed()
        ? s : Records.with(s, "network", NetworkType.OPEN_INTERNET)).toList();
    DataFlow open = Records.with(flow, "segments", opened);
    for (Edition e : EDITIONS) {
      Set<String> asked = ENGINE.evaluate(open, e).controls().stream().map(c -> c.control() + "|" + c.party())
          .collect(Collectors.toSet());
      assertThat(ENGINE.evaluate(flow, e).controls().stream()
              .filter(c -> !c.ruleId().equals("G-6.11-B3-07") && !asked.contains(c.control() + "|" + c.party()))
              .map(RequiredControl::id))
          .as("controls the closed path asks and the open one does not, under %s", e).isEmpty();
    }
    return true;
  }

  /**
   * C:L511-522: remote login for maintenance must be limited to appropriately managed logins. A login known to be
   * open from anywhere, open to any protocol, with unmanaged access rights or a shared account fails the flow under
   * either edition; what is only recommended of it (enabled per work order, logged, its log reviewed) never moves the
   * verdict, given or not.
   */
  @Test
  void unrestrictedRemoteLoginFailsAndRecommendationsNeverMoveIt() {
    Explore.forAll(5115, 400, VALID_FLOWS,
        FlowPropertiesTest::unrestrictedRemoteLoginFailsAndRecommendationsNeverMoveItOn);
  }

  private static boolean unrestrictedRemoteLoginFailsAndRecommendationsNeverMoveItOn(DataFlow flow) {
    if (flow.effectiveKind() != org.demarc.model.FlowKind.REMOTE_MAINTENANCE) {
      return false;
    }
    boolean knownOpen = flow.remoteLogins().stream().anyMatch(l -> Boolean.FALSE.equals(l.accessPointRestricted())
        || Boolean.FALSE.equals(l.protocolRestricted()) || Boolean.FALSE.equals(l.accessRightsManaged())
        || l.accounts() == org.demarc.model.AccountKind.SHARED);
    DataFlow recommendedChanged = Records.with(flow, "remoteLogins", flow.remoteLogins().stream()
        .map(l -> new org.demarc.model.RemoteLogin(l.id(), l.vendor(), l.network(), l.channelEncrypted(),
            l.idPasswordOnly(), l.accessPointRestricted(), l.protocolRestricted(), l.accessRightsManaged(),
            flip(l.logged()), l.supervisedByInstitution(), l.accounts(), flip(l.enabledPerWorkOrder()),
            flip(l.logReviewed()))).toList());
    int nonCompliant = VerdictPolicy.LADDER.indexOf(Verdict.NON_COMPLIANT);
    for (Edition e : EDITIONS) {
      Verdict v = ENGINE.evaluate(flow, e).verdict();
      if (knownOpen) {
        assertThat(VerdictPolicy.LADDER.indexOf(v)).as("a login known unrestricted under %s: %s", e, v)
            .isLessThanOrEqualTo(nonCompliant);
      }
      assertThat(ENGINE.evaluate(recommendedChanged, e).verdict())
          .as("with the recommended facts of every login flipped under %s", e).isEqualTo(v);
    }
    return true;
  }

  /** true becomes false, false becomes unknown, unknown becomes true. */
  private static Boolean flip(Boolean b) {
    return b == null ? Boolean.TRUE : b ? Boolean.FALSE : null;
  }

  /**
   * C:L440-448 and C:L499-505: each recipient's duties are its own. Adding one more recipient identified in advance
   * never changes what is asked of the parties already in the flow, nor adds a duty to them, except what the added
   * recipient's own agreement asks of the provider.
   */
  @Test
  void anotherIdentifiedRecipientChangesNothingForTheOthers() {
    Explore.forAll(2718, 300, VALID_EXCHANGES,
        FlowPropertiesTest::anotherIdentifiedRecipientChangesNothingForTheOthersOn);
  }

  private static boolean anotherIdentifiedRecipientChangesNothingForTheOthersOn(DataFlow generated) {
    if (!inScope(generated) || generated.recipients() == null || generated.recipients().isEmpty()) {
      return false;
    }
    // every recipient identified in advance, so that none is barred
    DataFlow flow = Records.with(generated, "recipients", generated.recipients().stream()
        .map(r -> Records.with(r, "identifiedInAdvance", Boolean.TRUE)).toList());
    if (!ENGINE.validate(flow).isEmpty()) {
      return false;
    }
    String added = "rx";
    Party model = flow.party(flow.recipients().get(0).party());
    if (model == null || !model.roles().equals(Set.of(PartyRole.RECIPIENT))) {
      return false;
    }
    List<Party> parties = new ArrayList<>(flow.parties());
    parties.add(new Party(added, "追加受領者", model.roles()));
    List<org.demarc.model.Recipient> recipients = new ArrayList<>(flow.recipients());
    recipients.add(new org.demarc.model.Recipient(added, true));
    DataFlow more = Records.with(Records.with(flow, "parties", parties), "recipients", recipients);
    for (Edition e : EDITIONS) {
      EvaluationResult before = ENGINE.evaluate(flow, e);
      EvaluationResult after = ENGINE.evaluate(more, e);
      if (before.verdict() == Verdict.PROHIBITED || after.verdict() == Verdict.PROHIBITED) {
        assertThat(after.verdict()).as("prohibited under %s", e).isEqualTo(before.verdict());
        continue;
      }
      assertThat(controlsOfOthers(after, added)).as("duties of the parties already there under %s", e)
          .isEqualTo(controlsOfOthers(before, added));
    }
    return true;
  }

  private static Set<String> controlsOfOthers(EvaluationResult r, String added) {
    return r.controls().stream().filter(k -> !added.equals(k.party()))
        .map(k -> k.ruleId() + "|" + k.control() + "|" + k.party() + "|" + k.segment() + "|" + k.threat() + "|"
            + k.status() + "|" + k.strength())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * C:L416-426: in a third-party provision each recipient must specify its purpose of use and protect the information
   * (PIPA arts. 15 and 16); the provider is not answerable for what it provided lawfully. Every recipient other than
   * the data subject owes that, under either edition, whatever else the flow says.
   */
  @Test
  void everyThirdPartyRecipientOwesItsPurposeAndProtection() {
    Explore.forAll(1623, 300, VALID_EXCHANGES,
        FlowPropertiesTest::everyThirdPartyRecipientOwesItsPurposeAndProtectionOn);
  }

  private static boolean everyThirdPartyRecipientOwesItsPurposeAndProtectionOn(DataFlow flow) {
    if (!inScope(flow) || flow.legalForm() != org.demarc.model.LegalForm.THIRD_PARTY_PROVISION
        || flow.effectiveKind() != org.demarc.model.FlowKind.EXCHANGE || recipientsOf(flow).isEmpty()) {
      return false;
    }
    for (EvaluationResult r : unprohibited(flow)) {
      for (org.demarc.model.Recipient rec : recipientsOf(flow)) {
        if (flow.party(rec.party()).has(PartyRole.PATIENT)) {
          continue;
        }
        assertThat(r.controls()).as("purpose and protection owed by %s under %s", rec.party(), r.edition())
            .anyMatch(k -> k.control() == ControlType.RECIPIENT_PURPOSE_SPECIFIED && rec.party().equals(k.party())
                && k.strength() == org.demarc.model.result.Strength.MUST);
      }
    }
    return true;
  }

  /**
   * Demarcation points are where responsibility changes hands (C:L431-455): a point added inside a segment, between two
   * halves with the same operator, network and channel, changes no party's duties, no responsibility and not the
   * verdict; each half carries what the whole did.
   */
  @Test
  void aPointInsideASegmentChangesNothing() {
    Explore.forAll(6061, 300, VALID_FLOWS, FlowPropertiesTest::aPointInsideASegmentChangesNothingOn);
  }

  private static boolean aPointInsideASegmentChangesNothingOn(DataFlow flow) {
    if (flow.segments() == null || flow.segments().isEmpty()) {
      return false;
    }
    int k = Math.floorMod(flow.segments().size() * 7 + flow.parties().size(), flow.segments().size());
    Segment whole = flow.segments().get(k);
    List<Segment> split = new ArrayList<>(flow.segments());
    split.set(k, new Segment(whole.id(), whole.fromPoint(), "mid", whole.network(), whole.operator(), whole.channel()));
    split.add(k + 1, new Segment("half", "mid", whole.toPoint(), whole.network(), whole.operator(), whole.channel()));
    DataFlow more = Records.with(flow, "segments", split);
    for (Edition e : EDITIONS) {
      EvaluationResult before = ENGINE.evaluate(flow, e);
      EvaluationResult after = ENGINE.evaluate(more, e);
      assertThat(after.verdict()).as("verdict under %s", e).isEqualTo(before.verdict());
      assertThat(duties(after, whole.id())).as("duties under %s", e).isEqualTo(duties(before, whole.id()));
      assertThat(shares(after, whole.id())).as("responsibilities under %s", e).isEqualTo(shares(before, whole.id()));
      for (Threat t : Threat.values()) {
        for (String half : List.of(whole.id(), "half")) {
          assertThat(cell(after, half, t)).as("cell %s / %s under %s", half, t, e)
              .isEqualTo(cell(before, whole.id(), t));
        }
      }
    }
    return true;
  }

  /**
   * What is asked about one segment depends on that segment, the parties on it and where the information is
   * encrypted: another segment run by another carrier, inserted anywhere in the path, changes no duty and no cell of
   * the matrix on the segments already there (when the information is encrypted and decrypted, if at all, by the
   * institutions at its ends, so the new segment moves no end of the encryption; and not inside or after the last leg
   * to a person's own terminal, which would no longer be the person's line).
   */
  @Test
  void anotherSegmentChangesNothingOnTheOthers() {
    Explore.forAll(57721, 300, VALID_EXCHANGES, FlowPropertiesTest::anotherSegmentChangesNothingOnTheOthersOn);
  }

  private static boolean anotherSegmentChangesNothingOnTheOthersOn(DataFlow flow) {
    if (flow.segments() == null || flow.segments().isEmpty()) {
      return false;
    }
    Set<String> institutions = institutionsOf(flow);
    org.demarc.model.ObjectSecurity o = flow.objectSecurity();
    if (o != null && ((o.encryptedBy() != null && !institutions.contains(o.encryptedBy()))
        || (o.decryptedBy() != null && !institutions.contains(o.decryptedBy())))) {
      return false;
    }
    int k = Math.floorMod(flow.segments().size() * 5 + flow.inPlace().size(), flow.segments().size() + 1);
    if (k > flow.segments().size() - personsLine(flow).size() && !personsLine(flow).isEmpty()) {
      return false; // inserted inside or after the person's own line, it moves that line (B1-07's review)
    }
    List<Segment> path = new ArrayList<>(flow.segments());
    Segment neighbour = path.get(Math.min(k, path.size() - 1));
    String at = k < path.size() ? path.get(k).fromPoint() : path.get(k - 1).toPoint();
    Segment added = new Segment("added", at, "added-end", neighbour.network(), "added-carrier", null);
    if (k < path.size()) {
      Segment next = path.get(k);
      path.set(k, Records.with(next, "fromPoint", "added-end"));
    }
    path.add(k, added);
    List<Party> parties = new ArrayList<>(flow.parties());
    parties.add(new Party("added-carrier", "追加の回線事業者", Set.of(PartyRole.CARRIER)));
    DataFlow more = Records.with(Records.with(flow, "segments", path), "parties", parties);
    if (!ENGINE.validate(more).isEmpty()) {
      return false;
    }
    // the segment after the added one may now meet another carrier's closed network at its start (B3-07's junction)
    String following = k < flow.segments().size() ? flow.segments().get(k).id() : null;
    for (Edition e : EDITIONS) {
      EvaluationResult before = ENGINE.evaluate(flow, e);
      EvaluationResult after = ENGINE.evaluate(more, e);
      for (Segment s : flow.segments()) {
        Predicate<String> junction = d -> s.id().equals(following)
            && d.startsWith("G-6.11-B3-07|" + ControlType.INTERCONNECTION_DISCLOSURE_AVOIDED + "|");
        assertThat(onSegment(after, s.id()).stream().filter(junction.negate()).toList())
            .as("duties on %s under %s", s.id(), e)
            .isEqualTo(onSegment(before, s.id()).stream().filter(junction.negate()).toList());
        if (s.id().equals(following) && onSegment(after, s.id()).stream().anyMatch(junction)
            && onSegment(before, s.id()).stream().noneMatch(junction)) {
          assertThat(s.network() != null && s.network().closed() && neighbour.network().closed()
              && s.operator() != null && !s.operator().equals(flow.provider()))
              .as("a junction of two carriers' closed networks at the start of %s under %s", s.id(), e).isTrue();
        }
        for (Threat t : Threat.values()) {
          assertThat(cell(after, s.id(), t)).as("cell %s / %s under %s", s.id(), t, e).isEqualTo(cell(before, s.id(), t));
        }
      }
    }
    return true;
  }

  private static Set<String> onSegment(EvaluationResult r, String segment) {
    return r.controls().stream().filter(k -> segment.equals(k.segment()))
        .map(k -> k.ruleId() + "|" + k.control() + "|" + k.party() + "|" + k.threat() + "|" + k.status() + "|"
            + k.strength())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Each control as (rule, control, party, threat, status, strength), the added half read as the segment it halves. */
  private static Set<String> duties(EvaluationResult r, String whole) {
    return r.controls().stream().map(k -> k.ruleId() + "|" + k.control() + "|" + k.party() + "|"
        + ("half".equals(k.segment()) ? whole : k.segment()) + "|" + k.threat() + "|" + k.status() + "|" + k.strength())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> shares(EvaluationResult r, String whole) {
    Set<String> out = new TreeSet<>();
    for (Responsibility x : r.responsibilities()) {
      List<String> segments = x.segments() == null || x.segments().isEmpty() ? java.util.Collections.singletonList(null)
          : x.segments();
      List<Threat> threats = x.threats() == null || x.threats().isEmpty() ? java.util.Collections.singletonList(null)
          : x.threats();
      for (String p : x.parties()) {
        for (String sg : segments) {
          for (Threat t : threats) {
            out.add(x.ruleId() + "|" + x.type() + "|" + p + "|" + ("half".equals(sg) ? whole : sg) + "|" + t);
          }
        }
      }
    }
    return out;
  }

  private static List<List<String>> cell(EvaluationResult r, String segment, Threat t) {
    return r.segmentThreats().stream().filter(st -> st.covers(segment, t)).findFirst()
        .map(st -> List.of(st.responsible(), st.partial(), st.exempt())).orElse(null);
  }

  /**
   * P:L333-346 / C:L591-603: the sender holds management responsibility until the data is handed over. A two-way
   * exchange makes the recipients senders too: it adds duties and responsibilities, never removes one the one-way
   * exchange has, and never makes the verdict better.
   */
  @Test
  void sendingBackOnlyAddsDuties() {
    Explore.forAll(3003, 300, VALID_EXCHANGES, FlowPropertiesTest::sendingBackOnlyAddsDutiesOn);
  }

  private static boolean sendingBackOnlyAddsDutiesOn(DataFlow flow) {
    if (!inScope(flow)) {
      return false;
    }
    DataFlow oneWay = Records.with(flow, "direction", org.demarc.model.Direction.ONE_WAY);
    DataFlow twoWay = Records.with(flow, "direction", org.demarc.model.Direction.TWO_WAY);
    if (!ENGINE.validate(oneWay).isEmpty()) {
      return false; // encrypted beyond where it is decrypted: one way, refused (encrypted_after_decrypted)
    }
    for (Edition e : EDITIONS) {
      EvaluationResult one = ENGINE.evaluate(oneWay, e);
      EvaluationResult two = ENGINE.evaluate(twoWay, e);
      assertThat(VerdictPolicy.LADDER.indexOf(two.verdict())).as("verdict under %s: one-way %s, two-way %s", e,
          one.verdict(), two.verdict()).isLessThanOrEqualTo(VerdictPolicy.LADDER.indexOf(one.verdict()));
      if (one.verdict() == Verdict.PROHIBITED) {
        continue;
      }
      assertThat(duties(two, "")).as("duties under %s", e).containsAll(duties(one, ""));
      assertThat(shares(two, "")).as("responsibilities under %s", e).containsAll(shares(one, ""));
    }
    return true;
  }

  /**
   * 6.11 B (P:L225-230): the section is about exchanging medical information that includes personal information. An
   * exchange known to carry no personal information, or no medical information, is outside it: nothing of 6.11 is asked
   * of anyone, whatever else the flow leaves out, and without an emergency (6.10) it passes.
   */
  @Test
  void anExchangeWithoutPersonalMedicalInformationAsksNothing() {
    Explore.forAll(4004, 400, VALID_EXCHANGES,
        FlowPropertiesTest::anExchangeWithoutPersonalMedicalInformationAsksNothingOn);
  }

  private static boolean anExchangeWithoutPersonalMedicalInformationAsksNothingOn(DataFlow flow) {
    if (flow.data() == null || !(Boolean.FALSE.equals(flow.data().personal())
        || Boolean.FALSE.equals(flow.data().medical()))) {
      return false;
    }
    for (Edition e : EDITIONS) {
      EvaluationResult r = ENGINE.evaluate(flow, e);
      assertThat(r.controls()).as("controls under %s", e).filteredOn(k -> k.ruleId().startsWith("G-6.11")).isEmpty();
      assertThat(r.responsibilities()).as("responsibilities under %s", e)
          .filteredOn(x -> x.ruleId().startsWith("G-6.11")).isEmpty();
      if (flow.emergency() == null) { // 6.10 (emergencies) is a section of its own
        assertThat(r.verdict()).as("verdict under %s", e).isEqualTo(Verdict.COMPLIANT);
      }
    }
    return true;
  }

  /**
   * README: a fact left out is unknown and never hides a known failure. When every value the fact could take gives the
   * same verdict, that verdict is known without it: leaving the fact out gives that verdict when it is a failure
   * (prohibited, non-compliant), and otherwise that verdict or, where a MUST rule needs the fact to say which of its
   * findings apply, "insufficient information"; never any other.
   */
  @Test
  void aVerdictEveryValueOfAFactAgreesOnIsGivenWithoutIt() {
    Explore.forAll(8080, 150, VALID_FLOWS, FlowPropertiesTest::aVerdictEveryValueOfAFactAgreesOnIsGivenWithoutItOn);
  }

  /** Facts Demarc judges only when the flow gives them (README, "How a flow is judged"): its own readings. */
  private static final Set<String> JUDGED_WHEN_GIVEN = Set.of("/objectSecurity/keyDelivery");

  /**
   * The facts of a valid flow that leaving out makes unknown, each with the flow without it and the valid flows that
   * give it each of its values (at least two). Skipped: an exception left out under a basis other than a statutory
   * exception (none is claimed, see {@code Consent}) and facts judged only when given.
   */
  private static List<FactRemoval.Removed> unknowableFacts(DataFlow flow) {
    List<FactRemoval.Removed> out = new ArrayList<>();
    for (FactRemoval.Removed removed : FactRemoval.each(flow)) {
      if (removed.pointer().equals("/consent/legalException")
          && flow.consent().basis() != org.demarc.model.ConsentBasis.LEGAL_EXCEPTION
          || JUDGED_WHEN_GIVEN.contains(removed.pointer()) || !ENGINE.validate(removed.flow()).isEmpty()) {
        continue;
      }
      List<DataFlow> completions = removed.completions().stream().filter(c -> ENGINE.validate(c).isEmpty()).toList();
      if (completions.size() >= 2) {
        out.add(new FactRemoval.Removed(removed.pointer(), removed.flow(), completions));
      }
    }
    return out;
  }

  /**
   * As {@link #unknowableFacts}, and the information's own encryption left out as a whole ({@code objectSecurity}),
   * completed as not encrypted or encrypted by any party for any other (its tamper detection kept), and the ends'
   * authentication left out as a whole ({@code endAuthentication}), completed with every value of its three facts.
   */
  private static List<FactRemoval.Removed> unknowableFactsAndObjectSecurity(DataFlow flow) {
    List<FactRemoval.Removed> facts = new ArrayList<>(unknowableFacts(flow));
    org.demarc.model.ObjectSecurity os = flow.objectSecurity();
    if (os != null) {
      List<DataFlow> completions = new ArrayList<>();
      completions.add(Records.with(flow, "objectSecurity",
          new org.demarc.model.ObjectSecurity(null, null, os.tamperDetection(), null, null, null)));
      for (Party e : flow.parties()) {
        for (Party d : flow.parties()) {
          completions.add(Records.with(flow, "objectSecurity",
              new org.demarc.model.ObjectSecurity(e.id(), d.id(), os.tamperDetection(), null, null, null)));
        }
      }
      addRemoval(facts, "/objectSecurity", Records.with(flow, "objectSecurity", null), completions);
    }
    if (flow.endAuthentication() != null) {
      List<DataFlow> completions = new ArrayList<>();
      for (Boolean a : new Boolean[] {true, false}) {
        for (Boolean b : new Boolean[] {true, false}) {
          for (org.demarc.model.AuthMethod m : org.demarc.model.AuthMethod.values()) {
            completions.add(Records.with(flow, "endAuthentication", new org.demarc.model.EndAuthentication(a, b, m)));
          }
        }
      }
      addRemoval(facts, "/endAuthentication", Records.with(flow, "endAuthentication", null), completions);
    }
    return facts;
  }

  /** Adds a fact left out when the flow without it and at least two of its completions are valid. */
  private static void addRemoval(List<FactRemoval.Removed> facts, String pointer, DataFlow without,
      List<DataFlow> completions) {
    List<DataFlow> valid = completions.stream().filter(c -> ENGINE.validate(c).isEmpty()).toList();
    if (ENGINE.validate(without).isEmpty() && valid.size() >= 2) {
      facts.add(new FactRemoval.Removed(pointer, without, valid));
    }
  }


  private static boolean aVerdictEveryValueOfAFactAgreesOnIsGivenWithoutItOn(DataFlow flow) {
    boolean spoke = false;
    for (FactRemoval.Removed removed : unknowableFactsAndObjectSecurity(flow)) {
      for (Edition e : EDITIONS) {
        Set<Verdict> verdicts = removed.completions().stream().map(c -> ENGINE.evaluate(c, e).verdict())
            .collect(Collectors.toSet());
        if (verdicts.size() == 1) {
          spoke = true;
          Verdict known = verdicts.iterator().next();
          Verdict without = ENGINE.evaluate(removed.flow(), e).verdict();
          boolean failure = VerdictPolicy.LADDER.indexOf(known) < VerdictPolicy.LADDER.indexOf(
              Verdict.INSUFFICIENT_INFORMATION);
          assertThat(failure ? List.of(known) : List.of(known, Verdict.INSUFFICIENT_INFORMATION))
              .as("without %s under %s, whose every value gives %s", removed.pointer(), e, known).contains(without);
        }
      }
    }
    return spoke;
  }

  /**
   * D8 of the edition diff: the draft moves B-1 (clarifying the demarcation points, C:L381-522) to chapter 4 §4.2 and
   * refers to it from 6.11 (P:L328-332); its content is unchanged. For an exchange between institutions both editions
   * ask the same B-1 duties of the same parties; only the citation differs.
   */
  @Test
  void theMovedDemarcationClausesAskTheSameUnderBothEditions() {
    Explore.forAll(1976, 300, VALID_EXCHANGES,
        FlowPropertiesTest::theMovedDemarcationClausesAskTheSameUnderBothEditionsOn);
  }

  private static boolean theMovedDemarcationClausesAskTheSameUnderBothEditionsOn(DataFlow flow) {
    if (!inScope(flow) || flow.effectiveKind() != org.demarc.model.FlowKind.EXCHANGE) {
      return false;
    }
    EvaluationResult two = ENGINE.evaluate(flow, Edition.E2007_V2);
    EvaluationResult three = ENGINE.evaluate(flow, Edition.E2008_V3);
    java.util.function.Function<EvaluationResult, Set<String>> b1 = r -> r.controls().stream()
        .filter(k -> k.ruleId().startsWith("G-6.11-B1-"))
        .map(k -> k.ruleId() + "|" + k.control() + "|" + k.party() + "|" + k.segment() + "|" + k.threat() + "|"
            + k.status() + "|" + k.strength())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(b1.apply(three)).as("B-1 duties under the draft").isEqualTo(b1.apply(two));
    return true;
  }

  /**
   * README: a fact left out never hides a known outcome. A MUST duty asked of a party whatever value the fact takes is
   * asked without it too (its status may then be unknown), unless leaving the fact out makes the flow prohibited.
   */
  @Test
  void aDutyEveryValueOfAFactAsksIsAskedWithoutIt() {
    Explore.forAll(9191, 150, VALID_FLOWS, FlowPropertiesTest::aDutyEveryValueOfAFactAsksIsAskedWithoutItOn);
  }

  private static boolean aDutyEveryValueOfAFactAsksIsAskedWithoutItOn(DataFlow flow) {
    boolean spoke = false;
    for (FactRemoval.Removed removed : unknowableFactsAndObjectSecurity(flow)) {
      for (Edition e : EDITIONS) {
        Set<String> always = null;
        for (DataFlow c : removed.completions()) {
          Set<String> asked = mustDuties(ENGINE.evaluate(c, e));
          if (always == null) {
            always = asked;
          } else {
            always.retainAll(asked);
          }
        }
        EvaluationResult without = ENGINE.evaluate(removed.flow(), e);
        if (always.isEmpty() || without.verdict() == Verdict.PROHIBITED) {
          continue;
        }
        spoke = true;
        assertThat(mustDuties(without)).as("without %s under %s", removed.pointer(), e).containsAll(always);
      }
    }
    return spoke;
  }

  /**
   * README: a fact left out never hides a known outcome. A share of the matrix (a party responsible, partly responsible
   * or exempt on a segment for a threat) that the answer gives whatever value the fact takes is given without it too
   * (a carrier inside a tunnel the ends run is free of eavesdropping duty whether or not the information inside is
   * encrypted); and leaving a fact out gives no share that no value of it gives.
   */
  @Test
  void aShareOfTheMatrixEveryValueOfAFactGivesIsGivenWithoutIt() {
    Explore.forAll(4711, 100, VALID_FLOWS,
        FlowPropertiesTest::aShareOfTheMatrixEveryValueOfAFactGivesIsGivenWithoutItOn);
  }

  private static boolean aShareOfTheMatrixEveryValueOfAFactGivesIsGivenWithoutItOn(DataFlow flow) {
    boolean spoke = false;
    for (FactRemoval.Removed removed : unknowableFactsAndObjectSecurity(flow)) {
      for (Edition e : EDITIONS) {
        Set<String> always = null;
        Set<String> any = new TreeSet<>();
        for (DataFlow c : removed.completions()) {
          Set<String> shares = matrixShares(ENGINE.evaluate(c, e));
          any.addAll(shares);
          if (always == null) {
            always = shares;
          } else {
            always.retainAll(shares);
          }
        }
        EvaluationResult without = ENGINE.evaluate(removed.flow(), e);
        if (without.verdict() == Verdict.PROHIBITED) {
          continue;
        }
        spoke |= !always.isEmpty();
        assertThat(matrixShares(without)).as("matrix without %s under %s", removed.pointer(), e).containsAll(always);
        assertThat(any).as("matrix without %s under %s, shares no value of it gives", removed.pointer(), e)
            .containsAll(matrixShares(without));
      }
    }
    return spoke;
  }

  /** The matrix of an answer, each share as kind (responsible, partial, exempt), party, segment and threat. */
  private static Set<String> matrixShares(EvaluationResult r) {
    Set<String> out = new TreeSet<>();
    for (SegmentThreat st : r.segmentThreats()) {
      for (String seg : st.segments()) {
        for (Threat t : st.threats()) {
          st.responsible().forEach(p -> out.add("R|" + p + "|" + seg + "|" + t));
          st.partial().forEach(p -> out.add("P|" + p + "|" + seg + "|" + t));
          st.exempt().forEach(p -> out.add("E|" + p + "|" + seg + "|" + t));
        }
      }
    }
    return out;
  }

  private static Set<String> mustDuties(EvaluationResult r) {
    return mustKeys(r, k -> true);
  }

  /** The MUST controls that pass {@code which}, each as rule, control, party and segment. */
  private static Set<String> mustKeys(EvaluationResult r, java.util.function.Predicate<RequiredControl> which) {
    return r.controls().stream().filter(k -> k.strength() == org.demarc.model.result.Strength.MUST && which.test(k))
        .map(k -> k.ruleId() + "|" + k.control() + "|" + k.party() + "|" + k.segment())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * C:L416-418: provision required by law is third-party provision under the statutory exception "法令に基づく場合".
   * Written either way (the legal form, or third-party provision with that exception), a flow gets the same verdict and
   * the same duties.
   */
  @Test
  void provisionRequiredByLawReadsTheSameWrittenEitherWay() {
    Explore.forAll(2323, 300, VALID_EXCHANGES,
        FlowPropertiesTest::provisionRequiredByLawReadsTheSameWrittenEitherWayOn);
  }

  private static boolean provisionRequiredByLawReadsTheSameWrittenEitherWayOn(DataFlow flow) {
    if (flow.legalForm() != org.demarc.model.LegalForm.PROVISION_REQUIRED_BY_LAW) {
      return false;
    }
    DataFlow asProvision = Records.with(
        Records.with(flow, "legalForm", org.demarc.model.LegalForm.THIRD_PARTY_PROVISION), "consent", new org.demarc.model.Consent(org.demarc.model.ConsentBasis.LEGAL_EXCEPTION, null,
            org.demarc.model.LegalException.REQUIRED_BY_LAW));
    for (Edition e : EDITIONS) {
      EvaluationResult a = ENGINE.evaluate(flow, e);
      EvaluationResult b = ENGINE.evaluate(asProvision, e);
      assertThat(b.verdict()).as("verdict under %s", e).isEqualTo(a.verdict());
      assertThat(duties(b, "")).as("duties under %s", e).isEqualTo(duties(a, ""));
    }
    return true;
  }

  /**
   * Channel security is a measure of its own beside the information's (P:L362-368): protecting an unprotected segment's
   * channel (TLS 1.3 with client authentication, no tunnel named) never makes the answer worse and never leaves a MUST
   * control missing that the unprotected channel did not.
   */
  @Test
  void protectingAChannelOnlyHelps() {
    Explore.forAll(1368, 300, VALID_FLOWS, FlowPropertiesTest::protectingAChannelOnlyHelpsOn);
  }

  private static boolean protectingAChannelOnlyHelpsOn(DataFlow flow) {
    if (flow.segments() == null || flow.segments().stream().noneMatch(sg -> sg.channel() == null
        || sg.channel().protocol() == org.demarc.model.ChannelProtocol.NONE)) {
      return false;
    }
    DataFlow protectedFlow = Records.with(flow, "segments", flow.segments().stream()
        .map(sg -> sg.channel() == null || sg.channel().protocol() == org.demarc.model.ChannelProtocol.NONE
            ? Records.with(sg, "channel", new org.demarc.model.ChannelSecurity(org.demarc.model.ChannelProtocol.TLS,
                "1.3", true, null, null, null))
            : sg)
        .toList());
    for (Edition e : EDITIONS) {
      EvaluationResult before = ENGINE.evaluate(flow, e);
      EvaluationResult after = ENGINE.evaluate(protectedFlow, e);
      assertThat(VerdictPolicy.LADDER.indexOf(after.verdict())).as("verdict under %s: %s -> %s", e, before.verdict(),
          after.verdict()).isGreaterThanOrEqualTo(VerdictPolicy.LADDER.indexOf(before.verdict()));
      Set<String> missingBefore = missingMust(before);
      assertThat(missingMust(after)).as("MUST controls missing only once protected, under %s", e)
          .allMatch(missingBefore::contains);
    }
    return true;
  }

  private static Set<String> missingMust(EvaluationResult r) {
    return mustKeys(r, k -> k.status() == ControlStatus.MISSING);
  }

  /**
   * C:L731-745 and C:L802-819: both ends verifying each other by an established mechanism (public key), and tampering
   * made detectable by an electronic signature, never make the answer worse than what the flow said of them and never
   * leave a MUST control missing that was not missing before.
   */
  @Test
  void authenticatingBothEndsAndSigningOnlyHelp() {
    Explore.forAll(8110, 300, VALID_FLOWS, FlowPropertiesTest::authenticatingBothEndsAndSigningOnlyHelpOn);
  }

  private static boolean authenticatingBothEndsAndSigningOnlyHelpOn(DataFlow flow) {
    if (flow.segments() == null || flow.segments().isEmpty()) {
      return false;
    }
    DataFlow stronger = Records.with(flow, "endAuthentication",
        new org.demarc.model.EndAuthentication(true, true, org.demarc.model.AuthMethod.PUBLIC_KEY));
    if (flow.objectSecurity() != null) {
      stronger = Records.with(stronger, "objectSecurity", Records.with(flow.objectSecurity(), "tamperDetection",
          org.demarc.model.TamperDetection.ELECTRONIC_SIGNATURE));
    }
    for (Edition e : EDITIONS) {
      EvaluationResult before = ENGINE.evaluate(flow, e);
      EvaluationResult after = ENGINE.evaluate(stronger, e);
      assertThat(VerdictPolicy.LADDER.indexOf(after.verdict())).as("verdict under %s: %s -> %s", e, before.verdict(),
          after.verdict()).isGreaterThanOrEqualTo(VerdictPolicy.LADDER.indexOf(before.verdict()));
      Set<String> missingBefore = missingMust(before);
      assertThat(missingMust(after)).as("MUST controls missing only once strengthened, under %s", e)
          .allMatch(missingBefore::contains);
    }
    return true;
  }

  /** Whether one of the two parties stands before segment i and the other after it. */
  private static boolean eitherSide(DataFlow flow, String a, String b, int i) {
    List<Integer> pa = flow.places(a);
    List<Integer> pb = flow.places(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      // an end the path does not place: the channel written on the segment is read as running across all of it
      return !a.equals(b);
    }
    return Collections.min(pa) < i && Collections.max(pb) > i || Collections.min(pb) < i && Collections.max(pa) > i;
  }

  /**
   * Controls the rules only ever take from {@code inPlace} declarations: those a rule reads off the flow's facts
   * ({@code check}, {@code require} and the like) cannot be declared instead. Read from the rules' sources.
   */
  private static final Set<ControlType> DECLARED_ONLY = declaredOnly();

  private static Set<ControlType> declaredOnly() {
    java.util.regex.Pattern call = java.util.regex.Pattern.compile("\\.(\\w+)\\(ControlType\\.(\\w+)");
    Set<ControlType> declared = java.util.EnumSet.noneOf(ControlType.class);
    Set<ControlType> read = java.util.EnumSet.noneOf(ControlType.class);
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../rules/src/main/resources"))) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".drl")).toList()) {
        java.util.regex.Matcher m = call.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          (m.group(1).equals("declared") ? declared : read).add(ControlType.valueOf(m.group(2)));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    declared.removeAll(read);
    assertThat(declared).as("controls only declared").isNotEmpty();
    return declared;
  }

  private static boolean declarable(ControlType control) {
    return DECLARED_ONLY.contains(control);
  }
}

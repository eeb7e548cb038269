package org.demarc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demarc.model.Clause;
import org.demarc.model.Contract;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.Emergency;
import org.demarc.model.EvidenceStatus;
import org.demarc.model.FlowKind;
import org.demarc.model.InPlace;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.ContractVerdict;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.Edition;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RuleDescriptor;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Violation;
import org.demarc.rules.facts.AgreedCarrier;
import org.demarc.rules.facts.Evaluating;
import org.demarc.rules.facts.KindOf;
import org.demarc.rules.facts.PathLength;
import org.demarc.rules.facts.PathStep;
import org.demarc.rules.facts.RecipientEntry;
import org.demarc.rules.facts.RemoteLoginEntry;
import org.demarc.rules.facts.TakenOutEntry;
import org.demarc.rules.support.Activation;
import org.demarc.rules.support.Outcomes;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.demarc.model.result.Text;

/**
 * The KIE-backed engine: one knowledge base holding every edition's rules, built once; per edition a rule base of
 * the rules that belong to it, whose agenda filter lets only those fire; a pooled session per evaluation.
 */
final class KieDemarcEngine implements DemarcEngine {
  /** Where the rule sources live on the class path (the kjar's resources). */
  static final String RULES_ROOT = "org/demarc/rules";

  private final Map<String, RuleBase> bases;
  private final KieBase kieBase;
  private final Texts texts;
  private final Citations citations;
  private final FlowValidator validator;
  private final ResultAssembler assembler;
  private final ContractMatcher matcher;
  private final String engineVersion;
  private final String ruleSetVersion;
  /** What changes between two editions: the rule bases never change, so each pair is worked out once. */
  private final Map<List<Edition>, GuidelineChanges> changes = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param order every edition the engine knows, in order (the public ones, or more in a test)
   * @param kieBase the knowledge base with every edition's rules
   * @param sourcesHash the hash of the rule sources
   * @param texts titles, clause wording and messages
   */
  KieDemarcEngine(List<String> order, KieBase kieBase, String sourcesHash, Texts texts) {
    this.texts = texts;
    this.citations = new Citations(texts);
    this.validator = new FlowValidator(texts);
    this.assembler = new ResultAssembler(texts);
    this.matcher = new ContractMatcher(texts);
    this.kieBase = kieBase;
    KieSessionsPool sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    Map<String, RuleBase> built = new LinkedHashMap<>();
    for (String edition : order) {
      built.put(edition, new RuleBase(edition, order, kieBase, sessions, sourcesHash, texts));
    }
    this.bases = built;
    this.engineVersion = Versions.PROJECT;
    this.ruleSetVersion = Versions.PROJECT;
  }

  /** The list of the executable model's classes the kjar carries (written by the kie-maven-plugin). */
  private static final String MODEL_INDEX = "META-INF/kie/org.demarc/rules/drools-model";

  static KieDemarcEngine fromClasspath() {
    try {
      ClassLoader loader = KieDemarcEngine.class.getClassLoader();
      // the rule sources' hash and the units' titles are read on another core while the knowledge base is built
      // (about a sixth of the time the engine takes to build, measured on a cold JVM)
      java.util.concurrent.CompletableFuture<String> hash = java.util.concurrent.CompletableFuture.supplyAsync(
          () -> RuleBase.hashSourceBytes(RuleBase.sourceBytes(loader, RULES_ROOT)));
      java.util.concurrent.CompletableFuture<Texts> texts = java.util.concurrent.CompletableFuture.supplyAsync(
          () -> new Texts(UnitDocs.titles(loader)));
      KieBase kieBase = knowledgeBase(loader);
      return new KieDemarcEngine(Editions.ORDER, kieBase, joined(hash), joined(texts));
    } catch (RuleBaseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleBaseException("cannot build the rule bases: " + e.getMessage(), e);
    }
  }

  /** What a future computed, or the exception it failed with (unwrapped). */
  private static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * The knowledge base straight from the kjar's executable model: the model classes its index lists, with the
   * settings of its kmodule.xml (identity equality). This skips the classpath scan for kmodule.xml files that a
   * classpath KieContainer does, which took most of the start-up (measured: 1.3 s of 2.4 s for one CLI run).
   */
  private static KieBase knowledgeBase(ClassLoader loader) {
    java.io.InputStream index = loader.getResourceAsStream(MODEL_INDEX);
    if (index == null) {
      return KieServices.get().getKieClasspathContainer(loader).newKieBase(configuration());
    }
    List<org.drools.model.Model> models = new java.util.ArrayList<>();
    try (index) {
      for (String line : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        String name = line.trim();
        if (name.isEmpty() || name.contains(":")) {
          continue; // the version header
        }
        models.add((org.drools.model.Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      }
    } catch (java.io.IOException | ReflectiveOperationException e) {
      throw new RuleBaseException("cannot load the rules' executable model: " + e.getMessage(), e);
    }
    if (models.isEmpty()) {
      throw new RuleBaseException("the rules' executable model lists no model classes");
    }
    return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models, configuration());
  }

  /**
   * The knowledge base's settings, however it is built: identity equality, as kmodule.xml says, and left beta memories
   * without hash indexes. A flow's partial matches are few per join (164 tuples in all 640 node memories of the
   * typical flow), where a hash index costs more to fill and reset than a scan of them: measured 0.95x the rule
   * session of the typical flow, 0.90x for 200 segments, 0.97x for 20 segments x 1,000 recipients, the same for 3,000
   * items taken out. The right memories stay indexed: without their index a 200-segment flow took 500 times as long.
   */
  private static org.kie.api.KieBaseConfiguration configuration() {
    org.kie.api.KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
    conf.setOption(org.kie.api.conf.EqualityBehaviorOption.IDENTITY);
    conf.setOption(org.kie.internal.conf.IndexLeftBetaMemoryOption.NO);
    return conf;
  }

  /**
   * Builds the engine from DRL sources instead of the precompiled knowledge base, compiling them to the executable
   * model; any compile error or missing metadata fails the build. Used to check rule sources before they ship, and
   * to show that an edition is one declaration plus the rules that differ.
   *
   * @param order the editions, in order
   * @param sources DRL source text keyed by its resource path (e.g. org/demarc/rules/x/y.drl)
   * @param extraTexts texts beyond the shipped ones, e.g. the clause wording of an edition not shipped
   */
  static KieDemarcEngine fromSources(List<String> order, Map<String, String> sources, Map<String, Text> extraTexts) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    sources.forEach((path, drl) -> kfs.write("src/main/resources/" + path, drl));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new RuleBaseException("rule base does not compile: " + errors);
    }
    KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
    Map<String, Text> texts = new java.util.HashMap<>(UnitDocs.titles(KieDemarcEngine.class.getClassLoader()));
    texts.putAll(extraTexts);
    return new KieDemarcEngine(order, container.newKieBase(configuration()), RuleBase.hashSources(sources),
        new Texts(texts));
  }

  @Override
  public EvaluationResult evaluate(DataFlow flow, Edition edition) {
    List<Violation> violations = validate(flow);
    if (!violations.isEmpty()) {
      throw new InvalidFlowException(violations);
    }
    return evaluateValid(flow, edition);
  }

  /** Evaluates a flow that has already passed validation. */
  private EvaluationResult evaluateValid(DataFlow flow, Edition edition) {
    return evaluateValid(flow, edition, declarations(flow));
  }

  /**
   * Evaluates a flow that has already passed validation, whose first {@code own} {@code inPlace} entries are its own
   * declarations and the rest evidence from contract clauses found covering.
   */
  private EvaluationResult evaluateValid(DataFlow flow, Edition edition, int own) {
    return evaluateValid(flow, edition, own, agreedCarriers(flow, List.of()));
  }

  /** The same, with the carriers the flow (and the contracts checked with it) show the institution has agreed with. */
  private EvaluationResult evaluateValid(DataFlow flow, Edition edition, int own, List<AgreedCarrier> agreed) {
    return assembler.assemble(flow, base(edition), fire(flow, edition.name(), own, agreed), provenance(edition), own);
  }

  /**
   * Under two editions: one rule session judges the flow under both (what two sessions would record, at about the cost
   * of one), then each edition's answer is assembled as {@link #evaluate} assembles it.
   */
  @Override
  public EditionComparison compare(DataFlow flow, Edition from, Edition to) {
    List<EvaluationResult> both = evaluateBoth(flow, from, to);
    return Comparisons.diff(both.get(0), both.get(1));
  }

  /** A flow evaluated under two editions in one rule session: each answer equal to what {@link #evaluate} gives. */
  List<EvaluationResult> evaluateBoth(DataFlow flow, Edition from, Edition to) {
    List<Violation> violations = validate(flow);
    if (!violations.isEmpty()) {
      throw new InvalidFlowException(violations);
    }
    if (from == to) {
      EvaluationResult only = evaluateValid(flow, from);
      return List.of(only, only);
    }
    RuleBase a = base(from);
    RuleBase b = base(to);
    List<List<Activation>> fired = fireBoth(flow, a, b);
    int own = declarations(flow);
    return List.of(assembler.assemble(flow, a, fired.get(0), provenance(from), own),
        assembler.assemble(flow, b, fired.get(1), provenance(to), own));
  }

  @Override
  public List<String> applicableRules(DataFlow flow, Edition edition) {
    List<Violation> violations = validate(flow);
    if (!violations.isEmpty()) {
      throw new InvalidFlowException(violations);
    }
    RuleBase base = base(edition);
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (Activation a : fire(flow, edition)) {
      RuleBase.Compiled rule = base.compiled(a.ruleName());
      if (rule != null) {
        ids.add(rule.meta().id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The rule session alone: inserts a valid flow's facts, fires, and returns what the rules recorded, without
   * assembling a result (for tests of the rule base).
   */
  List<Activation> fire(DataFlow flow, Edition edition) {
    return fire(flow, edition.name());
  }

  /**
   * The rule session alone in a session never used before, taken straight from the knowledge base instead of the pool
   * (for tests: a rule must fire the same in a fresh session as in a pooled one that has run other flows).
   */
  List<Activation> fireInFreshSession(DataFlow flow, Edition edition) {
    RuleBase base = base(edition.name());
    List<AgreedCarrier> agreed = agreedCarriers(flow, List.of());
    return byLine(flow, declarations(flow), (along, outcomes) -> {
      KieSession session = kieBase.newKieSession();
      try {
        session.setGlobal("out", outcomes);
        insertFacts(session, along, agreed, base.editionId());
        session.fireAllRules(base.filter());
      } finally {
        session.dispose();
      }
    }, ALL).get(0);
  }

  /** The rule session alone, under any edition the engine knows (including one declared only in a test). */
  List<Activation> fire(DataFlow flow, String edition) {
    return fire(flow, edition, declarations(flow));
  }

  /** How many declarations the flow makes in {@code inPlace}: all its own, when no contract adds evidence. */
  private static int declarations(DataFlow flow) {
    return flow.inPlace() == null ? 0 : flow.inPlace().size();
  }

  /** The rule session for a flow whose first {@code own} {@code inPlace} entries are its own declarations. */
  private List<Activation> fire(DataFlow flow, String edition, int own) {
    return fire(flow, edition, own, agreedCarriers(flow, List.of()));
  }

  private List<Activation> fire(DataFlow flow, String edition, int own, List<AgreedCarrier> agreed) {
    RuleBase base = base(edition);
    return byLine(flow, own, (along, outcomes) -> run(base, outcomes, base.filter(),
        session -> insertFacts(session, along, agreed, base.editionId())), ALL).get(0);
  }

  /**
   * One rule session judging a valid flow under two editions at once: what the rules record under each, as two
   * sessions each judging it under one would record it (EditionSessionTest). A rule that belongs to both editions and
   * reads no fact that differs between them fires once for both; one that reads such facts
   * ({@link org.demarc.rules.facts.EditionScoped}) fires for each edition it belongs to, against that edition's facts.
   */
  private List<List<Activation>> fireBoth(DataFlow flow, RuleBase a, RuleBase b) {
    List<AgreedCarrier> agreed = agreedCarriers(flow, List.of());
    AgendaFilter both = both(a, b);
    return byLine(flow, declarations(flow),
        (along, outcomes) -> run(a, outcomes, both, session -> insertFacts(session, along, agreed, a.editionId(),
            b.editionId())),
        List.of(judgedUnder(a), judgedUnder(b)));
  }

  /** Whether a firing of a session that judged several editions holds under this one. */
  private static java.util.function.Predicate<Activation> judgedUnder(RuleBase base) {
    return act -> base.meta(act.ruleName()) != null
        && (act.judged() == null || act.judged().equals(base.editionId()));
  }

  /**
   * The agenda filter of a session judging under two editions: a rule fires if it belongs to either; a rule that
   * belongs to one of them only and bound an {@link org.demarc.rules.facts.Evaluating} fact fires only for that edition.
   */
  private static AgendaFilter both(RuleBase a, RuleBase b) {
    return match -> {
      String name = match.getRule().getName();
      boolean inA = a.meta(name) != null;
      boolean inB = b.meta(name) != null;
      if (inA == inB) {
        return inA;
      }
      for (Object fact : match.getObjects()) {
        if (fact instanceof Evaluating e) {
          return e.edition().equals((inA ? a : b).editionId());
        }
      }
      return true;
    };
  }

  /** Every firing, for a session that judges one edition. */
  private static final List<java.util.function.Predicate<Activation>> ALL = List.of(a -> true);

  /**
   * What the rules record for a flow, {@code fire} running them on a path of one line, sorted into one list per test in
   * {@code parts} (a firing goes into every list whose test it passes: one list of every firing when the session judges
   * one edition, a list per edition when it judges two). A path that branches ({@link DataFlow#branches()}) is judged
   * line by line, and what several lines record about their shared part (the same words, controls, responsibilities
   * and facts asked) is kept once in each list, pointers into a line turned into pointers into the whole path.
   */
  private static List<List<Activation>> byLine(DataFlow flow, int own,
      java.util.function.BiConsumer<DataFlow, Outcomes> fire, List<java.util.function.Predicate<Activation>> parts) {
    List<List<Integer>> lines = flow.branches();
    if (lines == null && parts == ALL) {
      Outcomes outcomes = new Outcomes(flow, own);
      fire.accept(flow, outcomes);
      return List.of(outcomes.activations());
    }
    List<Map<List<Object>, Activation>> joined = new ArrayList<>();
    List<List<Activation>> out = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      joined.add(new LinkedHashMap<>());
      out.add(new ArrayList<>());
    }
    for (List<Integer> line : lines == null ? java.util.Collections.<List<Integer>>singletonList(null) : lines) {
      DataFlow along = line == null ? flow : flow.along(line);
      Outcomes outcomes = new Outcomes(along, own);
      fire.accept(along, outcomes);
      int[] at = line == null ? null : line.stream().mapToInt(Integer::intValue).toArray();
      for (Activation a : outcomes.activations()) {
        if (at != null) {
          a.onLine(at);
        }
        for (int k = 0; k < parts.size(); k++) {
          if (!parts.get(k).test(a)) {
            continue;
          }
          if (at == null) {
            out.get(k).add(a);
          } else {
            joined.get(k).putIfAbsent(a.recorded(), a);
          }
        }
      }
    }
    if (lines != null) {
      for (int k = 0; k < parts.size(); k++) {
        out.set(k, List.copyOf(joined.get(k).values()));
      }
    }
    return out;
  }

  /**
   * The carriers the flow shows the institution has agreed terms with, each once with the first evidence: a carrier's
   * contract term ({@link ControlType#carrierTerm()}) declared in {@code inPlace}, in place or planned, for the carrier
   * by name or for every party (a consignment contract naming no party: for the consignee only; an absent or unknown
   * one shows no agreement), then a contract between the provider and
   * the carrier. The line of such a carrier to a person's own terminal is one the institution contracts (Demarc's
   * reading) where the agreement covers it: a declaration covers every segment the carrier runs, a contract the segments
   * its clauses name (every segment where a clause names none, or it has no clauses). Each piece of evidence is one
   * fact, in the order given, up to the first that covers every segment of its carrier: none after it could be the
   * first to cover a line, so a flow declaring a term for every party many times adds one fact per carrier.
   */
  static List<AgreedCarrier> agreedCarriers(DataFlow flow, List<Contract> contracts) {
    List<InPlace> declared = flow.inPlace() == null ? List.of() : flow.inPlace();
    if (declared.isEmpty() && (contracts == null || contracts.isEmpty())) {
      return List.of();
    }
    List<AgreedCarrier> agreed = new ArrayList<>();
    Set<String> coveredWhole = new HashSet<>();
    for (int i = 0; i < declared.size(); i++) {
      InPlace d = declared.get(i);
      if (d == null || d.control() == null || !d.control().carrierTerm()
          || (d.effectiveStatus() != EvidenceStatus.IN_PLACE && d.effectiveStatus() != EvidenceStatus.PLANNED)) {
        continue;
      }
      String evidence = "/inPlace/" + i;
      if (d.party() != null) {
        if (isCarrier(flow, d.party())) {
          agree(agreed, coveredWhole, d.party(), evidence, null);
        }
      } else if (flow.parties() != null) {
        for (Party p : flow.parties()) {
          // a consignment contract naming no party is the one with the consignee (ControlType#alsoShownBy(boolean))
          if (p != null && p.has(PartyRole.CARRIER)
              && (d.control() != ControlType.CONSIGNMENT_CONTRACT || flow.consignee(p.id()))) {
            agree(agreed, coveredWhole, p.id(), evidence, null);
          }
        }
      }
    }
    for (int i = 0; contracts != null && i < contracts.size(); i++) {
      Contract c = contracts.get(i);
      if (c == null || flow.provider() == null || !c.signedBy(flow.provider())) {
        continue;
      }
      for (String other : c.signatories()) {
        if (other != null && !other.equals(flow.provider()) && isCarrier(flow, other)) {
          agree(agreed, coveredWhole, other, "/contracts/" + i, coveredSegments(c));
        }
      }
    }
    return List.copyOf(agreed);
  }

  /** Adds an agreement with a carrier unless an earlier one already covers every segment of it. */
  private static void agree(List<AgreedCarrier> agreed, Set<String> coveredWhole, String carrier, String evidence,
      List<String> segments) {
    if (coveredWhole.contains(carrier)) {
      return;
    }
    if (segments == null) {
      coveredWhole.add(carrier);
    }
    agreed.add(new AgreedCarrier(carrier, evidence, segments, agreed.size()));
  }

  /** The segments a contract's clauses name, or null where one names none (or it has none): every segment. */
  private static List<String> coveredSegments(Contract contract) {
    if (contract.clauses() == null || contract.clauses().isEmpty()) {
      return null;
    }
    Set<String> named = new LinkedHashSet<>();
    for (Clause clause : contract.clauses()) {
      if (clause == null || clause.segments() == null || clause.segments().isEmpty()) {
        return null;
      }
      named.addAll(clause.segments());
    }
    return List.copyOf(named);
  }

  private static boolean isCarrier(DataFlow flow, String partyId) {
    Party p = flow.party(partyId);
    return p != null && p.has(PartyRole.CARRIER);
  }

  /**
   * Runs one rule session: inserts the facts and fires. Every rule that is not a classification rule records an
   * activation in the outcomes, which is how the rules that fired are known (no agenda listener on the hot path).
   */
  private static void run(RuleBase base, Outcomes outcomes, AgendaFilter filter,
      java.util.function.Consumer<KieSession> facts) {
    // Pooled sessions are reset when disposed.
    KieSession session = base.sessions().newKieSession();
    try {
      session.setGlobal("out", outcomes);
      facts.accept(session);
      session.fireAllRules(filter);
    } finally {
      session.dispose();
    }
  }

  /** The rule session alone for one contract reviewed on its own (package-private, for tests of the rule base). */
  List<Activation> fire(Contract contract, Edition edition) {
    Outcomes outcomes = new Outcomes(null, 0);
    RuleBase base = base(edition.name());
    run(base, outcomes, base.filter(), session -> session.insert(contract));
    return outcomes.activations();
  }

  @Override
  public ContractCheck checkContracts(DataFlow flow, List<Contract> contracts, Edition edition) {
    List<Violation> violations = validate(flow, contracts);
    if (!violations.isEmpty()) {
      throw new InvalidFlowException(violations);
    }
    // A contract with a carrier shows the institution contracts its line, the last leg to a person's terminal included.
    List<AgreedCarrier> agreed = agreedCarriers(flow, contracts);
    EvaluationResult result = evaluateValid(flow, edition, declarations(flow), agreed);
    List<RequiredControl> obligations = result.controls().stream()
        // another party's obligations; supervision is the supervising institution's own act, whoever holds it; a
        // recipient that cannot be identified in advance is not known when contracts are made, so no clause is asked
        // with it (the flow's answer keeps an agreement with it as a point for review: G-6.11-B1-06)
        .filter(c -> c.checklistItem() != null && c.party() != null && !c.party().equals(flow.provider())
            && !c.control().supervision() && c.status() != ControlStatus.NOT_APPLICABLE
            && !unidentifiedRecipient(flow, c.party()))
        .toList();
    var findings = result.findingsById(); // each obligation cited with the variant that asks it
    List<ChecklistItem> items = matcher.match(obligations, c -> result.citation(c, findings), contracts, true, true,
        ContractMatcher.Institutions.of(flow));
    // A covered clause is evidence that outranks what the flow itself declares (the outcomes consult it first); it
    // comes after the flow's own declarations, so theirs keep their pointers.
    List<InPlace> inPlace = new ArrayList<>();
    if (flow.inPlace() != null) {
      inPlace.addAll(flow.inPlace());
    }
    int own = inPlace.size();
    items.stream().filter(i -> i.status() == ChecklistStatus.COVERED && i.control() != null)
        .forEach(i -> inPlace.add(new InPlace(i.control(), i.party(), String.join(", ", i.clauseRefs()))));
    DataFlow withContracts = flow.withInPlace(List.copyOf(inPlace));
    EvaluationResult flowResult = evaluateValid(withContracts, edition, own, agreed);
    List<String> undecided = ContractMatcher.factsNeeded(flowResult);
    ContractVerdict verdict = ContractMatcher.verdict(items, undecided);
    return new ContractCheck(flow.id(), edition, verdict, List.of(matcher.reason(verdict, items, undecided)), items,
        matcher.unusedClauses(items, contracts, obligations, result.controls()), flowResult, provenance(edition));
  }

  /** Whether the party is a recipient of the flow that cannot be identified in advance. */
  private static boolean unidentifiedRecipient(DataFlow flow, String party) {
    return flow.recipients() != null && flow.recipients().stream()
        .anyMatch(r -> r != null && party.equals(r.party()) && Boolean.FALSE.equals(r.identifiedInAdvance()));
  }

  @Override
  public ContractCheck reviewContract(Contract contract, Edition edition) {
    List<Violation> violations = validate(null, contract == null ? null : List.of(contract));
    if (!violations.isEmpty()) {
      throw new InvalidFlowException(violations);
    }
    RuleBase base = base(edition);
    List<Activation> activations = fire(contract, edition);
    DataFlow subject = new DataFlow(contract.id(), null, null, null, null, null, null, List.of(), null, null, null,
        null, null, null, null, null, null, null, null);
    EvaluationResult result = assembler.assemble(subject, base, activations, provenance(edition), 0);
    var findings = result.findingsById();
    List<ChecklistItem> items = matcher.match(result.controls(), c -> result.citation(c, findings), List.of(contract),
        false, false, null);
    ContractVerdict verdict = ContractMatcher.verdict(items, List.of());
    return new ContractCheck(contract.id(), edition, verdict, List.of(matcher.reason(verdict, items, List.of())), items,
        matcher.unusedClauses(items, List.of(contract), result.controls(), result.controls(), true), null,
        provenance(edition));
  }

  /** Inserts a valid flow's facts, to be judged under the editions named (one, or two at once). */
  private static void insertFacts(KieSession session, DataFlow flow, List<AgreedCarrier> agreed, String... editions) {
    for (String edition : editions) {
      session.insert(new Evaluating(edition));
    }
    session.insert(flow);
    agreed.forEach(session::insert);
    session.insert(new KindOf(flow.effectiveKind()));
    if (flow.parties() != null) {
      flow.parties().forEach(session::insert);
    }
    int segments = flow.segments() == null ? 0 : flow.segments().size();
    session.insert(new PathLength(segments));
    for (int i = 0; i < segments; i++) {
      session.insert(new PathStep(i, flow.segments().get(i)));
    }
    if (flow.recipients() != null) {
      for (int i = 0; i < flow.recipients().size(); i++) {
        session.insert(new RecipientEntry(i, flow.recipients().get(i)));
      }
    }
    if (flow.remoteLogins() != null) {
      for (int i = 0; i < flow.remoteLogins().size(); i++) {
        session.insert(new RemoteLoginEntry(i, flow.remoteLogins().get(i)));
      }
    }
    if (flow.objectSecurity() != null) {
      session.insert(flow.objectSecurity());
    }
    if (flow.endAuthentication() != null) {
      session.insert(flow.endAuthentication());
    }
    if (flow.takeOut() != null) {
      session.insert(flow.takeOut());
      if (flow.takeOut().policy() != null) {
        session.insert(flow.takeOut().policy());
      }
      if (flow.takeOut().items() != null) {
        for (int i = 0; i < flow.takeOut().items().size(); i++) {
          session.insert(new TakenOutEntry(i, flow.takeOut().items().get(i)));
        }
      }
    }
    if (flow.emergency() != null) {
      session.insert(emergencyOf(flow));
    }
  }

  /**
   * The emergency as the rules read it: a flow of kind {@code BREAK_GLASS} is break-glass access, so it uses
   * break-glass access whether or not it says so again (the validator refuses one that says it does not).
   */
  static Emergency emergencyOf(DataFlow flow) {
    Emergency em = flow.emergency();
    if (flow.effectiveKind() == FlowKind.BREAK_GLASS && em.breakGlassUsed() == null) {
      return new Emergency(em.declared(), em.consentObtainable(), Boolean.TRUE, em.accessLogged(),
          em.procedureExists(), em.logReviewed(), em.accountDisabledAfter());
    }
    return em;
  }

  @Override
  public List<Violation> validate(DataFlow flow) {
    return validator.validate(flow);
  }

  @Override
  public List<Violation> validate(DataFlow flow, List<Contract> contracts) {
    List<Violation> violations = new ArrayList<>(flow == null ? List.of() : validate(flow));
    violations.addAll(validator.validateContracts(contracts, flow));
    return violations;
  }

  @Override
  public List<Edition> editions() {
    return bases.keySet().stream().map(Editions::publicEdition).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public List<RuleDescriptor> rules(Edition edition) {
    RuleBase base = base(edition);
    List<RuleDescriptor> out = new ArrayList<>();
    base.findingRules().values().forEach(variants -> out.add(describe(base, variants)));
    return out;
  }

  @Override
  public Optional<RuleDescriptor> rule(Edition edition, String id) {
    RuleBase base = base(edition);
    List<RuleMeta> variants = base.variantsById().get(id);
    if (variants == null || variants.get(0).classification()) {
      return Optional.empty();
    }
    return Optional.of(describe(base, variants));
  }

  @Override
  public GuidelineChanges changes(Edition from, Edition to) {
    return changes.computeIfAbsent(List.of(from, to),
        k -> RuleChanges.between(from, to, base(from), base(to), citations, texts));
  }

  /** A rule id's variants share section and editions; its strength is the strongest of them. */
  private RuleDescriptor describe(RuleBase base, List<RuleMeta> variants) {
    RuleMeta strongest = RuleChanges.strongest(variants);
    return new RuleDescriptor(strongest.id(), strongest.section(), strongest.editions(), strongest.strength(),
        strongest.basis(), citations.of(strongest, base.editionId()));
  }

  /** Every rule's metadata in an edition's rule base, classification rules included (for tests of the rule base). */
  List<RuleMeta> ruleMetas(Edition edition) {
    return ruleMetas(edition.name());
  }

  /** Every rule's metadata in the rule base of any edition the engine knows. */
  List<RuleMeta> ruleMetas(String edition) {
    List<RuleMeta> out = new ArrayList<>();
    base(edition).variantsById().values().forEach(out::addAll);
    return out;
  }

  /** The citation of a rule's clause under any edition the engine knows. */
  org.demarc.model.result.Citation citation(RuleMeta meta, String edition) {
    return citations.of(meta, edition);
  }

  @Override
  public Provenance provenance(Edition edition) {
    return new Provenance(edition, ruleSetVersion, base(edition).contentHash(), engineVersion);
  }

  @Override
  public String engineVersion() {
    return engineVersion;
  }

  private RuleBase base(Edition edition) {
    return base(edition.name());
  }

  private RuleBase base(String edition) {
    RuleBase base = bases.get(edition);
    if (base == null) {
      throw new IllegalArgumentException("unknown edition: " + edition);
    }
    return base;
  }
}

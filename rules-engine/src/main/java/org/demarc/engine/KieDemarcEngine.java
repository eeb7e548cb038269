package org.demarc.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.InPlace;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.ContractVerdict;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RuleDescriptor;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Violation;
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

/** The KIE-backed engine: one rule base per edition, built once; a fresh session per evaluation. */
final class KieDemarcEngine implements DemarcEngine {
  /** The packages each edition's rule base is built from; must match kmodule.xml. */
  static final Map<Edition, List<String>> PACKAGES = Map.of(
      Edition.E2007_V2, List.of("org.demarc.rules.common", "org.demarc.rules.s611.common", "org.demarc.rules.s611.e2007",
          "org.demarc.rules.s69.e2007", "org.demarc.rules.s610.common", "org.demarc.rules.contracts"),
      Edition.E2008_V3, List.of("org.demarc.rules.common", "org.demarc.rules.s611.common", "org.demarc.rules.s611.e2008",
          "org.demarc.rules.s69.e2008", "org.demarc.rules.s610.common", "org.demarc.rules.contracts"));

  private final Map<Edition, RuleBase> bases;
  private final Texts texts;
  private final Citations citations;
  private final FlowValidator validator;
  private final ResultAssembler assembler;
  private final ContractMatcher matcher;
  private final String engineVersion;
  private final String ruleSetVersion;

  KieDemarcEngine(Map<Edition, KieBase> kieBases, Map<Edition, String> hashes) {
    this.texts = new Texts();
    this.citations = new Citations(texts);
    this.validator = new FlowValidator(texts);
    this.assembler = new ResultAssembler(texts);
    this.matcher = new ContractMatcher(texts);
    Map<Edition, RuleBase> built = new EnumMap<>(Edition.class);
    kieBases.forEach((edition, kb) -> built.put(edition, new RuleBase(edition, kb, hashes.get(edition), texts)));
    this.bases = built;
    this.engineVersion = Versions.PROJECT;
    this.ruleSetVersion = Versions.PROJECT;
  }

  static KieDemarcEngine fromClasspath() {
    try {
      KieContainer container = KieServices.get().getKieClasspathContainer(KieDemarcEngine.class.getClassLoader());
      Map<Edition, KieBase> kieBases = new EnumMap<>(Edition.class);
      Map<Edition, String> hashes = new EnumMap<>(Edition.class);
      for (Edition edition : Edition.values()) {
        kieBases.put(edition, container.getKieBase(edition.name()));
        hashes.put(edition, RuleBase.hashSources(KieDemarcEngine.class.getClassLoader(), PACKAGES.get(edition)));
      }
      return new KieDemarcEngine(kieBases, hashes);
    } catch (RuleBaseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleBaseException("cannot build the rule bases: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the engine from DRL sources instead of the precompiled rule bases, compiling them to the executable
   * model; any compile error or missing metadata fails the build. Used to check rule sources before they ship.
   *
   * @param sources per edition, DRL source text keyed by its resource path (e.g. org/demarc/rules/x/y.drl)
   */
  static KieDemarcEngine fromSources(Map<Edition, Map<String, String>> sources) {
    KieServices ks = KieServices.get();
    Map<Edition, KieBase> kieBases = new EnumMap<>(Edition.class);
    Map<Edition, String> hashes = new EnumMap<>(Edition.class);
    sources.forEach((edition, files) -> {
      KieFileSystem kfs = ks.newKieFileSystem();
      files.forEach((path, drl) -> kfs.write("src/main/resources/" + path, drl));
      KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        throw new RuleBaseException("rule base " + edition + " does not compile: " + errors);
      }
      KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
      kieBases.put(edition, container.getKieBase());
      hashes.put(edition, Integer.toHexString(files.hashCode()));
    });
    return new KieDemarcEngine(kieBases, hashes);
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
    return assembler.assemble(flow, base(edition), fire(flow, edition), provenance(edition));
  }

  /**
   * The rule session alone: inserts a valid flow's facts, fires, and returns what the rules recorded, without
   * assembling a result. Package-private so the benchmarks can measure the rule engine's share of an evaluation.
   */
  List<Activation> fire(DataFlow flow, Edition edition) {
    Outcomes outcomes = new Outcomes(flow);
    run(base(edition), outcomes, session -> insertFacts(session, flow));
    return outcomes.activations();
  }

  /**
   * Runs one rule session: inserts the facts and fires. Every rule that is not a classification rule records an
   * activation in the outcomes, which is how the rules that fired are known (no agenda listener on the hot path).
   */
  private static void run(RuleBase base, Outcomes outcomes, java.util.function.Consumer<KieSession> facts) {
    // Pooled sessions are reset when disposed.
    KieSession session = base.sessions().newKieSession();
    try {
      session.setGlobal("out", outcomes);
      facts.accept(session);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
  }

  /** The rule session alone for one contract reviewed on its own (package-private, for tests of the rule base). */
  List<Activation> fire(Contract contract, Edition edition) {
    Outcomes outcomes = new Outcomes(null);
    run(base(edition), outcomes, session -> session.insert(contract));
    return outcomes.activations();
  }

  @Override
  public ContractCheck checkContracts(DataFlow flow, List<Contract> contracts, Edition edition) {
    List<Violation> violations = validate(flow, contracts);
    if (!violations.isEmpty()) {
      throw new InvalidFlowException(violations);
    }
    EvaluationResult result = evaluateValid(flow, edition);
    List<RequiredControl> obligations = result.controls().stream()
        .filter(c -> c.checklistItem() != null && c.party() != null && !c.party().equals(flow.provider())
            && c.status() != ControlStatus.NOT_APPLICABLE)
        .toList();
    List<ChecklistItem> items = matcher.match(obligations, result.findings(), contracts, true, true);
    // A covered clause is evidence that outranks what the flow itself declares, so it comes first.
    List<InPlace> inPlace = new ArrayList<>();
    items.stream().filter(i -> i.status() == ChecklistStatus.COVERED && i.control() != null)
        .forEach(i -> inPlace.add(new InPlace(i.control(), i.party(), i.contract() + " " + i.clause())));
    if (flow.inPlace() != null) {
      inPlace.addAll(flow.inPlace());
    }
    DataFlow withContracts = flow.withInPlace(List.copyOf(inPlace));
    ContractVerdict verdict = ContractMatcher.verdict(items);
    return new ContractCheck(flow.id(), edition, verdict, List.of(matcher.reason(verdict, items)), items,
        evaluateValid(withContracts, edition), provenance(edition));
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
    EvaluationResult result = assembler.assemble(subject, base, activations, provenance(edition));
    List<ChecklistItem> items = matcher.match(result.controls(), result.findings(), List.of(contract), false, false);
    ContractVerdict verdict = ContractMatcher.verdict(items);
    return new ContractCheck(contract.id(), edition, verdict, List.of(matcher.reason(verdict, items)), items, null,
        provenance(edition));
  }

  private static void insertFacts(KieSession session, DataFlow flow) {
    session.insert(flow);
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
      session.insert(flow.emergency());
    }
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
    return List.copyOf(bases.keySet());
  }

  @Override
  public List<RuleDescriptor> rules(Edition edition) {
    RuleBase base = base(edition);
    List<RuleDescriptor> out = new ArrayList<>();
    base.variantsById().forEach((id, variants) -> {
      if (!variants.get(0).classification()) {
        out.add(describe(base, variants));
      }
    });
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

  /** A rule id's variants share section and editions; its strength is the strongest of them. */
  private RuleDescriptor describe(RuleBase base, List<RuleMeta> variants) {
    List<Strength> order = Arrays.asList(Strength.PROHIBIT, Strength.MUST, Strength.SHOULD, Strength.INFO);
    RuleMeta strongest = variants.stream()
        .min((a, b) -> Integer.compare(order.indexOf(a.strength()), order.indexOf(b.strength())))
        .orElseThrow();
    return new RuleDescriptor(strongest.id(), strongest.section(), strongest.editions(), strongest.strength(),
        strongest.basis(), citations.of(strongest, base.edition()));
  }

  /** Every rule's metadata in an edition's rule base, classification rules included (for tests of the rule base). */
  List<RuleMeta> ruleMetas(Edition edition) {
    List<RuleMeta> out = new ArrayList<>();
    base(edition).variantsById().values().forEach(out::addAll);
    return out;
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
    RuleBase base = bases.get(edition);
    if (base == null) {
      throw new IllegalArgumentException("unknown edition: " + edition);
    }
    return base;
  }
}

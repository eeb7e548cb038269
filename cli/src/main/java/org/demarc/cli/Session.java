package org.demarc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.demarc.app.ContractCheckRequest;
import org.demarc.app.Editions;
import org.demarc.app.InputProblem;
import org.demarc.app.Limits;
import org.demarc.codec.Codec;
import org.demarc.codec.SourceLines;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RuleDescriptor;
import org.demarc.model.result.Text;
import org.demarc.model.result.Violation;
import org.demarc.report.OpenItem;
import org.demarc.report.Report;
import org.demarc.report.Sarif;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the commands of {@link DemarcCli} do once their options are parsed: reading input within the limits, calling
 * the engine, writing the answer in the chosen format, and the exit code for what it leaves open.
 */
final class Session {
  static final int OK = DemarcCli.OK;
  static final int FINDINGS = DemarcCli.FINDINGS;
  static final int BAD_INPUT = DemarcCli.BAD_INPUT;

  /** The same limits as the service's defaults (README "Limits"). */
  private static final Limits LIMITS = Limits.DEFAULT;
  private final PrintStream out;
  private final PrintStream err;
  private final InputStream stdin;
  private final EngineSupplier engines;
  /** For other files and standard input: built when first needed (a run reading JSON files never builds it). */
  private YAMLMapper yamlReader;
  /** For files named *.json: the same strictness, a JSON parser (several times faster than YAML's on the same text). */
  private final JsonMapper jsonReader = Codec.strict(JsonMapper.builder()).build();
  private final String language;
  /** Writes JSON answers; built when first needed (a text report needs none). */
  private JsonMapper writer;

  Session(InputStream stdin, PrintStream out, PrintStream err, EngineSupplier engines, String language) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    // built once, when first needed (a command that fails on its input never builds it)
    DemarcEngine[] built = new DemarcEngine[1];
    this.engines = () -> built[0] != null ? built[0] : (built[0] = engines.get());
    this.language = language;
  }

  /** Supplies the engine only when a command needs it (help and usage errors do not). */
  interface EngineSupplier {
    DemarcEngine get();
  }

  /** Bad input or usage: the lines to print on standard error; exit 2. */
  static class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    BadInput(List<String> lines) {
      super(String.join("\n", lines));
      this.lines = lines;
    }

    List<String> lines() {
      return lines;
    }

    BadInput(String line) {
      this(List.of(line));
    }
  }

  /**
   * Input that cannot be read into the vocabulary or is over a limit: each reason with its pointer, printed as
   * {@code file:line: pointer: code: message} lines ({@code validate --format json} writes them as its errors).
   */
  static final class Unreadable extends BadInput {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    Unreadable(List<String> lines, List<Violation> violations) {
      super(lines);
      this.violations = violations;
    }

    List<Violation> violations() {
      return violations;
    }
  }

  /** Input that cannot be read or is over a limit, for these reasons. */
  private Unreadable unreadable(Input in, List<Violation> violations) {
    return new Unreadable(violations.stream().map(v -> line(in, v)).toList(), violations);
  }

  /** A file (or standard input) as read, with the lines of its JSON pointers worked out once, when first needed. */
  static final class Input {
    private final String name;
    private final String source;
    private final byte[] bytes;
    private SourceLines lines;
    private boolean aliasesChecked;

    Input(String name, String source, byte[] bytes) {
      this.name = name;
      this.source = source;
      this.bytes = bytes;
    }

    /** Whether the file is named as JSON (read with the JSON parser; anything else, standard input too, as YAML). */
    boolean json() {
      return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    String source() {
      return source;
    }

    SourceLines lines() {
      if (lines == null) {
        lines = SourceLines.of(source);
      }
      return lines;
    }

    /** The file as a SARIF artifact URI: the path as given, with forward slashes. */
    String uri() {
      return "-".equals(name) ? "stdin" : name.replace('\\', '/');
    }

    String label() {
      return "-".equals(name) ? "<stdin>" : name;
    }
  }

  // ----- commands

  int evaluate(Input in, Edition edition, Output output, OpenItem.Level failOn) {
    DataFlow flow = parse(in, DataFlow.class);
    EvaluationResult r = checked(in, () -> engines.get().evaluate(flow, edition));
    List<OpenItem> open = OpenItem.of(r);
    return answer(output, r, () -> Report.evaluation(flow, r, language), open, in,
        runProperties(flow.id(), edition, r.verdict().name(), r.provenance()), failOn);
  }

  /**
   * {@code demarc evaluate FILE...}: one flow is answered as above; several, from several files or from a batch file
   * ({@code flows:}, the body of {@code POST /api/v1/evaluations/batch}), each get their own answer or their own
   * errors, written together (JSON: one item per flow; text: one report after another; SARIF: one run per flow), the
   * errors also on standard error; bad input anywhere is exit 2 once every other flow is answered.
   */
  int evaluate(List<String> files, Edition edition, Output output, OpenItem.Level failOn) {
    Input only = null;
    JsonNode onlyTree = null;
    if (files.size() == 1) {
      only = read(files.get(0));
      onlyTree = parse(only, JsonNode.class);
      if (!onlyTree.has("flows")) {
        return evaluate(only, edition, output, failOn);
      }
    } else if (files.isEmpty()) {
      one(files, "FLOW");
    }
    if (output.format != Format.JSON && output.format != Format.TEXT && output.format != Format.SARIF) {
      throw new BadInput(say("複数のフローの評価は text・json・sarif で出力します。markdown や html はフローごとに評価してください",
          "several flows are answered as text, json or sarif; evaluate one flow at a time for markdown or html"));
    }
    List<Item> items = new ArrayList<>();
    for (String name : files) {
      Input in = only;  // a file is read once: standard input cannot be read again
      try {
        in = in != null ? in : read(name);
        JsonNode node = onlyTree != null ? onlyTree : parse(in, JsonNode.class);  // the one file's is parsed above
        if (node.has("flows")) {
          items.addAll(batch(in, node));
        } else {
          items.add(new Item(in.label(), in, null, "", parse(in, DataFlow.class), List.of(), List.of()));
        }
      } catch (BadInput e) {
        items.add(new Item(in == null ? name : in.label(), in, null, "", null, List.of(), e.lines()));
      }
    }
    List<Map<String, Object>> json = new ArrayList<>();
    List<Object> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<OpenItem> open = new ArrayList<>();
    boolean bad = false;
    for (Item item : items) {
      String prefix = item.prefix();
      List<String> errors = item.errors();
      EvaluationResult r = null;
      if (item.flow() != null) {
        try {
          r = engines.get().evaluate(item.flow(), edition);
        } catch (InvalidFlowException e) {
          errors = e.violations().stream().map(v -> line(item.in(), new Violation(prefix + v.pointer(), v.code(),
              v.message()))).toList();
        }
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", item.file());
      if (item.index() != null) {
        entry.put("index", item.index());
      }
      String label = item.file() + (item.index() == null ? "" : " " + prefix);
      if (r == null) {
        bad = true;
        entry.put("errors", errors);
        errors.forEach(line -> err.println("demarc: " + safe(line)));
      } else {
        List<OpenItem> flowOpen = OpenItem.of(r);
        open.addAll(flowOpen);
        entry.put("evaluation", r);
        DataFlow flow = item.flow();
        switch (output.format) {
          case SARIF -> {
            Input in = item.in();
            runs.addAll((List<?>) Sarif.log(flowOpen, in.uri(), p -> in.lines().lineOf(prefix + p), language,
                engines.get().engineVersion(), runProperties(flow.id(), edition, r.verdict().name(), r.provenance()))
                .get("runs"));
          }
          case TEXT -> text.append(text.isEmpty() ? "" : "\n").append("== ").append(label).append(" ==\n\n")
              .append(safe(Report.evaluation(flow, r, language).text()));
          default -> { }
        }
      }
      json.add(entry);
    }
    err.flush();
    output.write(switch (output.format) {
      case JSON -> {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("edition", edition.name());
        doc.put("items", json);
        yield json(doc);
      }
      case SARIF -> {
        Map<String, Object> log = new LinkedHashMap<>(Sarif.log(List.of(), "", p -> 1, language,
            engines.get().engineVersion(), Map.of()));
        log.put("runs", runs);
        yield json(log);
      }
      default -> text.toString();
    });
    return bad ? BAD_INPUT : exit(open, failOn);
  }

  /**
   * A flow of a file, among several to evaluate or analyse: the file it is in, its place in a batch file (null for a
   * file of one flow), where it stands in the file ({@code /flows/i}, {@code /flow} or the root), the flow read with
   * the contracts its file brings, or the errors that kept it from being read.
   */
  private record Item(String file, Input in, Integer index, String prefix, DataFlow flow, List<Contract> contracts,
      List<String> errors) {}

  /** The flows of a batch file ({@code flows:}), each read on its own so that one bad flow spoils only itself. */
  private List<Item> batch(Input in, JsonNode node) {
    JsonNode flows = batchFlows(in, node);
    List<Item> items = new ArrayList<>(flows.size());
    for (int i = 0; i < flows.size(); i++) {
      List<Violation> unread = new ArrayList<>();
      String prefix = "/flows/" + i;
      DataFlow flow = batchFlow(flows.get(i), prefix, in, unread);
      items.add(new Item(in.label(), in, i, prefix, flow, List.of(), unread.stream().map(v -> line(in, v)).toList()));
    }
    return items;
  }

  /** The flows of a batch file: only {@code flows}, a list, not empty, and within the batch limit. */
  private JsonNode batchFlows(Input in, JsonNode node) {
    List<Violation> unknown = new ArrayList<>();
    for (String name : node.propertyNames()) {
      if (!"flows".equals(name)) {
        unknown.add(new Violation("/" + name, "unknown_field",
            org.demarc.app.Messages.text("field.unknown", "field", name)));
      }
    }
    if (!unknown.isEmpty()) {
      throw unreadable(in, unknown);
    }
    JsonNode flows = node.get("flows");
    if (!flows.isArray() || flows.isEmpty()) {
      throw unreadable(in, List.of(new Violation("/flows", "empty_batch",
          org.demarc.app.Messages.of(org.demarc.app.ErrorCode.EMPTY_BATCH))));
    }
    try {
      LIMITS.requireBatch(flows.size(), "/flows");
    } catch (InputProblem p) {
      throw unreadable(in, p.violations());
    }
    return flows;
  }

  /** One flow of a batch file, or null with why it cannot be read added to {@code unread} (rooted in the file). */
  private DataFlow batchFlow(JsonNode node, String prefix, Input in, List<Violation> unread) {
    try {
      DataFlow flow = (in.json() ? jsonReader : yaml()).treeToValue(node, DataFlow.class);
      List<Violation> over = LIMITS.check(flow, prefix);
      unread.addAll(over);
      return over.isEmpty() ? flow : null;
    } catch (JacksonException e) {
      unread.addAll(Codec.violations(in.json() ? jsonReader : yaml(), node, DataFlow.class, e, prefix));
      return null;
    }
  }

  int compare(Input in, Edition from, Edition to, Output output, OpenItem.Level failOn) {
    DataFlow flow = parse(in, DataFlow.class);
    EditionComparison c = checked(in, () -> engines.get().compare(flow, from, to));
    List<OpenItem> open = OpenItem.of(c.toResult());
    Map<String, Object> props = runProperties(flow.id(), to, c.toVerdict().name(), c.toResult().provenance());
    props.put("comparedWith", from.name());
    props.put("comparedVerdict", c.fromVerdict().name());
    return answer(output, c, () -> Report.comparison(flow, c, engines.get().changes(from, to), language), open, in,
        props, failOn);
  }

  int checkContracts(List<String> files, Edition edition, Output output, OpenItem.Level failOn) {
    if (files.isEmpty() || files.size() > 2) {
      throw new BadInput(say("check-contracts にはフローと契約の 2 ファイル（FLOW CONTRACTS）か、`flow:` と `contracts:` を持つ 1 ファイルを指定してください",
          "check-contracts takes FLOW CONTRACTS, or one file with `flow:` and `contracts:`"));
    }
    Input first = read(files.get(0));
    DataFlow flow;
    List<Contract> contracts;
    Input contractsInput;
    String listPointer = "/contracts";
    if (files.size() == 1) {
      if (!parse(first, JsonNode.class).has("flow")) {
        throw new BadInput(first.label() + ": check-contracts takes FLOW CONTRACTS, or one file with `flow:` and "
            + "`contracts:`");
      }
      ContractCheckRequest request = parse(first, ContractCheckRequest.class);
      flow = request.flow();
      List<Violation> over = flow == null ? List.of() : LIMITS.check(flow, "/flow");
      if (!over.isEmpty()) {
        throw new BadInput(over.stream().map(v -> line(first, v)).toList());
      }
      contracts = request.contracts();
      contractsInput = first;
    } else {
      flow = parse(first, DataFlow.class);
      contractsInput = read(files.get(1));
      JsonNode tree = parse(contractsInput, JsonNode.class);
      if (tree.isArray()) {
        contracts = List.of(parse(contractsInput, Contract[].class));
        listPointer = "";
      } else {
        contracts = parse(contractsInput, ContractList.class).contracts();
      }
    }
    ContractCheck c = checked(first, () -> engines.get().checkContracts(flow, contracts, edition));
    List<OpenItem> open = OpenItem.of(c, contracts == null ? List.of() : contracts, listPointer);
    return answer(output, c, () -> Report.contractCheck(flow, c, language), open, contractsInput,
        runProperties(flow.id(), edition, c.verdict().name(), c.provenance()), failOn);
  }

  int reviewContract(Input in, Edition edition, Output output, OpenItem.Level failOn) {
    Contract contract = parse(in, Contract.class);
    ContractCheck c = checked(in, () -> engines.get().reviewContract(contract, edition));
    // a missing clause belongs in the contract's clause list
    List<OpenItem> open = OpenItem.of(c).stream().map(o -> o.at("/clauses")).toList();
    return answer(output, c, () -> Report.contractCheck(null, c, language), open, in,
        runProperties(contract.id(), edition, c.verdict().name(), c.provenance()), failOn);
  }

  int validate(Input in, Format format) {
    String kind = "unreadable"; // until the file's shape is known
    List<Violation> violations;
    try {
      JsonNode tree = parse(in, JsonNode.class);
      kind = tree.has("flows") ? "batch" : tree.has("flow") ? "flow and contracts"
          : tree.has("clauses") || tree.has("counterparty") ? "contract" : "flow";
      violations = structuralErrors(in, tree, kind);
    } catch (Unreadable e) { // fields that cannot be read are this file's errors too, in every format
      violations = e.violations();
    }
    if (format == Format.JSON) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("file", in.label());
      body.put("kind", kind);
      body.put("valid", violations.isEmpty());
      body.put("errors", violations);
      out.println(writer().writeValueAsString(body));
    } else {
      String kindJa = switch (kind) {
        case "flow" -> "フロー";
        case "contract" -> "契約";
        case "batch" -> "フローの一括";
        case "unreadable" -> "ファイル";
        default -> "フローと契約";
      };
      String kindEn = "unreadable".equals(kind) ? "file" : kind;
      out.println(in.label() + ": " + (violations.isEmpty() ? say("有効な" + kindJa + "です", "valid " + kindEn)
          : say("無効な" + kindJa + "です", "invalid " + kindEn)));
    }
    if (!violations.isEmpty()) {
      throw new BadInput(violations.stream().map(v -> line(in, v)).toList());
    }
    return OK;
  }

  /** The errors of a file of a kind, read as a tree: its fields read, then the engine's structural checks. */
  private List<Violation> structuralErrors(Input in, JsonNode tree, String kind) {
    switch (kind) {
      case "batch" -> {
        // each flow checked on its own, its errors rooted in the file (/flows/i/...)
        List<Violation> found = new ArrayList<>();
        JsonNode flows = batchFlows(in, tree);
        for (int i = 0; i < flows.size(); i++) {
          String prefix = "/flows/" + i;
          DataFlow flow = batchFlow(flows.get(i), prefix, in, found);
          if (flow != null) {
            engines.get().validate(flow).forEach(v -> found.add(new Violation(prefix + v.pointer(), v.code(),
                v.message())));
          }
        }
        return found;
      }
      case "flow and contracts" -> {
        ContractCheckRequest request = parse(in, ContractCheckRequest.class);
        List<Violation> found = new ArrayList<>(request.missingFlow());
        found.addAll(ContractCheckRequest.rerooted(engines.get().validate(request.flow(), request.contracts())));
        return found;
      }
      case "contract" -> {
        return ContractCheckRequest.ofOneContract(engines.get().validate(null, List.of(parse(in, Contract.class))));
      }
      default -> {
        return engines.get().validate(parse(in, DataFlow.class));
      }
    }
  }

  int rules(List<String> args, Edition edition, Output output) {
    String sub = args.isEmpty() ? "list" : args.get(0);
    DemarcEngine engine = engines.get();
    switch (sub) {
      case "list" -> {
        if (args.size() > 1) {
          throw new BadInput(say("rules list はファイルを取りません", "rules list takes no file"));
        }
        List<RuleDescriptor> rules = engine.rules(edition);
        output.write(output.format == Format.JSON ? json(rules) : output.render(Report.rules(edition, rules, language)));
      }
      case "show" -> {
        if (args.size() != 2) {
          throw new BadInput(say("rules show にはルール ID を 1 つ指定してください（例: demarc rules show G-6.11-B1-09）",
              "rules show takes one rule id, e.g. demarc rules show G-6.11-B1-09"));
        }
        RuleDescriptor rule = engine.rule(edition, args.get(1)).orElseThrow(() -> new BadInput(say(
            edition.name() + " にルール `" + args.get(1) + "` はありません（demarc rules list --edition " + edition.name() + " を参照）",
            "no rule `" + args.get(1) + "` in " + edition.name() + " (see demarc rules list --edition " + edition.name() + ")")));
        output.write(output.format == Format.JSON ? json(rule) : output.render(Report.rule(rule, language)));
      }
      default -> throw new BadInput(say("rules には list か show ID を指定してください（`" + sub + "` ではなく）",
          "rules takes list or show ID, not `" + sub + "`"));
    }
    return OK;
  }

  int changes(List<String> args, String edition, Edition from, Edition to, Output output) {
    if (args.size() > 1) {
      throw new BadInput(say("rules changes はファイルを取りません", "rules changes takes no file"));
    }
    if (edition != null) {
      throw new BadInput(say("rules changes には --edition ではなく --from と --to を指定してください",
          "rules changes takes --from and --to, not --edition"));
    }
    GuidelineChanges changes = engines.get().changes(from, to);
    output.write(output.format == Format.JSON ? json(changes) : output.render(Report.guidelineChanges(changes, language)));
    return OK;
  }

  // ----- input


  /**
   * A contracts file that names its list.
   *
   * @param contracts the contracts
   */
  record ContractList(List<Contract> contracts) {}

  // ----- impact

  /** What {@code demarc impact} found in a directory: the contracts, and the flow files to analyse one by one. */
  private record Tree(List<Path> flowFiles, Map<String, List<Contract>> contractsByFlow, List<String> problems) {}

  /**
   * {@code demarc impact DIR}: every flow file under DIR (YAML or JSON; a file with {@code flow:} and
   * {@code contracts:} brings its own contracts) analysed under two editions with the contracts linked to it (a
   * contract file's {@code flows}), one flow at a time so memory stays bounded by the contracts and the report.
   */
  int impact(String dir, Edition from, Edition to, Output output, String failOn, boolean progress) {
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      throw new BadInput(dir + ": " + say("ディレクトリではありません", "not a directory"));
    }
    Tree tree = scan(root);
    long total = tree.flowFiles().size();
    long done = 0;
    long flows = 0;
    long changed = 0;
    long verdicts = 0;
    long amend = 0;
    long errors = tree.problems().size();
    List<org.demarc.model.result.FlowImpact> shown = new ArrayList<>();
    List<Object> all = new ArrayList<>();
    StringBuilder csv = new StringBuilder(org.demarc.report.ImpactCsv.HEADER);
    List<String> errorLines = new ArrayList<>(tree.problems());
    // a flow id is the key its rows and its linked contracts go by: two files giving one id (a flow file and a file
    // of the same flow with its contracts, or a copy edited apart) are both analysed, and said so
    Map<String, Path> firstWithId = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Path file : tree.flowFiles()) {
      String rel = root.relativize(file).toString();
      // the flows of the file, each with the contracts it brings: one, or each of a batch file's (flows:)
      List<Item> units = new ArrayList<>();
      Input in = null;
      try {
        in = read(file.toString());
        JsonNode node = parse(in, JsonNode.class);
        if (node.has("flow")) {
          ContractCheckRequest request = parse(in, ContractCheckRequest.class);
          units.add(new Item(in.label(), in, null, "/flow", request.flow(),
              request.contracts() == null ? List.of() : request.contracts(), List.of()));
        } else if (node.has("flows")) {
          units.addAll(batch(in, node));
        } else {
          units.add(new Item(in.label(), in, null, "", parse(in, DataFlow.class), List.of(), List.of()));
        }
      } catch (BadInput e) {
        units.add(new Item(rel, in, null, "", null, List.of(), e.lines()));
      }
      for (Item unit : units) {
        org.demarc.model.result.FlowImpact impact = null;
        String flowId = rel + (unit.index() == null ? "" : " " + unit.prefix());
        String error = null;
        try {
          if (!unit.errors().isEmpty()) {
            throw new BadInput(unit.errors());
          }
          DataFlow flow = unit.flow();
          if (flow == null || flow.id() == null) {
            throw new BadInput(in.label() + (unit.index() == null ? "" : ": /flows/" + unit.index()) + ": "
                + say("フローに `id` がありません", "the flow has no id"));
          }
          flowId = flow.id();
          Path first = firstWithId.putIfAbsent(flowId, file);
          if (first != null) {
            warnings.add(file + ": " + say("フロー ID `" + flowId + "` は " + first + " のフロー ID でもあります。どちらも分析し、"
                + "同じ ID で報告します", "the flow id `" + flowId + "` is also the id of " + first
                + ": both are analysed and reported under it"));
          }
          List<Contract> contracts = new ArrayList<>(unit.contracts());
          contracts.addAll(tree.contractsByFlow().getOrDefault(flow.id(), List.of()));
          String prefix = unit.prefix();
          Input source = in;
          try {
            impact = engines.get().impact(flow, contracts, from, to);
          } catch (InvalidFlowException e) {
            throw new BadInput(e.violations().stream().map(v -> line(source, new Violation(
                v.pointer().startsWith("/contracts") ? v.pointer() : prefix + v.pointer(), v.code(), v.message())))
                .toList());
          }
        } catch (BadInput e) {
          error = String.join("; ", e.lines());
          errorLines.addAll(e.lines());
          errors++;
        }
        if (impact != null && impact.changes()) {
          changed++;
          if (shown.size() < 500) {
            shown.add(impact);
          }
        }
        if (impact != null && impact.verdictChanged()) {
          verdicts++;
        }
        if (impact != null && !impact.contractsToAmend().isEmpty()) {
          amend++;
        }
        if (output.format == Format.CSV) {
          csv.append(org.demarc.report.ImpactCsv.row(flowId, 0, error, impact));
        } else if (output.format == Format.JSON) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("file", rel);
          if (unit.index() != null) {
            row.put("index", unit.index());
          }
          if (impact != null) {
            writer().<tools.jackson.databind.node.ObjectNode>valueToTree(impact).properties()
                .forEach(e -> row.put(e.getKey(), e.getValue()));
          } else {
            row.put("flowId", flowId);
            row.put("error", error);
          }
          all.add(row);
        }
      }
      done++;
      flows += units.size();
      if (progress) {
        progress(done, total);
      }
    }
    if (progress && total > 0) {
      err.println();
    }
    for (String line : errorLines) {
      err.println("demarc: " + line);
    }
    for (String line : warnings) {
      err.println("demarc: " + say("警告", "warning") + ": " + line);
    }
    org.demarc.report.ImpactSummary summary = new org.demarc.report.ImpactSummary(root.getFileName() == null
        ? dir : root.getFileName().toString(), from, to, "DONE", flows, flows, changed, verdicts, amend, errors);
    switch (output.format) {
      case CSV -> output.write(csv.toString());
      case JSON -> {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("summary", summary);
        doc.put("flows", all);
        output.write(json(doc));
      }
      default -> output.write(output.render(org.demarc.report.Report.impact(summary, shown,
          Math.max(0, changed - shown.size()), language)));
    }
    if (!tree.problems().isEmpty() || errors > 0) {
      return BAD_INPUT;
    }
    boolean open = switch (failOn) {
      case "any" -> changed > 0;
      case "verdict" -> verdicts > 0 || amend > 0;
      default -> false;
    };
    return open ? FINDINGS : OK;
  }

  /** A message of the command line's own (files, directories) in the language asked. */
  String say(String ja, String en) {
    return say(language, ja, en);
  }

  /** The Japanese or the English, as the language asks (the rule the answers' texts follow, Text#in). */
  static String say(String language, String ja, String en) {
    return new org.demarc.model.result.Text(ja, en).in(language);
  }

  private void progress(long done, long total) {
    int width = 30;
    int filled = total == 0 ? width : (int) (done * width / total);
    err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " flows");
    err.flush();
  }

  /** Finds the flow files under the directory and reads the contracts (linked to flows by their {@code flows}). */
  private Tree scan(Path root) {
    List<Path> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
      }).sorted().toList();
    } catch (IOException e) {
      throw new BadInput(root + ": cannot read: " + e.getMessage());
    }
    List<Path> flows = new ArrayList<>();
    Map<String, List<Contract>> contracts = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Input in = read(file.toString());
        JsonNode node = parse(in, JsonNode.class);
        if (node.has("clauses") || node.has("counterparty")) {
          Contract c = parse(in, Contract.class);
          for (String flow : c.flowIds()) {
            contracts.computeIfAbsent(flow, k -> new ArrayList<>()).add(c);
          }
        } else if (node.has("contracts") && !node.has("flow")) {
          for (Contract c : parse(in, ContractList.class).contracts()) {
            for (String flow : c.flowIds()) {
              contracts.computeIfAbsent(flow, k -> new ArrayList<>()).add(c);
            }
          }
        } else {
          flows.add(file);
        }
      } catch (BadInput e) {
        problems.addAll(e.lines());
      }
    }
    return new Tree(flows, contracts, problems);
  }

  Input one(List<String> files, String what) {
    if (files.size() != 1) {
      throw new BadInput(files.isEmpty()
          ? say(what + " のファイルを指定してください（標準入力は -）", "name the " + what + " file, or - for standard input")
          : say(what + " のファイルは 1 つです（" + files.size() + " 個指定されました）",
              "one " + what + " file expected, got " + files.size()));
    }
    return read(files.get(0));
  }

  private Input read(String name) {
    try {
      byte[] bytes;
      try (InputStream in = "-".equals(name) ? stdin : Files.newInputStream(Path.of(name))) {
        bytes = LIMITS.read(in);
      }
      return new Input(name, new String(bytes, StandardCharsets.UTF_8), bytes);
    } catch (InputProblem e) {
      throw new BadInput(("-".equals(name) ? "<stdin>" : name) + ": " + e.code().code() + ": " + e.text().in(language));
    } catch (java.io.UncheckedIOException e) {
      throw new BadInput(name + ": cannot read: " + e.getCause().getMessage());
    } catch (NoSuchFileException e) {
      throw new BadInput(name + ": " + say("ファイルがありません", "no such file"));
    } catch (IOException e) {
      throw new BadInput(name + ": cannot read: " + e.getMessage());
    }
  }

  private JsonMapper writer() {
    if (writer == null) {
      writer = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> this.language))
          .enable(SerializationFeature.INDENT_OUTPUT).build();
    }
    return writer;
  }

  private YAMLMapper yaml() {
    if (yamlReader == null) {
      yamlReader = Codec.strictYaml();
    }
    return yamlReader;
  }

  private <T> T parse(Input in, Class<T> type) {
    if (in.source().isBlank()) {
      throw new BadInput(in.label() + ": " + say("入力が空です", "empty input"));
    }
    try {
      if (!in.aliasesChecked) {
        if (!in.json()) {
          Codec.scan(yaml(), in.bytes);
        }
        in.aliasesChecked = true;
      }
      T value = (in.json() ? jsonReader : yaml()).readValue(in.source(), type);
      if (value instanceof DataFlow flow) {
        List<Violation> over = LIMITS.check(flow, "");
        if (!over.isEmpty()) {
          throw unreadable(in, over);
        }
      }
      return value;
    } catch (JacksonException e) {
      // every field that cannot be read, not only the first
      throw unreadable(in, Codec.violations(in.json() ? jsonReader : yaml(), in.bytes, type, e, ""));
    }
  }

  private interface Call<T> {
    T call();
  }

  /** Runs an engine call, turning structural errors into bad input with pointers. */
  private <T> T checked(Input in, Call<T> call) {
    try {
      return call.call();
    } catch (InvalidFlowException e) {
      throw new BadInput(e.violations().stream().map(v -> line(in, v)).toList());
    }
  }

  private String line(Input in, Violation v) {
    return in.label() + ":" + in.lines().lineOf(v.pointer()) + ": " + (v.pointer().isEmpty() ? "/" : v.pointer())
        + ": " + v.code() + ": " + v.message().in(language);
  }

  /** The edition an option names, or the fallback when it names none; an unknown name is bad input. */
  Edition edition(String name, String option, Edition fallback) {
    try {
      return Editions.parse(name, fallback, "--" + option);
    } catch (InputProblem e) {
      throw new BadInput("--" + option + ": " + e.text().in(language));
    }
  }

  OpenItem.Level failOn(String value) {
    return switch (choice("fail-on", value, List.of("must", "should", "never"))) {
      case "must" -> OpenItem.Level.MUST;
      case "should" -> OpenItem.Level.REVIEW;
      default -> null;
    };
  }

  String choice(String option, String value, List<String> allowed) {
    return choice(option, value, allowed, language);
  }

  /** The value when the option allows it; otherwise bad input, in the language given, naming the allowed values. */
  static String choice(String option, String value, List<String> allowed, String language) {
    if (!allowed.contains(value)) {
      throw new BadInput("--" + option + ": " + say(language,
          "`" + value + "` は使えない値です。次のいずれかを指定してください: " + String.join(", ", allowed),
          "unknown value `" + value + "`, expected one of " + String.join(", ", allowed)));
    }
    return value;
  }

  /** The report format an option names, if this command can write it; otherwise bad input naming those it can. */
  Format format(String value, List<Format> allowed) {
    String names = String.join(", ", allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    return Format.of(value, allowed).orElseThrow(() -> new BadInput("--format: " + say(
        "`" + value + "` は使えないか、ここでは使えない値です。次のいずれかを指定してください: " + names,
        "unknown or unusable value `" + value + "` here, expected one of " + names)));
  }

  // ----- output

  /** Writes the answer in the chosen format and returns the exit code for what it leaves open. */
  private int answer(Output output, Object json, Supplier<Report> report, List<OpenItem> open, Input sarifInput,
      Map<String, Object> runProperties, OpenItem.Level failOn) {
    output.write(switch (output.format) {
      case JSON -> json(json);
      case SARIF -> sarif(open, sarifInput, runProperties);
      default -> output.render(report.get());
    });
    return exit(open, failOn);
  }

  private static int exit(List<OpenItem> open, OpenItem.Level failOn) {
    OpenItem.Level worst = OpenItem.worst(open);
    return failOn != null && worst != null && worst.atOrAbove(failOn) ? FINDINGS : OK;
  }

  private String json(Object value) {
    return writer().writeValueAsString(value) + "\n";
  }

  private String sarif(List<OpenItem> open, Input in, Map<String, Object> properties) {
    return json(Sarif.log(open, in.uri(), in.lines()::lineOf, language, engines.get().engineVersion(), properties));
  }

  private static Map<String, Object> runProperties(String subject, Edition edition, String verdict,
      Provenance provenance) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("subject", subject);
    props.put("edition", edition.name());
    props.put("verdict", verdict);
    if (provenance != null) {
      props.put("ruleSetVersion", provenance.ruleSetVersion());
      props.put("contentHash", provenance.contentHash());
    }
    return props;
  }

  /**
   * Text for a terminal: control characters (escape sequences that could recolour or rewrite the terminal, from a
   * name or description in the input) are shown as {@code \\uXXXX}; line breaks and tabs stay.
   */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  enum Format {
    TEXT, JSON, MARKDOWN, HTML, SARIF, CSV;

    /** The formats of the commands that report on one subject. */
    static final List<Format> REPORTS = List.of(TEXT, JSON, MARKDOWN, HTML, SARIF);

    static java.util.Optional<Format> of(String value, List<Format> allowed) {
      return allowed.stream().filter(f -> f.name().equalsIgnoreCase(value)).findFirst();
    }
  }

  /** Where and how a report is written: standard output or a file (Markdown: with its diagram next to it). */
  final class Output {
    final Format format;
    final Path file;

    Output(Format format, String file) {
      this.format = format;
      this.file = file == null || file.equals("-") ? null : Path.of(file);
    }

    String render(Report report) {
      return switch (format) {
        case MARKDOWN -> file == null ? report.markdown() : report.markdown(svg -> {
          String name = file.getFileName().toString();
          String svgName = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".svg";
          writeFile(file.resolveSibling(svgName), svg);
          return svgName;
        });
        case HTML -> report.html();
        default -> safe(report.text());
      };
    }

    void write(String content) {
      if (file == null) {
        out.print(content);
        out.flush();
      } else {
        writeFile(file, content);
        err.println("demarc: wrote " + file);
      }
    }

    private void writeFile(Path path, String content) {
      try {
        if (path.toAbsolutePath().getParent() != null) {
          Files.createDirectories(path.toAbsolutePath().getParent());
        }
        Files.writeString(path, content);
      } catch (IOException e) {
        throw new BadInput(path + ": cannot write: " + e.getMessage());
      }
    }
  }
}

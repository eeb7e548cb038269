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
 * The {@code demarc} command line: the engine without a server, for pipelines and people. Reads flows and contracts
 * as YAML or JSON, writes text, JSON, Markdown, HTML or SARIF, and exits 0 when nothing is open at or above the
 * {@code --fail-on} level, 1 when something is, 2 on bad input or usage.
 */
public final class DemarcCli {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int BAD_INPUT = 2;

  private static final Set<String> REPORT_OPTIONS = Set.of("edition", "lang", "format", "output", "fail-on");
  private static final Map<String, Set<String>> OPTIONS = Map.of(
      "evaluate", REPORT_OPTIONS,
      "compare", Set.of("from", "to", "lang", "format", "output", "fail-on"),
      "check-contracts", REPORT_OPTIONS,
      "review-contract", REPORT_OPTIONS,
      "validate", Set.of("lang", "format"),
      "rules", Set.of("edition", "lang", "format", "output"));
  private static final Set<String> VALUED = Set.of("edition", "from", "to", "lang", "format", "output", "fail-on");

  /** The same limits as the service's defaults (README "Limits"). */
  private static final Limits LIMITS = Limits.DEFAULT;
  private final PrintStream out;
  private final PrintStream err;
  private final InputStream stdin;
  private final EngineSupplier engines;
  private final YAMLMapper reader = Codec.strictYaml();
  private String language = "en";
  private JsonMapper writer;

  private DemarcCli(InputStream stdin, PrintStream out, PrintStream err, EngineSupplier engines) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.engines = engines;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.getenv(), DemarcEngine::create));
  }

  /** Supplies the engine only when a command needs it (help and usage errors do not). */
  interface EngineSupplier {
    DemarcEngine get();
  }

  /** Bad input or usage: the lines to print on standard error; exit 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    BadInput(List<String> lines) {
      super(String.join("\n", lines));
      this.lines = lines;
    }

    BadInput(String line) {
      this(List.of(line));
    }
  }

  /** A file (or standard input) as read, with the lines of its JSON pointers worked out once, when first needed. */
  private static final class Input {
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

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
      EngineSupplier engines) {
    DemarcCli cli = new DemarcCli(stdin, out, err, engines);
    String lang = env.getOrDefault("LC_ALL", env.getOrDefault("LANG", ""));
    cli.language = lang.startsWith("ja") ? "ja" : "en";
    try {
      return cli.run(args);
    } catch (BadInput e) {
      e.lines.forEach(line -> err.println("demarc: " + line));
      return BAD_INPUT;
    }
  }

  private int run(String[] args) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        help = true;
      } else if (a.equals("--version")) {
        out.println("demarc " + engines.get().engineVersion());
        return OK;
      } else if (a.startsWith("--") || a.equals("-o")) {
        String name = a.equals("-o") ? "output" : a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (!VALUED.contains(name)) {
          throw new BadInput("unknown option --" + name + " (see demarc help)");
        }
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new BadInput("option --" + name + " needs a value");
          }
          value = args[++i];
        }
        options.put(name, value);
      } else {
        positional.add(a);
      }
    }
    String command = positional.isEmpty() ? null : positional.get(0);
    if ("help".equals(command)) {
      String about = positional.size() > 1 ? positional.get(1) : null;
      return help("help".equals(about) ? null : about);
    }
    if (help || command == null) {
      return help(command);
    }
    Set<String> allowed = OPTIONS.get(command);
    if (allowed == null) {
      throw new BadInput(List.of("unknown command `" + command + "`", "commands: " + String.join(", ",
          List.of("evaluate", "compare", "check-contracts", "review-contract", "validate", "rules", "help"))));
    }
    for (String name : options.keySet()) {
      if (!allowed.contains(name)) {
        throw new BadInput("demarc " + command + " does not take --" + name + " (see demarc help " + command + ")");
      }
    }
    if (options.containsKey("lang")) {
      language = choice("lang", options.get("lang"), List.of("ja", "en"));
    }
    writer = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> language))
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    Format format = Format.of(options.getOrDefault("format", "text"),
        command.equals("validate") ? List.of(Format.TEXT, Format.JSON)
            : command.equals("rules") ? List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML)
            : List.of(Format.values()));
    OpenItem.Level failOn = failOn(options.getOrDefault("fail-on", "must"));
    Output output = new Output(format, options.get("output"));
    List<String> files = positional.subList(1, positional.size());
    return switch (command) {
      case "evaluate" -> evaluate(one(files, "FLOW"), edition(options, "edition", Edition.newest()), output, failOn);
      case "compare" -> compare(one(files, "FLOW"), edition(options, "from", Edition.values()[0]),
          edition(options, "to", Edition.newest()), output, failOn);
      case "check-contracts" -> checkContracts(files, edition(options, "edition", Edition.newest()), output, failOn);
      case "review-contract" -> reviewContract(one(files, "CONTRACT"), edition(options, "edition", Edition.newest()),
          output, failOn);
      case "validate" -> validate(one(files, "FILE"), format);
      default -> rules(files, edition(options, "edition", Edition.newest()), output);
    };
  }

  private int help(String command) {
    if (command == null) {
      out.print(Help.MAIN);
      return OK;
    }
    String text = Help.COMMANDS.get(command);
    if (text == null) {
      throw new BadInput("unknown command `" + command + "` (see demarc help)");
    }
    out.print(text);
    return OK;
  }

  // ----- commands

  private int evaluate(Input in, Edition edition, Output output, OpenItem.Level failOn) {
    DataFlow flow = parse(in, DataFlow.class);
    EvaluationResult r = checked(in, () -> engines.get().evaluate(flow, edition));
    List<OpenItem> open = OpenItem.of(r);
    return answer(output, r, () -> Report.evaluation(flow, r, language), open, in,
        runProperties(flow.id(), edition, r.verdict().name(), r.provenance()), failOn);
  }

  private int compare(Input in, Edition from, Edition to, Output output, OpenItem.Level failOn) {
    DataFlow flow = parse(in, DataFlow.class);
    EditionComparison c = checked(in, () -> engines.get().compare(flow, from, to));
    List<OpenItem> open = OpenItem.of(c.toResult());
    Map<String, Object> props = runProperties(flow.id(), to, c.toVerdict().name(), c.toResult().provenance());
    props.put("comparedWith", from.name());
    props.put("comparedVerdict", c.fromVerdict().name());
    return answer(output, c, () -> Report.comparison(flow, c, language), open, in, props, failOn);
  }

  private int checkContracts(List<String> files, Edition edition, Output output, OpenItem.Level failOn) {
    if (files.isEmpty() || files.size() > 2) {
      throw new BadInput("check-contracts takes FLOW CONTRACTS, or one file with `flow:` and `contracts:`");
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
      CheckRequest request = parse(first, CheckRequest.class);
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

  private int reviewContract(Input in, Edition edition, Output output, OpenItem.Level failOn) {
    Contract contract = parse(in, Contract.class);
    ContractCheck c = checked(in, () -> engines.get().reviewContract(contract, edition));
    // a missing clause belongs in the contract's clause list
    List<OpenItem> open = OpenItem.of(c).stream().map(o -> o.at("/clauses")).toList();
    return answer(output, c, () -> Report.contractCheck(null, c, language), open, in,
        runProperties(contract.id(), edition, c.verdict().name(), c.provenance()), failOn);
  }

  private int validate(Input in, Format format) {
    JsonNode tree = parse(in, JsonNode.class);
    String kind;
    List<Violation> violations;
    if (tree.has("flow")) {
      kind = "flow and contracts";
      CheckRequest request = parse(in, CheckRequest.class);
      violations = new ArrayList<>();
      if (request.flow() == null) {
        violations.add(new Violation("/flow", "required", new Text("`flow` は必須です",
            "`flow` is required")));
      }
      for (Violation v : engines.get().validate(request.flow(), request.contracts())) {
        violations.add(v.pointer().startsWith("/contracts") ? v : new Violation("/flow" + v.pointer(), v.code(), v.message()));
      }
    } else if (tree.has("clauses") || tree.has("counterparty")) {
      kind = "contract";
      Contract contract = parse(in, Contract.class);
      violations = engines.get().validate(null, List.of(contract)).stream()
          .map(v -> new Violation(v.pointer().replaceFirst("^/contracts/0", ""), v.code(), v.message())).toList();
    } else {
      kind = "flow";
      violations = engines.get().validate(parse(in, DataFlow.class));
    }
    if (format == Format.JSON) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("file", in.label());
      body.put("kind", kind);
      body.put("valid", violations.isEmpty());
      body.put("errors", violations);
      out.println(writer.writeValueAsString(body));
    } else if (violations.isEmpty()) {
      out.println(in.label() + ": valid " + kind);
    } else {
      out.println(in.label() + ": invalid " + kind);
    }
    if (!violations.isEmpty()) {
      throw new BadInput(violations.stream().map(v -> line(in, v)).toList());
    }
    return OK;
  }

  private int rules(List<String> args, Edition edition, Output output) {
    String sub = args.isEmpty() ? "list" : args.get(0);
    DemarcEngine engine = engines.get();
    switch (sub) {
      case "list" -> {
        if (args.size() > 1) {
          throw new BadInput("rules list takes no file");
        }
        List<RuleDescriptor> rules = engine.rules(edition);
        output.write(output.format == Format.JSON ? json(rules) : output.render(Report.rules(edition, rules, language)));
      }
      case "show" -> {
        if (args.size() != 2) {
          throw new BadInput("rules show takes one rule id, e.g. demarc rules show G-6.11-B1-09");
        }
        RuleDescriptor rule = engine.rule(edition, args.get(1)).orElseThrow(() -> new BadInput("no rule `" + args.get(1)
            + "` in " + edition.name() + " (see demarc rules list --edition " + edition.name() + ")"));
        output.write(output.format == Format.JSON ? json(rule) : output.render(Report.rule(rule, language)));
      }
      default -> throw new BadInput("rules takes list or show ID, not `" + sub + "`");
    }
    return OK;
  }

  // ----- input

  /**
   * The body of check-contracts and validate when flow and contracts come in one file.
   *
   * @param flow the flow
   * @param contracts the contracts between its parties
   */
  record CheckRequest(DataFlow flow, List<Contract> contracts) {}

  /**
   * A contracts file that names its list.
   *
   * @param contracts the contracts
   */
  record ContractList(List<Contract> contracts) {}

  private Input one(List<String> files, String what) {
    if (files.size() != 1) {
      throw new BadInput(files.isEmpty() ? "name the " + what + " file, or - for standard input"
          : "one " + what + " file expected, got " + files.size());
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
      throw new BadInput(name + ": no such file");
    } catch (IOException e) {
      throw new BadInput(name + ": cannot read: " + e.getMessage());
    }
  }

  private <T> T parse(Input in, Class<T> type) {
    if (in.source().isBlank()) {
      throw new BadInput(in.label() + ": empty input");
    }
    try {
      if (!in.aliasesChecked) {
        Codec.scan(reader, in.bytes);
        in.aliasesChecked = true;
      }
      T value = reader.readValue(in.source(), type);
      if (value instanceof DataFlow flow) {
        List<Violation> over = LIMITS.check(flow, "");
        if (!over.isEmpty()) {
          throw new BadInput(over.stream().map(v -> line(in, v)).toList());
        }
      }
      return value;
    } catch (JacksonException e) {
      throw new BadInput(line(in, Codec.violation(e, "")));
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

  private static Edition edition(Map<String, String> options, String option, Edition fallback) {
    try {
      return Editions.parse(options.get(option), fallback, "--" + option);
    } catch (InputProblem e) {
      throw new BadInput("--" + option + ": " + e.text().en());
    }
  }

  private static OpenItem.Level failOn(String value) {
    return switch (choice("fail-on", value, List.of("must", "should", "never"))) {
      case "must" -> OpenItem.Level.MUST;
      case "should" -> OpenItem.Level.REVIEW;
      default -> null;
    };
  }

  private static String choice(String option, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new BadInput("--" + option + ": unknown value `" + value + "`, expected one of " + String.join(", ", allowed));
    }
    return value;
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
    return writer.writeValueAsString(value) + "\n";
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

  enum Format {
    TEXT, JSON, MARKDOWN, HTML, SARIF;

    static Format of(String value, List<Format> allowed) {
      for (Format f : allowed) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new BadInput("--format: unknown or unusable value `" + value + "` here, expected one of "
          + String.join(", ", allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
  }

  /** Where and how a report is written: standard output or a file (Markdown: with its diagram next to it). */
  private final class Output {
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
        default -> report.text();
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

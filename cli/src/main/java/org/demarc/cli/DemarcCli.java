package org.demarc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.ContractVerdict;
import org.demarc.model.result.Text;
import org.demarc.model.result.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The command line for pipelines. Reads a flow (or contracts) as YAML or JSON from a file or standard input, writes
 * the result as JSON to standard output, and exits by verdict: 0 compliant or covered, 1 conditions, not covered or
 * insufficient information, 2 non-compliant, prohibited or contract gaps, 3 bad input or usage.
 */
public final class DemarcCli {
  static final int OK = 0;
  static final int CONDITIONS = 1;
  static final int FAILED = 2;
  static final int USAGE = 3;

  private static final String HELP = """
      usage: demarc <command> [options] <file | ->

      commands:
        evaluate <flow>            evaluate a flow                      [--edition E] [--lang ja|en]
        compare <flow>             compare a flow between two editions  [--from E] [--to E] [--lang ja|en]
        check-contracts <request>  check {flow, contracts}              [--edition E] [--lang ja|en]
        review-contract <contract> check one contract on its own        [--edition E] [--lang ja|en]
        rules                      list the rules of an edition         [--edition E] [--lang ja|en]

      Files are YAML or JSON; - reads standard input. Editions: E2007_V2, E2008_V3 (default: the newest).
      Exit codes: 0 compliant / covered; 1 compliant with conditions, not covered by the edition, or insufficient
      information; 2 non-compliant, prohibited, or contract gaps; 3 bad input or usage.
      """;

  private DemarcCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, DemarcEngine::create));
  }

  /** Supplies the engine only when a command needs it (help and usage errors do not). */
  interface EngineSupplier {
    DemarcEngine get();
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, EngineSupplier engines) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        out.print(HELP);
        return OK;
      }
      if (a.startsWith("--") && a.length() > 2) {
        if (i + 1 >= args.length) {
          err.println("demarc: option " + a + " needs a value");
          return USAGE;
        }
        options.put(a.substring(2), args[++i]);
      } else {
        positional.add(a);
      }
    }
    if (positional.isEmpty()) {
      err.print(HELP);
      return USAGE;
    }
    String command = positional.get(0);
    String language = options.getOrDefault("lang", "en");
    try {
      JsonMapper json = output(language);
      YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
      switch (command) {
        case "evaluate" -> {
          DataFlow flow = yaml.readValue(input(positional, stdin), DataFlow.class);
          var result = engines.get().evaluate(flow, edition(options.get("edition"), Edition.newest()));
          out.println(json.writeValueAsString(result));
          return exit(result.verdict());
        }
        case "compare" -> {
          DataFlow flow = yaml.readValue(input(positional, stdin), DataFlow.class);
          var c = engines.get().compare(flow, edition(options.get("from"), Edition.values()[0]),
              edition(options.get("to"), Edition.newest()));
          out.println(json.writeValueAsString(c));
          return exit(c.toVerdict());
        }
        case "check-contracts" -> {
          CheckRequest request = yaml.readValue(input(positional, stdin), CheckRequest.class);
          if (request.flow() == null) {
            err.println("demarc: `flow` is required");
            return USAGE;
          }
          ContractCheck c = engines.get().checkContracts(request.flow(), request.contracts(),
              edition(options.get("edition"), Edition.newest()));
          out.println(json.writeValueAsString(c));
          return exit(c.verdict());
        }
        case "review-contract" -> {
          Contract contract = yaml.readValue(input(positional, stdin), Contract.class);
          ContractCheck c = engines.get().reviewContract(contract, edition(options.get("edition"), Edition.newest()));
          out.println(json.writeValueAsString(c));
          return exit(c.verdict());
        }
        case "rules" -> {
          out.println(json.writeValueAsString(engines.get().rules(edition(options.get("edition"), Edition.newest()))));
          return OK;
        }
        default -> {
          err.println("demarc: unknown command `" + command + "`");
          err.print(HELP);
          return USAGE;
        }
      }
    } catch (InvalidFlowException e) {
      e.violations().forEach(v -> err.println("demarc: " + v.pointer() + ": " + v.code() + ": " + v.message().in(language)));
      return USAGE;
    } catch (JacksonException e) {
      err.println("demarc: cannot read the input: " + e.getOriginalMessage());
      return USAGE;
    } catch (IllegalArgumentException | IOException e) {
      err.println("demarc: " + e.getMessage());
      return USAGE;
    }
  }

  /**
   * The body of check-contracts.
   *
   * @param flow the flow
   * @param contracts the contracts between its parties
   */
  record CheckRequest(DataFlow flow, List<Contract> contracts) {}

  private static String input(List<String> positional, InputStream stdin) throws IOException {
    if (positional.size() < 2) {
      throw new IllegalArgumentException("name a file, or - for standard input");
    }
    String name = positional.get(1);
    return "-".equals(name) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(name));
  }

  private static Edition edition(String name, Edition fallback) {
    if (name == null) {
      return fallback;
    }
    for (Edition e : Edition.values()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown edition `" + name + "`, expected one of " + List.of(Edition.values()));
  }

  /** JSON output with every ja/en text written in the chosen language. */
  private static JsonMapper output(String language) {
    if (!"ja".equals(language) && !"en".equals(language)) {
      throw new IllegalArgumentException("unknown language `" + language + "`, expected ja or en");
    }
    SimpleModule texts = new SimpleModule("demarc-text");
    texts.addSerializer(Text.class, new ValueSerializer<Text>() {
      @Override
      public void serialize(Text value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.in(language));
      }
    });
    return JsonMapper.builder().addModule(texts).enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  static int exit(Verdict verdict) {
    return switch (verdict) {
      case COMPLIANT -> OK;
      case COMPLIANT_WITH_CONDITIONS, NOT_COVERED_BY_EDITION, INSUFFICIENT_INFORMATION -> CONDITIONS;
      case NON_COMPLIANT, PROHIBITED -> FAILED;
    };
  }

  static int exit(ContractVerdict verdict) {
    return switch (verdict) {
      case COVERED, NOT_APPLICABLE -> OK;
      case COVERED_WITH_RECOMMENDATIONS -> CONDITIONS;
      case GAPS -> FAILED;
    };
  }
}

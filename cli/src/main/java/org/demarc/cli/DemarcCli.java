package org.demarc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.demarc.engine.DemarcEngine;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code demarc} command line: the engine without a server, for pipelines and people. Reads flows and contracts
 * as YAML or JSON, writes text, JSON, Markdown, HTML or SARIF, and exits 0 when nothing is open at or above the
 * {@code --fail-on} level, 1 when something is, 2 on bad input or usage. Parsing, help and completion are picocli's;
 * each command is its own class, and what they do once parsed is {@link Session}'s.
 */
@Command(name = "demarc", synopsisHeading = "", customSynopsis = "usage: demarc <command> [options] <file | ->",
    description = {"", "demarc: check flows of medical information against the MHLW guideline on responsibility "
        + "demarcation points (医療情報システムの安全管理に関するガイドライン 6.9-6.11), offline, the way a pipeline "
        + "runs a policy check.", ""},
    subcommands = {EvaluateCommand.class, CompareCommand.class, CheckContractsCommand.class, ImpactCommand.class,
        ReviewContractCommand.class, ValidateCommand.class, RulesCommand.class, CommandLine.HelpCommand.class,
        AutoComplete.GenerateCompletion.class},
    commandListHeading = "%ncommands:%n",
    footer = {"", "Files are YAML or JSON; - reads standard input. Run `demarc help COMMAND` for a command's options; "
        + "`demarc generate-completion` prints a bash/zsh completion script."},
    mixinStandardHelpOptions = true, usageHelpAutoWidth = false)
public final class DemarcCli implements Callable<Integer> {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int BAD_INPUT = 2;

  static {
    System.setProperty("demarc.editions", Options.EDITIONS);
  }

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Session.EngineSupplier engines;
  private CommandLine commandLine;

  private DemarcCli(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
      Session.EngineSupplier engines) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.env = env;
    this.engines = engines;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.getenv(), DemarcEngine::create));
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
      Session.EngineSupplier engines) {
    DemarcCli top = new DemarcCli(stdin, out, err, env, engines);
    CommandLine cli = new CommandLine(top);
    top.commandLine = cli;
    cli.getCommandSpec().versionProvider(() -> new String[] {"demarc " + engines.get().engineVersion()});
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(DemarcCli::usageError);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof Session.BadInput bad) {
        bad.lines().forEach(line -> err.println("demarc: " + Session.safe(line)));
        err.flush();
        return BAD_INPUT;
      }
      throw e;
    });
    return cli.execute(args);
  }

  /** Usage errors in Demarc's words, exit 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandName();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      if (first.startsWith("-")) {
        message = "demarc".equals(name) ? "unknown option " + first + " (see demarc help)"
            : "demarc " + name + " does not take " + first.replaceFirst("=.*", "") + " (see demarc help " + name + ")";
      } else if ("demarc".equals(name)) {
        message = "unknown command `" + first + "`\ncommands: "
            + String.join(", ", cmd.getSubcommands().keySet());
      } else {
        message = "demarc " + name + ": unexpected argument `" + first + "` (see demarc help " + name + ")";
      }
    } else if (e instanceof CommandLine.MissingParameterException) {
      message = message.replace("Missing required parameter", "missing").replace("Missing required option", "missing");
    }
    for (String line : message.split("\n")) {
      err.println("demarc: " + Session.safe(line));
    }
    err.flush();
    return BAD_INPUT;
  }

  /** Without a command: the overview. */
  @Override
  public Integer call() {
    commandLine.usage(commandLine.getOut());
    return OK;
  }

  /** A session for one command, in the language its --lang names or the environment's. */
  Session session(String lang) {
    String language = lang != null ? Session.choice("lang", lang, List.of("ja", "en"))
        : env.getOrDefault("LC_ALL", env.getOrDefault("LANG", "")).startsWith("ja") ? "ja" : "en";
    return new Session(stdin, out, err, engines, language);
  }

}

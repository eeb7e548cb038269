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
    System.exit(run(args, System.in, System.out, System.err, System.getenv(), building(args)));
  }

  /** The commands that work with the engine, by name, in the order help lists them. */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new java.util.LinkedHashMap<>();
    commands.put("evaluate", EvaluateCommand.class);
    commands.put("compare", CompareCommand.class);
    commands.put("check-contracts", CheckContractsCommand.class);
    commands.put("impact", ImpactCommand.class);
    commands.put("review-contract", ReviewContractCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("rules", RulesCommand.class);
    return java.util.Collections.unmodifiableMap(commands);
  }

  /**
   * The engine, built on a second thread from the start when the command named first works with it: building the
   * rule bases is most of a run's time, and the machine's other core parses the command line and reads and checks the
   * input meanwhile. A command that fails on its usage or input exits without waiting for it (the thread is a
   * daemon); one that needs the engine waits, and a failure to build it is raised there, as when it is built on the
   * same thread. Anything else (help, --version, an option first) builds it when it needs it, if it does.
   */
  static Session.EngineSupplier building(String[] args) {
    if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
      return DemarcEngine::create;
    }
    java.util.concurrent.FutureTask<DemarcEngine> engine = new java.util.concurrent.FutureTask<>(DemarcEngine::create);
    Thread thread = new Thread(engine, "demarc-engine");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      try {
        return engine.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the rule bases were being built", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    };
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
      Session.EngineSupplier engines) {
    DemarcCli top = new DemarcCli(stdin, out, err, env, engines);
    CommandLine cli = new CommandLine(top);
    top.commandLine = cli;
    // A run of one command knows only that command: picocli reads each command's options by reflection when it is
    // added, which for all of them took a fifth of a run. Help, completion and usage errors list them all.
    Class<?> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
    COMMANDS.forEach((name, command) -> {
      if (only == null || command == only) {
        cli.addSubcommand(name, command);
      }
    });
    if (only == null) {
      cli.addSubcommand("help", CommandLine.HelpCommand.class);
      cli.addSubcommand("generate-completion", AutoComplete.GenerateCompletion.class);
      cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    }
    cli.getCommandSpec().versionProvider(() -> new String[] {"demarc " + engines.get().engineVersion()});
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(top::usageError);
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

  /**
   * Usage errors in Demarc's words and in the language the command line asks for (its --lang, else the environment's),
   * exit 2. What picocli says of an error this does not know is kept, after a word in that language.
   */
  private int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String language = language(args);
    String name = cmd.getCommandName();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      if (first.startsWith("-")) {
        String option = first.replaceFirst("=.*", "");
        message = "demarc".equals(name)
            ? Session.say(language, "不明なオプション " + first + " です（demarc help を参照）", "unknown option " + first + " (see demarc help)")
            : Session.say(language, "demarc " + name + " は " + option + " を取りません（demarc help " + name + " を参照）",
                "demarc " + name + " does not take " + option + " (see demarc help " + name + ")");
      } else if ("demarc".equals(name)) {
        String meant = org.demarc.model.Names.closest(first, List.copyOf(cmd.getSubcommands().keySet()));
        message = Session.say(language,
            "不明なコマンド `" + first + "` です" + (meant == null ? "" : "。`" + meant + "` のことですか？") + "\nコマンド: ",
            "unknown command `" + first + "`" + (meant == null ? "" : ": did you mean `" + meant + "`?") + "\ncommands: ")
            + String.join(", ", cmd.getSubcommands().keySet());
      } else {
        message = Session.say(language, "demarc " + name + ": 想定外の引数 `" + first + "` です（demarc help " + name + " を参照）",
            "demarc " + name + ": unexpected argument `" + first + "` (see demarc help " + name + ")");
      }
    } else if (e instanceof CommandLine.MissingParameterException) {
      java.util.regex.Matcher forOption =
          java.util.regex.Pattern.compile("Missing required parameter for option '([^']+)'.*").matcher(message);
      java.util.regex.Matcher found =
          java.util.regex.Pattern.compile("Expected parameter for option '([^']+)' but found '([^']+)'.*").matcher(message);
      message = forOption.matches()
          ? Session.say(language, "オプション " + forOption.group(1) + " に値がありません", "option " + forOption.group(1) + " needs a value")
          : found.matches()
          ? Session.say(language, "オプション " + found.group(1) + " に値がありません（次にあるのは " + found.group(2) + " です）",
              "option " + found.group(1) + " needs a value (found " + found.group(2) + " instead)")
          : Session.say(language, message.replace("Missing required parameter", "必須の引数がありません")
              .replace("Missing required option", "必須のオプションがありません"),
              message.replace("Missing required parameter", "missing").replace("Missing required option", "missing"));
    } else {
      message = Session.say(language, "使い方の誤り: " + message, message);
    }
    for (String line : message.split("\n")) {
      err.println("demarc: " + Session.safe(line));
    }
    err.flush();
    return BAD_INPUT;
  }

  /** The language the arguments ask for with --lang, else the environment's (LC_ALL, LANG). */
  private String language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = a.startsWith("--lang=") ? a.substring("--lang=".length())
          : "--lang".equals(a) && i + 1 < args.length ? args[i + 1] : null;
      if ("ja".equals(value) || "en".equals(value)) {
        return value;
      }
    }
    return environmentLanguage();
  }

  private String environmentLanguage() {
    return env.getOrDefault("LC_ALL", env.getOrDefault("LANG", "")).startsWith("ja") ? "ja" : "en";
  }

  /** Without a command: the overview. */
  @Override
  public Integer call() {
    commandLine.usage(commandLine.getOut());
    return OK;
  }

  /** A session for one command, in the language its --lang names or the environment's. */
  Session session(String lang) {
    String language = lang != null ? Session.choice("lang", lang, List.of("ja", "en"), environmentLanguage())
        : environmentLanguage();
    return new Session(stdin, out, err, engines, language);
  }

}

package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code demarc rules list} and {@code demarc rules show ID}. */
@Command(name = "rules", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "the rules of an edition (list), or one rule with its citation (show ID)",
    customSynopsis = {"usage: demarc rules list [--edition E] [--lang ja|en] [--format text|json|markdown|html] "
        + "[--output FILE]",
        "       demarc rules show ID [--edition E] [--lang ja|en] [--format text|json|markdown|html]"},
    description = {"", "The rules of an edition, each with its id (the rule catalogue's), section, editions, strength "
        + "and citation.", ""},
    footer = {"", "exit codes: 0 shown; 2 unknown rule, edition or option."})
final class RulesCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Parameters(arity = "0..*", paramLabel = "list | show ID", description = "list (default), or show one rule")
  List<String> args = new ArrayList<>();

  @Mixin
  Options.EditionOption edition;

  @Mixin
  Options.Lang lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json | markdown | html")
  String format;

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  String output;

  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    Session.Format f = s.format(format,
        List.of(Session.Format.TEXT, Session.Format.JSON, Session.Format.MARKDOWN, Session.Format.HTML));
    return s.rules(args, s.edition(edition.edition, "edition", Edition.newest()), s.new Output(f, output));
  }
}

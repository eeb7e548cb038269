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

/** {@code demarc rules list}, {@code demarc rules show ID} and {@code demarc rules changes}. */
@Command(name = "rules", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "the rules of an edition (list), one rule with its citation (show ID), or what changes between editions "
        + "(changes)",
    customSynopsis = {"usage: demarc rules list [--edition E] [--lang ja|en] [--format text|json|markdown|html] "
        + "[--output FILE]",
        "       demarc rules show ID [--edition E] [--lang ja|en] [--format text|json|markdown|html]",
        "       demarc rules changes [--from E] [--to E] [--lang ja|en] [--format text|json|markdown|html] "
            + "[--output FILE]"},
    description = {"", "The rules of an edition, each with its id (the rule catalogue's), section, editions, strength "
        + "and citation. `changes` lists what changes in the guideline between two editions, whatever the flow: the "
        + "changes of the text the revision table shows (added, deleted, moved, renumbered, ...; with the seed lines "
        + "of both columns and the rules each bears on) and the rules whose variants, strength or wording differ.", ""},
    footer = {"", "exit codes: 0 shown; 2 unknown rule, edition or option."})
final class RulesCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Parameters(arity = "0..*", paramLabel = "list | show ID | changes",
      description = "list (default), show one rule, or the changes between two editions")
  List<String> args = new ArrayList<>();

  @Mixin
  Options.EditionOption edition;

  @Mixin
  Options.Lang lang;

  @Option(names = "--from", paramLabel = "E", description = "changes: the first edition (default: the oldest)")
  String from;

  @Option(names = "--to", paramLabel = "E", description = "changes: the second edition (default: the newest)")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json | markdown | html")
  String format;

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  String output;

  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    Session.Format f = s.format(format,
        List.of(Session.Format.TEXT, Session.Format.JSON, Session.Format.MARKDOWN, Session.Format.HTML));
    Session.Output out = s.new Output(f, output);
    if (!args.isEmpty() && args.get(0).equals("changes")) {
      return s.changes(args, edition.edition, s.edition(from, "from", Edition.values()[0]),
          s.edition(to, "to", Edition.newest()), out);
    }
    if (from != null || to != null) {
      throw new Session.BadInput(s.say("--from と --to は rules changes にだけ指定できます",
          "--from and --to apply to rules changes only"));
    }
    return s.rules(args, s.edition(edition.edition, "edition", Edition.newest()), out);
  }
}

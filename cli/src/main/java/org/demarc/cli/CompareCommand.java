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

/** {@code demarc compare FLOW}. */
@Command(name = "compare", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "what changes for the flow between two editions",
    customSynopsis = "usage: demarc compare FLOW [--from E] [--to E] [--lang ja|en] [--format F] [--output FILE] "
        + "[--fail-on L]",
    description = {"", "Evaluates a flow under two editions and shows what changes: the verdict, findings and "
        + "responsibilities added, removed or changed. The exit code follows the --to edition's result.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Parameters(arity = "0..*", paramLabel = "FLOW", description = "the flow, YAML or JSON; - reads standard input")
  List<String> files = new ArrayList<>();

  @Option(names = "--from", paramLabel = "E", description = "first edition (default: the oldest)")
  String from;

  @Option(names = "--to", paramLabel = "E", description = "second edition (default: the newest)")
  String to;

  @Mixin
  Options.Lang lang;

  @Mixin
  Options.Report report;

  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    Session.Format format = Session.Format.of(report.format, List.of(Session.Format.values()));
    return s.compare(s.one(files, "FLOW"), Session.edition(from, "from", Edition.values()[0]),
        Session.edition(to, "to", Edition.newest()), s.new Output(format, report.output),
        Session.failOn(report.failOn));
  }
}

package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarc compare FLOW}. */
@Command(name = "compare", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "what changes for the flow between two editions",
    customSynopsis = "usage: demarc compare FLOW [--from E] [--to E] [--lang ja|en] [--format F] [--output FILE] "
        + "[--fail-on L]",
    description = {"", "Evaluates a flow under two editions and shows what changes: the verdict, findings and "
        + "responsibilities added, removed or changed. The exit code follows the --to edition's result.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class CompareCommand extends ReportingCommand {
  @Parameters(arity = "0..*", paramLabel = "FLOW", description = "the flow, YAML or JSON; - reads standard input")
  List<String> files = new ArrayList<>();

  @Option(names = "--from", paramLabel = "E", description = "first edition (default: the oldest)")
  String from;

  @Option(names = "--to", paramLabel = "E", description = "second edition (default: the newest)")
  String to;

  @Override
  int run(Session s, Session.Output output, org.demarc.report.OpenItem.Level failOn) {
    return s.compare(s.one(files, "FLOW"), s.edition(from, "from", Edition.values()[0]),
        s.edition(to, "to", Edition.newest()), output, failOn);
  }
}

package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code demarc evaluate FLOW}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "who is responsible for what, and the controls each party must put in place",
    customSynopsis = "usage: demarc evaluate FLOW... [--edition E] [--lang ja|en] [--format F] [--output FILE] "
        + "[--fail-on L]",
    description = {"", "Evaluates a flow under one edition: the verdict, the responsible party per segment and threat, "
        + "the controls each party must put in place (satisfied or missing), every finding with its guideline "
        + "citation. Several flows (several files, or a batch file with `flows:` as the batch route takes) are "
        + "answered together: text, json (one item per flow, each its evaluation or its errors) or sarif (one run per "
        + "flow); a flow that cannot be read is reported and the others are still answered.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class EvaluateCommand extends ReportingCommand {
  @Parameters(arity = "0..*", paramLabel = "FLOW", description = "the flow, YAML or JSON, or a batch file (`flows:`); - reads standard input")
  List<String> files = new ArrayList<>();

  @Mixin
  Options.EditionOption edition;

  @Override
  int run(Session s, Session.Output output, org.demarc.report.OpenItem.Level failOn) {
    return s.evaluate(files, s.edition(edition.edition, "edition", Edition.newest()), output, failOn);
  }
}

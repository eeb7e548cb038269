package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code demarc review-contract CONTRACT}. */
@Command(name = "review-contract", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "one contract against the checklist for its kind",
    customSynopsis = "usage: demarc review-contract CONTRACT [--edition E] [--lang ja|en] [--format F] "
        + "[--output FILE] [--fail-on L]",
    description = {"", "Checks one contract against the checklist for its kind (CC-xx) before any flow exists.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class ReviewContractCommand extends ReportingCommand {
  @Parameters(arity = "0..*", paramLabel = "CONTRACT", description = "the contract, YAML or JSON")
  List<String> files = new ArrayList<>();

  @Mixin
  Options.EditionOption edition;

  @Override
  int run(Session s, Session.Output output, org.demarc.report.OpenItem.Level failOn) {
    return s.reviewContract(s.one(files, "CONTRACT"), s.edition(edition.edition, "edition", Edition.newest()),
        output, failOn);
  }
}

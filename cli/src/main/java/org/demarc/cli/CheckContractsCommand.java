package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code demarc check-contracts FLOW CONTRACTS}. */
@Command(name = "check-contracts", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "obligations the contracts leave uncovered or bind to the wrong party",
    customSynopsis = {"usage: demarc check-contracts FLOW CONTRACTS [--edition E] [--lang ja|en] [--format F] "
        + "[--output FILE] [--fail-on L]",
        "       demarc check-contracts REQUEST ...    (one file with `flow:` and `contracts:`)"},
    description = {"", "Matches every obligation the flow's evaluation says a contract must settle (demarcation "
        + "agreement, outage and incident handling, availability, personal-information entrustment with supervision, "
        + "...) to a clause: covered, partial, bound to the wrong party, missing, or no contract with that party at "
        + "all. CONTRACTS is a list of contracts, or a file with `contracts:`.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class CheckContractsCommand extends ReportingCommand {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "FLOW and CONTRACTS, or one REQUEST file")
  List<String> files = new ArrayList<>();

  @Mixin
  Options.EditionOption edition;

  @Override
  int run(Session s, Session.Output output, org.demarc.report.OpenItem.Level failOn) {
    return s.checkContracts(files, s.edition(edition.edition, "edition", Edition.newest()), output, failOn);
  }
}

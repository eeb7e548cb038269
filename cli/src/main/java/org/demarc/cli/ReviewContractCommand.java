package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code demarc review-contract CONTRACT}. */
@Command(name = "review-contract", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "one contract against the checklist for its kind",
    customSynopsis = "usage: demarc review-contract CONTRACT [--edition E] [--lang ja|en] [--format F] "
        + "[--output FILE] [--fail-on L]",
    description = {"", "Checks one contract against the checklist for its kind (CC-xx) before any flow exists.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class ReviewContractCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Parameters(arity = "0..*", paramLabel = "CONTRACT", description = "the contract, YAML or JSON")
  List<String> files = new ArrayList<>();

  @Mixin
  Options.EditionOption edition;

  @Mixin
  Options.Lang lang;

  @Mixin
  Options.Report report;

  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    Session.Format format = Session.Format.of(report.format, List.of(Session.Format.values()));
    return s.reviewContract(s.one(files, "CONTRACT"), Session.edition(edition.edition, "edition", Edition.newest()),
        s.new Output(format, report.output), Session.failOn(report.failOn));
  }
}

package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code demarc evaluate FLOW}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "who is responsible for what, and the controls each party must put in place",
    customSynopsis = "usage: demarc evaluate FLOW [--edition E] [--lang ja|en] [--format F] [--output FILE] "
        + "[--fail-on L]",
    description = {"", "Evaluates a flow under one edition: the verdict, the responsible party per segment and threat, "
        + "the controls each party must put in place (satisfied or missing), every finding with its guideline "
        + "citation.", ""},
    footer = {"", "exit codes: 0 nothing open at or above --fail-on; 1 something is; 2 bad input or usage"})
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Parameters(arity = "0..*", paramLabel = "FLOW", description = "the flow, YAML or JSON; - reads standard input")
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
    return s.evaluate(s.one(files, "FLOW"), Session.edition(edition.edition, "edition", Edition.newest()),
        s.new Output(format, report.output), Session.failOn(report.failOn));
  }
}

package org.demarc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** What the commands that write a report share: the parent tool, --lang, --format, --output, --fail-on. */
abstract class ReportingCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Mixin
  Options.Lang lang;

  @Mixin
  Options.Report report;

  /** Runs the command in a session in the chosen language, with the chosen output and --fail-on level. */
  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    Session.Format format = s.format(report.format, Session.Format.REPORTS);
    return run(s, s.new Output(format, report.output), s.failOn(report.failOn));
  }

  abstract int run(Session session, Session.Output output, org.demarc.report.OpenItem.Level failOn);
}

package org.demarc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.demarc.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code demarc impact DIR}. */
@Command(name = "impact", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "which flows and contracts in a directory a change of edition affects",
    customSynopsis = "usage: demarc impact DIR [--from E] [--to E] [--lang ja|en] [--format F] [--output FILE] "
        + "[--fail-on L] [--[no-]progress]",
    description = {"", "Analyses every flow file under DIR (YAML or JSON, searched recursively) under two editions, "
        + "with the contracts linked to it: contract files whose `flows` name the flow, or the `contracts` of a file "
        + "that holds `flow:` and `contracts:`. For each flow: the verdict change, findings added, removed and "
        + "changed, responsibilities moved, and the contracts whose checklist items change status. The same analysis "
        + "as POST /api/v1/impact-analyses, without a server. Each JSON row names its file; a flow id two files give "
        + "is analysed in both and warned about.", ""},
    footer = {"", "exit codes: 0 nothing at or above --fail-on; 1 something is; 2 a file could not be read or "
        + "evaluated (the others are still analysed)"})
final class ImpactCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Mixin
  Options.Lang lang;

  @Parameters(arity = "1", paramLabel = "DIR", description = "the directory of flow and contract files")
  String dir;

  @Option(names = "--from", paramLabel = "E", description = "first edition (default: the oldest)")
  String from;

  @Option(names = "--to", paramLabel = "E", description = "second edition (default: the newest)")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text | json | markdown | html | csv (default: text)")
  String format;

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  String output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "verdict",
      description = "verdict | any | never (default: verdict): exit 1 when a flow's verdict changes or a linked "
          + "contract needs amending (verdict), when anything changes (any), or never")
  String failOn;

  @Option(names = "--progress", negatable = true, description = "a progress bar on standard error (default: when "
      + "run on a terminal)")
  Boolean progress;

  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    Session.Format f = s.format(format, List.of(Session.Format.TEXT, Session.Format.JSON,
        Session.Format.MARKDOWN, Session.Format.HTML, Session.Format.CSV));
    String level = s.choice("fail-on", failOn, List.of("verdict", "any", "never"));
    boolean bar = progress != null ? progress : System.console() != null;
    return s.impact(dir, s.edition(from, "from", Edition.values()[0]),
        s.edition(to, "to", Edition.newest()), s.new Output(f, output), level, bar);
  }
}

package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code demarc validate FILE}. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, synopsisHeading = "",
    header = "check a flow, a contract, a {flow, contracts} file or a batch file without evaluating",
    customSynopsis = "usage: demarc validate FILE [--lang ja|en] [--format text|json]",
    description = {"", "Reads a flow, a contract, a file with `flow:` and `contracts:`, or a batch file with `flows:`, "
        + "and checks it can be "
        + "evaluated: the fields and values are known, every referenced party is declared, ids are unique. Facts left "
        + "out are not errors here: evaluation reports them as insufficient information.", ""},
    footer = {"", "exit codes: 0 valid; 2 invalid (each error with a JSON pointer)."})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  DemarcCli parent;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "the file, YAML or JSON")
  List<String> files = new ArrayList<>();

  @Mixin
  Options.Lang lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json")
  String format;

  @Override
  public Integer call() {
    Session s = parent.session(lang.lang);
    return s.validate(s.one(files, "FILE"),
        s.format(format, List.of(Session.Format.TEXT, Session.Format.JSON)));
  }
}

package org.demarc.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.demarc.model.Edition;
import picocli.CommandLine.Option;

/** The options the commands share, as picocli mixins; values are checked by {@link Session} with Demarc's messages. */
final class Options {
  private Options() {}

  /** E2007_V2 | E2008_V3 (default: E2008_V3), from {@link Edition}. */
  static final String EDITIONS = Arrays.stream(Edition.values()).map(Edition::name)
      .collect(Collectors.joining(" | ")) + " (default: " + Edition.newest().name() + ")";

  static final String[] EXIT = {"", "exit codes:",
      "  0  nothing open at or above the --fail-on level",
      "  1  something open at or above it: must = a MUST control missing, a prohibition, a fact the flow left out,",
      "     or a part the edition does not cover; should = also a SHOULD recommendation missing or a point a human",
      "     must review",
      "  2  bad input or usage (what is wrong, with a JSON pointer, on standard error)"};

  static final class Lang {
    @Option(names = "--lang", paramLabel = "ja|en",
        description = "language of messages and citations (default: ja when LANG starts with ja, else en)")
    String lang;
  }

  static final class EditionOption {
    @Option(names = "--edition", paramLabel = "E", description = "the guideline edition: ${sys:demarc.editions}")
    String edition;
  }

  static final class Report {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text | json | markdown | html | sarif (default: text)")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write the report to FILE instead of "
        + "standard output (Markdown: the diagram goes to FILE's name with .svg next to it)")
    String output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "must",
        description = "must | should | never (default: must): exit 1 when anything at or above LEVEL is open")
    String failOn;
  }
}

package org.demarc.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.demarc.model.Edition;

/** The help text of the tool and of each command. The editions are listed from their one declaration. */
final class Help {
  private Help() {}

  /** E2007_V2 | E2008_V3 (default: E2008_V3), from {@link Edition}. */
  private static final String EDITIONS = Arrays.stream(Edition.values()).map(Edition::name)
      .collect(Collectors.joining(" | ")) + " (default: " + Edition.newest().name() + ")";

  /** Each edition with its label, e.g. "E2007_V2 (第2版 (2007年3月))". */
  private static final String EDITION_LABELS = Arrays.stream(Edition.values())
      .map(e -> e.name() + " (" + e.labelJa() + ")").collect(Collectors.joining(", "));

  static final String OPTIONS = """
        --lang ja|en          language of messages and citations (default: ja when LANG starts with ja, else en)
        --format FORMAT       text | json | markdown | html | sarif (default: text)
        --output FILE, -o     write the report to FILE instead of standard output (Markdown: the diagram goes to
                              FILE's name with .svg next to it)
        --fail-on LEVEL       must | should | never (default: must): exit 1 when anything at or above LEVEL is open
      """;

  static final String EXIT = """
      exit codes:
        0  nothing open at or above the --fail-on level
        1  something open at or above it: must = a MUST control missing, a prohibition, a fact the flow left out,
           or a part the edition does not cover; should = also a SHOULD recommendation missing or a point a human
           must review
        2  bad input or usage (what is wrong, with a JSON pointer, on standard error)
      """;

  static final String MAIN = """
      demarc: check flows of medical information against the MHLW guideline on responsibility demarcation points
      (医療情報システムの安全管理に関するガイドライン 6.9-6.11), offline, the way a pipeline runs a policy check.

      usage: demarc <command> [options] <file | ->

      commands:
        evaluate FLOW                    who is responsible for what, the controls each party must put in place
        compare FLOW                     what changes for the flow between two editions
        check-contracts FLOW CONTRACTS   obligations the contracts leave uncovered or bind to the wrong party
        review-contract CONTRACT         one contract against the checklist for its kind
        validate FILE                    check a flow, a contract or a {flow, contracts} file without evaluating
        rules list                       the rules of an edition
        rules show ID                    one rule with its citation
        help [COMMAND]                   this text, or a command's

      Files are YAML or JSON; - reads standard input. Editions: %s; the default is the newest.
      Run `demarc help COMMAND` for a command's options.
      """.formatted(EDITION_LABELS);

  static final Map<String, String> COMMANDS = Map.of(
      "evaluate", """
          usage: demarc evaluate FLOW [--edition E] [--lang ja|en] [--format F] [--output FILE] [--fail-on L]

          Evaluates a flow under one edition: the verdict, the responsible party per segment and threat, the controls
          each party must put in place (satisfied or missing), every finding with its guideline citation.

            --edition E           %s
          """.formatted(EDITIONS) + OPTIONS + "\n" + EXIT,
      "compare", """
          usage: demarc compare FLOW [--from E] [--to E] [--lang ja|en] [--format F] [--output FILE] [--fail-on L]

          Evaluates a flow under two editions and shows what changes: the verdict, findings and responsibilities added,
          removed or changed. The exit code follows the --to edition's result.

            --from E              first edition (default: the oldest)
            --to E                second edition (default: the newest)
          """ + OPTIONS + "\n" + EXIT,
      "check-contracts", """
          usage: demarc check-contracts FLOW CONTRACTS [--edition E] [--lang ja|en] [--format F] [--output FILE]
                                        [--fail-on L]
                 demarc check-contracts REQUEST ...    (one file with `flow:` and `contracts:`)

          Matches every obligation the flow's evaluation says a contract must settle (demarcation agreement, outage
          and incident handling, availability, personal-information entrustment with supervision, ...) to a clause:
          covered, partial, bound to the wrong party, missing, or no contract with that party at all. CONTRACTS is a
          list of contracts, or a file with `contracts:`.

            --edition E           %s
          """.formatted(EDITIONS) + OPTIONS + "\n" + EXIT,
      "review-contract", """
          usage: demarc review-contract CONTRACT [--edition E] [--lang ja|en] [--format F] [--output FILE] [--fail-on L]

          Checks one contract against the checklist for its kind (CC-xx) before any flow exists.

            --edition E           %s
          """.formatted(EDITIONS) + OPTIONS + "\n" + EXIT,
      "validate", """
          usage: demarc validate FILE [--lang ja|en] [--format text|json]

          Reads a flow, a contract, or a file with `flow:` and `contracts:`, and checks it can be evaluated: the
          fields and values are known, every referenced party is declared, ids are unique. Facts left out are not
          errors here: evaluation reports them as insufficient information.

          exit codes: 0 valid; 2 invalid (each error with a JSON pointer).
          """,
      "rules", """
          usage: demarc rules list [--edition E] [--lang ja|en] [--format text|json|markdown|html] [--output FILE]
                 demarc rules show ID [--edition E] [--lang ja|en] [--format text|json|markdown|html]

          The rules of an edition, each with its id (the rule catalogue's), section, editions, strength and citation.

          exit codes: 0 shown; 2 unknown rule, edition or option.
          """);
}

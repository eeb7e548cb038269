package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A flow may name up to a thousand recipients, so no rule may go through the recipients once for each recipient: an
 * accumulation, negation or existence test over {@code RecipientEntry} placed after a pattern that matches each
 * recipient is evaluated again for every one of them (a thousand recipients, a million steps, and for an accumulation
 * the memory to match). Counted or tested first, it is evaluated once. One such rule ran eight worst-case requests out
 * of memory (WorstCaseConcurrencyIT); this finds the shape in the sources before it ships. It also checks that rules
 * read facts that differ between editions only for the edition they judge ({@link #unscoped}).
 */
class RuleShapeTest {
  private static final Path RULES = Path.of("../rules/src/main/resources/org/demarc/rules");
  // `when`, `then` and `end` on lines of their own: the words occur in the rules' messages too
  private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^when$(.*?)^then$(.*?)^end$");
  private static final Pattern EACH = Pattern.compile("(?m)^\\s*(?:\\$\\w+\\s*:\\s*)?RecipientEntry\\(");
  private static final Pattern OVER_ALL = Pattern.compile("\\b(?:accumulate|not|exists)\\s*\\(?\\s*RecipientEntry\\(");

  static List<String> quadratic(String drl) {
    List<String> out = new ArrayList<>();
    Matcher m = RULE.matcher(drl);
    while (m.find()) {
      String when = m.group(2).replaceAll("//[^\\n]*", "");
      Matcher each = EACH.matcher(when);
      if (!each.find()) {
        continue;
      }
      Matcher all = OVER_ALL.matcher(when);
      while (all.find()) {
        if (all.start() > each.start()) {
          out.add(m.group(1) + ": `" + all.group().trim() + "` after a pattern matching each recipient");
        }
      }
    }
    return out;
  }

  @Test
  void noRuleGoesThroughTheRecipientsOnceForEachRecipient() throws IOException {
    List<String> wrong = new ArrayList<>();
    int files = 0;
    try (Stream<Path> drls = Files.walk(RULES)) {
      for (Path drl : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
        files++;
        quadratic(Files.readString(drl)).forEach(w -> wrong.add(drl.getFileName() + ": " + w));
      }
    }
    assertThat(files).isGreaterThan(50);
    assertThat(wrong).isEmpty();
  }

  /**
   * A fact that differs between editions ({@code EditionScoped}) is read only for the edition the rule judges: every
   * pattern over it constrains {@code edition == $edition}, bound by the rule's {@code Evaluating($edition : edition)},
   * and every such fact a rule inserts is for that edition. Otherwise a session judging two editions at once (a
   * comparison) would let one edition's facts decide the other's answer.
   */
  static List<String> unscoped(String drl, List<String> scopedTypes) {
    List<String> out = new ArrayList<>();
    Matcher m = RULE.matcher(drl);
    while (m.find()) {
      String when = m.group(2).replaceAll("//[^\\n]*", "");
      String then = m.group(3).replaceAll("//[^\\n]*", "");
      boolean reads = false;
      for (String type : scopedTypes) {
        Matcher use = Pattern.compile("\\b" + type + "\\(([^)]*)").matcher(when);
        while (use.find()) {
          reads = true;
          if (!use.group(1).trim().startsWith("edition == $edition")) {
            out.add(m.group(1) + ": `" + use.group().trim() + "` without `edition == $edition`");
          }
        }
        Matcher made = Pattern.compile("new " + type + "\\(([^;]*)\\);").matcher(then);
        while (made.find()) {
          reads = true;
          if (!made.group(1).trim().endsWith("$edition)")) {
            out.add(m.group(1) + ": `" + made.group().trim() + "` not for `$edition`");
          }
        }
      }
      if (reads && !when.contains("Evaluating($edition : edition)")) {
        out.add(m.group(1) + ": no `Evaluating($edition : edition)`");
      }
    }
    return out;
  }

  /** The fact types that implement {@code EditionScoped}, from their sources. */
  static List<String> scopedTypes() throws IOException {
    List<String> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../rules/src/main/java/org/demarc/rules/facts"))) {
      for (Path file : files.sorted().toList()) {
        if (Files.readString(file).matches("(?s).*\\bimplements\\s+EditionScoped\\b.*")) {
          types.add(file.getFileName().toString().replace(".java", ""));
        }
      }
    }
    return types;
  }

  @Test
  void everyRuleReadsEditionScopedFactsForItsEditionOnly() throws IOException {
    List<String> types = scopedTypes();
    assertThat(types).contains("NetworkSegment", "ThreatInScope");
    List<String> wrong = new ArrayList<>();
    int reading = 0;
    try (Stream<Path> drls = Files.walk(RULES)) {
      for (Path drl : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
        String text = Files.readString(drl);
        unscoped(text, types).forEach(w -> wrong.add(drl.getFileName() + ": " + w));
        Matcher m = RULE.matcher(text);
        while (m.find()) {
          if (m.group(2).contains("Evaluating($edition : edition)")) {
            reading++;
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(reading).as("rules that bind the edition they judge").isGreaterThanOrEqualTo(27);
  }

  @Test
  void theEditionCheckSeesTheShapeItLooksFor() {
    List<String> types = List.of("NetworkSegment");
    String unbound = "rule \"a\"\n  @en(\"when then\")\nwhen\n  PathStep($i : index)\n  not NetworkSegment(index == $i)\nthen\nend\n";
    String bound = "rule \"b\"\nwhen\n  Evaluating($edition : edition)\n  NetworkSegment(edition == $edition, index == 0)\n"
        + "then\n  insert(new NetworkSegment(1, true, $edition));\nend\n";
    String noBinding = "rule \"c\"\nwhen\n  PathStep($i : index)\nthen\n  insert(new NetworkSegment($i, true, \"E2007_V2\"));\nend\n";
    assertThat(unscoped(unbound, types)).hasSize(2);
    assertThat(unscoped(bound, types)).isEmpty();
    assertThat(unscoped(noBinding, types)).hasSize(2);
  }

  @Test
  void theCheckSeesTheShapeItLooksFor() {
    String after = "rule \"a\"\nwhen\n  RecipientEntry($r : recipient.party)\n  accumulate(RecipientEntry(); $n : count())\n"
        + "then\nend\n";
    String before = "rule \"b\"\nwhen\n  accumulate(RecipientEntry(); $n : count())\n  $e : RecipientEntry()\n"
        + "  // not RecipientEntry( in a comment\nthen\nend\n";
    String negated = "rule \"c\"\nwhen\n  $e : RecipientEntry(recipient.party == null)\n  not RecipientEntry(index < $e.index)\n"
        + "then\nend\n";
    assertThat(quadratic(after)).hasSize(1);
    assertThat(quadratic(before)).isEmpty();
    assertThat(quadratic(negated)).hasSize(1);
  }
}

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
 * of memory (WorstCaseConcurrencyIT); this finds the shape in the sources before it ships.
 */
class RuleShapeTest {
  private static final Path RULES = Path.of("../rules/src/main/resources/org/demarc/rules");
  private static final Pattern RULE = Pattern.compile("(?s)rule \"([^\"]+)\".*?\\bwhen\\b(.*?)\\bthen\\b");
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

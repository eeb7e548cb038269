package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Classification rules insert derived facts once and never retract them, so a rule that negates (or accumulates) a
 * derived fact must fire after every rule that can insert it: its salience must be lower than theirs. Otherwise its
 * answer depends on firing order (e.g. a third party derived before it is known that only patients receive).
 */
class ClassificationOrderTest {
  private static final Path SOURCE = Path.of("../rules/src/main/resources/org/demarc/rules/common/classification.drl");

  record Rule(String name, int salience, Set<String> inserts, Set<String> reads) {}

  static List<Rule> rules(String drl) {
    List<Rule> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)rule \"([^\"]+)\"(.*?)\\bwhen\\b(.*?)\\bthen\\b(.*?)\\nend").matcher(drl);
    while (m.find()) {
      Matcher sal = Pattern.compile("salience (-?\\d+)").matcher(m.group(2));
      int salience = sal.find() ? Integer.parseInt(sal.group(1)) : 0;
      Set<String> inserts = new HashSet<>();
      Matcher ins = Pattern.compile("new (\\w+)\\(").matcher(m.group(4));
      while (ins.find()) {
        inserts.add(ins.group(1));
      }
      String when = m.group(3).replaceAll("//[^\\n]*", "");
      Set<String> reads = new HashSet<>();
      Matcher neg = Pattern.compile("\\b(?:not|accumulate)\\s*\\(?\\s*(\\w+)\\s*\\(").matcher(when);
      while (neg.find()) {
        reads.add(neg.group(1));
      }
      out.add(new Rule(m.group(1), salience, inserts, reads));
    }
    return out;
  }

  @Test
  void aRuleThatNegatesOrAccumulatesADerivedFactFiresAfterEveryRuleInsertingIt() throws IOException {
    List<Rule> rules = rules(Files.readString(SOURCE));
    assertThat(rules).hasSizeGreaterThan(20);
    Map<String, List<Rule>> inserters = new HashMap<>();
    rules.forEach(r -> r.inserts().forEach(t -> inserters.computeIfAbsent(t, k -> new ArrayList<>()).add(r)));
    List<String> wrong = new ArrayList<>();
    for (Rule r : rules) {
      for (String type : r.reads()) {
        for (Rule i : inserters.getOrDefault(type, List.of())) {
          if (i != r && i.salience() <= r.salience()) {
            wrong.add(r.name() + " (salience " + r.salience() + ") negates or accumulates " + type + ", which "
                + i.name() + " inserts at salience " + i.salience());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theCheckSeesTheProblemItLooksFor() {
    String drl = "rule \"a\"\n  salience 110\nwhen\n  not B()\nthen\n  insert(new A());\nend\n"
        + "rule \"b\"\n  salience 110\nwhen\n  X()\nthen\n  insert(new B());\nend\n";
    List<Rule> rules = rules(drl);
    assertThat(rules).extracting(Rule::name).containsExactly("a", "b");
    assertThat(rules.get(0).reads()).containsExactly("B");
    assertThat(rules.get(1).inserts()).containsExactly("B");
  }
}

package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.demarc.model.Edition;
import org.demarc.model.result.Basis;
import org.demarc.model.result.RuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * How the rule listings (`demarc rules`, `GET /api/v1/rules`, the edition changes) describe a rule id whose variants
 * differ: its strongest strength, and the seed's basis when a variant of that strength rests on the seed's text, so a
 * rule the seed states is never listed as Demarc's interpretation because a variant for a case the seed leaves open
 * happens to be named first.
 */
class RuleListingTest {
  private static final KieDemarcEngine ENGINE = (KieDemarcEngine) ScenarioTest.ENGINE;

  @Test
  void aRuleIsListedOnTheBasisOfItsStrongestVariantsPreferringTheSeed() {
    for (Edition edition : Edition.values()) {
      Map<String, List<RuleMeta>> variants = ENGINE.ruleMetas(edition).stream().filter(m -> !m.classification())
          .collect(Collectors.groupingBy(RuleMeta::id));
      for (RuleDescriptor rule : ENGINE.rules(edition)) {
        List<RuleMeta> strongest = variants.get(rule.id()).stream().filter(m -> m.strength() == rule.strength())
            .toList();
        assertThat(strongest).as("%s under %s: a variant of the listed strength", rule.id(), edition).isNotEmpty();
        Basis expected = strongest.stream().anyMatch(m -> m.basis() == Basis.SEED) ? Basis.SEED
            : strongest.stream().anyMatch(m -> m.basis() == Basis.INTERPRETATION) ? Basis.INTERPRETATION
            : Basis.RECALLED_UNVERIFIED;
        assertThat(rule.basis()).as("%s under %s", rule.id(), edition).isEqualTo(expected);
        assertThat(rule.citation().basis()).as("%s's citation under %s", rule.id(), edition).isEqualTo(expected);
      }
      // rules the seed states, each with variants of Demarc's reading for cases it leaves open
      for (String id : List.of("G-6.11-B1-04", "G-6.11-B1-06", "G-6.11-B1-09", "G-6.11-B1-11", "G-6.11-B3-06")) {
        assertThat(ENGINE.rule(edition, id)).as(id).get().extracting(RuleDescriptor::basis).isEqualTo(Basis.SEED);
      }
    }
  }
}

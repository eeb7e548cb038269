package org.demarc.engine;

import org.demarc.model.Edition;
import org.demarc.model.result.Citation;

/** Builds a citation from a rule's own metadata: no rule hand-writes one. */
final class Citations {
  private final Texts texts;

  Citations(Texts texts) {
    this.texts = texts;
  }

  static String clauseKey(String section, Edition edition) {
    return "clause." + section + "." + edition.name();
  }

  Citation of(RuleMeta meta, Edition edition) {
    return new Citation(
        meta.id(),
        edition,
        texts.get(clauseKey(meta.section(), edition)),
        texts.get("title." + meta.id()),
        meta.strength(),
        meta.basis(),
        meta.seedLines());
  }
}

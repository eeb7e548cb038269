package org.demarc.engine;

import org.demarc.model.result.Citation;

/** Builds a citation from a rule's own metadata: no rule hand-writes one. */
final class Citations {
  private final Texts texts;

  Citations(Texts texts) {
    this.texts = texts;
  }

  /** The key of a section's clause wording in an edition: where editions differ only in wording, this varies. */
  static String clauseKey(String section, String edition) {
    return "clause." + section + "." + edition;
  }

  Citation of(RuleMeta meta, String edition) {
    return new Citation(
        meta.id(),
        Editions.publicEdition(edition),
        texts.get(clauseKey(meta.section(), edition)),
        texts.get("title." + meta.id()),
        meta.strength(),
        meta.basis(),
        meta.seedLines());
  }
}

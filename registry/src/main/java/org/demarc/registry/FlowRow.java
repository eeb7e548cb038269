package org.demarc.registry;

import org.springframework.data.relational.core.mapping.Table;

/** A stored flow's current version (table {@code flow}). */
@Table("flow")
class FlowRow extends DocumentRow {
  String lastVerdict;
  String lastEdition;

  @Override
  String lastVerdict() {
    return lastVerdict;
  }

  @Override
  String lastEdition() {
    return lastEdition;
  }
}

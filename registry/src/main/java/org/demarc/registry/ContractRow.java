package org.demarc.registry;

import org.springframework.data.relational.core.mapping.Table;

/** A stored contract's current version (table {@code contract}). */
@Table("contract")
class ContractRow extends DocumentRow {}

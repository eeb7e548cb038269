package org.demarc.engine;

import java.util.Arrays;
import java.util.List;
import org.demarc.model.Edition;

/**
 * The editions in the order they are declared in {@link Edition}: the one declaration of editions. A rule belongs to
 * an edition from its {@code @since} edition on, up to its {@code @until} edition if it has one; the rule base of an
 * edition is every rule that belongs to it, so a new edition needs its declaration, its clause wording
 * ({@code clause.<section>.<edition>} texts) and the rules that differ, nothing else.
 */
final class Editions {
  static final List<String> ORDER = Arrays.stream(Edition.values()).map(Edition::name).toList();

  private Editions() {}

  /** The public edition of an id, or null for an edition declared only to the engine (e.g. in a test). */
  static Edition publicEdition(String id) {
    return ORDER.contains(id) ? Edition.valueOf(id) : null;
  }
}

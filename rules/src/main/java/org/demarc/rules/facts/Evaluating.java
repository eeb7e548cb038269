package org.demarc.rules.facts;

/**
 * An edition the rule session judges the flow under: one per session, or two when one session judges a flow under two
 * editions at once (an edition comparison). Facts that differ between editions ({@link EditionScoped}) carry the
 * edition they were derived for, and a rule that reads them binds this fact and matches only theirs: its firings then
 * belong to that edition alone, and the engine lets a rule fire for an edition only if the rule belongs to it.
 *
 * @param edition the edition's id as the engine declares it (e.g. {@code E2008_V3})
 */
public record Evaluating(String edition) {}

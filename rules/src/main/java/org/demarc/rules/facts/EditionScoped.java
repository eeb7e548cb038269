package org.demarc.rules.facts;

/**
 * A derived fact that differs between editions, so it carries the edition it was derived for. Every rule pattern over
 * such a fact constrains {@code edition == $edition}, {@code $edition} bound by the rule's {@link Evaluating} pattern
 * (RuleShapeTest checks the sources for it).
 */
public interface EditionScoped {
  /** The edition this fact was derived for. */
  String edition();
}

package org.demarc.model.result;

/**
 * A fact a rule needs that the flow does not give.
 *
 * @param pointer JSON pointer to the missing field, e.g. /legalForm
 * @param ruleId the rule that needs it
 * @param message why it is needed
 */
public record MissingFact(String pointer, String ruleId, Text message) {}

package org.demarc.model.result;

/**
 * A structural error in a submitted flow, e.g. a reference to a party that is not declared.
 *
 * @param pointer JSON pointer to the offending field
 * @param code stable snake_case code
 * @param message what is wrong, in Japanese and English
 */
public record Violation(String pointer, String code, Text message) {}

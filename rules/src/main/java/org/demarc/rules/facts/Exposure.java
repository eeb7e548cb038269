package org.demarc.rules.facts;

/**
 * Derived: whether the data itself is encrypted on a segment, i.e. encrypted before the segment's starting
 * demarcation point and decrypted after its ending one. When it is not, the segment's operator sees plaintext.
 *
 * @param index the segment's position
 * @param segment the segment id
 * @param operator the segment's operator, or null
 * @param encrypted whether the data is encrypted throughout the segment
 */
public record Exposure(int index, String segment, String operator, boolean encrypted) {}

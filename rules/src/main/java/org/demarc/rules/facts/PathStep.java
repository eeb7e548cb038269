package org.demarc.rules.facts;

import org.demarc.model.Segment;

/**
 * A segment with its position on the path (0 = the first segment after the provider).
 *
 * @param index position, also the index in {@code /segments}
 * @param segment the segment
 */
public record PathStep(int index, Segment segment) {}

package org.demarc.rules.facts;

/**
 * The number of segments on the path.
 *
 * @param segments the count
 */
public record PathLength(int segments) {}

package org.demarc.rules.facts;

/**
 * Derived: segment {@code index} and the one before it meet at the equipment of an online service written only as the
 * end of both segments' encrypted channels (a cloud PACS between a carrier's closed network and the internet): the
 * information stops at the service and leaves it again, as it would over a segment the service runs, so the two
 * carriers' networks are not joined to each other there (Demarc's reading).
 *
 * @param index the later segment's position
 * @param party the service
 */
public record ServiceBetween(int index, String party) {}

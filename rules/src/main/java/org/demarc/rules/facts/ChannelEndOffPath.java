package org.demarc.rules.facts;

/**
 * Derived: the encrypted channel on a segment ends at a carrier or online service that is nothing else (not the provider,
 * a recipient, staff, a patient or a maintenance vendor) and that the path does not place: it runs no segment and is
 * neither end of the flow (a care-coordination service or a mail server written only as a channel's end). The
 * information passes through its equipment there, so it is one of the businesses the carrier and service rules speak
 * of (Demarc's reading).
 *
 * @param party the carrier or service
 * @param index the segment's position
 * @param segment the segment's id
 */
public record ChannelEndOffPath(String party, int index, String segment) {}

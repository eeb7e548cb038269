package org.demarc.model;

/**
 * A recipient (提供先) or potential recipient (提供先となる可能性がある機関) of the flow.
 *
 * @param party the id of the declared party
 * @param identifiedInAdvance whether the recipient can be identified in advance (あらかじめ特定できる)
 */
public record Recipient(String party, Boolean identifiedInAdvance) {}

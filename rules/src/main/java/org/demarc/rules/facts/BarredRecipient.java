package org.demarc.rules.facts;

/**
 * Derived from input facts only: the provider may not provide to this recipient (one-to-many, the recipient not
 * identifiable in advance, and no exception claimed).
 *
 * @param party the recipient's party id
 */
public record BarredRecipient(String party) {}

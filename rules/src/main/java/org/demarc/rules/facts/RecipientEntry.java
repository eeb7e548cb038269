package org.demarc.rules.facts;

import org.demarc.model.Recipient;

/**
 * A recipient with its index in {@code /recipients}.
 *
 * @param index index
 * @param recipient the recipient
 */
public record RecipientEntry(int index, Recipient recipient) {}

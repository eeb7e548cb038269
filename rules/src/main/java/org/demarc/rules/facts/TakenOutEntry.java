package org.demarc.rules.facts;

import org.demarc.model.TakenOutItem;

/**
 * A taken-out medium or device with its index in {@code /takeOut/items}.
 *
 * @param index index
 * @param item the item
 */
public record TakenOutEntry(int index, TakenOutItem item) {}

package org.demarc.model;

import java.util.List;

/**
 * Information or devices taken out of the institution (6.9 情報および情報機器の持ち出し, new in the edition 3 draft).
 *
 * @param items the media and devices taken out
 * @param policy the institution's take-out policy and procedures
 */
public record TakeOut(List<TakenOutItem> items, TakeOutPolicy policy) {}

package org.demarc.rules.facts;

/**
 * Derived: segment {@code index} is a connection from outside the institution with a terminal (携帯電話・PHS や可搬型
 * コンピュータ等のいわゆるモバイル端末等を使って医療機関等の外部から接続する場合): a staff access, or a mobile or staff
 * outside-access segment.
 *
 * @param index the segment's position
 */
public record OutsideConnection(int index) {}

package org.demarc.rules.facts;

/**
 * Derived: segment {@code index} runs inside an encrypted tunnel whose two ends are the flow's two ends (the
 * provider and the recipient, staff member or patient); for access from outside it must end on the end device.
 *
 * @param index the segment's position
 */
public record EndToEndTunnel(int index) {}

package org.demarc.model;

/**
 * Access in an emergency (災害等の非常時), when the information system cannot be used normally: degraded or stopped,
 * or normal access control seriously unworkable, e.g. mass casualties after a disaster.
 *
 * @param declared whether an emergency is in effect
 * @param consentObtainable whether the patient's consent can reasonably be obtained
 * @param breakGlassUsed whether emergency (break-glass) access that bypasses normal access control is used
 * @param accessLogged whether every emergency access is logged for later review
 */
public record Emergency(Boolean declared, Boolean consentObtainable, Boolean breakGlassUsed, Boolean accessLogged) {}

package org.demarc.model;

/**
 * Access in an emergency (災害等の非常時), when the information system cannot be used normally: degraded or stopped,
 * or normal access control seriously unworkable, e.g. mass casualties after a disaster.
 *
 * @param declared whether an emergency is in effect
 * @param consentObtainable whether the patient's consent can reasonably be obtained
 * @param breakGlassUsed whether emergency (break-glass) access that bypasses normal access control is used
 * @param accessLogged whether every emergency access is logged for later review
 * @param procedureExists whether a written procedure governs when and how break-glass access may be used
 * @param logReviewed whether the log of emergency accesses is reviewed afterwards
 * @param accountDisabledAfter whether the emergency account is disabled (or its password changed) after the emergency
 */
public record Emergency(
    Boolean declared,
    Boolean consentObtainable,
    Boolean breakGlassUsed,
    Boolean accessLogged,
    Boolean procedureExists,
    Boolean logReviewed,
    Boolean accountDisabledAfter) {

  /** An emergency without break-glass management facts. */
  public Emergency(Boolean declared, Boolean consentObtainable, Boolean breakGlassUsed, Boolean accessLogged) {
    this(declared, consentObtainable, breakGlassUsed, accessLogged, null, null, null);
  }
}

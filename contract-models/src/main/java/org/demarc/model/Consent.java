package org.demarc.model;

/**
 * The consent on which a third-party provision rests (第三者提供における本人同意).
 *
 * @param basis explicit, implied, statutory exception or none
 * @param impliedCase for implied consent: which MHLW purpose case (ア)〜(エ) applies
 * @param legalException for a statutory exception: which one; under another basis, a statutory exception the
 *     provision also rests on, if any: beside basis NONE, no basis, or consent that does not stand (implied consent for
 *     another purpose), the exception is what the provision rests on, so it is not prohibited for want of consent. Left
 *     out there, none is claimed: a recipient that cannot be identified in advance then makes the provision prohibited
 *     (C:L506-510), as it is not an unknown fact but the absence of an exception
 */
public record Consent(ConsentBasis basis, ImpliedConsentCase impliedCase, LegalException legalException) {}

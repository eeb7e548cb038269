package org.demarc.model;

/**
 * The consent on which a third-party provision rests (第三者提供における本人同意).
 *
 * @param basis explicit, implied, statutory exception or none
 * @param impliedCase for implied consent: which MHLW purpose case (ア)〜(エ) applies
 * @param legalException for a statutory exception: which one
 */
public record Consent(ConsentBasis basis, ImpliedConsentCase impliedCase, LegalException legalException) {}

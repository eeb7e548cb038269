package org.demarc.rules.facts;

import org.demarc.model.ConsentBasis;
import org.demarc.model.ImpliedConsentCase;
import org.demarc.model.LegalException;

/**
 * Derived: the flow is a third-party provision (第三者提供), however it was written: as third-party provision with
 * its consent, or as provision required by law, which is third-party provision under the statutory exception
 * 法令に基づく場合. The same facts give the same answer.
 *
 * @param basis the consent basis, or null when the flow does not give it
 * @param impliedCase for implied consent, the purpose case
 * @param exception for a statutory exception, which one
 * @param declaredByLaw whether the flow was written as provision required by law
 */
public record ThirdParty(
    ConsentBasis basis, ImpliedConsentCase impliedCase, LegalException exception, boolean declaredByLaw) {}

package org.demarc.model.result;

import org.demarc.model.Edition;

/**
 * Where a finding comes from in the guideline.
 *
 * @param ruleId the rule id (the rule catalogue's id, e.g. G-6.11-B1-09)
 * @param edition the edition the finding was evaluated under
 * @param clause the clause in that edition's numbering, in Japanese and English
 * @param title the rule's title
 * @param strength must / should / prohibit / info
 * @param basis seed text, interpretation, or recalled and unverified
 * @param seedLines the seed lines the rule rests on, e.g. "C:L462-470"
 */
public record Citation(
    String ruleId, Edition edition, Text clause, Text title, Strength strength, Basis basis, String seedLines) {}

package org.demarc.model.result;

import org.demarc.model.Edition;

/**
 * What produced a result.
 *
 * @param edition the guideline edition
 * @param ruleSetVersion the rule set's version
 * @param contentHash SHA-256 of the rule sources of that edition's rule base
 * @param engineVersion the engine's version
 */
public record Provenance(Edition edition, String ruleSetVersion, String contentHash, String engineVersion) {}

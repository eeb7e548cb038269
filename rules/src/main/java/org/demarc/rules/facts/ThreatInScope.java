package org.demarc.rules.facts;

import org.demarc.model.result.Threat;

/**
 * Derived per edition: a threat the edition names for the path (edition 3 adds spoofing).
 *
 * @param threat the threat
 * @param edition the edition that names it
 */
public record ThreatInScope(Threat threat, String edition) implements EditionScoped {}

package org.demarc.rules.facts;

import org.demarc.model.result.Threat;

/**
 * Derived: a threat the edition names for the path (edition 3 adds spoofing).
 *
 * @param threat the threat
 */
public record ThreatInScope(Threat threat) {}

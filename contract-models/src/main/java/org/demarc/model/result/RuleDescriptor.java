package org.demarc.model.result;

import java.util.List;
import org.demarc.model.Edition;

/**
 * A rule of an edition's rule base, with its citation.
 *
 * @param id the rule id
 * @param section the catalogue section, e.g. 6.11 B-1
 * @param editions the editions the rule belongs to
 * @param strength must / should / prohibit / info
 * @param basis seed, interpretation or recalled-unverified
 * @param citation the citation under the requested edition
 */
public record RuleDescriptor(
    String id, String section, List<Edition> editions, Strength strength, Basis basis, Citation citation) {}

package org.demarc.model.result;

import java.util.List;

/**
 * The same obligation (same finding id) found under both editions, with what differs.
 *
 * @param id the stable finding id (rule, segment, party)
 * @param before the finding under the first edition, with its citation
 * @param after the finding under the second edition, with its citation
 * @param changes what differs: kind, strength, party, text, review
 */
public record FindingChange(String id, Finding before, Finding after, List<String> changes) {}

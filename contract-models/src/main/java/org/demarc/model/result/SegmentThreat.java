package org.demarc.model.result;

import java.util.List;

/**
 * For one segment and threat: who holds management responsibility and who carries a partial share.
 *
 * @param segment the segment
 * @param threat the threat
 * @param responsible parties holding management responsibility (管理責任)
 * @param partial parties carrying part of it (管理責任の一部), by contract
 * @param exempt parties the guideline declares free of it (責務とは無関係)
 */
public record SegmentThreat(
    String segment, Threat threat, List<String> responsible, List<String> partial, List<String> exempt) {}

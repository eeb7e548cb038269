package org.demarc.model.result;

import java.util.List;

/**
 * A block of the responsibility matrix: for every segment and threat it names, the same parties hold management
 * responsibility, a partial share, or an exemption. Cells with the same parties are grouped, so the matrix grows with
 * the flow's segments and parties, not with their product.
 *
 * @param segments the segments, in path order
 * @param threats the threats
 * @param responsible parties holding management responsibility (管理責任) on each of these cells
 * @param partial parties carrying part of it (管理責任の一部), by contract
 * @param exempt parties the guideline declares free of it (責務とは無関係)
 */
public record SegmentThreat(
    List<String> segments, List<Threat> threats, List<String> responsible, List<String> partial, List<String> exempt) {

  /** Whether this block holds the cell of the segment and threat. */
  public boolean covers(String segment, Threat threat) {
    return segments.contains(segment) && threats.contains(threat);
  }
}

package org.demarc.report;

import java.util.List;
import org.demarc.model.result.FlowImpact;

/**
 * An impact analysis as CSV (RFC 4180, one row per flow): for spreadsheets and pipelines. Lists inside a cell are
 * separated by spaces (finding ids contain no spaces).
 */
public final class ImpactCsv {
  /** The header row. */
  public static final String HEADER = "flow_id,flow_version,from_verdict,to_verdict,verdict_changed,findings_added,"
      + "findings_removed,findings_changed,responsibilities_added,responsibilities_removed,contracts_to_amend,error\r\n";

  private ImpactCsv() {}

  /** One flow's row; {@code impact} is null when the flow could not be evaluated ({@code error} says why). */
  public static String row(String flowId, long flowVersion, String error, FlowImpact impact) {
    StringBuilder b = new StringBuilder(256);
    cell(b, flowId).append(',').append(flowVersion).append(',');
    if (impact == null) {
      b.append(",,,,,,,,,");
    } else {
      b.append(impact.fromVerdict()).append(',').append(impact.toVerdict()).append(',')
          .append(impact.verdictChanged()).append(',');
      cell(b, join(impact.findingsAdded())).append(',');
      cell(b, join(impact.findingsRemoved())).append(',');
      cell(b, join(impact.findingsChanged())).append(',');
      b.append(impact.responsibilitiesAdded().size()).append(',')
          .append(impact.responsibilitiesRemoved().size()).append(',');
      cell(b, join(impact.contractsToAmend())).append(',');
    }
    cell(b, error == null ? "" : error);
    return b.append("\r\n").toString();
  }

  private static String join(List<String> items) {
    return String.join(" ", items);
  }

  private static StringBuilder cell(StringBuilder b, String value) {
    // a leading =, +, - or @ would be read as a formula by spreadsheets: quote such cells with a leading apostrophe
    String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
    return b.append(v);
  }
}

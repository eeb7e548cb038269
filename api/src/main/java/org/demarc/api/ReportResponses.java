package org.demarc.api;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.demarc.report.Report;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Reports people read, on their own routes beside the JSON operations, so the JSON routes keep a single handler (with a
 * content-negotiated second handler they measured slower under load; see the README's load benchmark): HTML, or
 * Markdown when the Accept header prefers it.
 */
final class ReportResponses {
  static final String MARKDOWN = "text/markdown";
  /** The header carrying the decision id, since a report has no JSON envelope for it. */
  static final String DECISION_ID = "Demarc-Decision-Id";
  private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final MediaType MARKDOWN_TYPE = MediaType.valueOf(MARKDOWN);
  private static final MediaType MARKDOWN_UTF8 = new MediaType(MARKDOWN_TYPE, StandardCharsets.UTF_8);

  private ReportResponses() {}

  /** The report as Markdown when the Accept header prefers it, else as HTML. */
  static ResponseEntity<String> respond(Report report, String accept, String decisionId) {
    boolean markdown = false;
    if (accept != null) {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
      for (MediaType t : types) {
        if (!t.isWildcardType() && t.isCompatibleWith(MediaType.TEXT_HTML)) {
          break;
        }
        if (!t.isWildcardType() && t.isCompatibleWith(MARKDOWN_TYPE)) {
          markdown = true;
          break;
        }
      }
    }
    return ResponseEntity.ok()
        .contentType(markdown ? MARKDOWN_UTF8 : HTML_UTF8)
        .header(DECISION_ID, decisionId)
        .body(markdown ? report.markdown() : report.html());
  }
}

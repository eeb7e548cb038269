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

  /** The report's policy: its inline styles and inline SVG only; no script, no fetch, no form, no framing. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
      + "form-action 'none'; frame-ancestors 'none'";

  private ReportResponses() {}

  /** The report as Markdown when the Accept header prefers it, else as HTML. */
  static ResponseEntity<String> respond(Report report, String accept, String decisionId) {
    // the decision id is in the Demarc-Decision-Id header already (RequestLog)
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
        // a report is a document to read: no script may run in it, nothing is fetched, it is not framed or cached
        .header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .body(markdown ? report.markdown() : report.html());
  }
}

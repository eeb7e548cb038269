package org.demarc.api;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.demarc.report.Report;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Reports people read, served for the same requests as the JSON answers: HTML or Markdown by the Accept header. */
final class ReportResponses {
  static final String MARKDOWN = "text/markdown";
  /** The header carrying the decision id, since a report has no JSON envelope for it. */
  static final String DECISION_ID = "Demarc-Decision-Id";
  private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final MediaType MARKDOWN_UTF8 = new MediaType(MediaType.valueOf(MARKDOWN), StandardCharsets.UTF_8);

  private ReportResponses() {}

  /** The report as HTML or Markdown, whichever the Accept header prefers (HTML when it does not say). */
  static ResponseEntity<String> respond(Report report, String accept, String decisionId) {
    boolean markdown = false;
    if (accept != null) {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
      for (MediaType t : types) {
        if (t.includes(MediaType.TEXT_HTML) && !t.isWildcardType()) {
          break;
        }
        if (t.isCompatibleWith(MediaType.valueOf(MARKDOWN)) && !t.isWildcardType()) {
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

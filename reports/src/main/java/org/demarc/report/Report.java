package org.demarc.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.RuleDescriptor;

/**
 * A report people read, in one language, rendered as plain text, Markdown or one self-contained HTML file. Reports of
 * a flow carry its diagram (SVG drawn here: parties, segments, demarcation points, where the data is encrypted and
 * decrypted, each segment marked with its responsible party), the findings with citations and must/should, the
 * contract checklist when contracts were checked, and the edition diff when comparing.
 */
public final class Report {
  private final Doc doc;

  private Report(Doc doc) {
    this.doc = doc;
  }

  /** The report of an evaluation. */
  public static Report evaluation(DataFlow flow, EvaluationResult result, String language) {
    return new Report(Reports.evaluation(flow, result, new Labels(language)));
  }

  /** The report of a comparison between editions. */
  public static Report comparison(DataFlow flow, EditionComparison comparison, String language) {
    return comparison(flow, comparison, null, language);
  }

  /**
   * The report of a comparison between editions that also lists the changes of the guideline's text behind its
   * findings (those that bear on a rule a finding of either edition comes from); null leaves that section out.
   */
  public static Report comparison(DataFlow flow, EditionComparison comparison,
      org.demarc.model.result.GuidelineChanges changes, String language) {
    return new Report(Reports.comparison(flow, comparison, changes, new Labels(language)));
  }

  /** The report of a contract check; the flow is null when one contract was reviewed on its own. */
  public static Report contractCheck(DataFlow flow, ContractCheck check, String language) {
    return new Report(Reports.contractCheck(flow, check, new Labels(language)));
  }

  /** The report of an impact analysis: its summary and the flows that change (at most those given). */
  public static Report impact(ImpactSummary summary, List<org.demarc.model.result.FlowImpact> changed, long more,
      String language) {
    return new Report(Reports.impact(summary, changed, more, new Labels(language)));
  }

  /** The rules of an edition. */
  public static Report rules(Edition edition, List<RuleDescriptor> rules, String language) {
    return new Report(Reports.rules(edition, rules, new Labels(language)));
  }

  /** What changes in the guideline between two editions. */
  public static Report guidelineChanges(org.demarc.model.result.GuidelineChanges changes, String language) {
    return new Report(Reports.guidelineChanges(changes, new Labels(language)));
  }

  /** One rule. */
  public static Report rule(RuleDescriptor rule, String language) {
    return new Report(Reports.rule(rule, new Labels(language)));
  }

  /** Plain text for a terminal. */
  public String text() {
    return TextWriter.write(doc);
  }

  /** Markdown with the diagram embedded as a data URI. */
  public String markdown() {
    return markdown(Report::dataUri);
  }

  /** Markdown whose diagram image points where {@code diagramTarget} says (given the SVG, e.g. a file it wrote). */
  public String markdown(Function<String, String> diagramTarget) {
    return MarkdownWriter.write(doc, diagramTarget);
  }

  /** One self-contained HTML5 file: inline styles and SVG, no script, no external resource. */
  public String html() {
    return HtmlWriter.write(doc);
  }

  /** The flow diagram as a standalone SVG document, when the report has one. */
  public Optional<String> diagram() {
    return doc.blocks().stream().filter(Doc.Diagram.class::isInstance).map(d -> ((Doc.Diagram) d).svg()).findFirst();
  }

  /** An SVG as a data URI. */
  public static String dataUri(String svg) {
    return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }
}

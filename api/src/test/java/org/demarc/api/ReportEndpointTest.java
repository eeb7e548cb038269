package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.demarc.model.DataFlow;
import org.demarc.model.Party;
import org.demarc.model.Segment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

/** The HTML and Markdown reports the API serves for an evaluation or a comparison, on the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportEndpointTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<String> post(String path, String body, String accept, String language) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestKeys.AUTHORIZATION)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .header("Accept", accept);
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void servesTheEvaluationAsOneValidHtmlFileWhoseDiagramShowsEveryPartyAndSegment() throws Exception {
    HttpResponse<String> r = post("/api/v1/evaluations/report?edition=E2007_V2", ApiExamples.FLOW, "text/html", "ja");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(r.headers().firstValue("Demarc-Decision-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document doc = Jsoup.parse(r.body(), "", parser);
    assertThat(parser.getErrors()).isEmpty();
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
    assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
    assertThat(doc.select("script, link")).isEmpty();
    DataFlow flow = JsonMapper.builder().build().readValue(ApiExamples.FLOW, DataFlow.class);
    Element svg = doc.selectFirst("svg");
    for (Party p : flow.parties()) {
      assertThat(svg.select("text[data-ref=party " + p.id() + "]")).as(p.id()).isNotEmpty();
    }
    for (Segment s : flow.segments()) {
      assertThat(svg.select("text[data-ref=segment " + s.id() + "]")).as(s.id()).isNotEmpty();
    }
    assertThat(doc.text()).contains("不適合 (NON_COMPLIANT)").contains("第2版");
  }

  @Test
  void servesMarkdownWhenAskedAndComparisonsToo() throws Exception {
    HttpResponse<String> md = post("/api/v1/evaluations/report", ApiExamples.FLOW, "text/markdown", "en");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
    assertThat(md.body()).startsWith("# Demarc report:").contains("## Findings").contains("data:image/svg+xml;base64,");
    HttpResponse<String> compare = post("/api/v1/comparisons/report?from=E2007_V2&to=E2008_V3", ApiExamples.FLOW,
        "*/*", "en");
    assertThat(compare.statusCode()).isEqualTo(200);
    assertThat(compare.body()).contains("Demarc edition comparison").contains("<svg")
        .contains("Changes of the guideline&#39;s text behind the findings that change");
    assertThat(compare.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    // the JSON operations stay JSON
    assertThat(post("/api/v1/evaluations", ApiExamples.FLOW, "application/json", null).body()).startsWith("{");
  }

  @Test
  void badInputAskedAsHtmlStillGetsAProblemDocument() throws Exception {
    HttpResponse<String> r = post("/api/v1/evaluations/report", "{\"legalForm\": \"BARTER\"}", "text/html", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(r.body()).contains("unknown_enum_value").contains("/legalForm");
    HttpResponse<String> invalid = post("/api/v1/evaluations/report",
        "{\"parties\": [{\"id\": \"a\", \"roles\": [\"PROVIDER\"]}], \"provider\": \"zz\"}", "text/html", null);
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("/provider");
  }
}

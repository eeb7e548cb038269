package org.demarc.report;

import java.util.List;
import org.demarc.report.Doc.Block;
import org.demarc.report.Doc.Bullets;
import org.demarc.report.Doc.Cell;
import org.demarc.report.Doc.Diagram;
import org.demarc.report.Doc.Heading;
import org.demarc.report.Doc.Para;
import org.demarc.report.Doc.Table;
import org.demarc.report.Doc.Tone;

/**
 * Writes a report as one self-contained HTML5 file: styles and the SVG diagram inline, no script, no external
 * resource. The markup is also well-formed XML (every element closed) so strict parsers read it too.
 */
final class HtmlWriter {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;margin:2rem;color:#1d2430;line-height:1.45}
      main{max-width:80rem}
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}h3{font-size:1.05rem}
      table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
      th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;text-align:left}
      th{background:#f3f5f8}
      .good{color:#116329;font-weight:600}.warn{color:#8a5a00;font-weight:600}.bad{color:#b42318;font-weight:600}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;background:#f3f5f8;padding:0 .2em;white-space:nowrap}
      figure{margin:1rem 0;overflow-x:auto}figcaption{font-size:.85rem;color:#57606a}
      """;

  private HtmlWriter() {}

  static String write(Doc doc) {
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(doc.language()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"Demarc\"/>\n")
        .append("<title>").append(escape(doc.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(escape(doc.title())).append("</h1>\n");
    for (Block block : doc.blocks()) {
      write(block, b);
    }
    return b.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void write(Block block, StringBuilder b) {
    if (block instanceof Heading h) {
      b.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
    } else if (block instanceof Para p) {
      b.append("<p").append(cssClass(p.tone())).append('>').append(escape(p.text())).append("</p>\n");
    } else if (block instanceof Bullets l) {
      b.append("<ul>\n");
      l.items().forEach(i -> b.append("<li>").append(escape(i)).append("</li>\n"));
      b.append("</ul>\n");
    } else if (block instanceof Table t) {
      table(t, b);
    } else if (block instanceof Diagram d) {
      b.append("<h2>").append(escape(d.title())).append("</h2>\n<figure>\n").append(d.svg()).append("\n<figcaption>").append(escape(d.caption()))
          .append("</figcaption>\n</figure>\n");
    }
  }

  private static void table(Table t, StringBuilder b) {
    b.append("<table>\n");
    if (t.headers().stream().anyMatch(h -> !h.isEmpty())) {
      b.append("<thead><tr>");
      t.headers().forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
      b.append("</tr></thead>\n");
    }
    b.append("<tbody>\n");
    for (List<Cell> row : t.rows()) {
      b.append("<tr>");
      for (Cell c : row) {
        b.append("<td").append(cssClass(c.tone())).append('>');
        if (c.tone() == Tone.CODE) {
          b.append("<code>").append(escape(c.text())).append("</code>");
        } else {
          b.append(escape(c.text()));
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String cssClass(Tone tone) {
    return switch (tone) {
      case GOOD -> " class=\"good\"";
      case WARN -> " class=\"warn\"";
      case BAD -> " class=\"bad\"";
      case PLAIN, CODE -> "";
    };
  }

  /** Escapes text for element content and attribute values. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

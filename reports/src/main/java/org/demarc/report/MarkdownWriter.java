package org.demarc.report;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demarc.report.Doc.Block;
import org.demarc.report.Doc.Bullets;
import org.demarc.report.Doc.Cell;
import org.demarc.report.Doc.Diagram;
import org.demarc.report.Doc.Heading;
import org.demarc.report.Doc.Para;
import org.demarc.report.Doc.Table;

/** Writes a report as GitHub-flavoured Markdown; the diagram is an image whose target the caller chooses. */
final class MarkdownWriter {
  private MarkdownWriter() {}

  /**
   * @param diagramTarget given the SVG, where the image points: a file written next to the report, or a data URI
   */
  static String write(Doc doc, Function<String, String> diagramTarget) {
    StringBuilder b = new StringBuilder(8_192);
    b.append("# ").append(inline(doc.title())).append("\n\n");
    for (Block block : doc.blocks()) {
      if (block instanceof Heading h) {
        b.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
      } else if (block instanceof Para p) {
        b.append(switch (p.tone()) {
          case BAD, WARN, GOOD -> "**" + inline(p.text()) + "**";
          case CODE -> "`" + p.text().replace("`", "'") + "`";
          case PLAIN -> inline(p.text());
        }).append("\n\n");
      } else if (block instanceof Bullets l) {
        l.items().forEach(i -> b.append("- ").append(inline(i)).append('\n'));
        b.append('\n');
      } else if (block instanceof Table t) {
        table(t, b);
      } else if (block instanceof Diagram d) {
        b.append("## ").append(inline(d.title())).append("\n\n![").append(inline(d.caption())).append("](").append(diagramTarget.apply(d.svg())).append(")\n\n");
      }
    }
    return b.toString();
  }

  private static void table(Table t, StringBuilder b) {
    b.append("| ").append(t.headers().stream().map(MarkdownWriter::inline).collect(Collectors.joining(" | "))).append(" |\n");
    b.append("|").append("---|".repeat(t.headers().size())).append('\n');
    for (List<Cell> row : t.rows()) {
      b.append("| ");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        String text = inline(c.text());
        b.append(text.isEmpty() ? "" : switch (c.tone()) {
          case BAD, WARN -> "**" + text + "**";
          case CODE -> "`" + c.text().replace("`", "'").replace("|", "\\|") + "`";
          case GOOD, PLAIN -> text;
        });
        b.append(i + 1 < row.size() ? " | " : " |\n");
      }
    }
    b.append('\n');
  }

  /**
   * Escapes characters Markdown would read as markup inside running text. Backticks stay: the engine's texts use them
   * for code spans. Underscores stay: they occur inside identifiers, where GitHub-flavoured Markdown ignores them.
   */
  private static String inline(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '*', '[', ']', '<', '>', '|' -> out.append('\\').append(c);
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

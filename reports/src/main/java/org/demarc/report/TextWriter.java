package org.demarc.report;

import java.util.List;
import org.demarc.report.Doc.Block;
import org.demarc.report.Doc.Bullets;
import org.demarc.report.Doc.Cell;
import org.demarc.report.Doc.Heading;
import org.demarc.report.Doc.Para;
import org.demarc.report.Doc.Table;
import org.demarc.report.Doc.Tone;

/** Writes a report as plain text for a terminal: one line per table row, header names as labels. */
final class TextWriter {
  private TextWriter() {}

  static String write(Doc doc) {
    StringBuilder b = new StringBuilder(8_192);
    b.append(doc.title()).append('\n').append("=".repeat(width(doc.title()))).append("\n\n");
    for (Block block : doc.blocks()) {
      if (block instanceof Heading h) {
        b.append(h.level() <= 2 ? "" : "  ").append(h.text()).append('\n');
        if (h.level() <= 2) {
          b.append("-".repeat(width(h.text()))).append('\n');
        }
      } else if (block instanceof Para p) {
        b.append(p.tone() == Tone.BAD ? "!! " : "").append(p.text()).append("\n\n");
      } else if (block instanceof Bullets l) {
        l.items().forEach(i -> b.append("  - ").append(i).append('\n'));
        b.append('\n');
      } else if (block instanceof Table t) {
        for (List<Cell> row : t.rows()) {
          String sep = "  * ";
          for (int i = 0; i < row.size(); i++) {
            String text = row.get(i).text();
            if (!text.isEmpty()) {
              String header = t.headers().get(i);
              b.append(sep).append(i == 0 || header.isEmpty() ? "" : header + ": ").append(text);
              sep = header.isEmpty() && i == 0 ? ": " : "; ";
            }
          }
          b.append('\n');
        }
        b.append('\n');
      }
      // a Diagram has no text form: the path table carries its content
    }
    return b.toString();
  }

  /** The width of an underline: the text's display width, at most a line's. */
  private static int width(String s) {
    return Math.min(72, FlowDiagram.width(s));
  }
}

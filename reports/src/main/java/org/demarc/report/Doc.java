package org.demarc.report;

import java.util.List;

/**
 * A report as a sequence of blocks, rendered by {@link MarkdownWriter}, {@link HtmlWriter} and {@link TextWriter} so
 * that every format carries the same content.
 *
 * @param language "ja" or "en"
 * @param title the report's title
 * @param blocks its content in order
 */
record Doc(String language, String title, List<Block> blocks) {

  /** One block of a report. */
  sealed interface Block permits Heading, Para, Bullets, Table, Diagram {}

  /** How a cell or paragraph should stand out. */
  enum Tone { PLAIN, GOOD, WARN, BAD, CODE }

  /** A section heading (level 2 or 3; the title is level 1). */
  record Heading(int level, String text) implements Block {}

  /** A paragraph. */
  record Para(String text, Tone tone) implements Block {}

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {}

  /** A table. */
  record Table(List<String> headers, List<List<Cell>> rows) implements Block {}

  /** A table cell. */
  record Cell(String text, Tone tone) {
    static Cell of(String text) {
      return new Cell(text == null ? "" : text, Tone.PLAIN);
    }

    static Cell code(String text) {
      return new Cell(text == null ? "" : text, text == null || text.isEmpty() ? Tone.PLAIN : Tone.CODE);
    }
  }

  /** The flow diagram as an SVG document under its own heading (level 2), and what it shows. */
  record Diagram(String title, String svg, String caption) implements Block {}
}

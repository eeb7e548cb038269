package org.demarc.report;

import static org.demarc.report.HtmlWriter.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarc.model.DataFlow;
import org.demarc.model.ObjectSecurity;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Recipient;
import org.demarc.model.RemoteLogin;
import org.demarc.model.Segment;
import org.demarc.model.TakenOutItem;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.SegmentThreat;

/**
 * Draws a flow as SVG: the provider on the left, the segments in path order between their demarcation points, the
 * recipients on the right; under each segment its operator and, per threat, the responsible party from the result;
 * where the data is encrypted and decrypted; every other party (maintenance vendors, ...) in a row below.
 */
final class FlowDiagram {
  private static final int MARGIN = 16;
  private static final int BOX_W = 170;
  private static final int BOX_H = 52;
  private static final int LINE_Y = 92;
  private static final int LINE_H = 14;
  private static final int CHAR_W = 7;

  private final DataFlow flow;
  private final EvaluationResult result;
  private final Labels labels;
  private final List<Segment> segments;
  private final int segWidth;
  private final StringBuilder body = new StringBuilder();
  private final StringBuilder background = new StringBuilder();
  /** Parties a row of a branching path leaves out of its "other parties": another row draws them on its path. */
  private final Set<String> drawnElsewhere = new HashSet<>();
  /** Segments a row above has drawn: this row draws them again without referring to them. */
  private final Set<String> drawnAbove = new HashSet<>();
  private int width;
  private int height;

  private FlowDiagram(DataFlow flow, EvaluationResult result, Labels labels) {
    this.flow = flow;
    this.result = result;
    this.labels = labels;
    this.segments = flow.segments() == null ? List.of() : flow.segments();
    int longest = 24;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      for (String line : threatLines(s)) {
        longest = Math.max(longest, width(line));
      }
      longest = Math.max(longest, width(segmentTitle(s)));
      longest = Math.max(longest, width(channelLine(i)));
    }
    this.segWidth = Math.min(520, Math.max(230, longest * CHAR_W + 24));
  }

  /**
   * The diagram of a flow, marked with the responsibilities of its evaluation (which may be null). A path that branches
   * is drawn one line to a row, each as the path the rules judge it as, from the provider to the recipients.
   */
  static String svg(DataFlow flow, EvaluationResult result, Labels labels) {
    List<List<Integer>> lines = flow.branches();
    if (lines == null) {
      return new FlowDiagram(flow, result, labels).draw();
    }
    Set<String> onPath = new LinkedHashSet<>(); // parties another row may draw: not "other parties" of any row
    for (Segment s : flow.segments()) {
      if (s != null && s.operator() != null) {
        onPath.add(s.operator());
      }
    }
    StringBuilder rows = new StringBuilder();
    Set<String> drawn = new HashSet<>(); // segments a row above has drawn: shown again, referred to once
    int width = 0;
    int y = 0;
    for (int k = 0; k < lines.size(); k++) {
      FlowDiagram row = new FlowDiagram(flow.along(lines.get(k)), result, labels);
      row.drawnElsewhere.addAll(onPath);
      row.drawnAbove.addAll(drawn);
      row.paint();
      lines.get(k).forEach(i -> drawn.add(flow.segments().get(i).id()));
      rows.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %d)\">\n", y))
          .append(row.background).append(row.body).append("</g>\n");
      width = Math.max(width, row.width);
      y += row.height;
    }
    return header(width, y) + "<title>" + escape(labels.get("diagram") + ": " + flow.id()) + "</title>\n" + rows
        + "</svg>";
  }

  private static String header(int width, int height) {
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
            + "font-family=\"system-ui, 'Hiragino Sans', 'Noto Sans JP', sans-serif\" fill=\"#1d2430\">\n",
        width, height, width, height);
  }

  private String draw() {
    paint();
    return header(width, height) + "<title>" + escape(labels.get("diagram") + ": " + flow.id()) + "</title>\n"
        + background + body + "</svg>";
  }

  /** Draws the path into {@code background} and {@code body}, and sets the drawing's {@code width} and {@code height}. */
  private void paint() {
    int n = segments.size();
    int pathLeft = MARGIN + BOX_W + 30;
    int pathRight = pathLeft + n * segWidth;
    List<Recipient> recipients = flow.recipients() == null ? List.of() : flow.recipients();
    Set<String> placed = new LinkedHashSet<>();

    int belowPath = LINE_Y + 24 + BOX_H + 8 + 5 * LINE_H + 24;
    int recipientsBottom = LINE_Y - BOX_H / 2 + Math.max(1, recipients.size()) * (BOX_H + 34);
    List<Party> others = new ArrayList<>();

    // The provider and its connector to the first demarcation point.
    if (flow.provider() != null) {
      box(body, MARGIN, LINE_Y - BOX_H / 2, flow.provider(), false);
      placed.add(flow.provider());
      if (n > 0) {
        line(body, MARGIN + BOX_W, LINE_Y, pathLeft, LINE_Y, false);
      }
    }

    for (int i = 0; i < n; i++) {
      Segment s = segments.get(i);
      int x0 = pathLeft + i * segWidth;
      int mid = x0 + segWidth / 2;
      Boolean encrypted = Exposures.encryptedOn(flow, i);
      if (Boolean.TRUE.equals(encrypted)) {
        background.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#2da44e\" fill-opacity=\"0.25\"></rect>\n",
            x0, LINE_Y - 8, segWidth));
      }
      line(body, x0, LINE_Y, x0 + segWidth, LINE_Y, Boolean.FALSE.equals(encrypted));
      text(body, mid, LINE_Y - 26, "middle", 12, "bold", segmentTitle(s),
          drawnAbove.contains(s.id()) ? null : "segment " + s.id());
      text(body, mid, LINE_Y - 12, "middle", 11, null, channelLine(i), null);
      int y = LINE_Y + 24;
      if (s.operator() != null) {
        box(body, mid - BOX_W / 2, y, s.operator(), true);
        line(body, mid, LINE_Y, mid, y, true);
        placed.add(s.operator());
      }
      y += BOX_H + 8 + LINE_H;
      for (String t : threatLines(s)) {
        text(body, mid, y, "middle", 10, null, t, null);
        y += LINE_H;
      }
    }
    // Demarcation points: one before the first segment and one after each.
    for (int i = 0; n > 0 && i <= n; i++) {
      int x = pathLeft + i * segWidth;
      String label = pointLabel(i);
      body.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" transform=\"rotate(45 %d %d)\" fill=\"#ffffff\" "
              + "stroke=\"#1d2430\" stroke-width=\"2\"><title>%s</title></rect>\n",
          x - 5, LINE_Y - 5, x, LINE_Y, escape(labels.get("diagram.point") + ": " + label)));
      text(body, x, LINE_Y - 46, "middle", 10, null, clip(label, segWidth / CHAR_W), null);
    }
    // Recipients, stacked, each connected to the last demarcation point.
    int ry = LINE_Y - BOX_H / 2;
    for (Recipient r : recipients) {
      if (r.party() == null) {
        continue;
      }
      box(body, pathRight + 30, ry, r.party(), false);
      line(body, pathRight, LINE_Y, pathRight + 30, ry + BOX_H / 2, false);
      placed.add(r.party());
      ry += BOX_H + 34;
    }
    if (flow.parties() != null) {
      for (Party p : flow.parties()) {
        if (p.id() != null && !placed.contains(p.id()) && !drawnElsewhere.contains(p.id())) {
          others.add(p);
        }
      }
    }
    int y = n == 0 ? LINE_Y + BOX_H / 2 + 40 : Math.max(belowPath, recipientsBottom);
    List<TakenOutItem> items = flow.takeOut() == null || flow.takeOut().items() == null ? List.of() : flow.takeOut().items();
    if (!others.isEmpty() || !items.isEmpty()) {
      String title = others.isEmpty() ? labels.get("diagram.takeOut") : items.isEmpty() ? labels.get("diagram.others")
          : labels.get("diagram.others") + " / " + labels.get("diagram.takeOut");
      text(body, MARGIN, y, "start", 12, "bold", title, null);
      int x = MARGIN;
      y += 10;
      for (Party p : others) {
        box(body, x, y, p.id(), false);
        x += BOX_W + 20;
      }
      for (TakenOutItem item : items) {
        String itemTitle = labels.get("diagram.takeOut") + ": " + (item.id() == null ? "?" : item.id());
        body.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"#fff8e5\" stroke=\"#8a5a00\" "
                + "stroke-dasharray=\"5 3\"></rect>\n", x, y, BOX_W, BOX_H));
        text(body, x + BOX_W / 2, y + 21, "middle", 12, "bold", clip(itemTitle, 22), "item " + item.id());
        text(body, x + BOX_W / 2, y + 38, "middle", 10, null, item.kind() == null ? "" : item.kind().name(), null);
        x += BOX_W + 20;
      }
      y += BOX_H;
    }
    width = Math.max(pathRight + 30 + BOX_W + MARGIN, MARGIN + (others.size() + items.size()) * (BOX_W + 20));
    height = y + MARGIN + 8;
  }

  /** A party's box: name, id and roles; marked where it encrypts or decrypts the data. */
  private void box(StringBuilder b, int x, int y, String partyId, boolean operator) {
    Party p = flow.party(partyId);
    String name = p == null || p.name() == null ? partyId : p.name();
    String roles = p == null || p.roles() == null ? "" : String.join(", ", p.roles().stream().map(PartyRole::name).sorted().toList());
    b.append(String.format(Locale.ROOT,
        "<g><title>%s</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"#57606a\">"
            + "</rect>\n", escape(partyId + " (" + roles + ")"), x, y, BOX_W, BOX_H, operator ? "#f3f5f8" : "#eaf2fe"));
    text(b, x + BOX_W / 2, y + 19, "middle", 12, "bold", clip(name, 22), "party " + partyId);
    text(b, x + BOX_W / 2, y + 34, "middle", 10, null, clip(partyId, 26), null);
    text(b, x + BOX_W / 2, y + 46, "middle", 9, null, clip(roles + remoteLogins(partyId), 32), null);
    b.append("</g>\n");
    ObjectSecurity os = flow.objectSecurity();
    if (os != null) {
      int ly = operator ? y + BOX_H + 4 : y - 18;
      if (partyId.equals(os.encryptedBy())) {
        lock(b, x + 8, ly, labels.get("diagram.encrypts"), true);
      }
      if (partyId.equals(os.decryptedBy())) {
        lock(b, x + BOX_W - 70, ly, labels.get("diagram.decrypts"), false);
      }
      if (os.reencrypts(partyId)) {
        lock(b, x + 8, ly, labels.get("diagram.reencrypts"), false);
      }
    }
  }

  private String remoteLogins(String partyId) {
    if (flow.remoteLogins() == null) {
      return "";
    }
    for (RemoteLogin r : flow.remoteLogins()) {
      if (partyId.equals(r.vendor())) {
        return " · " + labels.get("diagram.remoteLogin");
      }
    }
    return "";
  }

  /** A small padlock, closed where the data is encrypted and open where it is decrypted. */
  private static void lock(StringBuilder b, int x, int y, String label, boolean closed) {
    b.append(String.format(Locale.ROOT,
        "<g class=\"%s\"><path d=\"M%d %d v-3 a4 4 0 0 1 8 0 %s\" fill=\"none\" stroke=\"#116329\" stroke-width=\"1.6\">"
            + "</path><rect x=\"%d\" y=\"%d\" width=\"12\" height=\"9\" rx=\"1.5\" fill=\"#116329\"></rect>",
        closed ? "encrypts" : "decrypts", x + 2, y + 4, closed ? "v3" : "v-1", x, y + 4));
    text(b, x + 16, y + 12, "start", 10, "bold", label, null);
    b.append("</g>\n");
  }

  private static void line(StringBuilder b, int x1, int y1, int x2, int y2, boolean dashed) {
    b.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\" stroke-width=\"%s\"%s></line>\n",
        x1, y1, x2, y2, dashed ? "1.5" : "2.5", dashed ? " stroke-dasharray=\"6 4\"" : ""));
  }

  private static void text(StringBuilder b, int x, int y, String anchor, int size, String weight, String text, String id) {
    b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
        .append("\" text-anchor=\"").append(anchor).append('"');
    if (weight != null) {
      b.append(" font-weight=\"").append(weight).append('"');
    }
    if (id != null) {
      b.append(" data-ref=\"").append(escape(id)).append('"');
    }
    b.append('>').append(escape(text)).append("</text>\n");
  }

  private String channelLine(int i) {
    Segment s = segments.get(i);
    String data = Exposures.labelKey(flow, i);
    return labels.get("path.channel") + ": " + Reports.channel(s, labels) + " · " + (data == null ? "?" : labels.get(data));
  }

  private String segmentTitle(Segment s) {
    return s.id() + " · " + (s.network() == null ? "?" : s.network().name());
  }

  /** Per threat, who is responsible on the segment (from the result), e.g. "eavesdropping: hosp · exempt: carrier". */
  private List<String> threatLines(Segment s) {
    List<String> lines = new ArrayList<>();
    if (result == null || result.segmentThreats() == null) {
      return lines;
    }
    for (SegmentThreat st : result.segmentThreats()) {
      if (s.id() != null && st.segments().contains(s.id())) {
        lines.add(Reports.responsibleText(st, labels));
      }
    }
    return lines;
  }

  private String pointLabel(int i) {
    String before = i > 0 ? segments.get(i - 1).toPoint() : null;
    String after = i < segments.size() ? segments.get(i).fromPoint() : null;
    if (before != null && after != null && !before.equals(after)) {
      return before + " / " + after;
    }
    String label = before != null ? before : after;
    return label != null ? label : labels.get("diagram.point") + " " + i;
  }

  /** Display width in half-width columns: a CJK (or other wide) character takes two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += columns(s.charAt(i));
    }
    return w;
  }

  private static int columns(char c) {
    return c > 0x2E80 ? 2 : 1;
  }

  /** The text cut to a width in half-width characters (a CJK character counts two), with an ellipsis if cut. */
  private static String clip(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    int w = 0;
    int i = 0;
    while (i < s.length() && w + columns(s.charAt(i)) <= max - 1) {
      w += columns(s.charAt(i));
      i++;
    }
    return s.substring(0, i) + "…";
  }
}

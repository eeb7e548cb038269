package org.demarc.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the flow editor shows: the document (one tree, as form and as text), the errors at their fields, and the
 * registry state (stored id and version, a save's outcome, a conflict).
 */
final class WebEditorView {
  /** The pointers the form has a control, row or section for; an error is shown at the nearest of them. */
  private static final Pattern ANCHORS = Pattern.compile("/(id|description|kind|purpose|legalForm|direction|provider|accessedBy"
      + "|data|data/(personal|medical)|consent|consent/basis"
      + "|parties|parties/\\d+|parties/\\d+/(id|name|roles)"
      + "|recipients|recipients/\\d+|recipients/\\d+/(party|identifiedInAdvance)"
      + "|segments|segments/\\d+|segments/\\d+/(id|fromPoint|toPoint|network|operator|channel"
      + "|channel/(protocol|tlsVersion|clientAuthenticated))"
      + "|objectSecurity|objectSecurity/(encryptedBy|decryptedBy|tamperDetection)"
      + "|endAuthentication|endAuthentication/(senderVerifiesRecipient|recipientVerifiesSender|method)"
      + "|inPlace|inPlace/\\d+|inPlace/\\d+/(control|party|status|reference))");

  /**
   * One error as the summary lists it.
   *
   * @param pointer where in the flow
   * @param anchor the id of the control (or row, or the text view) it is shown at
   * @param code the stable code (the API's)
   * @param message the message in the page's language
   */
  record Error(String pointer, String anchor, String code, String message) {}

  /**
   * A save refused because the stored flow moved on: what the other edit changed.
   *
   * @param current the stored version now
   * @param changes pointer: before → after, for every value the other edit changed
   */
  record Conflict(long current, List<String> changes) {}

  final ObjectNode tree;
  final String text;
  final String format;
  final String storedId;
  final Long version;
  private final Map<String, List<Error>> byAnchor = new LinkedHashMap<>();
  private final List<Error> errors = new ArrayList<>();
  String documentError;
  /** The flow, when the document reads and passes the API's checks; else null. */
  org.demarc.model.DataFlow flow;
  String saved;
  String saveError;
  Conflict conflict;

  WebEditorView(ObjectNode tree, String text, String format, String storedId, Long version) {
    this.tree = tree;
    this.text = text;
    this.format = "json".equals(format) ? "json" : "yaml";
    this.storedId = storedId == null || storedId.isBlank() ? null : storedId;
    this.version = version;
  }

  void error(String pointer, String code, String message) {
    String anchorPointer = anchor(pointer == null ? "" : pointer);
    String anchor = anchorPointer == null ? "document" : WebDocument.id(anchorPointer);
    Error e = new Error(pointer == null || pointer.isEmpty() ? "/" : pointer, anchor, code, message);
    errors.add(e);
    if (anchorPointer != null) {
      byAnchor.computeIfAbsent(anchorPointer, k -> new ArrayList<>()).add(e);
    }
  }

  private static String anchor(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      if (ANCHORS.matcher(p).matches()) {
        return p;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return null;
  }

  // what the template asks

  public String v(String pointer) {
    return WebDocument.value(tree, pointer);
  }

  public int count(String pointer) {
    return WebDocument.count(tree, pointer);
  }

  /** The row indexes of a list, for the template to iterate. */
  public List<Integer> rows(String pointer) {
    return java.util.stream.IntStream.range(0, count(pointer)).boxed().toList();
  }

  public boolean has(String pointer, String value) {
    return WebDocument.holds(tree, pointer, value);
  }

  public String id(String pointer) {
    return WebDocument.id(pointer);
  }

  /** The messages shown at a control, row or section; empty when none. */
  public List<Error> at(String pointer) {
    return byAnchor.getOrDefault(pointer, List.of());
  }

  /** The id of the element describing a control: its error messages, when it has any. */
  public String describedBy(String pointer) {
    return at(pointer).isEmpty() ? null : "e" + WebDocument.id(pointer);
  }

  public boolean invalid(String pointer) {
    return !at(pointer).isEmpty();
  }

  public List<Error> getErrors() {
    return errors;
  }

  public String getText() {
    return text;
  }

  public String getFormat() {
    return format;
  }

  public String getStoredId() {
    return storedId;
  }

  public Long getVersion() {
    return version;
  }

  public String getDocumentError() {
    return documentError;
  }

  public String getSaved() {
    return saved;
  }

  public String getSaveError() {
    return saveError;
  }

  public Conflict getConflict() {
    return conflict;
  }

  /** The party ids the flow declares, for the selects that name a party. */
  public List<String> getParties() {
    List<String> out = new ArrayList<>();
    JsonNode parties = tree.get("parties");
    if (parties != null && parties.isArray()) {
      for (JsonNode p : parties) {
        JsonNode id = p.get("id");
        if (id != null && id.isString() && !id.asString().isBlank() && !out.contains(id.asString())) {
          out.add(id.asString());
        }
      }
    }
    return out;
  }

  /** The options of a select naming a party: the declared parties, plus the current value if it names none. */
  public List<String> partyOptions(String pointer) {
    List<String> out = new ArrayList<>(getParties());
    String current = v(pointer);
    if (!current.isEmpty() && !out.contains(current)) {
      out.add(current);
    }
    return out;
  }

  /** The options of an enum select, plus the current value if it is not one of them (shown with its error). */
  public List<String> options(String enumName, String pointer) {
    List<String> out = new ArrayList<>(WebEnums.values(enumName));
    JsonNode current = tree.at(pointer);
    // a list (roles): each value it holds; a single value: itself
    for (JsonNode v : current.isArray() ? current : List.of(current)) {
      if (v.isValueNode() && !v.isNull() && !v.asString().isEmpty() && !out.contains(v.asString())) {
        out.add(v.asString());
      }
    }
    return out;
  }
}

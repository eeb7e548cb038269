package org.demarc.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarc.model.ControlType;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Threat;

/**
 * What one firing of one rule recorded: the rule's metadata, the facts it matched, and its outcomes.
 * Mutable only while the rule session runs; the engine reads it afterwards.
 */
public final class Activation {

  /** A required control. */
  public record ControlEntry(
      ControlType control, String party, String segment, Threat threat, ControlStatus status, String evidence,
      SubjectKind subjectKind) {}

  /**
   * An assigned responsibility on every subject and threat listed (empty: the whole flow, all threats); {@code scope}
   * names a text that narrows it, or is null for the type's own text.
   */
  public record ResponsibilityEntry(
      String party, ResponsibilityType type, List<String> segments, List<Threat> threats, String scope,
      SubjectKind subjectKind) {}

  private final String ruleName;
  private final List<Object> facts;
  // Most firings record one or two kinds of outcome: the others stay empty and are allocated on first use.
  private List<ControlEntry> controls = List.of();
  private List<ResponsibilityEntry> responsibilities = List.of();
  private List<String> missing = List.of();
  private List<String> unknownDetails = List.of();
  private Map<String, String> args = Map.of();
  private boolean prohibits;
  private boolean needsReview;
  private boolean notCovered;
  private String party;
  private String segment;
  private SubjectKind subjectKind;
  private Threat threat;

  Activation(String ruleName, List<Object> facts) {
    this.ruleName = ruleName;
    this.facts = facts;
  }

  public String ruleName() {
    return ruleName;
  }

  public List<Object> facts() {
    return facts;
  }

  /**
   * The edition this firing judged: the one whose {@link org.demarc.rules.facts.Evaluating} fact the rule bound, as a
   * rule reading facts that differ between editions does; null for a rule that reads none, whose firing holds for every
   * edition the session judged that the rule belongs to.
   */
  public String judged() {
    for (Object fact : facts) {
      if (fact instanceof org.demarc.rules.facts.Evaluating e) {
        return e.edition();
      }
    }
    return null;
  }

  public List<ControlEntry> controls() {
    return controls;
  }

  public List<ResponsibilityEntry> responsibilities() {
    return responsibilities;
  }

  public List<String> missing() {
    return missing;
  }

  /** Facts left out that only complete the answer: listed as missing, never needed for the verdict. */
  public List<String> unknownDetails() {
    return unknownDetails;
  }

  public Map<String, String> args() {
    return args;
  }

  public boolean prohibits() {
    return prohibits;
  }

  public boolean needsReview() {
    return needsReview;
  }

  /** Whether this finding says the edition has no section for this part of the flow. */
  public boolean notCovered() {
    return notCovered;
  }

  /** The party the finding is about: the first one the consequence named. */
  public String party() {
    return party;
  }

  /** The segment the finding is about: the first one the consequence named. */
  public String segment() {
    return segment;
  }

  /** What the segment field names. */
  public SubjectKind subjectKind() {
    return subjectKind;
  }

  /** The threat the finding is about: the first one the consequence named. */
  public Threat threat() {
    return threat;
  }

  void subject(String p, String s, SubjectKind k, Threat t) {
    if (party == null) {
      party = p;
    }
    if (segment == null) {
      segment = s;
      subjectKind = k;
    }
    if (threat == null) {
      threat = t;
    }
  }

  void add(ControlEntry control) {
    if (controls.isEmpty()) {
      controls = new ArrayList<>(4);
    }
    controls.add(control);
  }

  void add(ResponsibilityEntry responsibility) {
    if (responsibilities.isEmpty()) {
      responsibilities = new ArrayList<>(4);
    }
    responsibilities.add(responsibility);
  }

  void addUnknownDetail(String pointer) {
    if (unknownDetails.isEmpty()) {
      unknownDetails = new ArrayList<>(1);
    }
    unknownDetails.add(pointer);
  }

  void addMissing(String pointer) {
    if (missing.isEmpty()) {
      missing = new ArrayList<>(2);
    }
    missing.add(pointer);
  }

  void putArg(String name, String value) {
    if (args.isEmpty()) {
      args = new LinkedHashMap<>(4);
    }
    args.put(name, value);
  }

  void prohibit() {
    prohibits = true;
  }

  void review() {
    needsReview = true;
  }

  void markNotCovered() {
    notCovered = true;
  }

  /**
   * Turns the pointers this firing recorded into one line of a branching path's segments into pointers into the whole
   * path's: {@code at[k]} is the position in the path of the line's k-th segment.
   */
  public void onLine(int[] at) {
    missing = onLine(missing, at);
    unknownDetails = onLine(unknownDetails, at);
  }

  private static List<String> onLine(List<String> pointers, int[] at) {
    if (pointers.isEmpty()) {
      return pointers;
    }
    List<String> out = new ArrayList<>(pointers.size());
    for (String p : pointers) {
      if (p.startsWith("/segments/")) {
        int end = p.indexOf('/', 10);
        int k = Integer.parseInt(end < 0 ? p.substring(10) : p.substring(10, end));
        p = "/segments/" + at[k] + (end < 0 ? "" : p.substring(end));
      }
      out.add(p);
    }
    return out;
  }

  /**
   * What this firing recorded, without the facts it matched (which name positions on the line it was judged on): two
   * lines of a branching path that record the same about their shared part record it once.
   */
  public List<Object> recorded() {
    return java.util.Arrays.asList(ruleName, party, segment, subjectKind, threat, args, controls, responsibilities,
        missing, unknownDetails, prohibits, needsReview, notCovered);
  }
}

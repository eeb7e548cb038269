package org.demarc.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarc.model.ControlType;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.Threat;

/**
 * What one firing of one rule recorded: the rule's metadata, the facts it matched, and its outcomes.
 * Mutable only while the rule session runs; the engine reads it afterwards.
 */
public final class Activation {

  /** A required control. */
  public record ControlEntry(ControlType control, String party, String segment, Threat threat, ControlStatus status) {}

  /** An assigned responsibility. */
  public record ResponsibilityEntry(String party, ResponsibilityType type, String segment, Threat threat) {}

  private final String ruleName;
  private final Map<String, Object> metadata;
  private final List<Object> facts;
  private final List<ControlEntry> controls = new ArrayList<>();
  private final List<ResponsibilityEntry> responsibilities = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final Map<String, String> args = new LinkedHashMap<>();
  private boolean prohibits;
  private boolean needsReview;
  private boolean notCovered;
  private String party;
  private String segment;
  private Threat threat;

  Activation(String ruleName, Map<String, Object> metadata, List<Object> facts) {
    this.ruleName = ruleName;
    this.metadata = metadata;
    this.facts = facts;
  }

  public String ruleName() {
    return ruleName;
  }

  public Map<String, Object> metadata() {
    return metadata;
  }

  public List<Object> facts() {
    return facts;
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

  /** The threat the finding is about: the first one the consequence named. */
  public Threat threat() {
    return threat;
  }

  void subject(String p, String s, Threat t) {
    if (party == null) {
      party = p;
    }
    if (segment == null) {
      segment = s;
    }
    if (threat == null) {
      threat = t;
    }
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
}

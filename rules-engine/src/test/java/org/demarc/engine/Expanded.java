package org.demarc.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SegmentThreat;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Text;
import org.demarc.model.result.Threat;

/**
 * Test view of a grouped answer, one row per party, subject and threat (small flows only): scenario expectations are
 * written per cell, the answer groups them.
 */
final class Expanded {
  private Expanded() {}

  /** One party's responsibility on one subject (null: the whole flow) and threat (null: all). */
  record Resp(String ruleId, String party, ResponsibilityType type, String segment, Threat threat, Text scope,
      SubjectKind subjectKind) {}

  /** One cell of the matrix. */
  record Cell(String segment, Threat threat, List<String> responsible, List<String> partial, List<String> exempt) {}

  static List<Resp> responsibilities(EvaluationResult r) {
    return responsibilities(r.responsibilities());
  }

  static List<Resp> responsibilities(List<org.demarc.model.result.Responsibility> groups) {
    List<Resp> out = new ArrayList<>();
    for (org.demarc.model.result.Responsibility g : groups) {
      List<String> segments = g.segments().isEmpty() ? Collections.singletonList(null) : g.segments();
      List<Threat> threats = g.threats().isEmpty() ? Collections.singletonList(null) : g.threats();
      for (String p : g.parties()) {
        for (String s : segments) {
          for (Threat t : threats) {
            out.add(new Resp(g.ruleId(), p, g.type(), s, t, g.scope(), g.subjectKind()));
          }
        }
      }
    }
    return out;
  }

  static List<Cell> matrix(EvaluationResult r) {
    List<Cell> out = new ArrayList<>();
    for (SegmentThreat b : r.segmentThreats()) {
      for (String s : b.segments()) {
        for (Threat t : b.threats()) {
          out.add(new Cell(s, t, b.responsible(), b.partial(), b.exempt()));
        }
      }
    }
    return out;
  }

  static List<Threat> threats(EvaluationResult r) {
    return r.segmentThreats().stream().flatMap(b -> b.threats().stream()).distinct().toList();
  }

  static List<String> list(String... s) {
    return Arrays.asList(s);
  }
}

package org.demarc.engine;

import java.util.List;
import org.demarc.model.ControlType;
import org.demarc.model.Edition;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Threat;

/**
 * The cases of one rule unit ({@code cases.yaml} beside its DRL). A {@code fail} case is a flow on which the rule
 * finds something open (a control not in place, a prohibition, a missing fact, a point for review, an uncovered part;
 * for a rule that only informs, on which it fires); a {@code pass} case one on which it leaves nothing open (silent
 * where its chapter applies, or firing with everything in place). Each case lists exactly the outcomes the rule
 * records, and runs against the unit alone and in the full rule base. Parsed strictly.
 */
record UnitCase(String id, List<Case> cases) {

  /** One case: a scenario's flow (or a contract scenario's contract) under some editions. */
  record Case(String name, String kind, String scenario, String contractScenario, List<Edition> editions, List<Outcome> expect) {}

  /** What one firing of one variant recorded; compared exactly, as a set. */
  record Outcome(
      String variant, FindingKind finding, String party, String segment, SubjectKind subject, Threat threat,
      List<Control> controls, List<Responsibility> responsibilities, List<String> missing) {}

  /** A control the firing recorded. */
  record Control(ControlType control, String party, String segment, Threat threat, ControlStatus status) {}

  /** A responsibility the firing recorded. */
  record Responsibility(String party, ResponsibilityType type, String segment, Threat threat) {}
}

package org.demarc.engine;

import java.util.List;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.Basis;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.MissingEffect;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.Strength;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Threat;
import org.demarc.model.result.Verdict;

/**
 * One scenario file: a flow, the editions to evaluate it under, and what must come out. Parsed strictly: an
 * unknown field fails the test.
 */
record Scenario(String description, List<Edition> editions, DataFlow given, Expect expect) {

  /** What the result must show; every listed item must match, unlisted items are not checked. */
  record Expect(
      Verdict verdict,
      List<String> fired,
      List<String> notFired,
      List<ExpectedResponsibility> responsibilities,
      List<ExpectedResponsibility> absentResponsibilities,
      List<ExpectedControl> controls,
      List<ExpectedControl> absentControls,
      List<String> missingFacts,
      List<String> absentMissingFacts,
      List<String> unusedDeclarations,
      List<ExpectedFinding> findings,
      List<Threat> matrixThreats,
      List<ExpectedCell> segmentThreats) {}

  /** Matches a responsibility on the fields given. */
  record ExpectedResponsibility(
      String party, ResponsibilityType type, String segment, Threat threat, String rule, String scopeContains) {}

  /** Matches a required control on the fields given. */
  record ExpectedControl(
      ControlType control, String party, String segment, Threat threat, ControlStatus status, Strength strength,
      String rule, MissingEffect effect) {}

  /** Matches a finding on the fields given. */
  record ExpectedFinding(
      String rule, FindingKind kind, String party, String segment, SubjectKind subject, Boolean needsHumanReview,
      Basis basis, String messageContains, String clauseContains) {}

  /** One cell of the segment-by-threat matrix; the listed parties must be exactly those. */
  record ExpectedCell(String segment, Threat threat, List<String> responsible, List<String> partial, List<String> exempt) {}
}

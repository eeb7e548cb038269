package org.demarc.engine;

import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.Threat;
import org.demarc.model.result.Verdict;

/** A comparison scenario file: one flow, two editions, what must differ. Parsed strictly. */
record ComparisonScenario(String description, Edition from, Edition to, DataFlow given, Expect expect) {

  /** Listed rule ids must appear among the added, removed or changed findings; listed responsibilities must move. */
  record Expect(
      Verdict fromVerdict,
      Verdict toVerdict,
      List<String> added,
      List<String> removed,
      List<String> changed,
      List<Moved> responsibilitiesAdded,
      List<Moved> responsibilitiesRemoved) {}

  /** A responsibility matched on the fields given. */
  record Moved(String party, ResponsibilityType type, String segment, Threat threat) {}
}

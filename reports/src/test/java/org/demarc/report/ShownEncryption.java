package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.Segment;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EvaluationResult;

/**
 * The path in a report shows the data encrypted exactly where the engine judged its object encryption (its own reading
 * of where each end encrypts and decrypts, kept beside the rules' in {@link Exposures}), and unknown where the engine
 * did. Wherever B2-03, B3-08 or B3-09 judged a segment's object encryption: satisfied, the report shows the data
 * encrypted; unknown, it cannot tell; missing, it shows the plaintext, or the data encrypted with its key sent over the
 * same channel (which the rules read as not encrypted so that it cannot be read where the segment's operator can take
 * the key).
 */
final class ShownEncryption {
  private static final List<String> JUDGING = List.of("G-6.11-B2-03", "G-6.11-B3-08", "G-6.11-B3-09");

  private ShownEncryption() {}

  static void agreesWithTheEngine(DataFlow flow, EvaluationResult result) {
    for (var control : result.controls()) {
      if (control.control() != ControlType.OBJECT_ENCRYPTION || control.segment() == null
          || !JUDGING.contains(control.ruleId())) {
        continue;
      }
      int i = flow.segments().stream().map(Segment::id).toList().indexOf(control.segment());
      String shown = Exposures.labelKey(flow, i);
      String as = "segment " + control.segment() + ": " + control.ruleId() + " says " + control.status();
      if (control.status() == ControlStatus.UNKNOWN) {
        assertThat(shown).as(as).isNull();
      } else if (control.status() == ControlStatus.SATISFIED) {
        assertThat(shown).as(as).isIn("diagram.ciphertext", "diagram.keyWithData");
      } else {
        assertThat(shown).as(as).isIn("diagram.plaintext", "diagram.keyWithData");
      }
    }
  }
}

package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A replay compares responsibilities cell by cell, as an edition comparison does. */
class ReplaysTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode result(String responsibilities) {
    return JSON.readTree("{\"verdict\":\"COMPLIANT\",\"findings\":[],\"responsibilities\":" + responsibilities + "}");
  }

  @Test
  void aThreatAddedToAGroupMovesThatThreatOnly() {
    JsonNode recorded = result("[{\"type\":\"MANAGEMENT\",\"parties\":[\"hosp\",\"clinic\"],\"segments\":[\"s1\",\"s2\"],"
        + "\"threats\":[\"EAVESDROPPING\",\"TAMPERING\"],\"scope\":\"management\",\"ruleId\":\"G-6.11-B2-01\"}]");
    JsonNode now = result("[{\"type\":\"MANAGEMENT\",\"parties\":[\"hosp\",\"clinic\"],\"segments\":[\"s1\",\"s2\",\"s3\"],"
        + "\"threats\":[\"EAVESDROPPING\",\"TAMPERING\",\"SPOOFING\"],\"scope\":\"management\","
        + "\"ruleId\":\"G-6.11-B2-01\"}]");
    Replays.Diff diff = Replays.diff(recorded, now, true);
    assertThat(diff.responsibilitiesRemoved()).isEmpty();
    // s1 and s2 gain spoofing; s3 is new with every threat: two groups, each naming both parties once
    assertThat(diff.responsibilitiesAdded()).hasSize(2);
    assertThat(diff.responsibilitiesAdded().get(0).toString()).contains("\"parties\":[\"clinic\",\"hosp\"]",
        "\"segments\":[\"s1\",\"s2\"]", "\"threats\":[\"SPOOFING\"]", "\"ruleId\":\"G-6.11-B2-01\"");
    assertThat(diff.responsibilitiesAdded().get(1).toString()).contains("\"parties\":[\"clinic\",\"hosp\"]",
        "\"segments\":[\"s3\"]", "\"threats\":[\"EAVESDROPPING\",\"TAMPERING\",\"SPOOFING\"]");
    assertThat(diff.same()).isFalse();
  }

  @Test
  void aScopeWhoseTextDiffersMovesOnlyWhenTextsAreCompared() {
    JsonNode recorded = result("[{\"type\":\"SUPERVISION\",\"parties\":[\"hosp\"],\"segments\":[],\"threats\":[],"
        + "\"scope\":\"supervision of 甲\",\"ruleId\":\"G-6.11-B1-02\"}]");
    JsonNode now = result("[{\"type\":\"SUPERVISION\",\"parties\":[\"hosp\"],\"segments\":[],\"threats\":[],"
        + "\"scope\":\"supervision of P-1\",\"ruleId\":\"G-6.11-B1-02\"}]");
    // a masked input's texts quote pseudonyms: not compared, nothing moved
    assertThat(Replays.diff(recorded, now, false).same()).isTrue();
    Replays.Diff compared = Replays.diff(recorded, now, true);
    assertThat(compared.responsibilitiesAdded()).singleElement().satisfies(n -> {
      assertThat(n.path("scope").asString()).isEqualTo("supervision of P-1");
      assertThat(n.path("segments")).isEmpty();
      assertThat(n.path("threats")).isEmpty();
    });
    assertThat(compared.responsibilitiesRemoved()).singleElement()
        .satisfies(n -> assertThat(n.path("scope").asString()).isEqualTo("supervision of 甲"));
  }
}

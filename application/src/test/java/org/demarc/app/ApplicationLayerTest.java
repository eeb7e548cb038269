package org.demarc.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Recipient;
import org.demarc.model.Segment;
import org.demarc.model.result.Violation;
import org.junit.jupiter.api.Test;

/** The layer the API and the CLI share: codes, messages, limits, editions, pointers. */
class ApplicationLayerTest {

  @Test
  void decisionIdsAreVersion7UuidsInTheOrderTheyWereMade() {
    java.util.UUID id = java.util.UUID.fromString(DecisionIds.next());
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).as("48 bits of Unix milliseconds")
        .isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    String earlier = DecisionIds.next(1_700_000_000_000L).toString();
    String later = DecisionIds.next(1_700_000_000_001L).toString();
    assertThat(earlier).isLessThan(later).hasSize(36);
    assertThat(DecisionIds.next(1_700_000_000_000L)).as("random below the time").isNotEqualTo(
        DecisionIds.next(1_700_000_000_000L));
    assertThat(DecisionIds.next(1_700_000_000_000L).toString()).startsWith("018bcfe5-6800-7");
  }

  @Test
  void everyCodeHasItsMessageInBothLanguages() {
    ResourceBundle en = ResourceBundle.getBundle("org.demarc.app.messages", Locale.ROOT);
    ResourceBundle ja = ResourceBundle.getBundle("org.demarc.app.messages", Locale.JAPANESE);
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(en.containsKey("problem." + c.code())).as(c.code()).isTrue();
      assertThat(ja.getString("problem." + c.code())).as(c.code()).isNotEqualTo(en.getString("problem." + c.code()));
      assertThat(ErrorCode.of(c.code())).isEqualTo(c);
    }
    assertThat(ErrorCode.of("no_such_code")).isNull();
  }

  @Test
  void theWorkBudgetIsSegmentsTimesRecipients() {
    Limits limits = new Limits(1000, 10, 10, 20, 5);
    assertThat(limits.check(flow(4, 5), "")).isEmpty();
    List<Violation> over = limits.check(flow(5, 5), "/flow");
    assertThat(over).extracting(Violation::code).containsExactly("work_budget_exceeded");
    assertThat(over.get(0).pointer()).isEqualTo("/flow");
    assertThat(over.get(0).message().en()).contains("5 segment(s) x 5 recipient(s) = 25, limit 20");
    // a count over its own limit is named first, and the budget is not reported on top of it
    assertThat(limits.check(flow(11, 1), "")).extracting(Violation::code).containsExactly("too_many_segments");
    assertThat(Limits.work(flow(0, 0))).isEqualTo(1);
    // a path that branches: each segment counted for every line through it (a trunk of 3, then 3 lines of 1: 12)
    DataFlow star = flow(0, 2);
    List<Segment> ss = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ss.add(new Segment("t" + i, "p" + i, "p" + (i + 1), null, null, null));
    }
    for (int i = 0; i < 3; i++) {
      ss.add(new Segment("b" + i, "p3", "end" + i, null, null, null));
    }
    star = new DataFlow("f", null, null, null, null, null, null, star.parties(), null, star.recipients(), ss, null, null,
        null, null, null, null, null, null);
    assertThat(Limits.work(star)).isEqualTo(12 * 2);
    assertThat(new Limits(1000, 10, 10, 23, 5).check(star, "")).extracting(v -> v.message().en())
        .containsExactly("the flow asks for more work than one request may cost: 12 segment(s) x 2 recipient(s) = 24, "
            + "limit 23; split it into smaller flows");
    assertThatThrownBy(() -> limits.requireBatch(6, "/flows")).isInstanceOf(InputProblem.class)
        .extracting(e -> ((InputProblem) e).code()).isEqualTo(ErrorCode.TOO_MANY_ITEMS);
  }

  @Test
  void inputIsReadUpToTheCapAndNoFurther() {
    Limits limits = new Limits(10, 1, 1, 1, 1);
    assertThat(limits.read(new ByteArrayInputStream("0123456789".getBytes()))).hasSize(10);
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    assertThatThrownBy(() -> limits.read(endless)).isInstanceOf(InputProblem.class)
        .extracting(e -> ((InputProblem) e).code()).isEqualTo(ErrorCode.BODY_TOO_LARGE);
  }

  @Test
  void editionsAndPointers() {
    assertThat(Editions.parse(null, Edition.E2007_V2, "edition")).isEqualTo(Edition.E2007_V2);
    assertThat(Editions.parse("E2008_V3", Edition.E2007_V2, "edition")).isEqualTo(Edition.E2008_V3);
    assertThatThrownBy(() -> Editions.parse("E1999", Edition.E2007_V2, "from"))
        .isInstanceOf(InputProblem.class)
        .satisfies(e -> assertThat(((InputProblem) e).violations().get(0).pointer()).isEqualTo("from"))
        .satisfies(e -> assertThat(((InputProblem) e).text().ja()).contains("E1999"));
    Violation flowField = new Violation("/provider", "unknown_party", Messages.text("field.required", "field", "x"));
    Violation contractField = new Violation("/contracts/0/kind", "required", Messages.text("field.required",
        "field", "kind"));
    assertThat(ContractCheckRequest.rerooted(List.of(flowField, contractField))).extracting(Violation::pointer)
        .containsExactly("/flow/provider", "/contracts/0/kind");
    assertThat(ContractCheckRequest.ofOneContract(List.of(contractField))).extracting(Violation::pointer)
        .containsExactly("/kind");
    assertThat(Pointers.under("/flows/2", List.of(flowField))).extracting(Violation::pointer)
        .containsExactly("/flows/2/provider");
  }

  private static DataFlow flow(int segments, int recipients) {
    List<Party> parties = new ArrayList<>();
    List<Recipient> rs = new ArrayList<>();
    for (int i = 0; i < recipients; i++) {
      parties.add(new Party("r" + i, null, java.util.Set.of(PartyRole.RECIPIENT)));
      rs.add(new Recipient("r" + i, true));
    }
    List<Segment> ss = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      ss.add(new Segment("s" + i, null, null, null, null, null));
    }
    return new DataFlow("f", null, null, null, null, null, null, parties, null, rs, ss, null, null, null, null, null,
        null, null, null);
  }
}

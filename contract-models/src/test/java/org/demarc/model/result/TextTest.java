package org.demarc.model.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void aLazyTextWorksOutEachLanguageOnlyWhenAskedAndOnce() {
    AtomicInteger ja = new AtomicInteger();
    AtomicInteger en = new AtomicInteger();
    Text text = Text.lazily(() -> "盗聴" + ja.incrementAndGet(), () -> "eavesdropping" + en.incrementAndGet());
    assertThat(ja).hasValue(0);
    assertThat(en).hasValue(0);
    assertThat(text.in("en")).isEqualTo("eavesdropping1");
    assertThat(text.en()).isEqualTo("eavesdropping1");
    assertThat(ja).as("the other language is not worked out").hasValue(0);
    assertThat(text.in("ja")).isEqualTo("盗聴1");
    assertThat(text.ja()).isEqualTo("盗聴1");
    assertThat(ja).hasValue(1);
    assertThat(en).hasValue(1);
  }

  @Test
  void lazyAndGivenTextsWithTheSameWordsAreEqualAsRecordsOfTheTwoStringsWouldBe() {
    Text given = new Text("改ざん", "tampering");
    Text lazy = Text.lazily(() -> "改ざん", () -> "tampering");
    assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(given.hashCode()).isEqualTo(31 * "改ざん".hashCode() + "tampering".hashCode());
    assertThat(lazy).hasToString("Text[ja=改ざん, en=tampering]");
    assertThat(lazy).isNotEqualTo(new Text("改ざん", "alteration"));
    assertThat(new Text(null, "x")).isEqualTo(new Text(null, "x")).isNotEqualTo(new Text("x", "x"));
    assertThat(new Text(null, null).hashCode()).isZero();
  }

  @Test
  void textsFromEqualOriginsAreEqualWithoutWorkingOutTheirWords() {
    AtomicInteger worked = new AtomicInteger();
    Text a = Text.lazily(java.util.List.of("{party} must", "p"), () -> "a" + worked.incrementAndGet(),
        () -> "a" + worked.incrementAndGet());
    Text b = Text.lazily(java.util.List.of("{party} must", "p"), () -> "b" + worked.incrementAndGet(),
        () -> "b" + worked.incrementAndGet());
    assertThat(a.equals(b)).isTrue();
    assertThat(worked).as("no words worked out").hasValue(0);
  }

  @Test
  void textsFromDifferentOriginsOrNoneAreComparedWordForWord() {
    Text a = Text.lazily(java.util.List.of("t1"), () -> "同じ", () -> "same");
    Text b = Text.lazily(java.util.List.of("t2"), () -> "同じ", () -> "same");
    Text c = Text.lazily(java.util.List.of("t3"), () -> "同じ", () -> "other");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a).isEqualTo(new Text("同じ", "same")).isEqualTo(Text.lazily(() -> "同じ", () -> "same"));
    assertThat(new Text("同じ", "same")).isEqualTo(a);
    assertThat(c).isNotEqualTo(new Text("同じ", "same"));
  }
}

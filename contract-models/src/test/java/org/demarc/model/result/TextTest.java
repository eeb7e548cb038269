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
}

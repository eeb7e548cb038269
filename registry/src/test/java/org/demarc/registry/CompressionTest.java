package org.demarc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Compression contexts are kept between texts: what one frame leaves in a context must not reach the next. */
class CompressionTest {

  /** Texts of every kind and of very different sizes (a large one widens a context's window and tables). */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder b = new StringBuilder("{\"ruleId\":\"G-6.11-B1-").append(i).append("\",\"message\":\"応答 ");
      for (int k = 0; k < (i % 4 == 0 ? 4000 : i % 7); k++) {
        b.append("segment ").append(k * 31 + i).append(" of the line carrier; ");
      }
      texts.add(b.append("\"}").toString());
    }
    texts.add("");
    return texts;
  }

  @Test
  void eachTextGetsTheSameFrameWhateverWasCompressedBeforeItOnAnyThread() throws Exception {
    List<String> texts = texts();
    Compression.Kind[] kinds = Compression.Kind.values();
    // the frames as one thread writes them, in order
    List<byte[]> expected = new ArrayList<>();
    for (String t : texts) {
      for (Compression.Kind kind : kinds) {
        expected.add(Compression.pack(t, kind));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int thread = 0; thread < 6; thread++) {
        int offset = thread * 7;
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int j = 0; j < expected.size(); j++) {
              int n = (j * 13 + offset + round) % expected.size(); // another order on every thread and round
              String text = texts.get(n / kinds.length);
              byte[] frame = Compression.pack(text, kinds[n % kinds.length]);
              assertThat(frame).as("text %d, %s", n / kinds.length, kinds[n % kinds.length]).isEqualTo(expected.get(n));
              assertThat(Compression.unpack(frame)).isEqualTo(text);
            }
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

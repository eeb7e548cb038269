package org.demarc.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Stored texts as earlier releases wrote them, for tests that they are still read. */
final class OldFormats {
  private static final Map<Compression.Kind, String> DICTIONARIES = Map.of(Compression.Kind.ANSWER_EN,
      "answers-en-1.bin", Compression.Kind.ANSWER_JA, "answers-ja-1.bin", Compression.Kind.INPUT, "inputs-1.bin");

  private OldFormats() {}

  /** Gzip at the fastest level: rows written before dictionaries. */
  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Zstandard with a dictionary no longer written with ({@link Compression#RETIRED}), in the registry's two frames:
   * rows written before the answers' dictionaries were cut again.
   */
  static byte[] zstdRetired(String text, String resource) {
    try (InputStream in = Compression.class.getResourceAsStream("dictionaries/" + resource);
        com.github.luben.zstd.ZstdCompressCtx ctx = new com.github.luben.zstd.ZstdCompressCtx()) {
      byte[] dictionary = in.readAllBytes();
      ctx.loadDict(dictionary);
      ctx.setContentSize(true);
      byte[] frame = ctx.compress(text.getBytes(StandardCharsets.UTF_8));
      java.util.zip.Adler32 adler = new java.util.zip.Adler32();
      adler.update(dictionary);
      return java.nio.ByteBuffer.allocate(12 + frame.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
          .putInt(0x184D2A5D).putInt(4).putInt((int) adler.getValue()).put(frame).array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deflate (zlib format) with the kind's dictionary: rows written before Zstandard. */
  static byte[] deflate(String text, Compression.Kind kind) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      String name = DICTIONARIES.get(kind);
      if (name != null) {
        try (InputStream in = Compression.class.getResourceAsStream("dictionaries/" + name)) {
          deflater.setDictionary(in.readAllBytes());
        }
      }
      deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
  }
}

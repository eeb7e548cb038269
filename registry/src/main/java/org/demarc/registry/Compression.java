package org.demarc.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * How the registry compresses what it stores: deflate (zlib format) with a preset dictionary of text that answers
 * and inputs share (rule ids, citations, field names, the guideline's wording), so a decision of the typical flow takes
 * a few KB instead of 25 KB. The zlib header names the dictionary by its Adler-32 checksum, so reading needs no other
 * record of it; rows written before dictionaries (gzip) are still read. A shipped dictionary must never change (the
 * rows written with it need it): add a new one and write with that instead.
 *
 * <p>The dictionaries (in {@code dictionaries/}) were cut from the JSON answers to examples other than the typical
 * flow (remote maintenance, staff access from home, patient portal, the procurement check) and from example flow
 * files, so the stated sizes are not measured on the text the dictionary was made from.
 */
final class Compression {
  /** Which dictionary a kind of text is written with. */
  enum Kind {
    ANSWER_EN("answers-en-1.bin"), ANSWER_JA("answers-ja-1.bin"), INPUT("inputs-1.bin"),
    /** No dictionary: for short texts, where setting one would cost more than it saves. */
    PLAIN(null);

    private final byte[] dictionary;

    Kind(String resource) {
      this.dictionary = resource == null ? null : load(resource);
    }

    static Kind answer(String language) {
      return "ja".equals(language) ? ANSWER_JA : ANSWER_EN;
    }
  }

  /** The dictionaries by their Adler-32 checksum, as a zlib header names them. */
  private static final class ByChecksum {
    static final Map<Integer, byte[]> MAP = new HashMap<>();

    static {
      for (Kind k : Kind.values()) {
        if (k.dictionary == null) {
          continue;
        }
        java.util.zip.Adler32 a = new java.util.zip.Adler32();
        a.update(k.dictionary);
        MAP.put((int) a.getValue(), k.dictionary);
      }
    }
  }

  private Compression() {}

  private static byte[] load(String resource) {
    try (InputStream in = Compression.class.getResourceAsStream("dictionaries/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing compression dictionary " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text, deflated with the kind's dictionary. */
  static byte[] pack(String text, Kind kind) {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    // the default level: 3.5 KB per typical decision where the fastest level takes 4.3 KB (bench/registry.sh)
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      if (kind.dictionary != null) {
        deflater.setDictionary(kind.dictionary);
      }
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 6 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** The text back: from a dictionary-deflated (zlib) or a gzip stream. */
  static String unpack(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 6);
      byte[] buffer = new byte[8192];
      while (true) {
        int n = inflater.inflate(buffer);
        out.write(buffer, 0, n);
        if (inflater.finished()) {
          break;
        }
        if (n == 0) {
          if (inflater.needsDictionary()) {
            byte[] dictionary = ByChecksum.MAP.get(inflater.getAdler());
            if (dictionary == null) {
              throw new IllegalStateException("stored with an unknown dictionary " + inflater.getAdler());
            }
            inflater.setDictionary(dictionary);
          } else if (inflater.needsInput()) {
            throw new IllegalStateException("truncated stored text");
          }
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt stored text", e);
    } finally {
      inflater.end();
    }
  }
}

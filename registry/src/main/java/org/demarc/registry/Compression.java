package org.demarc.registry;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * How the registry compresses what it stores: Zstandard (RFC 8878) with a preset dictionary of text that answers and
 * inputs share (rule ids, citations, field names, the guideline's wording), so a decision of the typical flow takes a
 * few KB instead of 25 KB. Written as two frames: a skippable frame (magic {@code 0x184D2A5D}) holding the
 * dictionary's Adler-32 checksum, then the compressed frame, whose header states the original size; so reading needs
 * no other record of the dictionary, and any zstd decoder given the dictionary (as raw content) reads the row.
 *
 * <p>Earlier rows are still read: deflate (zlib format) with the same dictionaries, named by the same checksum in
 * the zlib header, and gzip before that. Zstandard replaced deflate because compressing was most of what recording a
 * decision costs: a 25 KB answer took 0.09 ms (fastest level, 3.7 KB) to 0.29 ms (default level, 2.8 KB) with
 * deflate, whose dictionary is hashed again for every text, and 0.05 ms (level 3, 3.0 KB) with Zstandard, whose
 * dictionary is digested once (measured on this machine with the typical flow's answer).
 *
 * <p>A shipped dictionary must never change (the rows written with it need it): add a new one, write with that and
 * keep the old one for reading ({@link #RETIRED}). The dictionaries (in {@code dictionaries/}) were cut from the JSON
 * answers to examples other than the typical flow (remote maintenance, staff access from home, the procurement check,
 * the patient portal: the last 32 KB of their answers one after the other) and from example flow files, so the stated
 * sizes are not measured on the text the dictionary was made from. The answers' second dictionaries were cut the same
 * way from the answers of 2026-12-03, after findings and controls came to carry their own strength and basis and
 * verdict reasons their words: with the first ones the typical flow's answer took 3.9 KB, with these 2.9 KB.
 */
final class Compression {
  /** The Zstandard level: 3 (the library's default); higher levels cost more than they save here. */
  private static final int LEVEL = 3;
  /**
   * How many compression contexts each kind keeps between texts. A context holds its working memory (native: its
   * match tables and buffers, a MB or two at most at this level); making one for every text, then clearing its
   * tables, was about a third of what compressing an answer cost (measured: 67 µs a decision with a new context, 48 µs
   * with a kept one). A few are enough: the decision writer is one thread, and request threads compress only decisions
   * about stored flows. A context is used by one thread at a time (taken from the queue, given back after).
   */
  private static final int POOLED = 4;
  /** A skippable frame's magic number (RFC 8878 §3.1.2), the one this registry uses to name the dictionary. */
  private static final int SKIPPABLE_MAGIC = 0x184D2A5D;
  private static final int ZSTD_MAGIC = 0xFD2FB528;

  /** Which dictionary a kind of text is written with. */
  enum Kind {
    ANSWER_EN("answers-en-2.bin"), ANSWER_JA("answers-ja-2.bin"), INPUT("inputs-1.bin"),
    /** No dictionary: for short texts, where setting one would cost more than it saves. */
    PLAIN(null);

    private final byte[] dictionary;
    private final int checksum;
    /** The dictionary digested once for compressing (thread-safe, shared). */
    private final ZstdDictCompress compress;
    /** Compression contexts set up for this kind, kept for the next text (see {@link #pack(byte[], Kind)}). */
    private final java.util.concurrent.ArrayBlockingQueue<ZstdCompressCtx> idle =
        new java.util.concurrent.ArrayBlockingQueue<>(POOLED);

    Kind(String resource) {
      this.dictionary = resource == null ? null : load(resource);
      this.checksum = dictionary == null ? 0 : adler32(dictionary);
      this.compress = dictionary == null ? null : new ZstdDictCompress(dictionary, LEVEL);
    }

    /** An idle context of this kind, or a new one. */
    private ZstdCompressCtx take() {
      ZstdCompressCtx ctx = idle.poll();
      if (ctx == null) {
        ctx = new ZstdCompressCtx();
        if (compress != null) {
          ctx.loadDict(compress);
        } else {
          ctx.setLevel(LEVEL);
        }
        ctx.setContentSize(true);
      }
      return ctx;
    }

    /** Keeps a context for the next text, or frees it when enough are kept. */
    private void give(ZstdCompressCtx ctx) {
      if (!idle.offer(ctx)) {
        ctx.close();
      }
    }

    static Kind answer(String language) {
      return "ja".equals(language) ? ANSWER_JA : ANSWER_EN;
    }
  }

  /** Dictionaries no text is written with any more, kept to read the rows written with them. */
  static final java.util.List<String> RETIRED = java.util.List.of("answers-en-1.bin", "answers-ja-1.bin");

  /** The dictionaries by their Adler-32 checksum, as a zlib header or the skippable frame names them. */
  private static final class ByChecksum {
    static final Map<Integer, byte[]> MAP = new HashMap<>();
    static final Map<Integer, ZstdDictDecompress> ZSTD = new HashMap<>();

    static {
      for (Kind k : Kind.values()) {
        if (k.dictionary != null) {
          add(k.checksum, k.dictionary);
        }
      }
      for (String resource : RETIRED) {
        byte[] dictionary = load(resource);
        add(adler32(dictionary), dictionary);
      }
    }

    private static void add(int checksum, byte[] dictionary) {
      MAP.put(checksum, dictionary);
      ZSTD.put(checksum, new ZstdDictDecompress(dictionary));
    }
  }

  private Compression() {}

  private static int adler32(byte[] bytes) {
    java.util.zip.Adler32 a = new java.util.zip.Adler32();
    a.update(bytes);
    return (int) a.getValue();
  }

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

  /** The text, compressed with the kind's dictionary. */
  static byte[] pack(String text, Kind kind) {
    return pack(text.getBytes(StandardCharsets.UTF_8), kind);
  }

  /** UTF-8 text, compressed with the kind's dictionary. */
  static byte[] pack(byte[] utf8, Kind kind) {
    ZstdCompressCtx ctx = kind.take();
    byte[] frame;
    try {
      frame = ctx.compress(utf8);
    } catch (RuntimeException | Error e) {
      ctx.close(); // a context whose frame failed midway is not reused
      throw e;
    }
    kind.give(ctx);
    if (kind.dictionary == null) {
      return frame;
    }
    ByteBuffer out = ByteBuffer.allocate(12 + frame.length).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(SKIPPABLE_MAGIC).putInt(4).putInt(kind.checksum).put(frame);
    return out.array();
  }

  /** The text back. */
  static String unpack(byte[] bytes) {
    return new String(unpackBytes(bytes), StandardCharsets.UTF_8);
  }

  /** The UTF-8 text back: from Zstandard (with or without a named dictionary), dictionary-deflate (zlib) or gzip. */
  static byte[] unpackBytes(byte[] bytes) {
    int magic = bytes.length >= 4 ? ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(0) : 0;
    if (magic == SKIPPABLE_MAGIC && bytes.length >= 12) {
      int checksum = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
      ZstdDictDecompress dictionary = ByChecksum.ZSTD.get(checksum);
      if (dictionary == null) {
        throw new IllegalStateException("stored with an unknown dictionary " + checksum);
      }
      return zstd(java.util.Arrays.copyOfRange(bytes, 12, bytes.length), dictionary);
    }
    if (magic == ZSTD_MAGIC) {
      return zstd(bytes, null);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return inflate(bytes);
  }

  private static byte[] zstd(byte[] frame, ZstdDictDecompress dictionary) {
    long size = Zstd.getFrameContentSize(frame);
    if (size < 0 || size > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("corrupt stored text: no usable content size");
    }
    try (ZstdDecompressCtx ctx = new ZstdDecompressCtx()) {
      if (dictionary != null) {
        ctx.loadDict(dictionary);
      }
      return ctx.decompress(frame, (int) size);
    } catch (com.github.luben.zstd.ZstdException e) {
      throw new IllegalStateException("corrupt stored text", e);
    }
  }

  /** Rows written with deflate (zlib format) and a dictionary named by its checksum in the header. */
  private static byte[] inflate(byte[] bytes) {
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
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt stored text", e);
    } finally {
      inflater.end();
    }
  }
}

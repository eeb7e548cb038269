package org.demarc.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.result.Violation;

/**
 * What one request or one command may cost, checked before any work is done, the same for the API and the CLI: the
 * size of the input, the segments and recipients of a flow, and the work budget — segments × recipients, the product
 * that drives the rule session's work — so no input costs time or memory out of proportion to its size.
 *
 * @param maxBytes largest body or input file, in bytes
 * @param maxSegments most segments in one flow
 * @param maxRecipients most recipients in one flow
 * @param maxWork most segments × recipients (each counted at least 1) in one flow
 * @param batchMaxItems most flows in one batch
 */
public record Limits(long maxBytes, int maxSegments, int maxRecipients, long maxWork, int batchMaxItems) {

  /** The defaults the README documents. */
  public static final Limits DEFAULT = new Limits(1_048_576L, 200, 1000, 20_000L, 1000);

  /**
   * The work a flow asks for: segments × recipients, each at least 1; where the path branches, each segment counted
   * once for every line through it, each line being judged as a path of its own ({@link DataFlow#branches()}).
   */
  public static long work(DataFlow flow) {
    return Math.max(1, judged(flow)) * Math.max(1, flow.recipients() == null ? 0 : flow.recipients().size());
  }

  /** The segments judged: each once, or where the path branches once for every line through it. */
  private static long judged(DataFlow flow) {
    List<List<Integer>> lines = flow.branches();
    return lines != null ? lines.stream().mapToLong(List::size).sum()
        : flow.segments() == null ? 0 : flow.segments().size();
  }

  /**
   * The limits the flow passes, as violations with pointers under {@code prefix}; empty when it is within them.
   * The problem code is that of the first violation ({@link #problem}).
   */
  public List<Violation> check(DataFlow flow, String prefix) {
    List<Violation> out = new ArrayList<>(2);
    int segments = flow.segments() == null ? 0 : flow.segments().size();
    int recipients = flow.recipients() == null ? 0 : flow.recipients().size();
    if (segments > maxSegments) {
      out.add(violation(ErrorCode.TOO_MANY_SEGMENTS, prefix + "/segments", "limit", maxSegments, "count", segments));
    }
    if (recipients > maxRecipients) {
      out.add(violation(ErrorCode.TOO_MANY_RECIPIENTS, prefix + "/recipients", "limit", maxRecipients,
          "count", recipients));
    }
    if (out.isEmpty() && work(flow) > maxWork) {
      out.add(violation(ErrorCode.WORK_BUDGET_EXCEEDED, prefix, "limit", maxWork, "segments", judged(flow),
          "recipients", recipients, "work", work(flow)));
    }
    return out;
  }

  /** Throws the problem for the flow if it passes a limit. */
  public void require(DataFlow flow, String prefix) {
    List<Violation> v = check(flow, prefix);
    if (!v.isEmpty()) {
      throw problem(v);
    }
  }

  /** The problem for violations of limits: its code is the first violation's. */
  public static InputProblem problem(List<Violation> violations) {
    ErrorCode code = ErrorCode.of(violations.get(0).code());
    return new InputProblem(code, violations.get(0).message(), violations);
  }

  /** A batch with more flows than allowed. */
  public void requireBatch(int items, String pointer) {
    if (items > batchMaxItems) {
      throw InputProblem.at(ErrorCode.TOO_MANY_ITEMS, pointer,
          Messages.of(ErrorCode.TOO_MANY_ITEMS, "limit", batchMaxItems, "count", items));
    }
  }

  /**
   * Reads the whole input, refusing it as soon as it passes {@code maxBytes} (so an endless stream such as
   * {@code /dev/zero} is refused after reading the limit, not read into memory).
   *
   * @throws InputProblem {@code body_too_large}
   */
  public byte[] read(InputStream in) {
    try {
      byte[] buf = new byte[(int) Math.min(maxBytes + 1, 64 * 1024)];
      int n = 0;
      while (true) {
        if (n == buf.length) {
          if (n > maxBytes) {
            throw tooLarge();
          }
          buf = Arrays.copyOf(buf, (int) Math.min(maxBytes + 1, (long) buf.length * 2));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
        if (n > maxBytes) {
          throw tooLarge();
        }
      }
      return Arrays.copyOf(buf, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problem for input over {@code maxBytes}. */
  public InputProblem tooLarge() {
    return InputProblem.at(ErrorCode.BODY_TOO_LARGE, "", Messages.of(ErrorCode.BODY_TOO_LARGE, "limit", maxBytes));
  }

  private static Violation violation(ErrorCode code, String pointer, Object... args) {
    return new Violation(pointer, code.code(), Messages.of(code, args));
  }
}

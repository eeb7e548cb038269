package org.demarc.report;

import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.KeyDelivery;
import org.demarc.model.ObjectSecurity;

/** Where on the path the data itself travels encrypted. */
final class Exposures {
  private Exposures() {}

  /**
   * The label key for what segment i carries: the plaintext, the data encrypted, the data encrypted with its key sent
   * over the same channel (which the rules do not count as appropriately encrypted where the segment's operator can
   * take the key with it: G-6.11-B1-11, G-6.11-B2-03, G-6.11-B3-07 to B3-09), or null when it cannot be told.
   */
  static String labelKey(DataFlow flow, int i) {
    Boolean encrypted = encryptedOn(flow, i);
    if (encrypted == null) {
      return null;
    }
    if (!encrypted) {
      return "diagram.plaintext";
    }
    return flow.objectSecurity().keyDelivery() == KeyDelivery.SAME_CHANNEL ? "diagram.keyWithData" : "diagram.ciphertext";
  }

  /**
   * Whether the data itself is encrypted on segment i, read the way the rules read it (CLS-exposure-*): encrypted and
   * decrypted by two parties, one positioned before the segment's start and the other after its end (whichever of them
   * the flow names as encrypting); encrypted and decrypted by the same party (its own keys), encrypted everywhere when
   * that party is the provider and nowhere otherwise; never on a segment run by a party that decrypts and encrypts
   * again; null when it cannot be told (the flow does not say how the data itself is protected, or who decrypts it,
   * except on the segments of an operator that encrypts or re-encrypts, which carry the plaintext whoever decrypts).
   */
  static Boolean encryptedOn(DataFlow flow, int i) {
    List<List<Integer>> lines = flow.branches();
    if (lines != null) {
      // a path that branches is read line by line, as the rules read it: on the first line through the segment
      for (List<Integer> line : lines) {
        int k = line.indexOf(i);
        if (k >= 0) {
          return encryptedOn(flow.along(line), k);
        }
      }
    }
    ObjectSecurity os = flow.objectSecurity();
    if (os == null) {
      return null;
    }
    if (os.encryptedBy() == null) {
      return false;
    }
    if (os.decryptedBy() == null) {
      // who decrypts is not said: unknown, but on the segments of an operator that encrypts, or decrypts and encrypts
      // again, which handles the plaintext there whoever the far end is (CLS-exposure-end-unknown)
      String op = flow.segments().get(i).operator();
      return op != null && (os.reencrypts(op) || op.equals(os.encryptedBy()) && !op.equals(flow.provider()))
          ? Boolean.FALSE : null;
    }
    if (os.decryptedBy().equals(os.encryptedBy())) {
      return os.encryptedBy().equals(flow.provider());
    }
    int eFirst = position(flow, os.encryptedBy(), true);
    int dFirst = position(flow, os.decryptedBy(), true);
    if (eFirst == Integer.MIN_VALUE || dFirst == Integer.MIN_VALUE) {
      return null;
    }
    // the ciphertext runs between the two ends, whichever the flow names as encrypting (a two-way exchange described
    // from the recipient's side): from the earlier party's first position to the later party's last; an end that is a
    // carrier or service there handles the plaintext on all the consecutive segments it runs
    boolean forward = eFirst <= dFirst;
    String earlier = forward ? os.encryptedBy() : os.decryptedBy();
    String later = forward ? os.decryptedBy() : os.encryptedBy();
    int place = forward ? eFirst : dFirst;
    if (!earlier.equals(flow.provider())) {
      place = latestBefore(flow, earlier, forward ? dFirst : eFirst, place); // as CLS-exposure-encrypted
    }
    int from = flow.plaintextRunEnd(earlier, place);
    int end = position(flow, later, false);
    if (!flow.atFarEnd(later)) {
      // a service in the middle decrypts at its earliest place after the other end, as CLS-exposure-encrypted reads it
      int first = position(flow, later, true);
      if (first > place && first < end) {
        end = first;
      }
    }
    int to = flow.plaintextRunStart(later, end);
    // a carrier or service that decrypts and encrypts again handles the plaintext on the segments it runs
    return from < i && i < to && !os.reencrypts(flow.segments().get(i).operator());
  }

  /**
   * The latest place of a party that is not the provider before {@code before}, its places read as the rules read
   * them: the last segment it runs (one place from its first to its last), and the far end for a recipient.
   */
  private static int latestBefore(DataFlow flow, String party, int before, int fallback) {
    int best = fallback;
    int last = -1;
    for (int i = 0; i < flow.segments().size(); i++) {
      if (party.equals(flow.segments().get(i).operator())) {
        last = i;
      }
    }
    if (last >= 0 && last < before) {
      best = Math.max(best, last);
    }
    int n = flow.segments().size();
    if (flow.atFarEnd(party) && n < before) {
      best = Math.max(best, n);
    }
    return best;
  }

  /**
   * A party's position on the path ({@link DataFlow#places}): the earliest or the latest of its places; MIN_VALUE when
   * it is not on the path.
   */
  private static int position(DataFlow flow, String party, boolean first) {
    List<Integer> at = flow.places(party); // CLS-position-*
    if (at.isEmpty()) {
      return Integer.MIN_VALUE;
    }
    return first ? at.get(0) : at.get(at.size() - 1);
  }
}

package org.demarc.model;

import java.util.List;

/**
 * A proposed flow of medical information that leaves the institution (外部と個人情報を含む医療情報を交換する場合), or
 * another situation the guideline addresses ({@link FlowKind}).
 * Fields left out are unknown: a rule that needs one reports "insufficient information" naming the field.
 *
 * @param id the flow's id
 * @param description free text
 * @param purpose why the information is exchanged
 * @param legalForm consignment (委託), third-party provision (第三者提供) or provision required by law
 * @param consent for third-party provision: the consent basis
 * @param direction one-way or two-way
 * @param data what data it carries
 * @param parties every organisation involved, each with its roles
 * @param provider id of the providing institution (提供元医療機関等)
 * @param recipients recipients and potential recipients (提供先), each marked identified in advance or not
 * @param segments the path, in order from the provider's side to the far end (the recipient, or the staff member or
 *     patient who accesses), between demarcation points: the last segment of an access is the person's own line
 * @param objectSecurity encryption and tamper detection of the data itself
 * @param endAuthentication how the ends authenticate each other
 * @param remoteLogins remote logins for maintenance
 * @param inPlace organisational and contractual controls declared in place
 * @param takeOut information and devices taken out of the institution (6.9)
 * @param emergency access in an emergency (6.10; 6.9 in edition 2)
 * @param kind what shape of situation the flow describes; absent means an exchange (or a take-out, when the flow
 *     has a take-out and no path)
 * @param accessedBy for staff or patient access: the staff member or patient (a party with that role) at the far
 *     end of the path, who reaches the institution's systems from outside
 */
public record DataFlow(
    String id,
    String description,
    FlowPurpose purpose,
    LegalForm legalForm,
    Consent consent,
    Direction direction,
    DataDescription data,
    List<Party> parties,
    String provider,
    List<Recipient> recipients,
    List<Segment> segments,
    ObjectSecurity objectSecurity,
    EndAuthentication endAuthentication,
    List<RemoteLogin> remoteLogins,
    List<InPlace> inPlace,
    TakeOut takeOut,
    Emergency emergency,
    FlowKind kind,
    String accessedBy) {

  /** The kind the flow is judged as: its declared kind, else a take-out when it has one and no path, else exchange. */
  public FlowKind effectiveKind() {
    if (kind != null) {
      return kind;
    }
    return takeOut != null && (segments == null || segments.isEmpty()) ? FlowKind.TAKE_OUT : FlowKind.EXCHANGE;
  }

  /** The same flow with other declarations of controls. */
  public DataFlow withInPlace(List<InPlace> declarations) {
    return new DataFlow(id, description, purpose, legalForm, consent, direction, data, parties, provider,
        recipients, segments, objectSecurity, endAuthentication, remoteLogins, declarations, takeOut, emergency,
        kind, accessedBy);
  }

  /**
   * The lines of a path that branches (one-to-many recipients reached over separate lines from a shared point: a
   * regional network's hub, the provider's own gateway), each as the positions of its segments from the provider's
   * side to one far end, in the order of the segments' list; null when the path is one line. A segment continues the
   * one whose end point it starts from (the latest such one before it), or starts at the path's first point; the path
   * branches where a segment starts from a point passed before that is not where the segment before it ends. Each line
   * is judged as a path of its own and the answers are joined (Demarc's reading of C:L499-505: both institutions meet
   * the requirements for every recipient).
   */
  public List<List<Integer>> branches() {
    if (segments == null || segments.size() < 2 || !startsAgain()) {
      return null;
    }
    int n = segments.size();
    int[] parent = new int[n];
    boolean branches = false;
    java.util.Map<String, Integer> endsAt = new java.util.HashMap<>();
    String root = segments.get(0) == null ? null : segments.get(0).fromPoint();
    for (int i = 0; i < n; i++) {
      Segment s = segments.get(i);
      parent[i] = i - 1;
      if (s == null || s.fromPoint() == null) {
        continue;
      }
      Segment previous = i > 0 ? segments.get(i - 1) : null;
      boolean continues = previous != null && s.fromPoint().equals(previous.toPoint());
      if (i > 0 && !continues) {
        if (endsAt.containsKey(s.fromPoint())) {
          parent[i] = endsAt.get(s.fromPoint());
          branches = true;
        } else if (s.fromPoint().equals(root)) {
          parent[i] = -1;
          branches = true;
        }
      }
      if (s.toPoint() != null) {
        endsAt.put(s.toPoint(), i);
      }
    }
    if (!branches) {
      return null;
    }
    boolean[] continued = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        continued[parent[i]] = true;
      }
    }
    List<List<Integer>> lines = new java.util.ArrayList<>();
    for (int leaf = 0; leaf < n; leaf++) {
      if (continued[leaf]) {
        continue;
      }
      java.util.ArrayDeque<Integer> line = new java.util.ArrayDeque<>();
      for (int i = leaf; i >= 0; i = parent[i]) {
        line.addFirst(i);
      }
      lines.add(List.copyOf(line));
    }
    return List.copyOf(lines);
  }

  /**
   * Whether some segment starts elsewhere than where the one before it ends: only then can the path branch (a check
   * that allocates nothing, as every evaluation makes it).
   */
  private boolean startsAgain() {
    for (int i = 1; i < segments.size(); i++) {
      Segment previous = segments.get(i - 1);
      Segment s = segments.get(i);
      if (s != null && s.fromPoint() != null && (previous == null || !s.fromPoint().equals(previous.toPoint()))) {
        return true;
      }
    }
    return false;
  }

  /** The same flow along one line of a branching path ({@link #branches()}): its segments only, in path order. */
  public DataFlow along(List<Integer> line) {
    List<Segment> on = new java.util.ArrayList<>(line.size());
    line.forEach(i -> on.add(segments.get(i)));
    return new DataFlow(id, description, purpose, legalForm, consent, direction, data, parties, provider,
        recipients, on, objectSecurity, endAuthentication, remoteLogins, inPlace, takeOut, emergency, kind, accessedBy);
  }

  /**
   * Where a carrier or service that encrypts the data itself at segment {@code at} is done with the plaintext: the last
   * of the consecutive segments it runs from there. Where inside its own management scope it encrypts is not known, so
   * the scope carries plaintext as a whole, however finely the flow divides it into segments (Demarc's reading). A
   * position off the path (the provider before it, a recipient after it) is returned as it is.
   */
  public int plaintextRunEnd(String party, int at) {
    if (segments == null || at < 0 || at >= segments.size()) {
      return at;
    }
    int end = at;
    while (end + 1 < segments.size() && party.equals(segments.get(end + 1).operator())) {
      end++;
    }
    return end;
  }

  /**
   * The same for a carrier or service that decrypts at segment {@code at}: the first of the consecutive segments it
   * runs up to there.
   */
  public int plaintextRunStart(String party, int at) {
    if (segments == null || at < 0 || at >= segments.size()) {
      return at;
    }
    int start = at;
    while (start - 1 >= 0 && party.equals(segments.get(start - 1).operator())) {
      start--;
    }
    return start;
  }

  /**
   * Whether a party stands at the far end of the path: a recipient, or the staff member or patient reaching the
   * institution from outside.
   */
  public boolean atFarEnd(String party) {
    return party != null && (party.equals(accessedBy)
        || recipients != null && recipients.stream().anyMatch(r -> r != null && party.equals(r.party())));
  }

  /**
   * Where a party stands on the path, in path order (the rules' CLS-position-*): -1 for the provider, the index of each
   * segment it runs (the provider's also each segment without an operator, its own line), and the number of segments
   * for a recipient or the person reaching the institution from outside; empty when it is not on the path.
   */
  public List<Integer> places(String party) {
    List<Integer> at = new java.util.ArrayList<>();
    if (party == null) {
      return at;
    }
    boolean provides = party.equals(provider);
    if (provides) {
      at.add(-1);
    }
    int n = segments == null ? 0 : segments.size();
    for (int i = 0; i < n; i++) {
      Segment s = segments.get(i);
      if (s != null && (party.equals(s.operator()) || provides && s.operator() == null)) {
        at.add(i);
      }
    }
    if (atFarEnd(party)) {
      at.add(n);
    }
    return at;
  }

  /** A party as messages name it: its name and id, or its id where it has no name (or is not declared). */
  public String named(String partyId) {
    if (partyId == null) {
      return "";
    }
    Party p = party(partyId);
    return p == null || p.name() == null || p.name().isBlank() ? partyId : p.name() + " (" + partyId + ")";
  }

  /** Whether the party is a recipient of this flow's consignment (委託): its consignee. */
  public boolean consignee(String partyId) {
    if (legalForm != LegalForm.CONSIGNMENT || recipients == null || partyId == null) {
      return false;
    }
    for (Recipient r : recipients) {
      if (r != null && partyId.equals(r.party())) {
        return true;
      }
    }
    return false;
  }

  /** The declared party with this id, or null. */
  public Party party(String partyId) {
    if (parties == null || partyId == null) {
      return null;
    }
    for (Party p : parties) {
      if (partyId.equals(p.id())) {
        return p;
      }
    }
    return null;
  }
}

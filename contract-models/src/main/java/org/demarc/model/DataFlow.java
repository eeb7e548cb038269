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

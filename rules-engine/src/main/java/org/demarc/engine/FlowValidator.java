package org.demarc.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.model.ChannelProtocol;
import org.demarc.model.ChannelSecurity;
import org.demarc.model.Clause;
import org.demarc.model.ConsentBasis;
import org.demarc.model.Contract;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.Direction;
import org.demarc.model.FlowKind;
import org.demarc.model.InPlace;
import org.demarc.model.ObjectSecurity;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Recipient;
import org.demarc.model.RemoteLogin;
import org.demarc.model.Segment;
import org.demarc.model.TakenOutItem;
import org.demarc.model.result.Violation;

/**
 * Structural checks a flow must pass before rules can run: references resolve, ids are unique, parties hold
 * the roles they are referenced in. Facts a rule needs but the flow leaves out are not errors here: the rule
 * reports them as insufficient information.
 */
final class FlowValidator {
  private final Texts texts;

  FlowValidator(Texts texts) {
    this.texts = texts;
  }

  List<Violation> validate(DataFlow flow) {
    List<Violation> out = new ArrayList<>();
    if (flow == null) {
      out.add(violation("", "required", "field", "flow"));
      return out;
    }
    checkText("/id", flow.id(), out);
    if (flow.parties() != null) {
      for (int i = 0; i < flow.parties().size(); i++) {
        Party p = flow.parties().get(i);
        if (p != null) {
          checkText("/parties/" + i + "/id", p.id(), out);
          checkText("/parties/" + i + "/name", p.name(), out);
        }
      }
    }
    if (flow.segments() != null) {
      for (int i = 0; i < flow.segments().size(); i++) {
        if (flow.segments().get(i) != null) {
          checkText("/segments/" + i + "/id", flow.segments().get(i).id(), out);
        }
      }
    }
    Set<String> partyIds = new HashSet<>();
    if (flow.parties() == null || flow.parties().isEmpty()) {
      out.add(violation("/parties", "required", "field", "parties"));
    } else {
      for (int i = 0; i < flow.parties().size(); i++) {
        Party p = flow.parties().get(i);
        String at = "/parties/" + i;
        if (p == null || p.id() == null || p.id().isBlank()) {
          out.add(violation(at + "/id", "required", "field", "id"));
          continue;
        }
        if (!partyIds.add(p.id())) {
          out.add(violation(at + "/id", "duplicate_id", "id", p.id()));
        }
        if (p.roles() == null || p.roles().isEmpty()) {
          out.add(violation(at + "/roles", "required", "field", "roles"));
        }
      }
    }
    if (flow.provider() == null) {
      out.add(violation("/provider", "required", "field", "provider"));
    } else {
      checkParty(flow, "/provider", flow.provider(), PartyRole.PROVIDER, out);
    }
    Set<String> onPath = new HashSet<>();
    if (flow.provider() != null) {
      onPath.add(flow.provider());
    }
    FlowKind kind = flow.effectiveKind();
    if (kind.outsideAccess()) {
      PartyRole role = kind == FlowKind.STAFF_ACCESS ? PartyRole.STAFF : PartyRole.PATIENT;
      if (flow.accessedBy() == null) {
        out.add(violation("/accessedBy", "required", "field", "accessedBy"));
      } else {
        checkParty(flow, "/accessedBy", flow.accessedBy(), role, out);
        onPath.add(flow.accessedBy());
      }
    } else if (flow.accessedBy() != null) {
      out.add(violation("/accessedBy", "not_for_kind", "field", "accessedBy", "kind", kind));
    }
    if (kind == FlowKind.REMOTE_MAINTENANCE && (flow.remoteLogins() == null || flow.remoteLogins().isEmpty())) {
      out.add(violation("/remoteLogins", "required", "field", "remoteLogins"));
    }
    if (kind == FlowKind.BREAK_GLASS && flow.emergency() == null) {
      out.add(violation("/emergency", "required", "field", "emergency"));
    } else if (kind == FlowKind.BREAK_GLASS && Boolean.FALSE.equals(flow.emergency().breakGlassUsed())) {
      // a break-glass access that says it uses no break-glass access: which holds is not Demarc's to guess
      out.add(violation("/emergency/breakGlassUsed", "not_for_kind", "field", "breakGlassUsed: false", "kind", kind));
    }
    if (kind == FlowKind.TAKE_OUT && flow.takeOut() == null) {
      out.add(violation("/takeOut", "required", "field", "takeOut"));
    }
    if (kind.outsideAccess() && flow.recipients() != null && !flow.recipients().isEmpty()) {
      out.add(violation("/recipients", "not_for_kind", "field", "recipients", "kind", kind));
    }
    if (!kind.provision() && !kind.outsideAccess()) {
      // Remote maintenance, break-glass access and a take-out are judged by their own clauses and have no path: a
      // path, recipients or a legal form given for one would be passed over, as if judged and found in order. An
      // exchange judges a take-out, remote logins and an emergency it carries as well (README: kinds of flow).
      pathless(flow.legalForm(), "/legalForm", "legalForm", kind, out);
      pathless(flow.consent(), "/consent", "consent", kind, out);
      pathless(flow.recipients(), "/recipients", "recipients", kind, out);
      pathless(flow.segments(), "/segments", "segments", kind, out);
      pathless(flow.objectSecurity(), "/objectSecurity", "objectSecurity", kind, out);
      pathless(flow.endAuthentication(), "/endAuthentication", "endAuthentication", kind, out);
      pathless(flow.direction(), "/direction", "direction", kind, out);
    }
    if (flow.consent() != null && flow.consent().impliedCase() != null && flow.consent().basis() != null
        && flow.consent().basis() != ConsentBasis.IMPLIED) {
      // a case of implied consent beside another basis: which one the provision rests on is not Demarc's to guess
      out.add(violation("/consent/impliedCase", "not_for_basis", "field", "impliedCase", "basis",
          flow.consent().basis().name()));
    }
    if (flow.recipients() != null) {
      Set<String> listed = new HashSet<>();
      for (int i = 0; i < flow.recipients().size(); i++) {
        Recipient r = flow.recipients().get(i);
        String at = "/recipients/" + i + "/party";
        if (r == null || r.party() == null) {
          out.add(violation(at, "required", "field", "party"));
          continue;
        }
        if (!listed.add(r.party())) { // listed twice, perhaps with contradicting facts: which holds is not Demarc's to guess
          out.add(violation(at, "duplicate_id", "id", r.party()));
        }
        if (r.party().equals(flow.provider())) {
          // information that stays with the institution is provided to no one: judged as a provision to itself, it
          // would get the duties of a one-to-one exchange with itself
          out.add(violation(at, "recipient_is_provider", "party", r.party()));
          continue;
        }
        Party recipient = flow.party(r.party());
        if (recipient == null || !recipient.has(PartyRole.PATIENT)) { // a patient may receive their own information
          checkParty(flow, at, r.party(), PartyRole.RECIPIENT, out);
        }
        onPath.add(r.party());
      }
    }
    if (flow.segments() != null) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < flow.segments().size(); i++) {
        Segment s = flow.segments().get(i);
        String at = "/segments/" + i;
        if (s == null || s.id() == null || s.id().isBlank()) {
          out.add(violation(at + "/id", "required", "field", "id"));
          continue;
        }
        if (!ids.add(s.id())) {
          out.add(violation(at + "/id", "duplicate_id", "id", s.id()));
        }
        if (s.operator() != null) {
          Party op = flow.party(s.operator());
          if (op == null) {
            out.add(unknownParty(flow, at + "/operator", s.operator()));
          } else if (!op.has(PartyRole.CARRIER) && !op.has(PartyRole.ONLINE_SERVICE) && !runsItsOwn(flow, op)) {
            out.add(violation(at + "/operator", "role_mismatch", "party", s.operator(), "role", "CARRIER or ONLINE_SERVICE"));
          }
          onPath.add(s.operator());
        }
      }
    }
    checkPathShape(flow.segments(), out);
    if (flow.segments() != null) {
      // a tunnel end that names no party of the flow (a typo) would silently leave the tunnel out of the judgement;
      // a declared party off the path (a maintenance vendor's own gateway) is accepted: a tunnel the rules cannot place
      // between positions on the path frees no operator, which is the reading that asks more
      for (int i = 0; i < flow.segments().size(); i++) {
        Segment s = flow.segments().get(i);
        if (s != null && s.channel() != null) {
          checkChannel("/segments/" + i + "/channel", s.channel(), out);
          checkDeclared(flow, "/segments/" + i + "/channel/tunnelFrom", s.channel().tunnelFrom(), out);
          checkDeclared(flow, "/segments/" + i + "/channel/tunnelTo", s.channel().tunnelTo(), out);
        }
      }
    }
    if (flow.objectSecurity() != null) {
      checkOnPath(flow, "/objectSecurity/encryptedBy", flow.objectSecurity().encryptedBy(), onPath, out);
      checkOnPath(flow, "/objectSecurity/decryptedBy", flow.objectSecurity().decryptedBy(), onPath, out);
      checkOnEveryLine(flow, onPath, out);
      checkEncryptionOrder(flow, onPath, out);
      checkReencryption(flow, out);
      checkUnencrypted(flow.objectSecurity(), out);
    }
    if (flow.remoteLogins() != null) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < flow.remoteLogins().size(); i++) {
        RemoteLogin l = flow.remoteLogins().get(i);
        String at = "/remoteLogins/" + i;
        if (l == null || l.id() == null || l.id().isBlank()) {
          out.add(violation(at + "/id", "required", "field", "id"));
          continue;
        }
        if (!ids.add(l.id())) {
          out.add(violation(at + "/id", "duplicate_id", "id", l.id()));
        }
        if (l.vendor() == null) {
          out.add(violation(at + "/vendor", "required", "field", "vendor"));
        } else if (flow.party(l.vendor()) == null) {
          out.add(unknownParty(flow, at + "/vendor", l.vendor()));
        }
      }
    }
    if (flow.takeOut() != null && flow.takeOut().items() != null) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < flow.takeOut().items().size(); i++) {
        TakenOutItem item = flow.takeOut().items().get(i);
        String at = "/takeOut/items/" + i;
        if (item == null || item.id() == null || item.id().isBlank()) {
          out.add(violation(at + "/id", "required", "field", "id"));
          continue;
        }
        if (!ids.add(item.id())) {
          out.add(violation(at + "/id", "duplicate_id", "id", item.id()));
        }
        if (item.kind() == null) {
          out.add(violation(at + "/kind", "required", "field", "kind"));
        }
      }
    }
    if (flow.inPlace() != null) {
      Map<Declared, Integer> firstDeclared = new HashMap<>();
      for (int i = 0; i < flow.inPlace().size(); i++) {
        InPlace d = flow.inPlace().get(i);
        String at = "/inPlace/" + i;
        if (d == null || d.control() == null) {
          out.add(violation(at + "/control", "required", "field", "control"));
          continue;
        } else if (d.party() != null && flow.party(d.party()) == null) {
          out.add(unknownParty(flow, at + "/party", d.party()));
        }
        // The same control declared twice for the same party (or twice for every party) with different statuses
        // contradicts itself: which one holds is the author's to say, not Demarc's to guess.
        Integer first = firstDeclared.putIfAbsent(new Declared(d.control(), d.party()), i);
        if (first != null && flow.inPlace().get(first).effectiveStatus() != d.effectiveStatus()) {
          out.add(violation(at + "/status", "conflicting_declaration", "control", d.control(), "first",
              "/inPlace/" + first));
        }
      }
    }
    return out;
  }

  /**
   * Structural errors in contracts: ids, kinds, parties (declared in the flow when there is one), clause types and
   * bound parties. Pointers start at /contracts.
   */
  List<Violation> validateContracts(List<Contract> contracts, DataFlow flow) {
    List<Violation> out = new ArrayList<>();
    if (contracts == null) {
      out.add(violation("/contracts", "required", "field", "contracts"));
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < contracts.size(); i++) {
      Contract c = contracts.get(i);
      String at = "/contracts/" + i;
      if (c == null || c.id() == null || c.id().isBlank()) {
        out.add(violation(at + "/id", "required", "field", "id"));
        continue;
      }
      if (!ids.add(c.id())) {
        out.add(violation(at + "/id", "duplicate_id", "id", c.id()));
      }
      if (c.kind() == null) {
        out.add(violation(at + "/kind", "required", "field", "kind"));
      }
      if (c.counterparty() == null) {
        out.add(violation(at + "/counterparty", "required", "field", "counterparty"));
      }
      if (c.institution() == null) {
        out.add(violation(at + "/institution", "required", "field", "institution"));
      }
      if (flow != null) {
        checkDeclared(flow, at + "/institution", c.institution(), out);
        checkDeclared(flow, at + "/counterparty", c.counterparty(), out);
      }
      if (c.otherParties() != null) {
        Set<String> signed = new java.util.HashSet<>();
        signed.add(c.institution());
        signed.add(c.counterparty());
        for (int j = 0; j < c.otherParties().size(); j++) {
          String party = c.otherParties().get(j);
          String pat = at + "/otherParties/" + j;
          if (party == null) {
            out.add(violation(pat, "required", "field", "otherParties"));
          } else if (!signed.add(party)) {
            out.add(violation(pat, "duplicate_id", "id", party));
          } else if (flow != null) {
            checkDeclared(flow, pat, party, out);
          }
        }
      }
      if (c.clauses() != null) {
        for (int j = 0; j < c.clauses().size(); j++) {
          Clause cl = c.clauses().get(j);
          String cat = at + "/clauses/" + j;
          if (cl == null || cl.type() == null) {
            out.add(violation(cat + "/type", "required", "field", "type"));
          } else if (cl.binds() != null && !c.signedBy(cl.binds())) {
            out.add(violation(cat + "/binds", "unknown_contract_party", "party", cl.binds(), "contract", c.id(),
                "parties", String.join("`, `",
                    c.signatories().stream().filter(java.util.Objects::nonNull).distinct().toList())));
          }
        }
      }
    }
    return out;
  }

  /**
   * The segments, in order, must chain from the provider's side to the far ends: where a segment and the next name
   * their demarcation points, the one ends where the next starts, or the next starts again from a point the path has
   * passed (a branch: recipients reached over separate lines from a hub, each line judged as a path of its own); no
   * segment starts where it ends; no point is reached twice. Points left out are not checked.
   */
  private void checkPathShape(List<Segment> segments, List<Violation> out) {
    if (segments == null) {
      return;
    }
    Set<String> passed = new HashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s == null) {
        continue;
      }
      String at = "/segments/" + i;
      if (s.fromPoint() != null && s.fromPoint().equals(s.toPoint())) {
        out.add(violation(at + "/toPoint", "path_self_loop", "segment", s.id()));
        continue;
      }
      Segment previous = i > 0 ? segments.get(i - 1) : null;
      // a second line from a point the path has passed (one-to-many recipients reached over separate lines from a
      // hub) branches: each line is judged as a path of its own (DataFlow#branches)
      if (previous != null && previous.toPoint() != null && s.fromPoint() != null
          && !previous.toPoint().equals(s.fromPoint()) && !passed.contains(s.fromPoint())) {
        out.add(violation(at + "/fromPoint", "path_disconnected", "segment", s.id(), "point", previous.toPoint()));
      }
      if (i == 0 && s.fromPoint() != null) {
        passed.add(s.fromPoint());
      }
      if (s.toPoint() != null && !passed.add(s.toPoint())) {
        out.add(violation(at + "/toPoint", "path_cycle", "segment", s.id(), "point", s.toPoint()));
      }
    }
  }

  /**
   * Ids and names may not carry control characters (NUL, escape sequences a terminal would act on) or a lone half of
   * a surrogate pair: they are echoed into reports, logs and terminals.
   */
  private void checkText(String at, String text, List<Violation> out) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
          : Character.isLowSurrogate(c);
      if (control || lone) {
        out.add(violation(at, "invalid_characters", "position", i));
        return;
      }
    }
  }

  /** A reference to a party the flow does not declare, naming the declared one most likely meant. */
  private Violation unknownParty(DataFlow flow, String at, String id) {
    List<String> declared = flow.parties() == null ? List.of()
        : flow.parties().stream().filter(p -> p != null && p.id() != null).map(Party::id).toList();
    String meant = org.demarc.model.Names.closest(id, declared);
    return meant == null ? violation(at, "unknown_party", "party", id)
        : new Violation(at, "unknown_party", texts.format("violation.unknown_party.meant", "party", id, "meant", meant));
  }

  /** A reference that must name a declared party, whatever its role. */
  private void checkDeclared(DataFlow flow, String at, String id, List<Violation> out) {
    if (id != null && flow.party(id) == null) {
      out.add(unknownParty(flow, at, id));
    }
  }

  private void checkParty(DataFlow flow, String at, String id, PartyRole role, List<Violation> out) {
    Party p = flow.party(id);
    if (p == null) {
      out.add(unknownParty(flow, at, id));
    } else if (!p.has(role)) {
      out.add(violation(at, "role_mismatch", "party", id, "role", role));
    }
  }

  private void checkOnPath(DataFlow flow, String at, String id, Set<String> onPath, List<Violation> out) {
    if (id == null) {
      return;
    }
    if (flow.party(id) == null) {
      out.add(unknownParty(flow, at, id));
    } else if (!onPath.contains(id)) {
      out.add(violation(at, "not_on_path", "party", id));
    }
  }

  /**
   * Where the path branches, each line is judged as a path of its own: a party that encrypts, decrypts or re-encrypts
   * the information must stand on every line (the provider, a recipient at every far end, or an operator of a segment
   * the line runs through), or the lines it is not on would be judged as if nobody did. A party that re-encrypts does
   * so within the segments it runs ({@link #checkReencryption}), so for that it must run a segment of every line, a
   * recipient too. Such a flow is written as one flow per line.
   */
  private void checkOnEveryLine(DataFlow flow, Set<String> onPath, List<Violation> out) {
    List<List<Integer>> lines = flow.branches();
    if (lines == null) {
      return;
    }
    ObjectSecurity os = flow.objectSecurity();
    Map<String, String> named = new java.util.LinkedHashMap<>(); // pointer → the party named there
    named.put("/objectSecurity/encryptedBy", os.encryptedBy());
    named.put("/objectSecurity/decryptedBy", os.decryptedBy());
    for (int k = 0; os.reencryptedBy() != null && k < os.reencryptedBy().size(); k++) {
      named.put("/objectSecurity/reencryptedBy/" + k, os.reencryptedBy().get(k));
    }
    for (Map.Entry<String, String> e : named.entrySet()) {
      String party = e.getValue();
      boolean reencrypts = e.getKey().startsWith("/objectSecurity/reencryptedBy/");
      if (party == null || !onPath.contains(party) || party.equals(flow.provider())
          || !reencrypts && flow.atFarEnd(party)) {
        continue;
      }
      for (List<Integer> line : lines) {
        if (line.stream().map(flow.segments()::get).noneMatch(s -> s != null && party.equals(s.operator()))) {
          Segment end = flow.segments().get(line.get(line.size() - 1));
          out.add(violation(e.getKey(), "not_on_every_line", "party", party, "segment", end == null ? "" : end.id()));
          break;
        }
      }
    }
  }

  /**
   * In a one-way provision the information goes from the provider towards the recipients: a party that encrypts it
   * must not stand wholly beyond the party that decrypts it (the two written the wrong way round), which would otherwise
   * be read as encrypting the information in transit when nobody can. A two-way flow's information goes both ways, so
   * either order is a direction it takes; an access from outside may carry what the person sends in.
   */
  private void checkEncryptionOrder(DataFlow flow, Set<String> onPath, List<Violation> out) {
    String e = flow.objectSecurity().encryptedBy();
    String d = flow.objectSecurity().decryptedBy();
    if (!flow.effectiveKind().provision() || flow.direction() != Direction.ONE_WAY || e == null || d == null
        || e.equals(d) || !onPath.contains(e) || !onPath.contains(d)) {
      return;
    }
    List<List<Integer>> lines = flow.branches();
    for (DataFlow line : lines == null ? List.of(flow) : lines.stream().map(flow::along).toList()) {
      List<Integer> encrypts = line.places(e);
      List<Integer> decrypts = line.places(d);
      if (!encrypts.isEmpty() && !decrypts.isEmpty() && encrypts.get(0) > decrypts.get(decrypts.size() - 1)) {
        out.add(violation("/objectSecurity/encryptedBy", "encrypted_after_decrypted", "encrypts", e, "decrypts", d));
        return;
      }
    }
  }

  private Violation violation(String pointer, String code, Object... args) {
    return new Violation(pointer, code, texts.format("violation." + code, args));
  }

  /** A control declared for a party (null: every party). */
  private record Declared(ControlType control, String party) {}

  /**
   * Whether a party may be named as the operator of a segment it runs itself without a carrier or service role: the
   * provider, or a recipient institution (not a patient). Its segment is its own: no carrier shares management there.
   */
  private static boolean runsItsOwn(DataFlow flow, Party op) {
    return op.id().equals(flow.provider()) || !op.has(PartyRole.PATIENT) && flow.recipients() != null
        && flow.recipients().stream().anyMatch(r -> r != null && op.id().equals(r.party()));
  }

  /** A fact a flow of a kind without a path does not judge: refused rather than passed over. */
  private void pathless(Object given, String at, String field, FlowKind kind, List<Violation> out) {
    if (given != null && !(given instanceof java.util.Collection<?> c && c.isEmpty())) {
      out.add(violation(at, "not_for_kind", "field", field, "kind", kind));
    }
  }

  /**
   * A channel names its protocol, and says nothing that belongs to another: without a protocol the rules would read the
   * segment as encrypted in one place (channel security noted) and as plaintext in another (the operator asked an
   * entrustment), and tunnel ends, a TLS version or client authentication on a channel that encrypts nothing (NONE),
   * or a TLS version on IPsec, say two things at once. Leave {@code channel} out when nothing is known of it.
   */
  private void checkChannel(String at, ChannelSecurity c, List<Violation> out) {
    if (c.protocol() == null) {
      out.add(violation(at + "/protocol", "required", "field", "protocol"));
      return;
    }
    boolean none = c.protocol() == ChannelProtocol.NONE;
    Map<String, Boolean> given = new java.util.LinkedHashMap<>();
    given.put("tlsVersion", c.tlsVersion() != null && (none || c.protocol() == ChannelProtocol.IPSEC_IKE));
    given.put("clientAuthenticated", none && Boolean.TRUE.equals(c.clientAuthenticated()));
    given.put("tunnelFrom", none && c.tunnelFrom() != null);
    given.put("tunnelTo", none && c.tunnelTo() != null);
    given.put("terminatesOn", none && c.terminatesOn() != null);
    given.forEach((field, wrong) -> {
      if (wrong) {
        out.add(violation(at + "/" + field, "invalid_channel", "field", field, "protocol", c.protocol().name()));
      }
    });
  }

  /**
   * Information nobody encrypts ({@code encryptedBy} left out) has no party that decrypts it, no cipher and no key to
   * deliver: naming one says the information is encrypted after all, and the rules would read it as plaintext without a
   * word. Who encrypts is asked instead ({@code reencryptedBy} says the same and is refused by its own check).
   */
  private void checkUnencrypted(ObjectSecurity os, List<Violation> out) {
    if (os.encryptedBy() != null) {
      return;
    }
    Map<String, Object> given = new java.util.LinkedHashMap<>();
    given.put("decryptedBy", os.decryptedBy());
    given.put("cipher", os.cipher());
    given.put("keyDelivery", os.keyDelivery());
    given.forEach((field, value) -> {
      if (value != null) {
        out.add(violation("/objectSecurity/" + field, "encrypted_by_nobody", "field", field));
      }
    });
  }

  /**
   * Each party named as decrypting and encrypting again is a carrier or service running a segment of the path, neither
   * end of the encryption, named once: it handles the plaintext within the segments it runs, so one that runs none has
   * nowhere to do it, and re-encrypting what is not encrypted (or encrypted with the ends' own keys), or at an end,
   * says nothing Demarc can place. Who decrypts at the end may be left out: it is then asked, as without a centre.
   */
  private void checkReencryption(DataFlow flow, List<Violation> out) {
    ObjectSecurity os = flow.objectSecurity();
    if (os.reencryptedBy() == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < os.reencryptedBy().size(); i++) {
      String id = os.reencryptedBy().get(i);
      String at = "/objectSecurity/reencryptedBy/" + i;
      if (id == null) {
        out.add(violation(at, "required", "field", "reencryptedBy"));
      } else if (flow.party(id) == null) {
        out.add(unknownParty(flow, at, id));
      } else if (!seen.add(id)) {
        out.add(violation(at, "duplicate_id", "id", id));
      } else if (os.encryptedBy() == null || os.encryptedBy().equals(os.decryptedBy())
          || id.equals(os.encryptedBy()) || id.equals(os.decryptedBy()) || id.equals(flow.provider())
          || flow.segments() == null || flow.segments().stream().noneMatch(s -> s != null && id.equals(s.operator()))) {
        out.add(violation(at, "invalid_reencryption", "party", id));
      }
    }
  }
}

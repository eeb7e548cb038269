package org.demarc.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demarc.model.AuthMethod;
import org.demarc.model.ChannelProtocol;
import org.demarc.model.ChannelSecurity;
import org.demarc.model.Cipher;
import org.demarc.model.Consent;
import org.demarc.model.ConsentBasis;
import org.demarc.model.ControlType;
import org.demarc.model.DataDescription;
import org.demarc.model.DataFlow;
import org.demarc.model.Direction;
import org.demarc.model.EndAuthentication;
import org.demarc.model.EvidenceStatus;
import org.demarc.model.FlowKind;
import org.demarc.model.FlowPurpose;
import org.demarc.model.ImpliedConsentCase;
import org.demarc.model.InPlace;
import org.demarc.model.KeyDelivery;
import org.demarc.model.LegalException;
import org.demarc.model.LegalForm;
import org.demarc.model.NetworkType;
import org.demarc.model.ObjectSecurity;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Recipient;
import org.demarc.model.Segment;
import org.demarc.model.TamperDetection;
import org.demarc.model.TunnelEnd;

/**
 * Builds a structurally valid exchange flow from a sequence of choices, for property tests. Each choice picks one of
 * a few options, the first being the simplest, so a choice sequence that shrinks towards zeros gives a simpler flow:
 * a provider sending to one identified clinic, personal medical data, no segments, no declarations. Choices past
 * the end of the sequence are zero.
 */
public final class FlowGen {
  public static final String PROVIDER = "hosp";

  private final List<Integer> choices;
  private int next;

  private FlowGen(List<Integer> choices) {
    this.choices = choices;
  }

  public static DataFlow flow(List<Integer> choices) {
    return new FlowGen(choices).build();
  }

  /**
   * A flow of any kind: mostly exchanges, else access from outside by staff or patients, remote maintenance,
   * break-glass access, or taking information out (with or without a path).
   */
  public static DataFlow anyKind(List<Integer> choices) {
    FlowGen g = new FlowGen(choices);
    return switch (g.pick(8)) {
      case 3 -> g.outsideAccess(FlowKind.STAFF_ACCESS);
      case 4 -> g.outsideAccess(FlowKind.PATIENT_ACCESS);
      case 5 -> g.remoteMaintenance();
      case 6 -> g.breakGlass();
      case 7 -> g.takeOut();
      default -> g.build();
    };
  }

  private DataFlow outsideAccess(FlowKind kind) {
    DataFlow base = build();
    String who = kind == FlowKind.STAFF_ACCESS ? "dr" : "pt";
    List<Party> parties = new ArrayList<>(base.parties().stream()
        .filter(p -> !p.has(PartyRole.RECIPIENT) && !p.has(PartyRole.PATIENT)).toList());
    parties.add(new Party(who, kind == FlowKind.STAFF_ACCESS ? "G医師" : "患者",
        Set.of(kind == FlowKind.STAFF_ACCESS ? PartyRole.STAFF : PartyRole.PATIENT)));
    List<Segment> segments = new ArrayList<>();
    for (Segment s : base.segments()) {
      boolean keep = s.operator() == null || parties.stream().anyMatch(p -> p.id().equals(s.operator()));
      NetworkType network = pick(3) == 2 ? (kind == FlowKind.STAFF_ACCESS ? NetworkType.OUTSIDE_ACCESS_STAFF
          : NetworkType.OUTSIDE_ACCESS_PATIENT) : s.network();
      segments.add(new Segment(s.id(), s.fromPoint(), s.toPoint(), network, keep ? s.operator() : null,
          s.channel() == null || s.channel().tunnelFrom() == null ? s.channel()
              : new ChannelSecurity(s.channel().protocol(), s.channel().tlsVersion(),
                  s.channel().clientAuthenticated(), PROVIDER, who, s.channel().terminatesOn())));
    }
    ObjectSecurity o = base.objectSecurity();
    ObjectSecurity object = null;
    if (o != null) {
      String decrypts = one(who, null, PROVIDER); // chosen even when nothing is encrypted: the choices stay aligned
      object = new ObjectSecurity(o.encryptedBy() == null ? null : PROVIDER, o.encryptedBy() == null ? null : decrypts,
          o.tamperDetection(), o.cipher(), o.keyDelivery());
    }
    List<InPlace> inPlace = base.inPlace().stream()
        .filter(d -> d.party() == null || parties.stream().anyMatch(p -> p.id().equals(d.party()))).toList();
    // now and then written as if it were a provision (a legal form, a consent): not applied, and said so
    return new DataFlow("generated", "a generated access from outside",
        kind == FlowKind.STAFF_ACCESS ? FlowPurpose.STAFF_REMOTE_ACCESS : FlowPurpose.PATIENT_ACCESS,
        one(null, null, null, base.legalForm()), one(null, null, null, base.consent()), null, base.data(), parties, PROVIDER, null, segments, object, base.endAuthentication(), null, inPlace, null,
        null, kind, who);
  }

  private DataFlow remoteMaintenance() {
    List<Party> parties = List.of(new Party(PROVIDER, "A病院", Set.of(PartyRole.PROVIDER)),
        new Party("mv", "F保守", Set.of(PartyRole.MAINTENANCE_VENDOR)));
    List<org.demarc.model.RemoteLogin> logins = new ArrayList<>();
    int n = 1 + pick(2);
    for (int i = 0; i < n; i++) {
      logins.add(new org.demarc.model.RemoteLogin("rl-" + i, "mv", either(NetworkType.class, true), bool(), bool(),
          bool(), bool(), bool(), bool(), bool(), either(org.demarc.model.AccountKind.class, true), bool(), bool()));
    }
    return new DataFlow("generated", "a generated remote maintenance", null, null, null, null, null, parties,
        PROVIDER, null, null, null, null, logins, declarations(parties), null, null, FlowKind.REMOTE_MAINTENANCE,
        null);
  }

  private DataFlow breakGlass() {
    List<Party> parties = List.of(new Party(PROVIDER, "A病院", Set.of(PartyRole.PROVIDER)));
    // a break-glass access uses break-glass access: said again or left out, never denied (the validator refuses that)
    org.demarc.model.Emergency emergency = new org.demarc.model.Emergency(bool(), bool(), one(Boolean.TRUE, null),
        bool(), bool(), bool(), bool());
    return new DataFlow("generated", "a generated break-glass access", null, null, null, null,
        one(new DataDescription(true, true), null), parties, PROVIDER, null, null, null, null, null,
        declarations(parties), null, emergency, FlowKind.BREAK_GLASS, null);
  }

  private DataFlow takeOut() {
    List<Party> parties = List.of(new Party(PROVIDER, "A病院", Set.of(PartyRole.PROVIDER)));
    List<org.demarc.model.TakenOutItem> items = new ArrayList<>();
    int n = pick(3);
    for (int i = 0; i < n; i++) {
      items.add(new org.demarc.model.TakenOutItem("item-" + i, one(org.demarc.model.TakeOutKind.values()),
          either(org.demarc.model.TakenBy.class, true), bool(), bool(), bool(), bool(), bool(), bool(), bool(),
          bool(), bool(), bool(), bool(), bool()));
    }
    org.demarc.model.TakeOutPolicy policy = pick(4) == 3 ? null
        : new org.demarc.model.TakeOutPolicy(bool(), bool(), bool(), bool(), bool());
    return new DataFlow("generated", "a generated take-out", null, null, null, null,
        one(new DataDescription(true, true), null, new DataDescription(true, false)), parties, PROVIDER, null, null,
        null, null, null, declarations(parties), new org.demarc.model.TakeOut(items, policy), null,
        FlowKind.TAKE_OUT, null);
  }

  private List<InPlace> declarations(List<Party> parties) {
    int declarations = pick(6);
    List<InPlace> inPlace = new ArrayList<>();
    ControlType[] controls = ControlType.values();
    for (int i = 0; i < declarations; i++) {
      ControlType control = controls[pick(controls.length)];
      String party = pick(3) == 0 ? null : parties.get(pick(parties.size())).id();
      EvidenceStatus status = either(EvidenceStatus.class, true);
      if (inPlace.stream().noneMatch(d -> d.control() == control && java.util.Objects.equals(d.party(), party))) {
        inPlace.add(new InPlace(control, party, null, status, status == EvidenceStatus.PLANNED ? "owner" : null,
            null));
      }
    }
    return inPlace;
  }

  private int pick(int n) {
    int v = next < choices.size() ? choices.get(next) : 0;
    next++;
    return Math.floorMod(v, n);
  }

  @SafeVarargs
  private <T> T one(T... options) {
    return options[pick(options.length)];
  }

  /** One of the enum's constants or null; null is the simplest unless {@code nullFirst} is false. */
  private <E extends Enum<E>> E either(Class<E> type, boolean nullFirst) {
    E[] values = type.getEnumConstants();
    int i = pick(values.length + 1);
    if (nullFirst) {
      return i == 0 ? null : values[i - 1];
    }
    return i == values.length ? null : values[i];
  }

  private Boolean bool() {
    return one(Boolean.TRUE, Boolean.FALSE, null);
  }

  private DataFlow build() {
    List<Party> parties = new ArrayList<>();
    Set<PartyRole> providerRoles = new LinkedHashSet<>(List.of(PartyRole.PROVIDER));
    int providerAlso = pick(6);
    if (providerAlso == 4) {
      providerRoles.add(PartyRole.ONLINE_SERVICE);
    } else if (providerAlso == 5) {
      providerRoles.add(PartyRole.CARRIER);
    }
    parties.add(new Party(PROVIDER, "A病院", providerRoles));
    List<String> operators = new ArrayList<>();
    if (providerRoles.size() > 1) {
      operators.add(PROVIDER);
    }
    int recipientCount = 1 + pick(3);
    List<Recipient> recipients = new ArrayList<>();
    for (int i = 0; i < recipientCount; i++) {
      String id = "r" + i;
      int type = pick(7);
      boolean service = type == 5;
      boolean patient = type == 6; // results sent to the patient: the data subject, not a third party
      parties.add(new Party(id, "受信先" + i, service ? Set.of(PartyRole.RECIPIENT, PartyRole.ONLINE_SERVICE)
          : patient ? Set.of(PartyRole.PATIENT) : Set.of(PartyRole.RECIPIENT)));
      if (service || !patient && pick(8) == 0) { // a service's segment, or an institution's own line
        operators.add(id);
      }
      recipients.add(new Recipient(id, one(Boolean.TRUE, null, Boolean.FALSE)));
    }
    int carriers = pick(3);
    for (int i = 0; i < carriers; i++) {
      parties.add(new Party("c" + i, "回線" + i, Set.of(PartyRole.CARRIER)));
      operators.add("c" + i);
    }
    int services = pick(3);
    for (int i = 0; i < services; i++) {
      parties.add(new Party("o" + i, "サービス" + i, pick(4) == 3
          ? Set.of(PartyRole.ONLINE_SERVICE, PartyRole.CARRIER) // a regional network running its own lines
          : Set.of(PartyRole.ONLINE_SERVICE)));
      operators.add("o" + i);
    }
    List<String> ids = parties.stream().map(Party::id).toList();

    LegalForm form = one(LegalForm.THIRD_PARTY_PROVISION, LegalForm.CONSIGNMENT, LegalForm.PROVISION_REQUIRED_BY_LAW,
        null, LegalForm.THIRD_PARTY_PROVISION, LegalForm.JOINT_USE);
    Consent consent = null;
    if (pick(4) != 0) {
      ConsentBasis basis = either(ConsentBasis.class, false);
      ImpliedConsentCase impliedCase = either(ImpliedConsentCase.class, true);
      // a case of implied consent only beside implied consent or no basis (the validator refuses the rest); chosen
      // all the same, so the flows built after it stay as they were
      LegalException exception = either(LegalException.class, true);
      if (basis == ConsentBasis.IMPLIED && impliedCase == null && exception == LegalException.PUBLIC_HEALTH_OR_CHILD_WELFARE) {
        exception = null; // an exception named is the basis too: implied consent without its case is asked only without one
      }
      consent = new Consent(basis, basis == null || basis == ConsentBasis.IMPLIED ? impliedCase : null, exception);
    }
    FlowPurpose purpose = either(FlowPurpose.class, true);
    if (purpose == FlowPurpose.STAFF_REMOTE_ACCESS || purpose == FlowPurpose.PATIENT_ACCESS) {
      purpose = null; // those purposes belong to outside-access flows, which name who accesses
    }
    Direction direction = either(Direction.class, true);
    DataDescription data = one(new DataDescription(true, true), new DataDescription(true, true),
        new DataDescription(true, null), new DataDescription(null, true), new DataDescription(false, true),
        new DataDescription(true, false), null);

    int segmentCount = pick(5);
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < segmentCount; i++) {
      String operator = operators.isEmpty() || pick(6) == 5 ? null : operators.get(pick(operators.size()));
      NetworkType network = either(NetworkType.class, false);
      if (network == NetworkType.OUTSIDE_ACCESS_STAFF || network == NetworkType.OUTSIDE_ACCESS_PATIENT) {
        network = NetworkType.OPEN_INTERNET;
      }
      ChannelSecurity channel = null;
      if (pick(4) != 0) {
        ChannelProtocol chosen = either(ChannelProtocol.class, false);
        // a channel names its protocol (the validator requires it): no protocol chosen is a channel without encryption
        ChannelProtocol protocol = chosen == null ? ChannelProtocol.NONE : chosen;
        // Tunnel ends: often the flow's own two ends (the provider and a recipient), else any two parties.
        int tunnel = pick(9);
        String from = tunnel < 6 ? null : tunnel == 6 ? ids.get(pick(ids.size())) : tunnel == 7 ? PROVIDER
            : recipients.get(pick(recipients.size())).party();
        String to = from == null ? null : pick(2) == 0 ? ids.get(pick(ids.size()))
            : from.equals(PROVIDER) ? recipients.get(pick(recipients.size())).party() : PROVIDER;
        String tls = one(null, "1.2", "1.3", "1.0");
        Boolean clientAuthenticated = bool();
        TunnelEnd terminatesOn = pick(5) == 4 ? TunnelEnd.END_DEVICE : null;
        // a channel that encrypts nothing has no tunnel, TLS version or client authentication, and IPsec has no TLS
        // version (the validator refuses them); the choices are made all the same, so the flows built after them stay
        // as they were
        boolean none = protocol == ChannelProtocol.NONE;
        channel = new ChannelSecurity(protocol,
            none || protocol == ChannelProtocol.IPSEC_IKE ? null : tls,
            none && Boolean.TRUE.equals(clientAuthenticated) ? null : clientAuthenticated,
            none ? null : from, none ? null : to, none ? null : terminatesOn);
      }
      segments.add(new Segment("s" + (i + 1), "p" + i, "p" + (i + 1), network, operator, channel));
    }
    boolean recipientsLeftOut = pick(20) == 19; // the recipients not given at all
    if (recipientsLeftOut) { // an institution's own line needs the institution among the recipients
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        Party op = s.operator() == null ? null
            : parties.stream().filter(p -> p.id().equals(s.operator())).findFirst().orElse(null);
        if (op != null && !op.has(PartyRole.CARRIER) && !op.has(PartyRole.ONLINE_SERVICE)
            && !op.id().equals(PROVIDER)) {
          segments.set(i, new Segment(s.id(), s.fromPoint(), s.toPoint(), s.network(), null, s.channel()));
        }
      }
    }
    List<String> onPath = new ArrayList<>(List.of(PROVIDER));
    if (!recipientsLeftOut) {
      recipients.forEach(r -> onPath.add(r.party()));
    }
    segments.stream().map(Segment::operator).filter(o -> o != null && !onPath.contains(o)).forEach(onPath::add);

    ObjectSecurity objectSecurity = null;
    if (pick(5) != 4) {
      int e = pick(6);
      String encryptedBy = e < 3 ? PROVIDER : e < 5 ? null : onPath.get(pick(onPath.size()));
      String decryptedBy = pick(4) == 3 || recipientsLeftOut ? one(null, onPath.get(pick(onPath.size()))) : "r0";
      TamperDetection tamper = one(TamperDetection.ELECTRONIC_SIGNATURE, TamperDetection.NONE, null);
      Cipher cipher = pick(3) == 2 ? new Cipher(one("AES-256", "DES"), bool()) : null;
      KeyDelivery keyDelivery = either(KeyDelivery.class, true);
      // information nobody encrypts has no party that decrypts it, no cipher and no key (the validator refuses them);
      // the choices are made all the same, so the flows built after them stay as they were
      boolean encrypted = encryptedBy != null;
      objectSecurity = new ObjectSecurity(encryptedBy, encrypted ? decryptedBy : null, tamper,
          encrypted ? cipher : null, encrypted ? keyDelivery : null);
    }
    EndAuthentication auth = pick(5) == 4 ? null
        : new EndAuthentication(one(Boolean.TRUE, Boolean.FALSE, null), one(Boolean.TRUE, Boolean.FALSE, null),
            either(AuthMethod.class, false));

    int declarations = pick(8);
    List<InPlace> inPlace = new ArrayList<>();
    ControlType[] controls = ControlType.values();
    for (int i = 0; i < declarations; i++) {
      ControlType control = controls[pick(controls.length)];
      String party = pick(3) == 0 ? null : ids.get(pick(ids.size()));
      EvidenceStatus status = either(EvidenceStatus.class, true);
      if (inPlace.stream().noneMatch(d -> d.control() == control && java.util.Objects.equals(d.party(), party))) {
        inPlace.add(new InPlace(control, party, null, status, status == EvidenceStatus.PLANNED ? "owner" : null,
            null));
      }
    }
    FlowKind kind = pick(8) == 7 ? FlowKind.EXTERNAL_STORAGE : null;
    org.demarc.model.Emergency emergency = pick(6) == 5
        ? new org.demarc.model.Emergency(bool(), bool(), bool(), bool(), bool(), bool(), bool()) : null;
    // sometimes a carrier or service on the path decrypts and encrypts again (a regional network's centre); decided
    // last, so the choices before it build the same flows as before
    if (objectSecurity != null && objectSecurity.encryptedBy() != null
        && !objectSecurity.encryptedBy().equals(objectSecurity.decryptedBy())) {
      ObjectSecurity o = objectSecurity;
      List<String> hubs = segments.stream().map(Segment::operator)
          .filter(op -> op != null && !op.equals(PROVIDER) && !op.equals(o.encryptedBy()) && !op.equals(o.decryptedBy()))
          .distinct().toList();
      if (!hubs.isEmpty() && pick(2) == 0) {
        objectSecurity = new ObjectSecurity(o.encryptedBy(), o.decryptedBy(), o.tamperDetection(), o.cipher(),
            o.keyDelivery(), List.of(hubs.get(pick(hubs.size()))));
      }
    }
    DataFlow flow = new DataFlow("generated", "a generated flow", purpose, form, consent, direction, data, parties,
        PROVIDER, recipientsLeftOut ? null : recipients, segments, objectSecurity, auth, null, inPlace, null, emergency,
        kind, null);
    // a one-way flow whose encrypting party stands beyond its decrypting one is refused (encrypted_after_decrypted):
    // the two are written the other way round
    ObjectSecurity o = objectSecurity;
    List<Integer> encrypts = o == null ? List.of() : flow.places(o.encryptedBy());
    List<Integer> decrypts = o == null ? List.of() : flow.places(o.decryptedBy());
    if (direction == Direction.ONE_WAY && flow.effectiveKind().provision() && !encrypts.isEmpty()
        && !decrypts.isEmpty() && encrypts.get(0) > decrypts.get(decrypts.size() - 1)) {
      flow = Records.with(flow, "objectSecurity", new ObjectSecurity(o.decryptedBy(), o.encryptedBy(),
          o.tamperDetection(), o.cipher(), o.keyDelivery(), o.reencryptedBy()));
    }
    return flow;
  }
}

package org.demarc.model;

/**
 * A control the guideline requires some party to put in place. Technical controls are read off the flow;
 * organisational and contractual ones count as in place only when the flow declares them in {@code inPlace}.
 * {@link #checklistItem()} names the contract checklist item (CC-xx) of the rule catalogue, where there is one.
 */
public enum ControlType {
  /** 委託契約: a consignment contract binding the consignee. */
  CONSIGNMENT_CONTRACT(ControlKind.CONTRACTUAL, "CC-16"),
  /** 監督: the provider supervises the consignee. */
  CONSIGNEE_SUPERVISION(ControlKind.ORGANISATIONAL, null),
  /** 本人の同意: consent to third-party provision, or a statutory exception. */
  CONSENT_FOR_PROVISION(ControlKind.ORGANISATIONAL, null),
  /** 利用目的の特定: the recipient specifies its purpose of use and protects the data. */
  RECIPIENT_PURPOSE_SPECIFIED(ControlKind.ORGANISATIONAL, null),
  /** どの事業者が責任を負っているかの明確化: one clearly responsible party agreed for the segment. */
  SEGMENT_RESPONSIBILITY_AGREED(ControlKind.CONTRACTUAL, "CC-03"),
  /** 苦情の申し入れ先・開示等の要求先: a contact point for patients' complaints and disclosure requests. */
  PATIENT_CONTACT_POINT(ControlKind.ORGANISATIONAL, "CC-12"),
  /** 通信経路における責任分界点の合意: demarcation points on the path agreed between provider and recipient. */
  DEMARCATION_AGREEMENT(ControlKind.CONTRACTUAL, "CC-01"),
  /** 不通時や事故発生時の対処: how outages and incidents are handled, agreed between provider and recipient. */
  OUTAGE_AND_INCIDENT_HANDLING(ControlKind.CONTRACTUAL, "CC-02"),
  /** 委託する管理責任の範囲: the scope of management responsibility delegated to the carrier or service. */
  DELEGATED_MANAGEMENT_SCOPE(ControlKind.CONTRACTUAL, "CC-03"),
  /** 障害時にどの事業者が主体となって対処するか: which provider leads the response to a failure. */
  FAILURE_RESPONSE_LEAD(ControlKind.CONTRACTUAL, "CC-04"),
  /** 改ざん、侵入、妨害の脅威に対する管理責任の範囲: management responsibility against tampering, intrusion, interference. */
  TAMPER_INTRUSION_INTERFERENCE_TERMS(ControlKind.CONTRACTUAL, "CC-05"),
  /** 回線・サービスの可用性等の品質: availability and quality of the line or service. */
  AVAILABILITY_TERMS(ControlKind.CONTRACTUAL, "CC-06"),
  /** 盗聴の脅威に対する対策: eavesdropping countermeasure inside the line or service. */
  CHANNEL_EAVESDROP_COUNTERMEASURE(ControlKind.TECHNICAL, null),
  /** 医療情報の管理責任についての明確化: how management responsibility for the information is split. */
  MANAGEMENT_SPLIT_AGREED(ControlKind.CONTRACTUAL, "CC-07"),
  /** 個人情報に関する委託契約: a personal-information entrustment contract with the carrier or service. */
  PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT(ControlKind.CONTRACTUAL, "CC-07"),
  /** 監督: the institution supervises the entrusted carrier or service. */
  ENTRUSTEE_SUPERVISION(ControlKind.ORGANISATIONAL, "CC-07"),
  /** リモートログインの制限: remote login restricted to designated access points (sources). */
  REMOTE_LOGIN_RESTRICTED(ControlKind.TECHNICAL, "CC-09"),
  /** プロトコルの制限: the protocols usable for remote login restricted. */
  REMOTE_LOGIN_PROTOCOL_RESTRICTED(ControlKind.TECHNICAL, "CC-09"),
  /** 個人ごとのアカウント: one remote-login account per named person, not a shared account. */
  REMOTE_ACCOUNTS_PER_PERSON(ControlKind.TECHNICAL, "CC-09"),
  /** 作業ごとの有効化: remote login enabled only for each work order, not always on. */
  REMOTE_LOGIN_PER_WORK_ORDER(ControlKind.TECHNICAL, "CC-09"),
  /** アクセスログの確認: the institution reviews the remote-login log after the work. */
  REMOTE_LOG_REVIEWED(ControlKind.ORGANISATIONAL, "CC-09"),
  /** 守秘義務: the maintenance contract binds the vendor to confidentiality. */
  CONFIDENTIALITY(ControlKind.CONTRACTUAL, "CC-09"),
  /** 再委託先への同等の義務: the vendor's subcontractors are bound to the same duties. */
  SUBCONTRACTOR_FLOW_DOWN(ControlKind.CONTRACTUAL, "CC-09"),
  /** アクセス権限の管理: remote-login access rights managed. */
  REMOTE_ACCESS_RIGHTS_MANAGED(ControlKind.TECHNICAL, "CC-09"),
  /** リモートログインの記録: each remote login is logged. */
  REMOTE_LOGIN_LOGGED(ControlKind.TECHNICAL, "CC-09"),
  /** 閉域の範囲とチャネル・セキュリティの確認: the extent of a closed network and its channel security confirmed in the contract. */
  CLOSED_NETWORK_SCOPE_CONFIRMED(ControlKind.CONTRACTUAL, "CC-08"),
  /**
   * 受領確認: a receipt-confirmation procedure that ends the provider's responsibility without a gap. From the edition 6.0
   * Q&A (the catalogue's CC-15); no rule of the seed's editions asks it, so a declaration of it judges nothing and the
   * answer lists it among its unused declarations.
   */
  RECEIPT_CONFIRMATION(ControlKind.CONTRACTUAL, "CC-15"),
  /**
   * 運営者の責任分界点の受諾: the statutory operator's published demarcation accepted (e.g. claims submission); it shows
   * the {@link #DEMARCATION_AGREEMENT} (see {@link #alsoShownBy()}).
   */
  OPERATOR_DEMARCATION_ACCEPTED(ControlKind.CONTRACTUAL, "CC-22"),
  /** ネットワークのセキュリティの責任分界点: whether network security rests with the provider, the institution or both. */
  NETWORK_SECURITY_RESPONSIBILITY_AGREED(ControlKind.CONTRACTUAL, "CC-03b"),
  /** 医療情報そのものの暗号化: the information itself is encrypted (object security). */
  OBJECT_ENCRYPTION(ControlKind.TECHNICAL, null),
  /** 鍵の受け渡し: the key does not travel with the data, so an eavesdropper on the path cannot read it. */
  KEY_DELIVERED_SEPARATELY(ControlKind.TECHNICAL, null),
  /** 電子政府推奨暗号: the cipher is on the e-Government recommended ciphers list (CRYPTREC). */
  RECOMMENDED_CIPHER(ControlKind.TECHNICAL, null),
  /** 医療機関等の設備から送出される段階での暗号化: encrypted by the time it leaves the institution's equipment. */
  EARLY_ENCRYPTION(ControlKind.TECHNICAL, null),
  /** 遠隔保守時の盗聴防止: eavesdropping prevention for remote maintenance logins. */
  MAINTENANCE_EAVESDROP_PREVENTION(ControlKind.TECHNICAL, "CC-09"),
  /** 保守委託業者の確認・監督: the institution confirms the points with the maintenance vendor and supervises it. */
  MAINTENANCE_SUPERVISION(ControlKind.TECHNICAL, "CC-09"),
  /** 改ざん検知: tampering with the data itself is detectable (e.g. electronic signature). */
  TAMPER_DETECTION(ControlKind.TECHNICAL, null),
  /** 相互認証: the start and end points authenticate each other. */
  MUTUAL_AUTHENTICATION(ControlKind.TECHNICAL, null),
  /** 確立された認証の仕組み: an established mechanism (public key, shared key) or an origin signature. */
  ESTABLISHED_AUTH_MECHANISM(ControlKind.TECHNICAL, null),
  /** 接続先のネットワーク構成・経路設計の確認: the connected party's network configuration and routing checked. */
  PEER_NETWORK_CONFIGURATION_CHECKED(ControlKind.ORGANISATIONAL, null),
  /** 情報の機密度に応じたネットワーク種別の選択: network type chosen after classifying sensitivity. */
  SENSITIVITY_BASED_NETWORK_CHOICE(ControlKind.ORGANISATIONAL, null),
  /** 患者等へのリスクの説明: the accepted risk explained to patients where necessary. */
  RISK_EXPLAINED_TO_PATIENTS(ControlKind.ORGANISATIONAL, null),
  /** ウイルス定義ファイル・セキュリティパッチの適用: anti-virus definitions and OS patches kept current. */
  MALWARE_AND_PATCH_MANAGEMENT(ControlKind.ORGANISATIONAL, null),
  /** 相互接続点での偶発的漏示の回避: accidental disclosure at interconnection points avoided. */
  INTERCONNECTION_DISCLOSURE_AVOIDED(ControlKind.TECHNICAL, null),
  /** 6.9 C-1: リスク分析と持ち出しの方針を運用管理規定で定める. */
  TAKE_OUT_RISK_ANALYSIS_AND_POLICY(ControlKind.ORGANISATIONAL, null),
  /** 6.9 C-2: 持ち出した情報および情報機器の管理方法を定める. */
  TAKE_OUT_MANAGEMENT_METHOD(ControlKind.ORGANISATIONAL, null),
  /** 6.9 C-3: 盗難、紛失時の対応を定める. */
  THEFT_LOSS_PROCEDURE(ControlKind.ORGANISATIONAL, null),
  /** 6.9 C-4: 盗難、紛失時の対応を従業者等に周知徹底し教育する. */
  STAFF_TRAINING(ControlKind.ORGANISATIONAL, null),
  /** 6.9 C-5: 台帳等で所在を把握する. */
  DEVICE_LEDGER(ControlKind.ORGANISATIONAL, null),
  /** 6.9 C-6: 起動パスワードを設定し、推定しやすいパスワードを避け定期的に変更する. */
  BOOT_PASSWORD(ControlKind.TECHNICAL, null),
  /** 6.9 C-7: 情報の暗号化またはアクセスパスワード. */
  DATA_ENCRYPTION_OR_PASSWORD(ControlKind.TECHNICAL, null),
  /** 6.9 C-8: ウイルス対策ソフト・パーソナルファイアウォール. */
  MALWARE_PROTECTION_WHEN_CONNECTED(ControlKind.TECHNICAL, null),
  /** 6.9 C-9: ファイル交換ソフトをインストールしない・その機器で取り扱わない. */
  NO_FILE_SHARING_SOFTWARE(ControlKind.TECHNICAL, null),
  /** 6.9 D-1: 覗き見防止フィルタ. */
  PRIVACY_FILTER(ControlKind.TECHNICAL, null),
  /** 6.9 D-2: 複数の認証要素の組み合わせ. */
  MULTI_FACTOR_AUTHENTICATION(ControlKind.TECHNICAL, null),
  /** 6.9 D-3: 全ての媒体・機器を登録し、未登録機器による持ち出しを禁止. */
  DEVICE_REGISTRATION(ControlKind.ORGANISATIONAL, null),
  /** Demarc's reading of 6.10: every emergency (break-glass) access is logged for later review. */
  EMERGENCY_ACCESS_LOGGED(ControlKind.TECHNICAL, null),
  /** Demarc's reading of 6.10: a written procedure governs when and how break-glass access may be used. */
  EMERGENCY_ACCESS_PROCEDURE(ControlKind.ORGANISATIONAL, null),
  /** Demarc's reading of 6.10: the log of emergency accesses is reviewed afterwards. */
  EMERGENCY_LOG_REVIEWED(ControlKind.ORGANISATIONAL, null),
  /** Demarc's reading of 6.10: the emergency account is disabled (or its password changed) after the emergency. */
  EMERGENCY_ACCOUNT_DISABLED_AFTER(ControlKind.TECHNICAL, null);

  private final ControlKind kind;
  private final String checklistItem;

  ControlType(ControlKind kind, String checklistItem) {
    this.kind = kind;
    this.checklistItem = checklistItem;
  }

  /** Whether the control is technical, organisational or contractual. */
  public ControlKind kind() {
    return kind;
  }

  /** Whether the flow must declare it in place (it cannot be read off the flow's technical facts). */
  public boolean declared() {
    return kind != ControlKind.TECHNICAL;
  }

  /** The catalogue's contract checklist item (CC-xx), or null. */
  public String checklistItem() {
    return checklistItem;
  }

  /**
   * Whether the control is an allocation the two parties of a contract agree (who is responsible on a segment, the
   * scope delegated, who leads the response to a failure, where network security rests, the demarcation points, how
   * outages and incidents are handled, how management of the information is split): the seed asks that it be made clear
   * (明らかにする, 合意する, C:L445-455, P:L865-871), and a clause makes it clear whichever of the two parties it names as
   * bound, the institution (the hospital leads the response) as well as the carrier or service. Duties a party carries
   * (the terms on tampering and availability, a consignment or entrustment contract, confidentiality) still bind that
   * party. Demarc's reading.
   */
  public boolean allocation() {
    return switch (this) {
      case DEMARCATION_AGREEMENT, OUTAGE_AND_INCIDENT_HANDLING, SEGMENT_RESPONSIBILITY_AGREED, DELEGATED_MANAGEMENT_SCOPE,
          FAILURE_RESPONSE_LEAD, NETWORK_SECURITY_RESPONSIBILITY_AGREED, MANAGEMENT_SPLIT_AGREED -> true;
      default -> false;
    };
  }

  /**
   * Whether the control is a term of the institution's contract with a carrier or online service (C:L448-498, the
   * network-security split of B-3: CC-03 to CC-08): who is responsible on a segment, the scope delegated, who leads the
   * response to a failure, the terms on tampering, intrusion, interference and availability, where network security
   * rests, the split of management responsibility, a personal-information entrustment (or a consignment contract, the
   * same contract under its other name, {@link #alsoShownBy()}), the extent of a closed network. Declared agreed with a
   * carrier, it shows the institution contracts that carrier's line.
   */
  public boolean carrierTerm() {
    return switch (this) {
      case SEGMENT_RESPONSIBILITY_AGREED, DELEGATED_MANAGEMENT_SCOPE, FAILURE_RESPONSE_LEAD,
          TAMPER_INTRUSION_INTERFERENCE_TERMS, AVAILABILITY_TERMS, NETWORK_SECURITY_RESPONSIBILITY_AGREED,
          MANAGEMENT_SPLIT_AGREED, PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT, CONSIGNMENT_CONTRACT,
          CLOSED_NETWORK_SCOPE_CONFIRMED -> true;
      default -> false;
    };
  }

  /**
   * Whether a declaration or contract clause of {@code declared} shows this control: the control itself, or one of
   * {@link #alsoShownBy()}.
   */
  public boolean shownBy(ControlType declared) {
    return declared == this || alsoShownBy().contains(declared);
  }

  /**
   * Whether a declaration of {@code declared} that does not name the party concerned (one naming no party, or another
   * party's for the agreement's other side) shows this control: the control itself, or one of {@link
   * #alsoShownBy(boolean)}.
   *
   * @param ofConsignee whether the party concerned is the consignee of the flow's consignment
   */
  public boolean shownBy(ControlType declared, boolean ofConsignee) {
    return declared == this || alsoShownBy(ofConsignee).contains(declared);
  }

  /**
   * The controls that are the same duty under another name, whose declaration or clause also shows this one (a
   * declaration of the control itself comes first):
   *
   * <ul>
   *   <li>a consignment contract and a personal-information entrustment contract: the seed's 委託 of C:L412-415 and its
   *       個人情報に関する委託契約 of C:L495-498 are one contract under the Personal Information Protection Act, which
   *       knows one kind of 委託. Supervising an entrustee (監督, the same Act's supervision of whoever handles the
   *       data on the institution's behalf) shows supervising the consignee, who is one; supervising the consignee shows
   *       supervising an entrustee only when that entrustee is the consignee ({@link #alsoShownBy(boolean)}), not a
   *       carrier or service on the path, whom the consignment does not name; likewise a consignment contract that does
   *       not name the carrier or service itself is not its entrustment contract (Demarc's reading);</li>
   *   <li>a statutory operator's published demarcation, accepted by the provider (e.g. claims submission), shows the
   *       demarcation agreement, one way only: the seed asks it "by contract or similar" (契約など, C:L445-448);
   *       Demarc's reading.</li>
   * </ul>
   */
  public java.util.List<ControlType> alsoShownBy() {
    return switch (this) {
      case CONSIGNMENT_CONTRACT -> java.util.List.of(PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT);
      case PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT -> java.util.List.of(CONSIGNMENT_CONTRACT);
      case CONSIGNEE_SUPERVISION -> java.util.List.of(ENTRUSTEE_SUPERVISION);
      case DEMARCATION_AGREEMENT -> java.util.List.of(OPERATOR_DEMARCATION_ACCEPTED);
      default -> java.util.List.of();
    };
  }

  /**
   * The other names of the duty that show it where the declaration does not say whom it concerns: a control a party
   * holds over another one (supervising it), a declaration that names no party, or one an institution declares for the
   * agreement's other side. Supervising an entrustee is shown by supervising the consignee, and an entrustment contract
   * by a consignment contract, only when the entrustee is the consignee: a consignment contract is the contract with the
   * consignee, not with a carrier or service on the path. A declaration of a consignment contract that names the party
   * itself shows its entrustment contract ({@link #alsoShownBy()}).
   *
   * @param ofConsignee whether the party the control is asked of, or held over, is the consignee of the flow's
   *     consignment ({@link DataFlow#consignee(String)})
   */
  public java.util.List<ControlType> alsoShownBy(boolean ofConsignee) {
    if (!ofConsignee && this == PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT) {
      return java.util.List.of();
    }
    return ofConsignee && this == ENTRUSTEE_SUPERVISION ? java.util.List.of(CONSIGNEE_SUPERVISION) : alsoShownBy();
  }

  /**
   * Whether the control is one institution supervising another party (the consignee, or a carrier or service it
   * entrusts): the supervisor's own act, not a term binding the party supervised, so no contract clause shows it.
   */
  public boolean supervision() {
    return this == CONSIGNEE_SUPERVISION || this == ENTRUSTEE_SUPERVISION;
  }
}

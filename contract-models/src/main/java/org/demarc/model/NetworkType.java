package org.demarc.model;

/** The kind of network a segment runs over (ネットワークの接続形態). */
public enum NetworkType {
  /** ①専用線: a leased line. Closed network. */
  LEASED_LINE(true),
  /** ②公衆網: public switched network, dialled directly (ISDN, dial-up). Closed network. */
  PUBLIC_SWITCHED(true),
  /** ③閉域IP通信網 provided by a single carrier. Closed network. */
  CLOSED_IP_SINGLE_CARRIER(true),
  /** ③閉域IP通信網 where several carriers' closed networks are interconnected (相互接続). Closed network. */
  CLOSED_IP_INTERCONNECTED(true),
  /** Ⅱ オープンなネットワーク: the internet. */
  OPEN_INTERNET(false),
  /** モバイル端末 (携帯電話・PHS, 可搬型コンピュータ) connecting through a mobile service. */
  MOBILE(false),
  /** 業務の必要性による外部からのアクセス: staff reaching the institution's systems from outside. */
  OUTSIDE_ACCESS_STAFF(false),
  /** 患者等による外部からのアクセス: patients reaching the institution's systems from outside. */
  OUTSIDE_ACCESS_PATIENT(false);

  private final boolean closed;

  NetworkType(boolean closed) {
    this.closed = closed;
  }

  /** Whether the guideline classifies this as a closed network (クローズドなネットワーク). */
  public boolean closed() {
    return closed;
  }
}

package org.demarc.model;

/** The mechanism the two ends use to authenticate each other (認証の仕組み). */
public enum AuthMethod {
  /** 公開鍵方式: public-key authentication. */
  PUBLIC_KEY,
  /** 共有鍵方式: shared-key authentication. */
  SHARED_KEY,
  /** ID and password only. */
  ID_PASSWORD,
  /** No authentication. */
  NONE
}

package org.demarc.model;

/** Whose account a remote login uses. */
public enum AccountKind {
  /** One account per named person (個人ごとのアカウント). */
  NAMED,
  /** An account shared by several people (共有アカウント). */
  SHARED
}

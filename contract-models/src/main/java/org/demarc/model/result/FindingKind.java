package org.demarc.model.result;

/** What a finding says. */
public enum FindingKind {
  /** A requirement applies; see its controls. */
  REQUIREMENT,
  /** The flow is prohibited. */
  PROHIBITION,
  /** Who is responsible for what. */
  RESPONSIBILITY,
  /** A fact the rule needs is missing. */
  MISSING_FACT,
  /** The guideline is ambiguous here or does not cover the case: a human must review it. */
  NEEDS_HUMAN_REVIEW,
  /** This edition has no section that addresses this part of the flow. */
  NOT_COVERED,
  /** Explanation only. */
  INFO
}

package org.demarc.model.result;

import java.util.List;

/**
 * How findings and controls add up to a verdict and to open items: the one place the verdict ladder, the kinds of
 * findings and the levels of open items are decided, so the engine, the reports and the command line agree.
 *
 * <p>The ladder, most severe first; a result's verdict is the most severe rung any of its items reaches:
 * <ol>
 *   <li>{@link Verdict#PROHIBITED}: a prohibition (提供できない), e.g. third-party provision without consent;</li>
 *   <li>{@link Verdict#NON_COMPLIANT}: a MUST control known not to be in place (absent, or not declared at all);</li>
 *   <li>{@link Verdict#INSUFFICIENT_INFORMATION}: a fact a MUST rule needs is left out, or a MUST control's evidence
 *       is declared unknown (facts only a SHOULD rule needs are listed without reaching this rung);</li>
 *   <li>{@link Verdict#NOT_COVERED_BY_EDITION}: part of the flow is addressed only by a section the edition lacks;</li>
 *   <li>{@link Verdict#COMPLIANT_WITH_CONDITIONS}: a MUST control planned (to be concluded before use), a point the
 *       guideline leaves to judgement, or a point a human must review;</li>
 *   <li>{@link Verdict#COMPLIANT}: nothing above.</li>
 * </ol>
 * SHOULD controls never move the verdict. Under a prohibition no control is a condition ({@link
 * MissingEffect#MOOT_PROHIBITED}).
 *
 * <p>Open items, for reports and for failing a pipeline: level MUST for a MUST control not in place (missing,
 * planned or unknown), a prohibition, an uncovered part, or a fact a MUST rule needs; SHOULD for a SHOULD control not
 * in place or a fact only a SHOULD rule needs; REVIEW for a point a human must review, including a MUST control
 * missing where the guideline leaves the need to judgement.
 */
public final class VerdictPolicy {
  /** The verdicts from most to least severe. */
  public static final List<Verdict> LADDER = List.of(Verdict.PROHIBITED, Verdict.NON_COMPLIANT,
      Verdict.INSUFFICIENT_INFORMATION, Verdict.NOT_COVERED_BY_EDITION, Verdict.COMPLIANT_WITH_CONDITIONS,
      Verdict.COMPLIANT);

  /** How serious an open item is, most serious first. */
  public enum Level {
    /** A MUST obligation is unmet or undecided, the flow is prohibited, or the edition cannot judge it. */
    MUST,
    /** A SHOULD recommendation is unmet or undecided. */
    SHOULD,
    /** The guideline is ambiguous or silent here: a human must review it. */
    REVIEW
  }

  private VerdictPolicy() {}

  /** The more severe of two verdicts. */
  public static Verdict worse(Verdict a, Verdict b) {
    return LADDER.indexOf(a) <= LADDER.indexOf(b) ? a : b;
  }

  /** What a finding says, from what its rule recorded: the first that applies of the arguments, in order. */
  public static FindingKind kind(boolean prohibits, boolean notCovered, boolean missingFacts, boolean review,
      boolean controls, boolean responsibilities) {
    return prohibits ? FindingKind.PROHIBITION
        : notCovered ? FindingKind.NOT_COVERED
        : missingFacts ? FindingKind.MISSING_FACT
        : review ? FindingKind.NEEDS_HUMAN_REVIEW
        : controls ? FindingKind.REQUIREMENT
        : responsibilities ? FindingKind.RESPONSIBILITY
        : FindingKind.INFO;
  }

  /**
   * What a control not in place does to the verdict: for a MUST control, a planned one is a condition, an unknown one
   * needs its fact, a missing one has its rule's effect ({@code whenMissing}: non-compliant, or a condition where the
   * guideline leaves the need to judgement); SHOULD controls and controls in place have none.
   */
  public static MissingEffect effect(Strength strength, ControlStatus status, MissingEffect whenMissing) {
    if (strength != Strength.MUST) {
      return null;
    }
    return switch (status) {
      case MISSING -> whenMissing;
      case PLANNED -> MissingEffect.CONDITION;
      case UNKNOWN -> MissingEffect.INSUFFICIENT_INFORMATION;
      default -> null;
    };
  }

  /** The rung a control reaches. */
  public static Verdict rung(RequiredControl c) {
    if (c.effectIfMissing() == null) {
      return Verdict.COMPLIANT;
    }
    return switch (c.effectIfMissing()) {
      case NON_COMPLIANT -> Verdict.NON_COMPLIANT;
      case INSUFFICIENT_INFORMATION -> Verdict.INSUFFICIENT_INFORMATION;
      case CONDITION -> Verdict.COMPLIANT_WITH_CONDITIONS;
      case MOOT_PROHIBITED -> Verdict.PROHIBITED;
    };
  }

  /** The rung a finding reaches by its kind (its controls and facts reach theirs on their own). */
  public static Verdict rung(Finding f) {
    if (f.kind() == FindingKind.PROHIBITION) {
      return Verdict.PROHIBITED;
    }
    if (f.kind() == FindingKind.NOT_COVERED) {
      return Verdict.NOT_COVERED_BY_EDITION;
    }
    return f.needsHumanReview() ? Verdict.COMPLIANT_WITH_CONDITIONS : Verdict.COMPLIANT;
  }

  /** Whether a control is in place (or does not apply). */
  public static boolean inPlace(ControlStatus status) {
    return status == ControlStatus.SATISFIED || status == ControlStatus.NOT_APPLICABLE;
  }

  /** Whether a finding of this kind leaves something open by itself. */
  public static boolean opens(FindingKind kind) {
    return kind == FindingKind.PROHIBITION || kind == FindingKind.NOT_COVERED || kind == FindingKind.MISSING_FACT
        || kind == FindingKind.NEEDS_HUMAN_REVIEW;
  }

  /**
   * The open-item level of a control, or null when it is in place. A MUST control missing where the guideline leaves
   * the need to judgement ("必要に応じて": its rule's effect is a condition, not a failure) is a point for review.
   */
  public static Level level(RequiredControl c) {
    if (inPlace(c.status())) {
      return null;
    }
    if (c.strength() == Strength.MUST && c.status() == ControlStatus.MISSING
        && c.effectIfMissing() == MissingEffect.CONDITION) {
      return Level.REVIEW;
    }
    return level(c.strength());
  }

  /** The open-item level of an obligation of this strength left unmet, or null for one that only informs. */
  public static Level level(Strength strength) {
    return switch (strength) {
      case MUST, PROHIBIT -> Level.MUST;
      case SHOULD -> Level.SHOULD;
      case INFO -> null;
    };
  }

  /** The open-item level of a finding cited by {@code citation}, or null when it leaves nothing open by itself. */
  public static Level level(Finding f, Citation citation) {
    return switch (f.kind()) {
      case PROHIBITION, NOT_COVERED -> Level.MUST;
      case MISSING_FACT -> citation != null && citation.strength() == Strength.SHOULD ? Level.SHOULD : Level.MUST;
      case NEEDS_HUMAN_REVIEW -> Level.REVIEW;
      default -> f.needsHumanReview() ? Level.REVIEW : null;
    };
  }
}

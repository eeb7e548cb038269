package org.demarc.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every decision, recorded append-only: what was decided, when, by which route and caller, under which edition, rule
 * set and engine, from which input, with which verdict and findings, and the full answer (compressed). Nothing
 * updates or deletes a decision.
 */
public interface DecisionLog {

  /**
   * One decision.
   *
   * @param id the decision id the answer carried
   * @param tenant the tenant it belongs to (its caller's)
   * @param recordedAt when it was decided
   * @param route the route (or CLI command) that decided it, e.g. "POST /api/v1/evaluations"
   * @param caller who asked, when known
   * @param flowId the stored flow it is about, or null for an ad-hoc request
   * @param flowVersion the stored flow's version, or null
   * @param edition the edition
   * @param ruleSetHash the rule set's content hash
   * @param engineVersion the engine's version
   * @param verdict the verdict
   * @param findingIds the ids of the findings, sorted
   * @param inputUtf8 the input as received (JSON or YAML, UTF-8), masked where the settings say
   * @param resultUtf8 the full answer (JSON, UTF-8): the bytes sent, kept as bytes so that recording does not convert
   *     them to text and back
   * @param language the language the answer was given in ("en", "ja"), or null when not recorded
   */
  record Decision(String id, String tenant, Instant recordedAt, String route, String caller, String flowId, Long flowVersion,
      String edition, String ruleSetHash, String engineVersion, String verdict, List<String> findingIds,
      byte[] inputUtf8, byte[] resultUtf8, String language) {

    /** A decision whose input and answer are given as text. */
    public Decision(String id, String tenant, Instant recordedAt, String route, String caller, String flowId,
        Long flowVersion, String edition, String ruleSetHash, String engineVersion, String verdict,
        List<String> findingIds, String input, String result, String language) {
      this(id, tenant, recordedAt, route, caller, flowId, flowVersion, edition, ruleSetHash, engineVersion, verdict,
          findingIds, input.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          result.getBytes(java.nio.charset.StandardCharsets.UTF_8), language);
    }

    /** The input as text. */
    public String input() {
      return new String(inputUtf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The full answer as text. */
    public String result() {
      return new String(resultUtf8, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A page of decisions, newest first; {@code next} continues after the last one, or is null. */
  record Page(List<Decision> decisions, String next) {}

  /** Appends a decision. */
  void record(Decision decision);

  /** Appends decisions in one transaction: all or none. */
  void recordAll(List<Decision> decisions);

  /** A decision of the tenant (another tenant's is one that does not exist). */
  Optional<Decision> get(String tenant, String id);

  /** The newest decision of the tenant about a stored flow made by a route, or empty. */
  Optional<Decision> latest(String tenant, String flowId, String route);

  /**
   * The verdict of each flow's newest decision by a route, per edition: flow id → edition → verdict; a flow without
   * one is absent. For a page of flows at once (one query).
   */
  java.util.Map<String, java.util.Map<String, String>> latestVerdicts(String tenant,
      java.util.Collection<String> flowIds, String route);

  /**
   * Decisions newest first, filtered by flow and verdict (null: any) and time ({@code from} inclusive, {@code to}
   * exclusive; null: unbounded), continuing after the cursor {@code next} of a previous page (null: from the newest).
   */
  Page list(String tenant, String flowId, String verdict, Instant from, Instant to, String after, int limit);
}

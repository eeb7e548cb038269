package org.demarc.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Impact analyses: which stored flows (and their linked contracts) a change of edition affects. An analysis snapshots
 * the stored flows (those not archived, stored by its start) into chunks of consecutive ids; any instance may analyse a
 * chunk, and a chunk's results are written with its completion in one transaction, once: a chunk analysed twice (its
 * first instance died after writing) keeps its first results.
 */
public interface ImpactStore {

  /**
   * An analysis.
   *
   * @param id its id
   * @param tenant the tenant whose flows it analyses
   * @param mode EDITIONS (every flow under {@code from} and {@code to}) or LAST_DECISION (each flow's last recorded
   *     evaluation against the rules now loaded, under its recorded edition)
   * @param from the first edition (EDITIONS), or null
   * @param to the second edition (EDITIONS), or null
   * @param state RUNNING or DONE
   * @param total flows it covers
   * @param chunks chunks it is split into
   * @param caller who started it, when known
   * @param language the language its texts are written in
   * @param createdAt when it started (flows stored later are not part of it)
   * @param finishedAt when its last chunk was done, or null
   */
  record Analysis(String id, String tenant, String mode, String from, String to, String state, long total, int chunks, String caller,
      String language, Instant createdAt, Instant finishedAt) {}

  /** Counts so far: flows done, chunks done, and of the flows done, how many change in each way. */
  record Progress(long done, int chunksDone, long changed, long verdictChanged, long contractsToAmend, long errors) {}

  /** A chunk: the flows with ids from {@code firstFlow} to {@code lastFlow}, inclusive. */
  record Chunk(String analysisId, int chunkNo, String firstFlow, String lastFlow, int size, boolean done,
      String worker) {}

  /** A flow of a chunk, as stored. */
  record ChunkFlow(String id, long version, String mediaType, String content) {}

  /**
   * The result for one flow.
   *
   * @param flowId the flow
   * @param flowVersion the version analysed
   * @param fromVerdict its verdict under the first edition (null on error)
   * @param toVerdict its verdict under the second edition (null on error)
   * @param verdictChanged whether the verdict changes
   * @param changes whether anything changes
   * @param contractsToAmend how many linked contracts need amending
   * @param error why it could not be evaluated, or null
   * @param detail the full result (JSON), or null on error
   */
  record Result(String flowId, long flowVersion, String fromVerdict, String toVerdict, boolean verdictChanged,
      boolean changes, int contractsToAmend, String error, String detail) {}

  /** A page of results in flow id order; {@code next} continues after, or is null. */
  record ResultPage(List<Result> results, String next) {}

  /**
   * Starts an analysis over the tenant's flows stored now, split into chunks of at most {@code chunkSize} flows.
   */
  Analysis create(String tenant, String id, String mode, String from, String to, String caller, String language,
      int chunkSize);

  /** An analysis of the tenant (another tenant's is one that does not exist). */
  Optional<Analysis> get(String tenant, String id);

  /** An analysis whatever its tenant: for the job that runs its chunks. */
  Optional<Analysis> forJob(String id);

  Progress progress(String id);

  List<Chunk> chunks(String id);

  /** The flows of a chunk, as stored when it is analysed (those stored by the analysis' start, not archived). */
  List<ChunkFlow> flows(Chunk chunk);

  /**
   * Records a chunk's results and marks it done, in one transaction; when it was done already nothing is written.
   *
   * @return whether this call completed it
   */
  boolean complete(Chunk chunk, String worker, List<Result> results);

  /** Results after the flow id {@code after} (null: from the start), at most {@code limit}; optionally only changes. */
  ResultPage results(String id, boolean changedOnly, String after, int limit);

  /** Every result in flow id order, read a page at a time (memory stays bounded). */
  void eachResult(String id, boolean changedOnly, Consumer<Result> each);
}

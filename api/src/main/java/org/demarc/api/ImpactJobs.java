package org.demarc.api;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.demarc.codec.Codec;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.FlowImpact;
import org.demarc.registry.ContractRegistry;
import org.demarc.registry.DecisionLog;
import org.demarc.registry.DocumentRegistry;
import org.demarc.registry.ImpactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Impact analyses as background jobs on db-scheduler: an analysis is split into chunks of flows, each a one-time task
 * in the shared database that any instance may claim. An instance that dies mid-chunk stops sending heartbeats; after
 * a few missed ones another instance claims the chunk again. A chunk's results are written with its completion in one
 * transaction (the store refuses a second completion), so each flow's result is recorded once.
 */
@Component
class ImpactJobs implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(ImpactJobs.class);
  private static final String TASK = "impact-chunk";

  private final ImpactStore store;
  private final ContractRegistry contracts;
  private final DecisionLog decisions;
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final TransactionTemplate tx;
  private final String worker;
  private final OneTimeTask<String> task;
  private final DataSource dataSource;
  /** Schedules chunks (joining the caller's transaction); works whether or not this instance runs jobs. */
  private final SchedulerClient client;
  /** Runs chunks; built at each start (a stopped scheduler cannot start again, and a test context may restart). */
  private Scheduler scheduler;
  private final YAMLMapper yaml = Codec.strictYaml();
  private final JsonMapper json = Codec.strict(JsonMapper.builder()).build();
  private final JsonMapper ja = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "ja")).build();
  private final JsonMapper en = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "en")).build();
  private final AtomicLong chunksRun = new AtomicLong();
  private final AtomicLong flowsEvaluated = new AtomicLong();
  private volatile boolean running;

  ImpactJobs(DataSource dataSource, ImpactStore store, ContractRegistry contracts, DecisionLog decisions,
      DemarcEngine engine, DemarcProperties properties, TransactionTemplate tx) {
    this.store = store;
    this.decisions = decisions;
    this.contracts = contracts;
    this.engine = engine;
    this.properties = properties;
    this.tx = tx;
    this.worker = properties.instanceName();
    this.task = Tasks.oneTime(TASK, String.class).execute((instance, context) -> run(instance.getData()));
    this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
    this.client = SchedulerClient.Builder.create(this.dataSource, task).build();
  }

  private Scheduler newScheduler() {
    return Scheduler.create(dataSource, task)
        .schedulerName(new SchedulerName.Fixed(worker))
        .threads(properties.jobThreads())
        .pollingInterval(Duration.ofMillis(properties.jobPollingMillis()))
        .heartbeatInterval(Duration.ofSeconds(properties.jobHeartbeatSeconds()))
        .missedHeartbeatsLimit(4)
        .shutdownMaxWait(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Starts an analysis: the flows stored now, in chunks, each scheduled as a task in the same transaction (so an
   * analysis is never left with chunks nobody will run).
   */
  ImpactStore.Analysis start(String id, Edition from, Edition to, String caller, String language) {
    return start(id, EDITIONS, from.name(), to.name(), caller, language);
  }

  /**
   * Starts an analysis of each flow's last recorded evaluation against the rules now loaded: the flow's current
   * version evaluated under the edition of its last recorded evaluation, compared with the answer recorded then.
   */
  ImpactStore.Analysis startAgainstLastDecisions(String id, String caller, String language) {
    return start(id, LAST_DECISION, null, null, caller, language);
  }

  static final String EDITIONS = "EDITIONS";
  static final String LAST_DECISION = "LAST_DECISION";
  /** The route whose decisions a LAST_DECISION analysis compares with. */
  static final String STORED_EVALUATION = "POST /api/v1/flows/{id}/evaluations";

  private ImpactStore.Analysis start(String id, String mode, String from, String to, String caller, String language) {
    return tx.execute(status -> {
      ImpactStore.Analysis a = store.create(Tenants.current(), id, mode, from, to, caller, language, properties.impactChunkSize());
      for (ImpactStore.Chunk c : store.chunks(id)) {
        client.schedule(task.instance(id + "#" + c.chunkNo(), id + "|" + c.chunkNo()), Instant.now());
      }
      return a;
    });
  }

  private void run(String data) {
    String analysisId = data.substring(0, data.lastIndexOf('|'));
    int chunkNo = Integer.parseInt(data.substring(data.lastIndexOf('|') + 1));
    ImpactStore.Analysis a = store.forJob(analysisId).orElse(null);
    if (a == null) {
      return;
    }
    ImpactStore.Chunk chunk = store.chunks(analysisId).stream().filter(c -> c.chunkNo() == chunkNo).findFirst()
        .orElse(null);
    if (chunk == null || chunk.done()) {
      return;
    }
    boolean editions = EDITIONS.equals(a.mode());
    Edition from = editions ? Edition.valueOf(a.from()) : null;
    Edition to = editions ? Edition.valueOf(a.to()) : null;
    JsonMapper mapper = "ja".equals(a.language()) ? ja : en;
    long started = System.nanoTime();
    List<ImpactStore.Result> results = new ArrayList<>(chunk.size());
    java.util.Map<String, List<DocumentRegistry.Stored>> linked = contracts.coveringRange(a.tenant(), chunk.firstFlow(),
        chunk.lastFlow());
    for (ImpactStore.ChunkFlow f : store.flows(chunk)) {
      results.add(editions ? analyse(f, linked.getOrDefault(f.id(), List.of()), from, to, mapper)
          : againstLastDecision(a.tenant(), f, mapper));
      flowsEvaluated.incrementAndGet();
    }
    chunksRun.incrementAndGet();
    long evaluated = System.nanoTime();
    if (!store.complete(chunk, worker, results)) {
      LOG.info("impact chunk {}#{} was completed by another instance", analysisId, chunkNo);
    }
    LOG.info("impact chunk {}#{}: {} flows analysed in {} ms, written in {} ms", analysisId, chunkNo,
        results.size(), (evaluated - started) / 1_000_000, (System.nanoTime() - evaluated) / 1_000_000);
  }

  private ImpactStore.Result analyse(ImpactStore.ChunkFlow f, List<DocumentRegistry.Stored> covering, Edition from,
      Edition to, JsonMapper mapper) {
    try {
      DataFlow flow = reader(f.mediaType()).readValue(f.content(), DataFlow.class);
      List<Contract> linked = new ArrayList<>();
      for (DocumentRegistry.Stored c : covering) {
        linked.add(reader(c.mediaType()).readValue(c.content(), Contract.class));
      }
      FlowImpact impact = engine.impact(flow, linked, from, to);
      return new ImpactStore.Result(f.id(), f.version(), impact.fromVerdict().name(), impact.toVerdict().name(),
          impact.verdictChanged(), impact.changes(), impact.contractsToAmend().size(), null,
          mapper.writeValueAsString(impact));
    } catch (InvalidFlowException e) {
      return error(f, "invalid: " + e.violations().stream().map(v -> v.pointer() + " " + v.code()).toList());
    } catch (RuntimeException e) {
      return error(f, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * A flow's last recorded evaluation against the rules now loaded: its current version evaluated under the recorded
   * edition, compared with the recorded answer (as a replay compares). Linked contracts are not part of this mode.
   */
  private ImpactStore.Result againstLastDecision(String tenant, ImpactStore.ChunkFlow f, JsonMapper mapper) {
    try {
      DecisionLog.Decision d = decisions.latest(tenant, f.id(), STORED_EVALUATION).orElse(null);
      if (d == null) {
        return error(f, "no recorded evaluation of this flow to compare with");
      }
      Edition edition = Edition.valueOf(d.edition());
      DataFlow flow = reader(f.mediaType()).readValue(f.content(), DataFlow.class);
      org.demarc.model.result.EvaluationResult now = engine.evaluate(flow, edition);
      JsonMapper recordedIn = "ja".equals(d.language()) ? ja : en;
      tools.jackson.databind.JsonNode before = recordedIn.readTree(d.resultUtf8()).path("result");
      Replays.Diff diff = Replays.diff(before, recordedIn.valueToTree(now), true);
      FlowImpact impact = new FlowImpact(f.id(), edition, edition,
          org.demarc.model.result.Verdict.valueOf(diff.fromVerdict()), now.verdict(), diff.verdictChanged(),
          diff.added().stream().map(n -> n.path("id").asString()).toList(),
          diff.removed().stream().map(n -> n.path("id").asString()).toList(),
          diff.changed().stream().map(Replays.Change::id).toList(),
          diff.responsibilitiesAdded().stream().map(n -> recordedIn.treeToValue(n,
              org.demarc.model.result.Responsibility.class)).toList(),
          diff.responsibilitiesRemoved().stream().map(n -> recordedIn.treeToValue(n,
              org.demarc.model.result.Responsibility.class)).toList(), List.of(), List.of());
      return new ImpactStore.Result(f.id(), f.version(), impact.fromVerdict().name(), impact.toVerdict().name(),
          impact.verdictChanged(), impact.changes(), 0, null, mapper.writeValueAsString(impact));
    } catch (InvalidFlowException e) {
      return error(f, "invalid: " + e.violations().stream().map(v -> v.pointer() + " " + v.code()).toList());
    } catch (RuntimeException e) {
      return error(f, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** JSON is read with the JSON parser (several times faster than YAML's on the same text). */
  private tools.jackson.databind.ObjectMapper reader(String mediaType) {
    return Documents.YAML.equals(mediaType) ? yaml : json;
  }

  private static ImpactStore.Result error(ImpactStore.ChunkFlow f, String why) {
    String cut = why.length() > 1900 ? why.substring(0, 1900) + "…" : why;
    return new ImpactStore.Result(f.id(), f.version(), null, null, false, false, 0, cut, null);
  }

  /** Chunks this instance has analysed (for the two-instance test and metrics). */
  long chunksRun() {
    return chunksRun.get();
  }

  /** Flows this instance has evaluated. */
  long flowsEvaluated() {
    return flowsEvaluated.get();
  }

  @Override
  public void start() {
    scheduler = newScheduler();
    scheduler.start();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    scheduler.stop();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops with the decision writer, after the web server, before the database closes. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}

package org.demarc.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/** {@link FlowRegistry} on Spring Data JDBC: the current version in {@code flow}, every version in {@code flow_version}. */
class JdbcFlowRegistry implements FlowRegistry {
  private final Repositories.Flows flows;
  private final Repositories.FlowVersions versions;
  private final Clock clock;

  JdbcFlowRegistry(Repositories.Flows flows, Repositories.FlowVersions versions, Clock clock) {
    this.flows = flows;
    this.versions = versions;
    this.clock = clock;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  @Transactional
  public StoredFlow create(String id, String mediaType, String content) {
    if (flows.existsById(id)) {
      throw new AlreadyExists(id);
    }
    FlowRow row = new FlowRow();
    row.id = id;
    row.archived = false;
    row.mediaType = mediaType;
    row.content = content;
    row.createdAt = now();
    row.updatedAt = row.createdAt;
    row.isNew = true;
    try {
      FlowRow saved = flows.save(row);
      versions.add(id, published(saved), mediaType, content, saved.createdAt);
      return stored(saved);
    } catch (DuplicateKeyException e) {
      throw new AlreadyExists(id);
    }
  }

  @Override
  public Optional<StoredFlow> get(String id) {
    return flows.findById(id).map(JdbcFlowRegistry::stored);
  }

  @Override
  public Optional<FlowVersion> version(String id, long version) {
    return Optional.ofNullable(versions.find(id, version)).map(JdbcFlowRegistry::version);
  }

  @Override
  public List<FlowVersion> versions(String id) {
    return versions.of(id).stream().map(JdbcFlowRegistry::version).toList();
  }

  @Override
  public Page list(boolean archived, String after, int limit) {
    List<FlowRow> rows = flows.page(archived, after == null ? "" : after, limit + 1);
    List<StoredFlow> page = rows.stream().limit(limit).map(JdbcFlowRegistry::stored).toList();
    return new Page(page, rows.size() > limit ? page.get(page.size() - 1).id() : null);
  }

  @Override
  @Transactional
  public StoredFlow update(String id, long expectedVersion, String mediaType, String content) {
    FlowRow row = flows.findById(id).orElseThrow(() -> new NoSuchElementException(id));
    if (published(row) != expectedVersion) {
      throw new VersionConflict(id, published(row));
    }
    row.mediaType = mediaType;
    row.content = content;
    row.updatedAt = now();
    try {
      FlowRow saved = flows.save(row);
      versions.add(id, published(saved), mediaType, content, saved.updatedAt);
      return stored(saved);
    } catch (OptimisticLockingFailureException e) {
      throw new VersionConflict(id, flows.findById(id).map(JdbcFlowRegistry::published).orElse(-1L));
    }
  }

  @Override
  @Transactional
  public StoredFlow archive(String id, long expectedVersion) {
    FlowRow row = flows.findById(id).orElseThrow(() -> new NoSuchElementException(id));
    if (published(row) != expectedVersion) {
      throw new VersionConflict(id, published(row));
    }
    row.archived = true;
    row.updatedAt = now();
    try {
      FlowRow saved = flows.save(row);
      versions.add(id, published(saved), saved.mediaType, saved.content, saved.updatedAt);
      return stored(saved);
    } catch (OptimisticLockingFailureException e) {
      throw new VersionConflict(id, flows.findById(id).map(JdbcFlowRegistry::published).orElse(-1L));
    }
  }

  /** The version callers see: 1 for a new flow (Spring Data's optimistic-locking counter starts at 0). */
  private static long published(FlowRow r) {
    return r.version + 1;
  }

  private static StoredFlow stored(FlowRow r) {
    return new StoredFlow(r.id, published(r), r.archived, r.mediaType, r.content, r.createdAt, r.updatedAt);
  }

  private static FlowVersion version(FlowVersionRow r) {
    return new FlowVersion(r.flowId(), r.version(), r.mediaType(), r.content(), r.createdAt());
  }
}

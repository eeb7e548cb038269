package org.demarc.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DocumentRegistry} on Spring Data JDBC: the current version in one table, every version in another, links in
 * {@code doc_link}; one transaction per change, so a document never exists without its version and links.
 */
class JdbcDocuments<R extends DocumentRow> implements DocumentRegistry {

  /** The queries of one kind of document (its tables). */
  interface Table<R> {
    List<R> page(Filter filter, String after, int limit);

    void addVersion(String id, long version, String mediaType, String content, Instant at);

    Optional<Version> version(String id, long version);

    List<Version> versions(String id);
  }

  private final String linkKind;
  private final CrudRepository<R, String> rows;
  private final Table<R> table;
  private final Repositories.Links links;
  private final Supplier<R> newRow;
  private final Clock clock;

  JdbcDocuments(String linkKind, CrudRepository<R, String> rows, Table<R> table, Repositories.Links links,
      Supplier<R> newRow, Clock clock) {
    this.linkKind = linkKind;
    this.rows = rows;
    this.table = table;
    this.links = links;
    this.newRow = newRow;
    this.clock = clock;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  @Transactional
  public Stored create(String id, String mediaType, String content, Collection<String> targets) {
    if (rows.existsById(id)) {
      throw new AlreadyExists(id);
    }
    R row = newRow.get();
    row.id = id;
    row.archived = false;
    row.mediaType = mediaType;
    row.content = content;
    row.createdAt = now();
    row.updatedAt = row.createdAt;
    row.isNew = true;
    try {
      R saved = rows.save(row);
      table.addVersion(id, published(saved), mediaType, content, saved.createdAt);
      link(id, targets);
      return stored(saved);
    } catch (DuplicateKeyException e) {
      throw new AlreadyExists(id);
    }
  }

  private void link(String id, Collection<String> targets) {
    links.clear(linkKind, id);
    for (String t : new TreeSet<>(targets)) {
      links.add(linkKind, id, t);
    }
  }

  @Override
  public Optional<Stored> get(String id) {
    return rows.findById(id).map(this::stored);
  }

  @Override
  public Optional<Version> version(String id, long version) {
    return table.version(id, version);
  }

  @Override
  public List<Version> versions(String id) {
    return table.versions(id);
  }

  @Override
  public Page list(Filter filter, String after, int limit) {
    List<R> page = table.page(filter, after == null ? "" : after, limit + 1);
    List<Stored> out = page.stream().limit(limit).map(this::stored).toList();
    return new Page(out, page.size() > limit ? out.get(out.size() - 1).id() : null);
  }

  @Override
  @Transactional
  public Stored update(String id, long expectedVersion, String mediaType, String content, Collection<String> targets) {
    R row = current(id, expectedVersion);
    row.mediaType = mediaType;
    row.content = content;
    row.updatedAt = now();
    Stored out = save(row);
    link(id, targets);
    return out;
  }

  @Override
  @Transactional
  public Stored archive(String id, long expectedVersion) {
    R row = current(id, expectedVersion);
    row.archived = true;
    row.updatedAt = now();
    return save(row);
  }

  private R current(String id, long expectedVersion) {
    R row = rows.findById(id).orElseThrow(() -> new NoSuchElementException(id));
    if (published(row) != expectedVersion) {
      throw new VersionConflict(id, published(row));
    }
    return row;
  }

  private Stored save(R row) {
    try {
      R saved = rows.save(row);
      table.addVersion(row.id, published(saved), saved.mediaType, saved.content, saved.updatedAt);
      return stored(saved);
    } catch (OptimisticLockingFailureException e) {
      throw new VersionConflict(row.id, rows.findById(row.id).map(JdbcDocuments::published).orElse(-1L));
    }
  }

  /** The version callers see: 1 for a new document (Spring Data's optimistic-locking counter starts at 0). */
  private static long published(DocumentRow r) {
    return r.version + 1;
  }

  Stored stored(R r) {
    return new Stored(r.id, published(r), r.archived, r.mediaType, r.content, r.createdAt, r.updatedAt,
        links.targets(linkKind, r.id), r.lastVerdict(), r.lastEdition());
  }
}

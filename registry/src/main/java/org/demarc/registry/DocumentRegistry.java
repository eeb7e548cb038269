package org.demarc.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Documents kept by their id with every version (flows, contracts): what architects and procurement revise over
 * time. Updates are conditional on the version the caller last read (optimistic concurrency), so no revision is lost to
 * another. Each document carries links (a flow: the parties it names; a contract: the flows it covers) for filtering.
 */
public interface DocumentRegistry {
  // every operation is within one tenant: another tenant's document is one that does not exist

  /**
   * A document as stored.
   *
   * @param id its id
   * @param version its current version (1 when new)
   * @param archived whether it is archived
   * @param mediaType the media type it was sent in
   * @param content the text it was sent as
   * @param createdAt when it was first stored
   * @param updatedAt when it last changed
   * @param links what it links to (a flow: its parties; a contract: the flows it covers), sorted
   * @param lastVerdict the verdict of its last recorded decision (flows), or null
   * @param lastEdition the edition of its last recorded decision (flows), or null
   */
  record Stored(String id, long version, boolean archived, String mediaType, String content, Instant createdAt,
      Instant updatedAt, List<String> links, String lastVerdict, String lastEdition) {}

  /** One version of a document. */
  record Version(String id, long version, String mediaType, String content, Instant createdAt) {}

  /**
   * What to list: archived or not, and optionally only those whose last decision had a verdict or edition, or which
   * link to a target (a party for flows, a flow for contracts).
   */
  record Filter(boolean archived, String lastVerdict, String lastEdition, String link) {
    public static Filter active() {
      return new Filter(false, null, null, null);
    }
  }

  /** A page in id order; {@code next} is the id to continue after, or null on the last page. */
  record Page(List<Stored> items, String next) {}

  /** The id is taken. */
  final class AlreadyExists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlreadyExists(String id) {
      super("`" + id + "` exists");
    }
  }

  /** The document has moved on since the version the caller names. */
  final class VersionConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long current;

    public VersionConflict(String id, long current) {
      super("`" + id + "` is at version " + current);
      this.current = current;
    }

    public long current() {
      return current;
    }
  }

  /**
   * Stores a new document at version 1, as it was sent ({@code content} in {@code mediaType}).
   *
   * @throws AlreadyExists if the id is taken
   */
  Stored create(String tenant, String id, String mediaType, String content, Collection<String> links);

  Optional<Stored> get(String tenant, String id);

  /** One version, or empty. */
  Optional<Version> version(String tenant, String id, long version);

  /** Every version, oldest first (empty when there is no such document). */
  List<Version> versions(String tenant, String id);

  /** Documents matching the filter after the id {@code after} (null: from the start), at most {@code limit}. */
  Page list(String tenant, Filter filter, String after, int limit);

  /**
   * Stores a new version if the document is at {@code expectedVersion}.
   *
   * @throws VersionConflict if it is not
   * @throws java.util.NoSuchElementException if there is no such document
   */
  Stored update(String tenant, String id, long expectedVersion, String mediaType, String content,
      Collection<String> links);

  /** Archives the document (it stays readable with its versions) if it is at {@code expectedVersion}. */
  Stored archive(String tenant, String id, long expectedVersion);
}

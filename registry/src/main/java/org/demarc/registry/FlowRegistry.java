package org.demarc.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Flows kept by their id, every version kept: what an institution's architects revise over time. Updates are
 * conditional on the version the caller last read (optimistic concurrency), so no revision is lost to another.
 */
public interface FlowRegistry {

  /** A flow as stored: its id, current version, whether it is archived, and the JSON it was sent as. */
  record StoredFlow(String id, long version, boolean archived, String mediaType, String content, Instant createdAt,
      Instant updatedAt) {}

  /** One version of a flow. */
  record FlowVersion(String id, long version, String mediaType, String content, Instant createdAt) {}

  /** A page of flows, in id order; {@code next} is the id to continue after, or null on the last page. */
  record Page(List<StoredFlow> flows, String next) {}

  /** The id is taken. */
  final class AlreadyExists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlreadyExists(String id) {
      super("flow `" + id + "` exists");
    }
  }

  /** The flow has moved on since the version the caller names. */
  final class VersionConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long current;

    public VersionConflict(String id, long current) {
      super("flow `" + id + "` is at version " + current);
      this.current = current;
    }

    public long current() {
      return current;
    }
  }

  /**
   * Stores a new flow at version 1, as it was sent ({@code content} in {@code mediaType}).
   *
   * @throws AlreadyExists if the id is taken
   */
  StoredFlow create(String id, String mediaType, String content);

  Optional<StoredFlow> get(String id);

  /** One version, or empty. */
  Optional<FlowVersion> version(String id, long version);

  /** Every version of a flow, oldest first (empty when there is no such flow). */
  List<FlowVersion> versions(String id);

  /** Flows after the id {@code after} (null: from the start), at most {@code limit}. */
  Page list(boolean archived, String after, int limit);

  /**
   * Stores a new version if the flow is at {@code expectedVersion}.
   *
   * @throws VersionConflict if it is not
   * @throws java.util.NoSuchElementException if there is no such flow
   */
  StoredFlow update(String id, long expectedVersion, String mediaType, String content);

  /** Archives the flow (it stays readable with its versions) if it is at {@code expectedVersion}. */
  StoredFlow archive(String id, long expectedVersion);
}

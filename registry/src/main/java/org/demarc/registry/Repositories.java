package org.demarc.registry;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** The Spring Data JDBC repositories of the registry (package-private: the API sees only the interfaces). */
final class Repositories {
  private Repositories() {}

  interface Flows extends CrudRepository<FlowRow, String> {
    @Query("SELECT * FROM flow WHERE archived = :archived AND id > :after ORDER BY id LIMIT :limit")
    List<FlowRow> page(@Param("archived") boolean archived, @Param("after") String after, @Param("limit") int limit);
  }

  interface FlowVersions extends CrudRepository<FlowVersionRow, String> {
    @Query("SELECT * FROM flow_version WHERE flow_id = :flowId ORDER BY version")
    List<FlowVersionRow> of(@Param("flowId") String flowId);

    @Query("SELECT * FROM flow_version WHERE flow_id = :flowId AND version = :version")
    FlowVersionRow find(@Param("flowId") String flowId, @Param("version") long version);

    @Modifying
    @Query("INSERT INTO flow_version (flow_id, version, media_type, content, created_at) "
        + "VALUES (:flowId, :version, :mediaType, :content, :createdAt)")
    void add(@Param("flowId") String flowId, @Param("version") long version, @Param("mediaType") String mediaType,
        @Param("content") String content, @Param("createdAt") Instant createdAt);
  }

  interface Decisions extends CrudRepository<DecisionRow, String> {
    @Query("SELECT * FROM decision WHERE (:flowId IS NULL OR flow_id = :flowId) "
        + "AND (:verdict IS NULL OR verdict = :verdict) "
        + "AND recorded_at >= :from AND recorded_at < :to "
        + "AND (recorded_at < :beforeTime OR (recorded_at = :beforeTime AND id < :beforeId)) "
        + "ORDER BY recorded_at DESC, id DESC LIMIT :limit")
    List<DecisionRow> page(@Param("flowId") String flowId, @Param("verdict") String verdict,
        @Param("from") Instant from, @Param("to") Instant to, @Param("beforeTime") Instant beforeTime,
        @Param("beforeId") String beforeId, @Param("limit") int limit);
  }
}

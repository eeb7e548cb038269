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
    @Query("SELECT * FROM flow WHERE archived = :archived AND id > :after "
        + "AND (:verdict IS NULL OR last_verdict = :verdict) AND (:edition IS NULL OR last_edition = :edition) "
        + "AND (:link IS NULL OR EXISTS (SELECT 1 FROM doc_link l WHERE l.kind = 'flow-party' AND l.doc_id = flow.id "
        + "AND l.target = :link)) ORDER BY id LIMIT :limit")
    List<FlowRow> page(@Param("archived") boolean archived, @Param("verdict") String verdict,
        @Param("edition") String edition, @Param("link") String link, @Param("after") String after,
        @Param("limit") int limit);

    @Modifying
    @Query("UPDATE flow SET last_verdict = :verdict, last_edition = :edition WHERE id = :id")
    void noteDecision(@Param("id") String id, @Param("verdict") String verdict, @Param("edition") String edition);

    /** Flows stored up to a time, after an id, in id order: what an impact analysis reads a chunk at a time. */
    @Query("SELECT * FROM flow WHERE archived = FALSE AND created_at <= :asOf AND id >= :first AND id <= :last "
        + "ORDER BY id LIMIT :limit")
    List<FlowRow> range(@Param("asOf") Instant asOf, @Param("first") String first, @Param("last") String last,
        @Param("limit") int limit);

    @Query("SELECT id FROM flow WHERE archived = FALSE AND created_at <= :asOf AND id > :after ORDER BY id LIMIT :limit")
    List<String> ids(@Param("asOf") Instant asOf, @Param("after") String after, @Param("limit") int limit);
  }

  interface Contracts extends CrudRepository<ContractRow, String> {
    @Query("SELECT * FROM contract WHERE archived = :archived AND id > :after "
        + "AND (:link IS NULL OR EXISTS (SELECT 1 FROM doc_link l WHERE l.kind = 'contract-flow' "
        + "AND l.doc_id = contract.id AND l.target = :link)) ORDER BY id LIMIT :limit")
    List<ContractRow> page(@Param("archived") boolean archived, @Param("link") String link,
        @Param("after") String after, @Param("limit") int limit);

    @Query("SELECT c.* FROM contract c JOIN doc_link l ON l.kind = 'contract-flow' AND l.doc_id = c.id "
        + "WHERE l.target = :flowId AND c.archived = FALSE ORDER BY c.id")
    List<ContractRow> covering(@Param("flowId") String flowId);

    @Query("SELECT l.target AS flow_id, l.doc_id AS contract_id FROM doc_link l JOIN contract c ON c.id = l.doc_id "
        + "WHERE l.kind = 'contract-flow' AND l.target >= :first AND l.target <= :last AND c.archived = FALSE "
        + "ORDER BY l.target, l.doc_id")
    List<VersionRows.Coverage> coverage(@Param("first") String first, @Param("last") String last);
  }

  interface FlowVersions extends CrudRepository<VersionRows.FlowVersionRow, String> {
    @Query("SELECT * FROM flow_version WHERE flow_id = :id ORDER BY version")
    List<VersionRows.FlowVersionRow> of(@Param("id") String id);

    @Query("SELECT * FROM flow_version WHERE flow_id = :id AND version = :version")
    VersionRows.FlowVersionRow find(@Param("id") String id, @Param("version") long version);

    @Modifying
    @Query("INSERT INTO flow_version (flow_id, version, media_type, content, created_at) "
        + "VALUES (:id, :version, :mediaType, :content, :createdAt)")
    void add(@Param("id") String id, @Param("version") long version, @Param("mediaType") String mediaType,
        @Param("content") String content, @Param("createdAt") Instant createdAt);
  }

  interface ContractVersions extends CrudRepository<VersionRows.ContractVersionRow, String> {
    @Query("SELECT * FROM contract_version WHERE contract_id = :id ORDER BY version")
    List<VersionRows.ContractVersionRow> of(@Param("id") String id);

    @Query("SELECT * FROM contract_version WHERE contract_id = :id AND version = :version")
    VersionRows.ContractVersionRow find(@Param("id") String id, @Param("version") long version);

    @Modifying
    @Query("INSERT INTO contract_version (contract_id, version, media_type, content, created_at) "
        + "VALUES (:id, :version, :mediaType, :content, :createdAt)")
    void add(@Param("id") String id, @Param("version") long version, @Param("mediaType") String mediaType,
        @Param("content") String content, @Param("createdAt") Instant createdAt);
  }

  interface Links extends CrudRepository<VersionRows.LinkRow, String> {
    @Query("SELECT target FROM doc_link WHERE kind = :kind AND doc_id = :docId ORDER BY target")
    List<String> targets(@Param("kind") String kind, @Param("docId") String docId);

    @Modifying
    @Query("DELETE FROM doc_link WHERE kind = :kind AND doc_id = :docId")
    void clear(@Param("kind") String kind, @Param("docId") String docId);

    @Modifying
    @Query("INSERT INTO doc_link (kind, doc_id, target) VALUES (:kind, :docId, :target)")
    void add(@Param("kind") String kind, @Param("docId") String docId, @Param("target") String target);
  }

  interface Decisions extends CrudRepository<DecisionRow, String> {
    @Query("SELECT * FROM decision WHERE flow_id = :flowId AND route = :route ORDER BY recorded_at DESC, id DESC "
        + "LIMIT 1")
    DecisionRow latest(@Param("flowId") String flowId, @Param("route") String route);

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

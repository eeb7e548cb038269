package org.demarc.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ContractRegistry} on tables {@code contract} and {@code contract_version}; links are the flows covered. */
class JdbcContractRegistry extends JdbcDocuments implements ContractRegistry {
  static final Sql SQL = new Sql("contract-flow",
      "INSERT INTO contract (tenant_id, id, version, archived, media_type, content, created_at, updated_at) "
          + "VALUES (:tenant, :id, 0, FALSE, :mediaType, :content, :at, :at)",
      "SELECT * FROM contract WHERE tenant_id = :tenant AND id = :id",
      "UPDATE contract SET version = version + 1, media_type = :mediaType, content = :content, updated_at = :at "
          + "WHERE tenant_id = :tenant AND id = :id AND version = :expected",
      "UPDATE contract SET version = version + 1, archived = TRUE, updated_at = :at "
          + "WHERE tenant_id = :tenant AND id = :id AND version = :expected",
      "INSERT INTO contract_version (tenant_id, contract_id, version, media_type, content, created_at) "
          + "VALUES (:tenant, :id, :version, :mediaType, :content, :at)",
      "SELECT contract_id AS doc_id, version, media_type, content, created_at FROM contract_version "
          + "WHERE tenant_id = :tenant AND contract_id = :id AND version = :version",
      "SELECT contract_id AS doc_id, version, media_type, content, created_at FROM contract_version "
          + "WHERE tenant_id = :tenant AND contract_id = :id ORDER BY version",
      "SELECT * FROM contract WHERE tenant_id = :tenant AND archived = :archived AND id > :after "
          + "AND (:link IS NULL OR EXISTS (SELECT 1 FROM doc_link l WHERE l.tenant_id = contract.tenant_id "
          + "AND l.kind = 'contract-flow' AND l.doc_id = contract.id AND l.target = :link)) ORDER BY tenant_id, id LIMIT :limit",
      false);

  JdbcContractRegistry(JdbcClient jdbc, Clock clock) {
    super(jdbc, SQL, clock);
  }

  @Override
  public List<Stored> covering(String tenant, String flowId) {
    List<String> ids = jdbc().sql("SELECT c.id FROM contract c JOIN doc_link l ON l.tenant_id = c.tenant_id "
        + "AND l.kind = 'contract-flow' AND l.doc_id = c.id WHERE c.tenant_id = :tenant AND l.target = :flow "
        + "AND c.archived = FALSE ORDER BY c.id").param("tenant", tenant).param("flow", flowId)
        .query(String.class).list();
    List<Stored> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      get(tenant, id).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public Map<String, List<Stored>> coveringRange(String tenant, String firstFlow, String lastFlow) {
    Map<String, List<Stored>> out = new HashMap<>();
    Map<String, Stored> loaded = new HashMap<>();
    jdbc().sql("SELECT l.target AS flow_id, l.doc_id AS contract_id FROM doc_link l JOIN contract c "
        + "ON c.tenant_id = l.tenant_id AND c.id = l.doc_id WHERE l.tenant_id = :tenant AND l.kind = 'contract-flow' "
        + "AND l.target >= :first AND l.target <= :last AND c.archived = FALSE ORDER BY l.target, l.doc_id")
        .param("tenant", tenant).param("first", firstFlow).param("last", lastFlow)
        .query((rs, n) -> new String[] {rs.getString("flow_id"), rs.getString("contract_id")}).list()
        .forEach(pair -> {
          Stored s = loaded.computeIfAbsent(pair[1], id -> get(tenant, id).orElse(null));
          if (s != null) {
            out.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(s);
          }
        });
    return out;
  }
}

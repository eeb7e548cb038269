package org.demarc.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Versions as sent; rows are only ever added. */
final class VersionRows {
  private VersionRows() {}

  /** One version of a stored flow (table {@code flow_version}). */
  @Table("flow_version")
  record FlowVersionRow(@Id String flowId, long version, String mediaType, String content, Instant createdAt) {
    DocumentRegistry.Version toVersion() {
      return new DocumentRegistry.Version(flowId, version, mediaType, content, createdAt);
    }
  }

  /** One version of a stored contract (table {@code contract_version}). */
  @Table("contract_version")
  record ContractVersionRow(@Id String contractId, long version, String mediaType, String content, Instant createdAt) {
    DocumentRegistry.Version toVersion() {
      return new DocumentRegistry.Version(contractId, version, mediaType, content, createdAt);
    }
  }

  /** Which contract covers which flow (a query's rows). */
  record Coverage(String flowId, String contractId) {}

  /** A link from a document to a target (table {@code doc_link}). */
  @Table("doc_link")
  record LinkRow(@Id String kind, String docId, String target) {}
}

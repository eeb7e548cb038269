package org.demarc.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded decision (table {@code decision}) as read; rows are only ever added ({@link JdbcDecisionLog} inserts them). */
@Table("decision")
class DecisionRow {
  @Id
  String id;
  String tenantId;
  Instant recordedAt;
  String route;
  String caller;
  String flowId;
  Long flowVersion;
  String edition;
  String ruleSetHash;
  String engineVersion;
  String verdict;
  /** The finding ids, one per line: rows written before they were compressed; null since. */
  String findingIds;
  byte[] findingIdsZ;
  /** The input as text: rows written before input was compressed; null since. */
  String input;
  byte[] inputGzip;
  byte[] resultGzip;
  String language;
}

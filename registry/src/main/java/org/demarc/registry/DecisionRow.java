package org.demarc.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded decision (table {@code decision}); rows are only ever added. */
@Table("decision")
class DecisionRow implements Persistable<String> {
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

  @Override
  public String getId() {
    return id;
  }

  @Override
  @Transient
  public boolean isNew() {
    return true; // decisions are appended, never updated
  }
}

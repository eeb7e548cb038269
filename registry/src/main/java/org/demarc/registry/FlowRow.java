package org.demarc.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** A stored flow's current version (table {@code flow}). */
@Table("flow")
class FlowRow implements Persistable<String> {
  @Id
  String id;
  @Version
  Long version;
  boolean archived;
  String mediaType;
  String content;
  Instant createdAt;
  Instant updatedAt;
  @Transient
  boolean isNew;

  @Override
  public String getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }
}

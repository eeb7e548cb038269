package org.demarc.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;

/** A stored document's current version; {@link FlowRow} and {@link ContractRow} name its table. */
abstract class DocumentRow implements Persistable<String> {
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

  /** The verdict of the last decision (flows only). */
  String lastVerdict() {
    return null;
  }

  /** The edition of the last decision (flows only). */
  String lastEdition() {
    return null;
  }
}

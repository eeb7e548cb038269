package org.demarc.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One version of a stored flow, as it was sent (table {@code flow_version}); rows are only ever added. */
@Table("flow_version")
record FlowVersionRow(@Id String flowId, long version, String mediaType, String content, Instant createdAt) {}

package org.demarc.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link FlowRegistry} on tables {@code flow} and {@code flow_version}; links are the parties a flow names. */
class JdbcFlowRegistry extends JdbcDocuments<FlowRow> implements FlowRegistry {
  private final Repositories.Flows flows;

  JdbcFlowRegistry(Repositories.Flows flows, Repositories.FlowVersions versions, Repositories.Links links,
      Clock clock) {
    super("flow-party", flows, new Table<>() {
      @Override
      public List<FlowRow> page(Filter f, String after, int limit) {
        return flows.page(f.archived(), f.lastVerdict(), f.lastEdition(), f.link(), after, limit);
      }

      @Override
      public void addVersion(String id, long version, String mediaType, String content, Instant at) {
        versions.add(id, version, mediaType, content, at);
      }

      @Override
      public Optional<Version> version(String id, long version) {
        return Optional.ofNullable(versions.find(id, version)).map(VersionRows.FlowVersionRow::toVersion);
      }

      @Override
      public List<Version> versions(String id) {
        return versions.of(id).stream().map(VersionRows.FlowVersionRow::toVersion).toList();
      }
    }, links, FlowRow::new, clock);
    this.flows = flows;
  }

  @Override
  public void noteDecision(String id, String verdict, String edition) {
    flows.noteDecision(id, verdict, edition);
  }
}

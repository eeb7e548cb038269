package org.demarc.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ContractRegistry} on tables {@code contract} and {@code contract_version}; links are the flows covered. */
class JdbcContractRegistry extends JdbcDocuments<ContractRow> implements ContractRegistry {
  private final Repositories.Contracts contracts;

  JdbcContractRegistry(Repositories.Contracts contracts, Repositories.ContractVersions versions,
      Repositories.Links links, Clock clock) {
    super("contract-flow", contracts, new Table<>() {
      @Override
      public List<ContractRow> page(Filter f, String after, int limit) {
        return contracts.page(f.archived(), f.link(), after, limit);
      }

      @Override
      public void addVersion(String id, long version, String mediaType, String content, Instant at) {
        versions.add(id, version, mediaType, content, at);
      }

      @Override
      public Optional<Version> version(String id, long version) {
        return Optional.ofNullable(versions.find(id, version)).map(VersionRows.ContractVersionRow::toVersion);
      }

      @Override
      public List<Version> versions(String id) {
        return versions.of(id).stream().map(VersionRows.ContractVersionRow::toVersion).toList();
      }
    }, links, ContractRow::new, clock);
    this.contracts = contracts;
  }

  @Override
  public java.util.Map<String, List<Stored>> coveringRange(String firstFlow, String lastFlow) {
    java.util.Map<String, List<Stored>> out = new java.util.HashMap<>();
    java.util.Map<String, Stored> loaded = new java.util.HashMap<>();
    for (VersionRows.Coverage c : contracts.coverage(firstFlow, lastFlow)) {
      Stored s = loaded.computeIfAbsent(c.contractId(), id -> get(id).orElse(null));
      if (s != null) {
        out.computeIfAbsent(c.flowId(), k -> new java.util.ArrayList<>()).add(s);
      }
    }
    return out;
  }

  @Override
  public List<Stored> covering(String flowId) {
    return contracts.covering(flowId).stream().map(this::stored).toList();
  }
}

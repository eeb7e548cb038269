package org.demarc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations run on a database the previous release created and filled (schema version 2: flows, their versions,
 * decisions with their input as text, idempotency keys): after upgrading, what it stored reads back unchanged through
 * this release's registry, and new records can be added beside it. On H2 and on PostgreSQL.
 */
class MigrationFromPreviousReleaseTest {

  @Test
  void h2() throws Exception {
    String url = "jdbc:h2:mem:previous-release;DB_CLOSE_DELAY=-1";
    upgradeAndRead(new DriverManagerDataSource(url, "sa", ""), url, "sa", "");
  }

  @Test
  void postgres() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      upgradeAndRead(new DriverManagerDataSource(url, "postgres", "postgres"), url, "postgres", "postgres");
    }
  }

  private static void upgradeAndRead(DataSource ds, String url, String user, String password) throws Exception {
    // the previous release: schema version 2, and rows as it wrote them
    Flyway.configure().dataSource(ds).target("2").load().migrate();
    Instant t = Instant.parse("2026-11-28T12:00:00Z");
    try (Connection c = ds.getConnection()) {
      exec(c, "INSERT INTO flow (id, version, archived, media_type, content, created_at, updated_at) "
          + "VALUES (?, 1, FALSE, 'application/json', ?, ?, ?)", "old-flow", "{\"id\":\"old-flow\",\"v\":2}", t, t);
      exec(c, "INSERT INTO flow_version (flow_id, version, media_type, content, created_at) "
          + "VALUES (?, 1, 'application/json', ?, ?)", "old-flow", "{\"id\":\"old-flow\",\"v\":1}", t);
      exec(c, "INSERT INTO flow_version (flow_id, version, media_type, content, created_at) "
          + "VALUES (?, 2, 'application/json', ?, ?)", "old-flow", "{\"id\":\"old-flow\",\"v\":2}", t);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO decision (id, recorded_at, route, caller, flow_id, "
          + "flow_version, edition, rule_set_hash, engine_version, verdict, finding_ids, input, result_gzip) "
          + "VALUES ('old-decision', ?, 'POST /api/v1/flows/{id}/evaluations', NULL, 'old-flow', 2, 'E2008_V3', "
          + "'hash', '0.1.0', 'NON_COMPLIANT', 'a||x', '{\"id\":\"old-flow\",\"v\":2}', ?)")) {
        p.setTimestamp(1, Timestamp.from(t));
        p.setBytes(2, OldFormats.gzip("{\"decisionId\":\"old-decision\"}"));
        p.executeUpdate();
      }
    }
    // this release, started on it: Flyway upgrades the schema
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(RegistryTestApplication.class)
        .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password)) {
      FlowRegistry flows = ctx.getBean(FlowRegistry.class);
      DocumentRegistry.Stored old = flows.get(TenantRegistry.INITIAL, "old-flow").orElseThrow();
      assertThat(old.version()).isEqualTo(2);
      assertThat(old.content()).isEqualTo("{\"id\":\"old-flow\",\"v\":2}");
      assertThat(old.links()).isEmpty();
      assertThat(flows.versions(TenantRegistry.INITIAL, "old-flow")).extracting(DocumentRegistry.Version::content)
          .containsExactly("{\"id\":\"old-flow\",\"v\":1}", "{\"id\":\"old-flow\",\"v\":2}");
      DecisionLog.Decision d = ctx.getBean(DecisionLog.class).get(TenantRegistry.INITIAL, "old-decision").orElseThrow();
      assertThat(d.input()).as("input written as text before compression").isEqualTo("{\"id\":\"old-flow\",\"v\":2}");
      assertThat(d.result()).isEqualTo("{\"decisionId\":\"old-decision\"}");
      assertThat(d.language()).isNull();
      // and it carries on: a revision of the old flow, a contract linked to it
      assertThat(flows.update(TenantRegistry.INITIAL, "old-flow", 2, "application/json", "{\"id\":\"old-flow\",\"v\":3}", List.of("hosp"))
          .version()).isEqualTo(3);
      ctx.getBean(ContractRegistry.class).create(TenantRegistry.INITIAL, "new-contract", "application/json", "{}", List.of("old-flow"));
      assertThat(ctx.getBean(ContractRegistry.class).covering(TenantRegistry.INITIAL, "old-flow")).hasSize(1);
    }
  }

  private static void exec(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof Instant at) {
          p.setTimestamp(i + 1, Timestamp.from(at));
        } else {
          p.setObject(i + 1, args[i]);
        }
      }
      p.executeUpdate();
    }
  }
}

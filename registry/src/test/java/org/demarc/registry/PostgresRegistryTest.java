package org.demarc.registry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same repository suite on a real PostgreSQL, started inside the test (no Docker). */
@SpringBootTest(classes = RegistryTestApplication.class)
class PostgresRegistryTest extends RegistryContract {
  private static final EmbeddedPostgres POSTGRES;

  static {
    try {
      POSTGRES = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @AfterAll
  static void stop() throws IOException {
    // the context may outlive this class in the cache; PostgreSQL stops when the JVM exits otherwise
  }
}

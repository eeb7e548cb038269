package org.demarc.api;

import org.demarc.engine.DemarcEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Demarc REST service. */
@SpringBootApplication(exclude = {
    // decided at start by IdentityProviders instead (their conditions would be fixed when the jar is built, AOT)
    org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration.class,
    org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration.class,
    org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration.class})
public class DemarcApplication {

  /** The engine being built while Spring starts (set by {@link #main}; tests build it in the bean method). */
  private static volatile java.util.concurrent.CompletableFuture<DemarcEngine> early;

  public static void main(String[] args) {
    // The rule bases take about a second to build: build them on another core while the context starts.
    early = java.util.concurrent.CompletableFuture.supplyAsync(DemarcEngine::create, runnable -> {
      Thread t = new Thread(runnable, "demarc-engine-build");
      t.setDaemon(true);
      t.start();
    });
    SpringApplication.run(DemarcApplication.class, args);
  }

  /** One engine for the whole service: its rule bases are built once, and start-up fails if they can't be. */
  @Bean
  DemarcEngine demarcEngine() {
    long start = System.nanoTime();
    java.util.concurrent.CompletableFuture<DemarcEngine> building = early;
    DemarcEngine engine;
    if (building == null) {
      engine = DemarcEngine.create();
    } else {
      try {
        engine = building.join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    org.slf4j.LoggerFactory.getLogger(DemarcApplication.class).info("rule engine ready ({} ms waited)",
        (System.nanoTime() - start) / 1_000_000);
    return engine;
  }
}

package org.demarc.api;

import org.demarc.engine.DemarcEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Demarc REST service. */
@SpringBootApplication
public class DemarcApplication {

  public static void main(String[] args) {
    SpringApplication.run(DemarcApplication.class, args);
  }

  /** One engine for the whole service: its rule bases are built once, here, and start-up fails if they can't be. */
  @Bean
  DemarcEngine demarcEngine() {
    return DemarcEngine.create();
  }
}

package org.demarc.registry;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The registry's beans, for an application to import: {@link FlowRegistry} and {@link DecisionLog} over the
 * application's data source (schema by the Flyway migrations in {@code db/migration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackageClasses = RegistryConfiguration.class, considerNestedRepositories = true)
public class RegistryConfiguration {

  /**
   * Identifiers unquoted, so H2 and PostgreSQL each fold them their own way, as the migrations' unquoted DDL does.
   */
  @Bean
  static org.springframework.beans.factory.config.BeanPostProcessor unquotedIdentifiers() {
    return new org.springframework.beans.factory.config.BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof org.springframework.data.relational.core.mapping.RelationalMappingContext context) {
          context.setForceQuote(false);
        }
        return bean;
      }
    };
  }

  @Bean
  FlowRegistry flowRegistry(Repositories.Flows flows, Repositories.FlowVersions versions, Repositories.Links links) {
    return new JdbcFlowRegistry(flows, versions, links, Clock.systemUTC());
  }

  @Bean
  ContractRegistry contractRegistry(Repositories.Contracts contracts, Repositories.ContractVersions versions,
      Repositories.Links links) {
    return new JdbcContractRegistry(contracts, versions, links, Clock.systemUTC());
  }

  @Bean
  IdempotencyStore idempotencyStore(JdbcIdempotencyStore.Rows rows) {
    return new JdbcIdempotencyStore(rows);
  }

  @Bean
  ImpactStore impactStore(javax.sql.DataSource dataSource, Repositories.Flows flows) {
    return new JdbcImpactStore(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource), flows,
        Clock.systemUTC());
  }

  @Bean
  DecisionLog decisionLog(Repositories.Decisions decisions) {
    return new JdbcDecisionLog(decisions);
  }
}

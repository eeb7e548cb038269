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
  ApiKeyRegistry apiKeyRegistry(javax.sql.DataSource dataSource) {
    return new JdbcApiKeyRegistry(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
  }

  @Bean
  AuditLog auditLog(javax.sql.DataSource dataSource) {
    return new JdbcAuditLog(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
  }

  @Bean
  TenantRegistry tenantRegistry(javax.sql.DataSource dataSource) {
    return new JdbcTenantRegistry(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
  }

  @Bean
  FlowRegistry flowRegistry(javax.sql.DataSource dataSource) {
    return new JdbcFlowRegistry(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource), Clock.systemUTC());
  }

  @Bean
  ContractRegistry contractRegistry(javax.sql.DataSource dataSource) {
    return new JdbcContractRegistry(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource),
        Clock.systemUTC());
  }

  @Bean
  IdempotencyStore idempotencyStore(javax.sql.DataSource dataSource) {
    return new JdbcIdempotencyStore(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
  }

  @Bean
  ImpactStore impactStore(javax.sql.DataSource dataSource) {
    return new JdbcImpactStore(dataSource, Clock.systemUTC());
  }

  @Bean
  DecisionLog decisionLog(Repositories.Decisions decisions, javax.sql.DataSource dataSource) {
    return new JdbcDecisionLog(decisions, org.springframework.jdbc.core.simple.JdbcClient.create(dataSource),
        new org.springframework.jdbc.core.JdbcTemplate(dataSource));
  }
}

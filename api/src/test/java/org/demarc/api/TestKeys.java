package org.demarc.api;

import java.util.Set;
import org.demarc.registry.ApiKeyRegistry;
import org.demarc.registry.TenantRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Test only (found by component scanning of the tests' own package): API keys of the initial tenant the module's tests
 * call the service with, registered at start as an operator would register {@code DEMARC_ADMIN_KEY}.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "demarc.test-keys", havingValue = "true",
    matchIfMissing = true)
class TestKeys implements SmartInitializingSingleton {
  /** Architect, procurement and auditor of the initial tenant: what the functional tests call with. */
  static final String ALL = "test-key-architect-procurement-auditor";
  /** The operator: admin of the initial tenant. */
  static final String OPERATOR = "test-key-operator-admin-of-default";
  static final String AUTHORIZATION = "Bearer " + ALL;

  private final ApiKeyRegistry keys;

  TestKeys(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  @Override
  public void afterSingletonsInstantiated() {
    keys.register(ALL, TenantRegistry.INITIAL, "tests", Set.of("architect", "procurement", "auditor"), "tests");
    keys.register(OPERATOR, TenantRegistry.INITIAL, "tests: operator", Set.of("admin"), "tests");
  }
}

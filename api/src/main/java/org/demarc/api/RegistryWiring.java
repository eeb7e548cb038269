package org.demarc.api;

import org.demarc.registry.RegistryConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The registry (flows and the decision log) over the service's data source. */
@Configuration(proxyBeanMethods = false)
@Import(RegistryConfiguration.class)
class RegistryWiring {}

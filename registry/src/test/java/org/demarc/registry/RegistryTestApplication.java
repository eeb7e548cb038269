package org.demarc.registry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A minimal application around the registry for its repository tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RegistryConfiguration.class)
class RegistryTestApplication {}

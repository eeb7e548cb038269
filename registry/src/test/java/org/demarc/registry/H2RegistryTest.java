package org.demarc.registry;

import org.springframework.boot.test.context.SpringBootTest;

/** The repository suite on H2 (the embedded default). */
@SpringBootTest(classes = RegistryTestApplication.class,
    properties = "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1")
class H2RegistryTest extends RegistryContract {}

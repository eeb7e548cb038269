package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * The launcher's training start ({@link TrainingRun}): its requests are answered as a first user's are, a request
 * answered otherwise is reported, and the run happens only when asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingRunTest {
  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void everyTrainingRequestIsAnsweredAsAFirstUsersWouldBe() {
    assertThat(TrainingRun.train("http://127.0.0.1:" + port, TestKeys.OPERATOR)).isEmpty();
  }

  @Test
  void aRequestAnsweredOtherwiseIsReported() {
    assertThat(TrainingRun.train("http://127.0.0.1:" + port, "not-a-key-of-this-service-0123456789"))
        .containsExactly("POST /api/v1/admin/api-keys: 401 instead of 201",
            "no key in the answer to POST /api/v1/admin/api-keys");
    assertThat(TrainingRun.train("http://127.0.0.1:" + port, null))
        .containsExactly("no admin key (demarc.admin-key) to make a key with");
  }

  @Test
  void itRunsOnlyWhenAskedFor() {
    // the setting is read when the service starts (not a condition, which Spring AOT would fix when the jar is built)
    assertThat(context.getBean(TrainingRun.class).enabled()).isFalse();
    DemarcProperties properties = context.getBean(DemarcProperties.class);
    assertThat(new TrainingRun(properties, new MockEnvironment().withProperty("demarc.training-run", "true"))
        .enabled()).isTrue();
    assertThat(new TrainingRun(properties, new MockEnvironment()).enabled()).isFalse();
  }
}

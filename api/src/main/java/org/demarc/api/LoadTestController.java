package org.demarc.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the load benchmark: reads the same body as an evaluation and does nothing with it. Exists
 * only under the {@code loadtest} profile.
 */
@Hidden
@Profile("loadtest")
@RestController
class LoadTestController {

  /**
   * What the baseline answers.
   *
   * @param bytes how many bytes it read
   */
  record Received(int bytes) {}

  @PostMapping(path = "/internal/baseline", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Received baseline(@RequestBody byte[] body) {
    return new Received(body.length);
  }
}

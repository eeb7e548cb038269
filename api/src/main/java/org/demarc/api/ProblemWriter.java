package org.demarc.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document from a servlet filter, before Spring MVC is reached, in the same shape as the advice. */
final class ProblemWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ProblemWriter() {}

  static void write(HttpServletRequest request, HttpServletResponse response, ApiProblem p) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://demarc.dev/problems/" + p.code());
    body.put("title", p.status().getReasonPhrase());
    body.put("status", p.status().value());
    body.put("detail", p.getMessage());
    body.put("instance", request.getRequestURI());
    body.put("code", p.code());
    body.put("errors", p.errors());
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    response.setStatus(p.status().value());
    response.setContentType("application/problem+json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}

package org.demarc.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.demarc.engine.DemarcEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The web layer alone: request mapping, body formats, problem documents. */
@WebMvcTest(controllers = {EvaluationController.class, EditionController.class})
@Import({SecurityConfiguration.class, ApiKeyCache.class, ApiConfiguration.class, ProblemAdvice.class, Evaluations.class, BodyLimitFilter.class, Decisions.class, DecisionWriter.class,
    EvaluationControllerTest.Beans.class})
class EvaluationControllerTest {

  @TestConfiguration
  static class Beans {
    @Bean
    DemarcEngine engine() {
      return DemarcEngine.create();
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    /** Idempotency claims in memory (the filter is part of the web layer this slice starts). */
    @Bean
    org.demarc.registry.IdempotencyStore idempotencyStore() {
      java.util.Map<String, org.demarc.registry.IdempotencyStore.Answer> answers =
          new java.util.concurrent.ConcurrentHashMap<>();
      return new org.demarc.registry.IdempotencyStore() {
        @Override
        public Claim claim(String tenant, String key, String route, String requestHash) {
          Answer a = answers.get(tenant + " " + key);
          return a == null ? new Claimed() : new Replay(a);
        }

        @Override
        public void complete(String tenant, String key, Answer answer) {
          answers.put(tenant + " " + key, answer);
        }

        @Override
        public void release(String tenant, String key) {
          answers.remove(tenant + " " + key);
        }
      };
    }

    /** The test key in memory: this slice tests the controllers behind the real security chain. */
    @Bean
    org.demarc.registry.ApiKeyRegistry apiKeyRegistry() {
      return new org.demarc.registry.ApiKeyRegistry() {
        private final ApiKey all = new ApiKey("key_test", org.demarc.registry.TenantRegistry.INITIAL, "tests",
            java.util.Set.of("architect", "procurement", "auditor"), java.time.Instant.now(), "tests", null, null);

        @Override
        public Created create(String tenant, String name, java.util.Set<String> roles, java.time.Instant expiresAt,
            String createdBy) {
          throw new UnsupportedOperationException("not in this slice");
        }

        @Override
        public ApiKey register(String key, String tenant, String name, java.util.Set<String> roles, String createdBy) {
          throw new UnsupportedOperationException("not in this slice");
        }

        @Override
        public java.util.Optional<ApiKey> byHash(String hash) {
          return org.demarc.registry.ApiKeyRegistry.hash(TestKeys.ALL).equals(hash) ? java.util.Optional.of(all) : java.util.Optional.empty();
        }

        @Override
        public java.util.List<ApiKey> list(String tenant) {
          return java.util.List.of(all);
        }

        @Override
        public java.util.Optional<ApiKey> get(String tenant, String id) {
          return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<ApiKey> revoke(String tenant, String id) {
          return java.util.Optional.empty();
        }

        @Override
        public boolean any() {
          return true;
        }
      };
    }

    /** The decision log in memory: this slice tests the controllers, the registry has its own suites. */
    @Bean
    org.demarc.registry.DecisionLog decisionLog() {
      java.util.Map<String, org.demarc.registry.DecisionLog.Decision> kept = new java.util.concurrent.ConcurrentHashMap<>();
      return new org.demarc.registry.DecisionLog() {
        @Override
        public void record(Decision decision) {
          kept.put(decision.id(), decision);
        }

        @Override
        public void recordAll(java.util.List<Decision> decisions) {
          decisions.forEach(this::record);
        }

        @Override
        public java.util.Optional<Decision> get(String tenant, String id) {
          return java.util.Optional.ofNullable(kept.get(id)).filter(d -> d.tenant().equals(tenant));
        }

        @Override
        public java.util.Optional<Decision> latest(String tenant, String flowId, String route) {
          return kept.values().stream().filter(d -> d.tenant().equals(tenant) && flowId.equals(d.flowId())
                  && route.equals(d.route()))
              .max(java.util.Comparator.comparing(Decision::recordedAt));
        }

        @Override
        public Page list(String tenant, String flowId, String verdict, java.time.Instant from, java.time.Instant to,
            String after, int limit) {
          return new Page(java.util.List.copyOf(kept.values()), null);
        }

        @Override
        public java.util.Map<String, java.util.Map<String, String>> latestVerdicts(String tenant,
            java.util.Collection<String> flowIds, String route) {
          java.util.Map<String, java.util.Map<String, String>> out = new java.util.HashMap<>();
          kept.values().stream().filter(d -> d.tenant().equals(tenant) && flowIds.contains(d.flowId())
                  && route.equals(d.route()))
              .sorted(java.util.Comparator.comparing(Decision::recordedAt))
              .forEach(d -> out.computeIfAbsent(d.flowId(), k -> new java.util.TreeMap<>()).put(d.edition(), d.verdict()));
          return out;
        }
      };
    }
  }

  @Autowired
  MockMvc mvc;

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder authorized(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b) {
    return b.header("Authorization", TestKeys.AUTHORIZATION);
  }

  @Test
  void evaluatesUnderTheDefaultEdition() throws Exception {
    mvc.perform(authorized(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(ApiExamples.FLOW)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.edition").value("E2008_V3"))
        .andExpect(jsonPath("$.provenance.edition").value("E2008_V3"))
        .andExpect(jsonPath("$.result.controls[0].text").isString());
  }

  @Test
  void readsYamlBodies() throws Exception {
    mvc.perform(authorized(post("/api/v1/evaluations?edition=E2007_V2").contentType("application/yaml").content(ApiExamples.FLOW_YAML)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.edition").value("E2007_V2"));
  }

  @Test
  void rejectsUnknownEnumValueWithPointer() throws Exception {
    mvc.perform(authorized(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
            .content("{\"legalForm\": \"GIFT\"}")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value("unknown_enum_value"))
        .andExpect(jsonPath("$.errors[0].pointer").value("/legalForm"));
  }

  @Test
  void explainsErrorsInJapanese() throws Exception {
    mvc.perform(authorized(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "ja")
            .content("{\"parties\":[{\"id\":\"a\",\"roles\":[\"RECIPIENT\"]}],\"provider\":\"a\"}")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("invalid_flow"))
        .andExpect(jsonPath("$.errors[0].pointer").value("/provider"))
        .andExpect(jsonPath("$.errors[0].code").value("role_mismatch"))
        .andExpect(jsonPath("$.errors[0].detail").value("当事者 `a` は役割 PROVIDER を持っていません"));
  }

  @Test
  void showsOneRule() throws Exception {
    mvc.perform(authorized(get("/api/v1/editions/E2008_V3/rules/G-6.11-B1-11")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.citation.clause").value(
            "Edition 3 draft, chapter 4 §4.2 Responsibility demarcation points (moved from 6.10 B-1 of edition 2; referenced from 6.11 B-1 and B-2)"));
  }

  /** What changes between the editions, whatever the flow: public like the rest of the rule reference. */
  @Test
  void listsWhatChangesBetweenEditions() throws Exception {
    mvc.perform(get("/api/v1/editions/changes"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("E2007_V2"))
        .andExpect(jsonPath("$.to").value("E2008_V3"))
        .andExpect(jsonPath("$.textChanges[0].id").value("D1"))
        .andExpect(jsonPath("$.textChanges[0].kind").value("ADDED"))
        .andExpect(jsonPath("$.textChanges[0].toLines").value("P:L6-150"))
        .andExpect(jsonPath("$.textChanges[0].fromLines").doesNotExist())
        .andExpect(jsonPath("$.textChanges[20].needsHumanReview").value(true))
        .andExpect(jsonPath("$.ruleChanges[?(@.ruleId == 'G-6.11-B0-03')].kinds[0]").value("REMOVED"))
        .andExpect(jsonPath("$.ruleChanges[?(@.ruleId == 'G-6.11-B0-02')].variants[0].toMessage").value(
            "the exchange must be protected against spoofing of sender or recipient, eavesdropping and tampering of the "
                + "data, and intrusion and interference on the network"));
    mvc.perform(get("/api/v1/editions/changes?from=E2008_V3&to=E2007_V2").header("Accept-Language", "ja"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.textChanges[0].kind").value("DELETED"))
        .andExpect(jsonPath("$.textChanges[0].topic").value("6.9 情報および情報機器の持ち出し"));
    mvc.perform(get("/api/v1/editions/changes?to=E2099"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].pointer").value("to"));
  }
}

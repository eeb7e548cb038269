package org.demarc.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.app.ErrorCode;

/**
 * Makes the served OpenAPI document say what the service does: the problem schema as it is written (with {@code code},
 * {@code errors} and {@code instance} as a URI reference), every status an operation can answer (405, 406, 413, 415,
 * 503 included), YAML accepted wherever a body is, and {@code required} lists — on request schemas what the validator
 * requires, on answers every field that is always written (a field with no value is left out, never written as null).
 * The contract test validates every answer the test suite produces against this document.
 */
final class OpenApiContract {
  private OpenApiContract() {}

  static final String PROBLEM_JSON = "application/problem+json";
  static final String YAML = "application/yaml";

  /** Fields an answer may leave out (no value); every other field of these schemas is always written. */
  private static final Map<String, Set<String>> OPTIONAL = Map.ofEntries(
      // an answer recorded before unused declarations were reported (a stored decision) has none
      Map.entry("EvaluationResult", Set.of("flowId", "unusedDeclarations")),
      Map.entry("Finding", Set.of("party", "segment", "threat", "subjectKind")),
      Map.entry("RequiredControl", Set.of("party", "segment", "threat", "effectIfMissing", "checklistItem", "evidence",
          "subjectKind")),
      Map.entry("Responsibility", Set.of("subjectKind")),
      Map.entry("SegmentThreat", Set.of()),
      Map.entry("Citation", Set.of("clause", "title", "seedLines")),
      Map.entry("MissingFact", Set.of()),
      Map.entry("UnusedDeclaration", Set.of("party")),
      Map.entry("Provenance", Set.of()),
      Map.entry("EvaluationResponse", Set.of()),
      Map.entry("BatchResponse", Set.of()),
      Map.entry("BatchItem", Set.of("evaluation", "error")),
      Map.entry("ValidationResponse", Set.of()),
      Map.entry("ChecklistItem", Set.of("checklistItem", "control", "text", "party", "segment", "threat", "message",
          "contract", "clause", "clauses", "citation")),
      // a check recorded before unused clauses were reported (a stored decision) has none
      Map.entry("ContractCheck", Set.of("flowResult", "subject", "unusedClauses")),
      Map.entry("UnusedClause", Set.of("binds")),
      Map.entry("ContractCheckResponse", Set.of()),
      Map.entry("ComparisonResponse", Set.of()),
      Map.entry("EditionComparison", Set.of("flowId")),
      Map.entry("FindingChange", Set.of()),
      Map.entry("EditionView", Set.of()),
      Map.entry("EditionsResponse", Set.of()),
      Map.entry("RuleDescriptor", Set.of()),
      Map.entry("RulesResponse", Set.of()),
      Map.entry("GuidelineChanges", Set.of()),
      Map.entry("TextChange", Set.of("fromLines", "toLines")),
      Map.entry("RuleChange", Set.of("from", "to")),
      Map.entry("VariantChange", Set.of("fromStrength", "toStrength", "fromMessage", "toMessage")),
      // a replay (POST /api/v1/decisions/{id}/replay); an answer without a flow id has none to repeat
      Map.entry("ReplayResponse", Set.of()),
      Map.entry("Diff", Set.of("flowId")),
      Map.entry("Change", Set.of()),
      // the registry: stored documents, decisions, impact analyses
      Map.entry("Summary", Set.of("parties", "flows", "lastVerdict", "lastEdition")),
      Map.entry("VersionSummary", Set.of()),
      Map.entry("FlowPage", Set.of("next")),
      Map.entry("ContractPage", Set.of("next")),
      Map.entry("DecisionPage", Set.of("next")),
      Map.entry("DecisionView", Set.of("caller", "flowId", "flowVersion", "findingIds", "input", "result")),
      Map.entry("ImpactView", Set.of("from", "to", "finishedAt", "next")),
      Map.entry("Progress", Set.of()),
      Map.entry("Counts", Set.of()),
      Map.entry("FlowResult", Set.of("error", "impact")),
      // one flow's impact as an analysis stores it (its shape unchanged since the first release that stored one); a
      // contract item with no contract names the party none binds, and an obligation need not be a checklist item
      Map.entry("FlowImpact", Set.of("flowId")),
      Map.entry("ContractImpact", Set.of("counterparty")),
      Map.entry("ItemChange", Set.of("checklistItem")),
      // tenants, keys and the audit log (the admin routes)
      Map.entry("Tenant", Set.of()),
      Map.entry("KeyView", Set.of("createdBy", "expiresAt", "revokedAt", "key")),
      Map.entry("Event", Set.of("detail")));

  /** What the validator requires of a request, whatever the kind of flow. */
  private static final Map<String, List<String>> REQUIRED_IN_REQUESTS = Map.ofEntries(
      Map.entry("DataFlow", List.of("parties")),
      Map.entry("Party", List.of("id", "roles")),
      Map.entry("Recipient", List.of("party")),
      Map.entry("Segment", List.of("id")),
      Map.entry("ChannelSecurity", List.of("protocol")),
      Map.entry("RemoteLogin", List.of("id", "vendor")),
      Map.entry("TakenOutItem", List.of("id", "kind")),
      Map.entry("InPlace", List.of("control")),
      Map.entry("Contract", List.of("id", "kind", "counterparty", "institution")),
      Map.entry("Clause", List.of("type")),
      Map.entry("BatchRequest", List.of("flows")),
      Map.entry("ContractCheckRequest", List.of("flow")),
      Map.entry("NewTenant", List.of("id", "name")),
      Map.entry("NewKey", List.of("name", "roles")));

  static void apply(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    api.getComponents().addSecuritySchemes("bearer", new io.swagger.v3.oas.models.security.SecurityScheme()
        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
        .description("an API key (POST /api/v1/admin/api-keys) or a token of the configured identity provider"));
    schemas.put("Problem", problem());
    schemas.put("FieldError", problemError());
    schemas.remove("ProblemDetail");
    schemas.forEach((name, schema) -> {
      if (schema.getProperties() == null) {
        return;
      }
      if (REQUIRED_IN_REQUESTS.containsKey(name)) {
        schema.setRequired(REQUIRED_IN_REQUESTS.get(name));
      } else if (OPTIONAL.containsKey(name)) {
        List<String> required = new ArrayList<>();
        for (Object p : schema.getProperties().keySet()) {
          if (!OPTIONAL.get(name).contains(p.toString())) {
            required.add(p.toString());
          }
        }
        schema.setRequired(required);
      }
    });
    fixProblemReferences(schemas);
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
        complete(path.getKey(), op.getKey(), op.getValue());
      }
    }
  }

  /** BatchItem.error and the like refer to the problem schema too. */
  private static void fixProblemReferences(Map<String, Schema> schemas) {
    for (Schema<?> s : schemas.values()) {
      if (s.getProperties() == null) {
        continue;
      }
      for (Schema<?> p : s.getProperties().values()) {
        if (p.get$ref() != null && p.get$ref().endsWith("/ProblemDetail")) {
          p.set$ref("#/components/schemas/Problem");
        }
      }
    }
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation op) {
    ApiResponses responses = op.getResponses();
    responses.forEach((status, response) -> {
      if (response.getContent() != null) {
        MediaType problem = response.getContent().get(PROBLEM_JSON);
        if (problem != null) {
          problem.setSchema(new Schema<>().$ref("#/components/schemas/Problem"));
        }
      }
    });
    boolean post = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
    if (post) {
      add(responses, "400", "unreadable body (malformed_body, missing_body, unknown_field, unknown_enum_value, "
          + "invalid_value, duplicate_key, yaml_alias) or an unknown edition");
      add(responses, "413", "body over the size limit (body_too_large)");
      add(responses, "409", "the first request with this Idempotency-Key is still running (idempotency_in_progress); "
          + "on POST /api/v1/flows also: the id is taken (flow_exists)");
      if (method == PathItem.HttpMethod.POST) {
        op.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter().name("Idempotency-Key")
            .description("makes the request safe to retry: a retry with the same key and request gets the first "
                + "answer (Idempotent-Replayed: true) and creates nothing twice; the same key for another request is "
                + "422 idempotency_key_reused")
            .schema(new StringSchema().maxLength(200)));
      }
      add(responses, "415", "body neither application/json nor application/yaml (unsupported_media_type)");
      add(responses, "422", "the input cannot be evaluated: invalid_flow, invalid_contract, too_many_segments, "
          + "too_many_recipients, too_many_items, work_budget_exceeded");
      add(responses, "503", "busy: the bulkhead is full (overloaded); retry after the Retry-After header's seconds");
      ApiResponse busy = responses.get("503");
      busy.addHeaderObject("Retry-After", new io.swagger.v3.oas.models.headers.Header()
          .description("seconds to wait before retrying").schema(new IntegerSchema()));
      if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
        Content body = op.getRequestBody().getContent();
        MediaType json = body.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json != null && !body.containsKey(YAML)) {
          body.addMediaType(YAML, new MediaType().schema(json.getSchema()));
        }
      }
    }
    String httpMethod = method.name();
    AccessRules.Rule rule = AccessRules.match(httpMethod, path.replaceAll("\\{[^/}]+}", "x")).orElse(null);
    if (rule != null && rule.access() == AccessRules.Access.PUBLIC) {
      add(responses, "401", "a credential was sent that does not work (unauthorized): no credential is needed here, "
          + "but a bad one is refused everywhere");
    } else {
      op.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("bearer"));
      add(responses, "401", "no credentials, or an unknown, expired or revoked key, or a token that does not verify "
          + "(unauthorized); the WWW-Authenticate header says which");
      add(responses, "403", rule != null && rule.access() == AccessRules.Access.OPERATOR
          ? "only the operator, an admin of the initial tenant (forbidden)"
          : "the caller lacks the role: " + (rule == null ? "any" : String.join(" or ",
              rule.roles().stream().map(Caller.Role::id).toList())) + " (forbidden)");
      add(responses, "429", "the key's rate limit is used up (rate_limited); retry after the Retry-After header's "
          + "seconds");
      responses.get("429").addHeaderObject("Retry-After", new io.swagger.v3.oas.models.headers.Header()
          .description("seconds to wait before retrying").schema(new IntegerSchema()));
      if (responses.get("401").getHeaders() == null || !responses.get("401").getHeaders().containsKey(
          "WWW-Authenticate")) {
        responses.get("401").addHeaderObject("WWW-Authenticate", new io.swagger.v3.oas.models.headers.Header()
            .description("Bearer, with the error").schema(new StringSchema()));
      }
    }
    add(responses, "405", "method not allowed on this route (method_not_allowed); the Allow header lists the methods");
    add(responses, "406", path.endsWith("/report")
        ? "the report is text/html or text/markdown (not_acceptable)"
        : "the answer is application/json (not_acceptable)");
    add(responses, "500", "an unexpected error (internal_error); never expected");
  }

  private static void add(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
          .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
    }
  }

  private static Schema<?> problem() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put("type", new StringSchema().format("uri").description("https://demarc.dev/problems/{code}"));
    properties.put("title", new StringSchema().description("the HTTP status's reason phrase"));
    properties.put("status", new IntegerSchema().description("the HTTP status"));
    properties.put("detail", new StringSchema().description("what is wrong, in the requested language"));
    properties.put("instance", new StringSchema().format("uri-reference").description("the path that was requested"));
    properties.put("code", new StringSchema()._enum(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList())
        .description("stable code of the problem; README \"Error codes\""));
    properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
        .description("the offending fields, each with a JSON pointer (empty when no field is to blame)"));
    ObjectSchema s = new ObjectSchema();
    s.setProperties(properties);
    s.setRequired(List.of("type", "title", "status", "code", "errors"));
    s.description("An RFC 9457 problem document.");
    return s;
  }

  private static Schema<?> problemError() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put("pointer", new StringSchema().description("JSON pointer into the request body (\"\" for the whole "
        + "body), or the name of the parameter"));
    properties.put("code", new StringSchema().description("stable code of what is wrong with this field"));
    properties.put("detail", new StringSchema().description("what is wrong with it, in the requested language"));
    ObjectSchema s = new ObjectSchema();
    s.setProperties(properties);
    s.setRequired(List.of("pointer", "code", "detail"));
    return s;
  }
}

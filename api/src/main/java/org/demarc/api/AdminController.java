package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.model.result.Violation;
import org.demarc.registry.ApiKeyRegistry;
import org.demarc.registry.AuditLog;
import org.demarc.registry.DocumentRegistry;
import org.demarc.registry.TenantRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration: tenants (the operator only: an admin of the initial tenant), API keys (a tenant's admin for its own
 * tenant; the operator for any), and the audit log of these actions.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "admin", description = "tenants, API keys and the audit log")
class AdminController {
  private static final String PROBLEM = "application/problem+json";
  private static final java.util.regex.Pattern TENANT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private final TenantRegistry tenants;
  private final ApiKeyRegistry keys;
  private final AuditLog audit;
  private final ApiKeyCache cache;

  AdminController(TenantRegistry tenants, ApiKeyRegistry keys, AuditLog audit, ApiKeyCache cache) {
    this.cache = cache;
    this.tenants = tenants;
    this.keys = keys;
    this.audit = audit;
  }

  /**
   * A tenant to create.
   *
   * @param id its id: letters, digits, {@code -} or {@code _}, at most 64
   * @param name its name
   */
  record NewTenant(String id, String name) {}

  /**
   * A key to create.
   *
   * @param tenant the tenant it acts for (default: the caller's; another tenant: the operator only)
   * @param name what it is for
   * @param roles its roles: architect, procurement, auditor, admin
   * @param expiresAt when it stops working (optional)
   */
  record NewKey(String tenant, String name, List<String> roles, Instant expiresAt) {}

  /**
   * A key's record; {@code key} only in the answer that created it.
   *
   * @param id its id
   * @param tenant its tenant
   * @param name what it is for
   * @param roles its roles
   * @param createdAt when it was created
   * @param createdBy who created it
   * @param expiresAt when it stops working
   * @param revokedAt when it was revoked
   * @param key the key itself: shown once, never stored
   */
  record KeyView(String id, String tenant, String name, Set<String> roles, Instant createdAt, String createdBy,
      Instant expiresAt, Instant revokedAt, String key) {
    static KeyView of(ApiKeyRegistry.ApiKey k, String key) {
      return new KeyView(k.id(), k.tenant(), k.name(), k.roles(), k.createdAt(), k.createdBy(), k.expiresAt(),
          k.revokedAt(), key);
    }
  }

  @Operation(summary = "Create a tenant", description = "The operator only (an admin of the initial tenant).")
  @ApiResponse(responseCode = "201", description = "created")
  @ApiResponse(responseCode = "409", description = "the id is taken (tenant_exists)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(path = "/tenants", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TenantRegistry.Tenant> createTenant(@RequestBody NewTenant body) {
    List<Violation> errors = new ArrayList<>();
    if (body.id() == null || !TENANT_ID.matcher(body.id()).matches()) {
      errors.add(new Violation("/id", "invalid_value", Messages.text("field.tenant_id")));
    }
    if (body.name() == null || body.name().isBlank()) {
      errors.add(new Violation("/name", "required", Messages.text("field.required", "field", "name")));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    try {
      TenantRegistry.Tenant t = tenants.create(body.id(), body.name());
      audit.record(TenantRegistry.INITIAL, Tenants.caller(), "tenant.created", t.id(), t.name());
      audit.record(t.id(), Tenants.caller(), "tenant.created", t.id(), t.name());
      return ResponseEntity.created(URI.create("/api/v1/admin/tenants/" + t.id())).body(t);
    } catch (DocumentRegistry.AlreadyExists e) {
      throw Documents.problem(HttpStatus.CONFLICT, ErrorCode.TENANT_EXISTS, "id", body.id());
    }
  }

  @Operation(summary = "List tenants", description = "The operator only.")
  @GetMapping(path = "/tenants")
  List<TenantRegistry.Tenant> listTenants() {
    return tenants.list();
  }

  @Operation(summary = "Create an API key", description = "Shown once in this answer, stored only as a hash. A "
      + "tenant's admin creates keys of its own tenant; the operator for any tenant (a new tenant's first admin key "
      + "included).")
  @ApiResponse(responseCode = "201", description = "created, with the key")
  @ApiResponse(responseCode = "404", description = "no such tenant (tenant_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(path = "/api-keys", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<KeyView> createKey(@RequestBody NewKey body) {
    String tenant = tenantFor(body.tenant());
    List<Violation> errors = new ArrayList<>();
    if (body.name() == null || body.name().isBlank()) {
      errors.add(new Violation("/name", "required", Messages.text("field.required", "field", "name")));
    }
    Set<String> roles = new LinkedHashSet<>();
    if (body.roles() == null || body.roles().isEmpty()) {
      errors.add(new Violation("/roles", "required", Messages.text("field.required", "field", "roles")));
    } else {
      for (int i = 0; i < body.roles().size(); i++) {
        Caller.Role r = Caller.Role.of(body.roles().get(i));
        if (r == null) {
          errors.add(new Violation("/roles/" + i, "invalid_value", Messages.text("field.role", "value",
              body.roles().get(i))));
        } else {
          roles.add(r.id());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    ApiKeyRegistry.Created c = keys.create(tenant, body.name(), roles, body.expiresAt(), Tenants.caller());
    audit.record(tenant, Tenants.caller(), "api_key.created", c.apiKey().id(),
        body.name() + ", roles " + String.join(" ", roles));
    return ResponseEntity.created(URI.create("/api/v1/admin/api-keys/" + c.apiKey().id()))
        .body(KeyView.of(c.apiKey(), c.key()));
  }

  @Operation(summary = "List API keys", description = "Of the caller's tenant (the operator: of `tenant`); never "
      + "the keys themselves.")
  @ApiResponse(responseCode = "200", description = "the keys")
  @ApiResponse(responseCode = "404", description = "no such tenant for this caller (tenant_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/api-keys")
  List<KeyView> listKeys(@Parameter(description = "the operator: another tenant") @RequestParam(required = false)
      String tenant) {
    return keys.list(tenantFor(tenant)).stream().map(k -> KeyView.of(k, null)).toList();
  }

  @Operation(summary = "Revoke an API key", description = "It stops working at once; its record stays.")
  @ApiResponse(responseCode = "200", description = "revoked")
  @ApiResponse(responseCode = "404", description = "no such key in the tenant (api_key_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @DeleteMapping(path = "/api-keys/{id}")
  KeyView revokeKey(@PathVariable String id,
      @Parameter(description = "the operator: another tenant") @RequestParam(required = false) String tenant) {
    String t = tenantFor(tenant);
    ApiKeyRegistry.ApiKey k = keys.revoke(t, id).orElseThrow(() -> Documents.problem(HttpStatus.NOT_FOUND,
        ErrorCode.API_KEY_NOT_FOUND, "id", id));
    cache.forget(id);
    audit.record(t, Tenants.caller(), "api_key.revoked", id, k.name());
    return KeyView.of(k, null);
  }

  @Operation(summary = "The audit log", description = "The caller's tenant's admin actions, newest first.")
  @GetMapping(path = "/audit")
  List<AuditLog.Event> audit(@Parameter(description = "most events, 1-1000") @RequestParam(defaultValue = "100")
      int limit) {
    return audit.list(Tenants.current(), Math.max(1, Math.min(1000, limit)));
  }

  /** The tenant an admin acts on: its own, or (the operator) the one named, which must exist. */
  private String tenantFor(String requested) {
    Caller caller = CallerAuthentication.current();
    if (requested == null || requested.equals(caller.tenant())) {
      return caller.tenant();
    }
    if (!caller.operator()) {
      // another tenant is one that does not exist for this caller
      throw Documents.problem(HttpStatus.NOT_FOUND, ErrorCode.TENANT_NOT_FOUND, "id", requested);
    }
    return tenants.get(requested).map(TenantRegistry.Tenant::id).orElseThrow(() -> Documents.problem(
        HttpStatus.NOT_FOUND, ErrorCode.TENANT_NOT_FOUND, "id", requested));
  }

  private static ApiProblem invalid(List<Violation> errors) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_BODY.code(),
        errors.get(0).message().in(Language.current()), Flows.errors(errors, ""));
  }
}

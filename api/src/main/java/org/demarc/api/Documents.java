package org.demarc.api;

import java.net.URI;
import java.util.List;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.registry.DocumentRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the registry's document routes share (flows and contracts): reading a body as sent (JSON or YAML), versions as
 * ETags, If-Match, and their problems.
 */
final class Documents {
  static final String YAML = "application/yaml";
  /** The strict YAML reader the API's bodies are read with. */
  static final YAMLMapper STRICT_YAML = org.demarc.codec.Codec.strictYaml();

  private Documents() {}

  /**
   * A stored document's metadata.
   *
   * @param id its id
   * @param version its current version (the ETag)
   * @param archived whether it is archived
   * @param mediaType the media type it was sent in
   * @param createdAt when it was first stored
   * @param updatedAt when it last changed
   * @param parties a flow: the parties it names
   * @param flows a contract: the stored flows it covers
   * @param lastVerdict a flow: the verdict of its last recorded evaluation
   * @param lastEdition a flow: the edition of its last recorded evaluation
   */
  record Summary(String id, long version, boolean archived, String mediaType, java.time.Instant createdAt,
      java.time.Instant updatedAt, List<String> parties, List<String> flows, String lastVerdict, String lastEdition) {
    static Summary flow(DocumentRegistry.Stored f) {
      return new Summary(f.id(), f.version(), f.archived(), f.mediaType(), f.createdAt(), f.updatedAt(), f.links(),
          null, f.lastVerdict(), f.lastEdition());
    }

    static Summary contract(DocumentRegistry.Stored f) {
      return new Summary(f.id(), f.version(), f.archived(), f.mediaType(), f.createdAt(), f.updatedAt(), null,
          f.links(), null, null);
    }
  }

  /**
   * One version of a document.
   *
   * @param version the version
   * @param mediaType the media type it was sent in
   * @param createdAt when it was stored
   */
  record VersionSummary(long version, String mediaType, java.time.Instant createdAt) {}

  /**
   * What the routes of one kind of document do alike, in the caller's tenant: read one, revise it under If-Match,
   * archive it, list its versions, each answering its kind's 404.
   */
  static final class Endpoint {
    private final DocumentRegistry registry;
    private final java.util.function.Function<String, ApiProblem> notFound;
    private final java.util.function.Function<DocumentRegistry.Stored, Summary> summary;

    Endpoint(DocumentRegistry registry, ErrorCode notFound,
        java.util.function.Function<DocumentRegistry.Stored, Summary> summary) {
      this.registry = registry;
      this.notFound = id -> problem(HttpStatus.NOT_FOUND, notFound, "id", id);
      this.summary = summary;
    }

    DocumentRegistry.Stored stored(String id) {
      return registry.get(Tenants.current(), id).orElseThrow(() -> notFound.apply(id));
    }

    ApiProblem notFound(String id) {
      return notFound.apply(id);
    }

    ResponseEntity<Summary> revise(String id, long expected, String mediaType, String body,
        java.util.Collection<String> links) {
      try {
        DocumentRegistry.Stored stored = registry.update(Tenants.current(), id, expected, mediaType, body, links);
        return ResponseEntity.ok().eTag(etag(stored.version())).body(summary.apply(stored));
      } catch (java.util.NoSuchElementException e) {
        throw notFound.apply(id);
      } catch (DocumentRegistry.VersionConflict e) {
        throw conflict(e, id);
      }
    }

    /** Archives it; If-Match, when given, must name the current version. */
    Summary archive(String id, String ifMatch) {
      DocumentRegistry.Stored current = stored(id);
      long expected = ifMatch == null ? current.version() : Documents.ifMatch(ifMatch, id);
      try {
        return summary.apply(registry.archive(Tenants.current(), id, expected));
      } catch (DocumentRegistry.VersionConflict e) {
        throw conflict(e, id);
      }
    }

    List<VersionSummary> versions(String id) {
      List<DocumentRegistry.Version> all = registry.versions(Tenants.current(), id);
      if (all.isEmpty()) {
        throw notFound.apply(id);
      }
      return Documents.versions(all);
    }
  }

  static <T> T read(String body, String mediaType, Class<T> type, JsonMapper json) {
    try {
      return YAML.equals(mediaType) ? STRICT_YAML.readValue(body, type) : json.readValue(body, type);
    } catch (JacksonException e) {
      throw BodyErrors.translate(e, YAML.equals(mediaType) ? STRICT_YAML : json,
          body.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
  }

  static String mediaType(String contentType) {
    MediaType t = MediaType.parseMediaType(contentType);
    return MediaType.parseMediaType(YAML).isCompatibleWith(t) ? YAML : MediaType.APPLICATION_JSON_VALUE;
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The version If-Match names: 428 without one, 412 when it is not a version. */
  static long ifMatch(String ifMatch, String id) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw problem(HttpStatus.PRECONDITION_REQUIRED, ErrorCode.PRECONDITION_REQUIRED);
    }
    try {
      return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw problem(HttpStatus.PRECONDITION_FAILED, ErrorCode.VERSION_CONFLICT, "id", id, "version", "-");
    }
  }

  static ResponseEntity<Summary> created(String collection, Summary stored) {
    return ResponseEntity.created(URI.create(collection + "/" + encode(stored.id()))).eTag(etag(stored.version()))
        .body(stored);
  }

  static ResponseEntity<String> content(DocumentRegistry.Stored f) {
    return ResponseEntity.ok().eTag(etag(f.version())).contentType(MediaType.parseMediaType(f.mediaType()))
        .body(f.content());
  }

  static List<VersionSummary> versions(List<DocumentRegistry.Version> all) {
    return all.stream().map(v -> new VersionSummary(v.version(), v.mediaType(), v.createdAt())).toList();
  }

  static ApiProblem conflict(DocumentRegistry.VersionConflict e, String id) {
    return problem(HttpStatus.PRECONDITION_FAILED, ErrorCode.VERSION_CONFLICT, "id", id, "version", e.current());
  }

  static ApiProblem required(String field) {
    return Flows.invalid(List.of(new org.demarc.model.result.Violation("/" + field, "required",
        Messages.text("field.required", "field", field))), "");
  }

  static ApiProblem idMismatch(String id) {
    return Flows.invalid(List.of(new org.demarc.model.result.Violation("/id", "id_mismatch",
        Messages.text("field.id_mismatch", "id", id))), "");
  }

  static int limit(int requested) {
    return Math.max(1, Math.min(500, requested));
  }

  static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  static ApiProblem problem(HttpStatus status, ErrorCode code, Object... args) {
    return new ApiProblem(status, code.code(), Messages.of(code, args).in(Language.current()), List.of());
  }
}

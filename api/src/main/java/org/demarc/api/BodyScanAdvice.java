package org.demarc.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.demarc.codec.Codec;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Scans every JSON or YAML body once before it is read (as the CLI does), so the same bad input gets the same code on
 * every route whatever the route reads it into: a syntax error is {@code malformed_body}, a YAML alias or merge key
 * {@code yaml_alias} with its pointer (Jackson would read an alias as the anchor's name).
 */
@ControllerAdvice
class BodyScanAdvice extends RequestBodyAdviceAdapter {
  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final String RAW_BODY = BodyScanAdvice.class.getName() + ".raw";
  private static final String TARGET = BodyScanAdvice.class.getName() + ".target";
  private static final String YAML_BODY = BodyScanAdvice.class.getName() + ".yaml";

  /** The current request's body as received (JSON or YAML), once it has been scanned; null otherwise. */
  static byte[] rawBody() {
    return (byte[]) attribute(RAW_BODY);
  }

  /** The type the current request's scanned body is read into, when it is a class; null otherwise. */
  static Class<?> target() {
    return attribute(TARGET) instanceof Class<?> c ? c : null;
  }

  /** Whether the current request's scanned body is YAML. */
  static boolean yaml() {
    return Boolean.TRUE.equals(attribute(YAML_BODY));
  }

  private static Object attribute(String name) {
    org.springframework.web.context.request.RequestAttributes request =
        org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
    return request == null ? null
        : request.getAttribute(name, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
  }
  private final YAMLMapper yaml = Codec.strictYaml();
  private final JsonMapper json = Codec.strict(JsonMapper.builder()).build();

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
    MediaType type = input.getHeaders().getContentType();
    boolean isYaml = type != null && YAML.isCompatibleWith(type);
    if (type == null || !(isYaml || MediaType.APPLICATION_JSON.isCompatibleWith(type))) {
      return input;
    }
    byte[] bytes = input.getBody().readAllBytes(); // bounded by the body limit
    if (bytes.length == 0) {
      throw new HttpMessageNotReadableException("no body", input);
    }
    try {
      Codec.scan(isYaml ? yaml : json, bytes);
    } catch (tools.jackson.core.JacksonException e) {
      throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, input);
    }
    org.springframework.web.context.request.RequestAttributes request =
        org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(RAW_BODY, bytes, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
      request.setAttribute(TARGET, targetType, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
      request.setAttribute(YAML_BODY, isYaml, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
    }
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(bytes);
      }

      @Override
      public HttpHeaders getHeaders() {
        return input.getHeaders();
      }
    };
  }
}

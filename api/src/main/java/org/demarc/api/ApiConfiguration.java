package org.demarc.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.Filter;
import org.demarc.codec.Codec;
import org.demarc.model.result.Text;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.yaml.JacksonYamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

/** Request formats, response language, the OpenAPI description. */
@Configuration
@EnableConfigurationProperties(DemarcProperties.class)
class ApiConfiguration implements WebMvcConfigurer {
  /** Size of the buffers an answer is written through. */
  static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

  static {
    // Text is written as one string in the language Accept-Language chose.
    SpringDocUtils.getConfig().replaceWithClass(Text.class, String.class);
  }

  /** YAML bodies are read as strictly as JSON ones: an unknown field is an error. */
  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    builder.withYamlConverter(new JacksonYamlHttpMessageConverter(Codec.strictYaml()));
  }

  /** JSON bodies are read with the same strictness as YAML ones and as the command line's input. */
  @Bean
  JsonMapperBuilderCustomizer strictReading() {
    return builder -> Codec.answers(Codec.strict(builder));
  }

  @Bean
  JacksonModule textInRequestedLanguage() {
    return Codec.textIn(Language::current);
  }

  /**
   * Hands an answer of up to 64 KiB (an evaluation is about 27 KB) to the socket in one write instead of 8 KiB
   * pieces. Measured with {@code bench/load.sh}.
   */
  @Bean
  TomcatConnectorCustomizer socketWriteBuffer() {
    return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(RESPONSE_BUFFER_BYTES));
  }

  /**
   * TRACE reaches Spring MVC, which answers it as any method a route does not take (405 with the route's own Allow);
   * errors Tomcat answers by itself are problem documents ({@link ProblemValve}).
   */
  @Bean
  TomcatConnectorCustomizer traceToSpring() {
    return connector -> connector.setAllowTrace(true);
  }

  @Bean
  org.springframework.boot.tomcat.TomcatContextCustomizer problemValve() {
    return context -> {
      if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
        host.setErrorReportValveClass(ProblemValve.class.getName());
      }
    };
  }

  /**
   * Buffers an answer of up to 64 KiB whole, so it goes out with a Content-Length in one piece rather than in
   * 8 KiB chunks; larger answers are streamed as before.
   */
  @Bean
  Filter wholeResponseBuffer() {
    return (request, response, chain) -> {
      response.setBufferSize(RESPONSE_BUFFER_BYTES);
      chain.doFilter(request, response);
    };
  }

  /** The served document says what the service does ({@link OpenApiContract}). */
  @Bean
  org.springdoc.core.customizers.OpenApiCustomizer truthfulContract() {
    return OpenApiContract::apply;
  }

  @Bean
  OpenAPI demarcOpenApi() {
    return new OpenAPI().info(new Info()
        .title("Demarc API")
        .version("v1")
        .description("Evaluates data flows of medical information against the MHLW guideline for the security "
            + "management of medical information systems (医療情報システムの安全管理に関するガイドライン): responsibility "
            + "demarcation points (責任分界点) and exchange with outside parties. Errors are RFC 9457 problem documents "
            + "with a stable `code` and a JSON pointer to each offending field.")
        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
        .addServersItem(new Server().url("/").description("this server"))
        // No authentication: every operation is open to anonymous callers.
        .addSecurityItem(new SecurityRequirement());
  }
}

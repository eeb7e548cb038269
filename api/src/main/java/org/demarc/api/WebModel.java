package org.demarc.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.demarc.model.Edition;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every web page's frame shows: the caller and its roles, the language, the editions, the current path. */
@ControllerAdvice(assignableTypes = {WebPages.class, WebEditor.class, WebRecords.class, WebAdmin.class})
class WebModel {

  /**
   * The signed-in user as the pages see it.
   *
   * @param id the key id or token subject
   * @param tenant the tenant
   * @param roles role ids
   */
  record User(String id, String tenant, List<String> roles) {
    public boolean has(String role) {
      return roles.contains(role);
    }

    /** Whether the user holds any of the roles. */
    public boolean any(String... wanted) {
      for (String w : wanted) {
        if (roles.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  @ModelAttribute("user")
  User user() {
    Caller c = CallerAuthentication.current();
    return c == null ? null : new User(c.id(), c.tenant(), CallerAuthentication.roleNames(c));
  }

  @ModelAttribute("lang")
  String lang() {
    return Language.current();
  }

  @ModelAttribute("editions")
  List<Edition> editions() {
    return List.of(Edition.values());
  }

  @ModelAttribute("here")
  String here(HttpServletRequest request) {
    String q = request.getQueryString();
    String path = request.getRequestURI();
    return q == null || path.startsWith("/app/lang") ? path : path + "?" + q;
  }
}

package org.demarc.api;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller (by API key or bearer token), its roles as authorities. */
final class CallerAuthentication extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;
  private final Caller caller;

  CallerAuthentication(Caller caller) {
    super(caller.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    this.caller = caller;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.id();
  }

  /** The caller of the current request, or null when it is not authenticated. */
  static Caller current() {
    var a = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    return a instanceof CallerAuthentication c ? c.caller : null;
  }

  static List<String> roleNames(Caller c) {
    return c.roles().stream().map(Caller.Role::id).toList();
  }
}

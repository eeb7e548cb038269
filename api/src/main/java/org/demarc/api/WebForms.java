package org.demarc.api;

import org.demarc.model.Edition;

/** Small helpers the web pages share. */
final class WebForms {
  private WebForms() {}

  /** The edition a page asks for; the service's default when none or an unknown one is named. */
  static Edition edition(String name, DemarcProperties properties) {
    if (name != null) {
      for (Edition e : Edition.values()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
    }
    return properties.defaultEdition();
  }
}

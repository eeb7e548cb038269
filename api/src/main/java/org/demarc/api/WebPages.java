package org.demarc.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.Edition;
import org.demarc.model.result.RuleDescriptor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The web app's frame: home, login, the language switch, the access-denied page, and the public rule reference. */
@Controller
class WebPages {
  private final DemarcEngine engine;
  private final DemarcProperties properties;

  private final IdentityProviders identities;
  private final org.springframework.web.servlet.LocaleResolver locales;

  WebPages(DemarcEngine engine, DemarcProperties properties, IdentityProviders identities,
      org.springframework.web.servlet.LocaleResolver locales) {
    this.engine = engine;
    this.properties = properties;
    this.identities = identities;
    this.locales = locales;
  }

  /**
   * An identity provider the login page offers.
   *
   * @param id the registration id ({@code /oauth2/authorization/{id}} starts the login)
   * @param name its name
   */
  record Provider(String id, String name) {}

  @GetMapping("/")
  String root() {
    return "redirect:/app";
  }

  @GetMapping("/app")
  String home(Model model) {
    model.addAttribute("page", "home");
    return "web/home";
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
      Model model) {
    model.addAttribute("page", "login");
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", logout != null);
    List<Provider> providers = new ArrayList<>();
    for (var r : identities.registrations()) {
      providers.add(new Provider(r.getRegistrationId(), r.getClientName()));
    }
    model.addAttribute("providers", providers);
    return "web/login";
  }

  /** Switches the language (a cookie) and goes back to the page it was asked from (a path on this site only). */
  @GetMapping("/app/lang")
  String language(@RequestParam String to, @RequestParam(required = false) String back, HttpServletRequest request,
      HttpServletResponse response) {
    locales.setLocale(request, response, "ja".equals(to) ? WebLocale.JA : WebLocale.EN);
    boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
        && back.chars().noneMatch(c -> c < 0x20);
    return "redirect:" + (local ? back : "/app");
  }

  @RequestMapping("/app/denied")
  String denied(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    model.addAttribute("page", "denied");
    return "web/denied";
  }

  /**
   * One section's rules.
   *
   * @param section the guideline section, e.g. 6.11
   * @param rules its rules in id order
   */
  record Section(String section, List<RuleDescriptor> rules) {}

  /** The seed revision table (the guideline text every rule cites), shipped with the rules; read once. */
  private static final class Seed {
    private static final List<String> LINES = read();
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("L(\\d+)(?:-(\\d+))?");

    private static List<String> read() {
      try (var in = WebPages.class.getClassLoader()
          .getResourceAsStream("org/demarc/guideline/seed-6.9-6.11-revision-table.ja.txt")) {
        return in == null ? List.of()
            : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      } catch (java.io.IOException e) {
        return List.of();
      }
    }

    /** The text of the seed lines a rule cites ("C:L462-470"), joined as the guideline reads; null without lines. */
    static String text(String seedLines) {
      if (seedLines == null) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      var m = RANGE.matcher(seedLines);
      while (m.find()) {
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        for (int i = from; i <= to && i <= LINES.size(); i++) {
          out.append(LINES.get(i - 1).strip());
        }
        out.append(m.hitEnd() ? "" : " … ");
      }
      String text = out.toString().strip();
      return text.isEmpty() ? null : text;
    }
  }

  @GetMapping("/app/rules")
  String rules(@RequestParam(required = false) String edition, @RequestParam(required = false) String q,
      Model model) {
    Edition e = WebForms.edition(edition, properties);
    String query = q == null ? "" : q.strip();
    String needle = query.toLowerCase(Locale.ROOT);
    Map<String, List<RuleDescriptor>> bySection = new LinkedHashMap<>();
    for (RuleDescriptor r : engine.rules(e)) {
      if (!needle.isEmpty() && !matches(r, needle)) {
        continue;
      }
      bySection.computeIfAbsent(r.section(), s -> new ArrayList<>()).add(r);
    }
    model.addAttribute("page", "rules");
    model.addAttribute("edition", e);
    model.addAttribute("q", query);
    model.addAttribute("sections", bySection.entrySet().stream().map(s -> new Section(s.getKey(), s.getValue()))
        .toList());
    model.addAttribute("count", bySection.values().stream().mapToInt(List::size).sum());
    Map<String, String> seed = new java.util.HashMap<>();
    bySection.values().forEach(rs -> rs.forEach(r -> {
      String text = r.citation() == null ? null : Seed.text(r.citation().seedLines());
      if (text != null) {
        seed.put(r.id(), text);
      }
    }));
    model.addAttribute("seed", seed);
    return "web/rules";
  }

  /**
   * What changes in the guideline between two editions, whatever the flow, with the Japanese original of both columns
   * for each text change (the seed lines it cites).
   */
  @GetMapping("/app/rules/changes")
  String changes(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Model model) {
    Edition a = from == null ? Edition.values()[0] : WebForms.edition(from, properties);
    Edition b = to == null ? Edition.newest() : WebForms.edition(to, properties);
    org.demarc.model.result.GuidelineChanges changes = engine.changes(a, b);
    Map<String, String> seed = new java.util.HashMap<>();
    for (var c : changes.textChanges()) {
      for (String lines : java.util.Arrays.asList(c.fromLines(), c.toLines())) {
        String text = Seed.text(lines);
        if (text != null) {
          seed.put(lines, text);
        }
      }
    }
    model.addAttribute("page", "changes");
    model.addAttribute("from", a);
    model.addAttribute("to", b);
    model.addAttribute("changes", changes);
    model.addAttribute("seed", seed);
    model.addAttribute("toRules", engine.rules(b).stream().map(RuleDescriptor::id).collect(
        java.util.stream.Collectors.toSet()));
    return "web/changes";
  }

  private static boolean matches(RuleDescriptor r, String needle) {
    var c = r.citation();
    return r.id().toLowerCase(Locale.ROOT).contains(needle)
        || (c != null && c.clause() != null && (contains(c.clause().ja(), needle) || contains(c.clause().en(), needle)))
        || (c != null && c.title() != null && (contains(c.title().ja(), needle) || contains(c.title().en(), needle)));
  }

  private static boolean contains(String text, String needle) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
  }
}

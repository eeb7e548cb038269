package org.demarc.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API keys in the browser (admins): the first-start admin key signs in here and creates the keys people work with;
 * a new key is shown once; keys are revoked here. Through {@link AdminController}, so the audit log records each.
 */
@Controller
class WebAdmin {
  private final AdminController admin;

  WebAdmin(AdminController admin) {
    this.admin = admin;
  }

  @GetMapping("/app/admin/keys")
  String keys(Model model) {
    model.addAttribute("page", "keys");
    model.addAttribute("keys", admin.listKeys(null));
    model.addAttribute("roles", List.of("architect", "procurement", "auditor", "admin"));
    return "web/keys";
  }

  @PostMapping("/app/admin/keys")
  String create(@RequestParam(required = false) String name, @RequestParam(required = false) List<String> roles,
      @RequestParam(required = false) String expires, Model model) {
    try {
      java.time.Instant expiresAt = expires == null || expires.isBlank() ? null
          : LocalDate.parse(expires.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      AdminController.KeyView created = admin.createKey(new AdminController.NewKey(null, name,
          roles == null ? List.of() : roles, expiresAt)).getBody();
      model.addAttribute("created", created);
    } catch (ApiProblem p) {
      model.addAttribute("problem", p.getMessage());
      model.addAttribute("errors", p.errors());
    } catch (DateTimeParseException e) {
      model.addAttribute("problem", Language.pick("有効期限の日付が読めません。", "The expiry date cannot be read."));
    }
    return keys(model);
  }

  @PostMapping("/app/admin/keys/{id}/revoke")
  String revoke(@PathVariable String id, RedirectAttributes redirect) {
    try {
      admin.revokeKey(id, null);
    } catch (ApiProblem p) {
      redirect.addFlashAttribute("problem", p.getMessage());
    }
    return "redirect:/app/admin/keys";
  }
}

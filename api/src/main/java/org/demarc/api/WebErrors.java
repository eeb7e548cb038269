package org.demarc.api;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a web page shows when something fails: a page (not a JSON problem) with the status, the message in the page's
 * language and the request's decision id to quote; unexpected failures are logged with their cause.
 */
@ControllerAdvice(assignableTypes = {WebPages.class, WebEditor.class, WebRecords.class, WebAdmin.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {
  private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

  @ExceptionHandler(ApiProblem.class)
  String problem(ApiProblem p, Model model, HttpServletResponse response) {
    response.setStatus(p.status().value());
    return page(model, p.status().value(), p.getMessage());
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletResponse response) {
    response.setStatus(413);
    return page(model, 413, Language.pick("ファイルが大きすぎます。", "The file is too large."));
  }

  @ExceptionHandler(Exception.class)
  String failure(Exception e, Model model, HttpServletResponse response) {
    LOG.error("web page failed (decision {})", RequestLog.decisionId(), e);
    response.setStatus(500);
    return page(model, 500, Language.pick("処理中にエラーが発生しました。", "Something went wrong on our side."));
  }

  private static String page(Model model, int status, String message) {
    // an exception handler's model gets no @ModelAttribute values: the frame's are added here
    WebModel frame = new WebModel();
    model.addAttribute("user", frame.user());
    model.addAttribute("lang", frame.lang());
    model.addAttribute("editions", frame.editions());
    model.addAttribute("here", "/app");
    model.addAttribute("page", "error");
    model.addAttribute("status", status);
    model.addAttribute("message", message);
    model.addAttribute("requestId", RequestLog.decisionId());
    return "web/error";
  }
}

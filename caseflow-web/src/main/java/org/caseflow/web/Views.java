package org.caseflow.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The pages' templates (src/main/jte), precompiled to classes at build time: nothing is compiled at
 * run time, and every value a template writes is escaped for where it stands (HTML content type).
 */
public final class Views {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Views.class.getClassLoader(), "org.caseflow.web");

  private Views() {}

  /** The template (e.g. "scorecard/page.jte") rendered with its one typed model. */
  public static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, model, out);
    return out.toString();
  }

  /** The template rendered with its parameters by name (for a fragment taking several). */
  public static String render(String template, java.util.Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    return out.toString();
  }

  /** Answers the request with the page. */
  public static void page(Context ctx, String template, Object model) {
    ctx.html(render(template, model));
  }
}

package org.caseflow.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Markup written by caseflow itself (the charts), with every value in it already escaped. Templates
 * write it as it is; every other value they write is escaped by JTE.
 *
 * @param html the markup
 */
public record Markup(String html) implements Content {
  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(html);
  }
}

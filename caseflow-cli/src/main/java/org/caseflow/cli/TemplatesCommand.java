package org.caseflow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caseflow.ingest.template.TemplatesMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caseflow templates}: write the blank local templates. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a blank CSV (the heading line only) for each local template.",
      "The templates are the council's own extracts, such as the monthly caseload "
          + "extract; their layouts and rules are in docs/templates.md."
    })
final class TemplatesCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() throws Exception {
    for (Path p : TemplatesMarkdown.writeBlank(out)) {
      System.out.println("  wrote " + p.toAbsolutePath());
    }
    return 0;
  }
}

package org.caseflow.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseflow.domain.golden.Golden;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.PersonalFields;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesMarkdownTest {
  private static final Path DOC = Path.of("..", "docs", "templates.md");
  @TempDir Path dir;

  @Test
  void docsTemplatesIsGeneratedFromTheTemplateDefinitions() throws Exception {
    Golden.check(DOC, TemplatesMarkdown.render());
  }

  @Test
  void eachBlankTemplateIsRecognisedAndReadsAsNoRows() throws Exception {
    for (Path f : TemplatesMarkdown.writeBlank(dir)) {
      var format = FormatDetector.detect(f);
      CollectingSink sink = new CollectingSink();
      var r = Readers.forFormat(format).read(f, ReadContext.none(), sink, new Findings());
      assertThat(r.rows()).as(f.toString()).isEmpty();
    }
  }

  @Test
  void everyTemplateColumnExistsAndPersonalOnesAreListed() {
    for (Template t : Template.values()) {
      for (Field f : t.fields()) {
        assertThat(t.table().column(f.column())).as(t + "." + f.header()).isPresent();
      }
      for (String k : t.key()) {
        assertThat(t.fields()).extracting(Field::header).contains(k);
      }
    }
    assertThat(PersonalFields.isPersonal("worker_id")).isTrue();
  }
}

package org.caseflow.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.caseflow.domain.golden.Golden;
import org.junit.jupiter.api.Test;

class SchemaMarkdownTest {
  private static final Path DOC = Path.of("..", "docs", "schema.md");

  @Test
  void docsSchemaIsGeneratedFromTheTableDefinitions() throws IOException {
    Golden.check(DOC, SchemaMarkdown.render());
  }

  @Test
  void everyTableHasAChildOrAdopterKeyAndDescribedColumns() {
    for (Table t : Table.values()) {
      assertThat(
              t.column("child_id").isPresent()
                  || t.column("adopter_id").isPresent()
                  || t.column("worker_id").isPresent()
                  || t == Table.SW_VACANCY
                  || t.supersede().rule() == Supersede.Rule.PER_KEY)
          .as(t.sqlName())
          .isTrue();
      for (Column c : t.columns()) {
        assertThat(c.description()).as(t.sqlName() + "." + c.name()).isNotBlank();
      }
      if (t.supersede().rule() == Supersede.Rule.SPAN) {
        assertThat(t.column(t.supersede().column())).as(t.sqlName()).isPresent();
        assertThat(t.column(t.supersede().column()).orElseThrow().type())
            .isEqualTo(ColumnType.DATE);
      }
    }
  }

  @Test
  void columnNamesAreUniqueWithinATable() {
    for (Table t : Table.values()) {
      assertThat(t.columns().stream().map(Column::name).distinct().count())
          .as(t.sqlName())
          .isEqualTo(t.columns().size());
    }
  }
}

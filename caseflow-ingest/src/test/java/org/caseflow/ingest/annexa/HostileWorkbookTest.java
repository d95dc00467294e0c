package org.caseflow.ingest.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.Limits;
import org.caseflow.ingest.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small workbooks that inflate to a great deal: made here, from a real Annex A workbook with one
 * part replaced by a stream that is never held in memory, and refused before any reader builds it.
 */
class HostileWorkbookTest {
  private static final int MIB = 1024 * 1024;

  @TempDir Path dir;

  private void read(Path file) throws Exception {
    new AnnexAReader().read(file, ReadContext.none(), new CollectingSink(), new Findings());
  }

  /** Writes `bytes` bytes: `head`, then `fill` repeated, then `tail`. */
  private record Part(String head, String fill, long bytes, String tail) {
    void writeTo(OutputStream out) throws IOException {
      byte[] h = head.getBytes(StandardCharsets.UTF_8);
      byte[] t = tail.getBytes(StandardCharsets.UTF_8);
      byte[] f = fill.repeat(Math.max(1, 65536 / fill.length())).getBytes(StandardCharsets.UTF_8);
      out.write(h);
      long left = bytes - h.length - t.length;
      while (left > 0) {
        int n = (int) Math.min(left, f.length);
        out.write(f, 0, n);
        left -= n;
      }
      out.write(t);
    }
  }

  /** A list 1 workbook with the part named replaced. */
  private Path withPart(String partName, Part part) throws IOException {
    Path good = AnnexAWorkbook.workbook().with(AnnexAWorkbook.list(1)).write(dir, "good.xlsx");
    Path bad = dir.resolve("annex_a.xlsx");
    try (ZipFile in = new ZipFile(good.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
      boolean replaced = false;
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(partName)) {
          part.writeTo(out);
          replaced = true;
        } else {
          try (InputStream content = in.getInputStream(e)) {
            content.transferTo(out);
          }
        }
        out.closeEntry();
      }
      assertThat(replaced).as(partName).isTrue();
    }
    return bad;
  }

  @Test
  void aWorkbookHoldingOneSharedStringOfEightMebibytesIsRefusedBeforeAnyReaderBuildsIt()
      throws Exception {
    Path file =
        withPart(
            "xl/sharedStrings.xml",
            new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " count=\"1\" uniqueCount=\"1\"><si><t>",
                "A",
                8L * MIB,
                "</t></si></sst>"));
    assertThat(Files.size(file)).isLessThan(MIB);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xlsx: the file: the part xl/sharedStrings.xml holds a text or a run of white"
                + " space of more than 1,048,576 bytes; expected no value longer than 32,767"
                + " characters (Excel's limit for a cell) (see docs/limits.md)");
  }

  @Test
  void aSheetThatInflatesAThousandfoldIsRefusedAtTheRatioWithoutReadingItsRows() throws Exception {
    String row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    Path file =
        withPart(
            "xl/worksheets/sheet1.xml",
            new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>",
                row,
                24L * MIB,
                "</sheetData></worksheet>"));
    assertThat(Files.size(file)).isLessThan(MIB);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xlsx: the file: the part xl/worksheets/sheet1.xml inflates more than 100"
                + " times (a zip bomb?); expected parts that inflate at most 100 times (see"
                + " docs/limits.md)");
  }

  @Test
  void aBombInFrontOfIncompressiblePaddingIsStoppedByTheRatioOfTheBytesReadSoFar()
      throws Exception {
    // 20 MiB of rows that store in kilobytes, then 2 MiB of random letters that do not compress:
    // the part as a whole inflates about ten times, its first 16 MiB over a thousand times.
    java.util.Random random = new java.util.Random(7);
    StringBuilder padding = new StringBuilder();
    while (padding.length() < 2 * MIB) {
      padding.append((char) ('a' + random.nextInt(26)));
      if (padding.length() % 1000 == 0) {
        padding.append("><");
      }
    }
    Path file =
        withPart(
            "xl/worksheets/sheet1.xml",
            new Part(
                "<worksheet><sheetData>",
                "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>",
                22L * MIB,
                "<x" + padding + "/></sheetData></worksheet>"));
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("the part xl/worksheets/sheet1.xml inflates more than 100 times");
  }

  @Test
  void aWhiteSpaceBombBetweenTheElementsOfASheetIsRefused() throws Exception {
    Path file =
        withPart(
            "xl/worksheets/sheet1.xml",
            new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>",
                " ",
                8L * MIB,
                "</sheetData></worksheet>"));
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "the part xl/worksheets/sheet1.xml holds a text or a run of white space of more than"
                + " 1,048,576 bytes");
  }

  @Test
  void aHostileWorkbookIsLeftToTheAnnexAReaderByTheDetectorWhichSaysWhy() throws Exception {
    Path file =
        withPart(
            "xl/sharedStrings.xml", new Part("<sst><si><t>", "A", 8L * MIB, "</t></si></sst>"));
    assertThat(FormatDetector.detect(file)).isEqualTo(Format.ANNEX_A_XLSX);
  }

  @Test
  void aCellOfFortyThousandCharactersIsRefusedNamingTheSheetRowAndField() throws Exception {
    Path file =
        AnnexAWorkbook.workbook()
            .with(AnnexAWorkbook.list(1).set("Child Unique ID", "C".repeat(40_000)))
            .write(dir);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xlsx: sheet 'List 1', row 2, Child Unique ID: the value is 40,000 characters"
                + " long; expected at most 32,767 characters (Excel's limit for a cell)");
  }

  @Test
  void aCellOfExactlyTheLimitIsRead() throws Exception {
    Path file =
        AnnexAWorkbook.workbook()
            .with(AnnexAWorkbook.list(1).set("Child Unique ID", "C".repeat(Limits.MAX_FIELD_CHARS)))
            .write(dir);
    CollectingSink sink = new CollectingSink();
    new AnnexAReader().read(file, ReadContext.none(), sink, new Findings());
    assertThat(sink.rows(AnnexAWorkbook.table(1))).hasSize(1);
  }

  @Test
  void aFileThatIsNotAZipIsNotAReadableWorkbook() throws Exception {
    Path file = dir.resolve("annex_a.xlsx");
    Files.writeString(file, "PK not really a zip");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("the file is not a readable Excel workbook");
  }
}

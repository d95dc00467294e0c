package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the store on a small file system (a tmpfs the CI fault suite mounts, as root,
 * and names in CASEFLOW_FULL_DISK_DIR), filled to the last byte. The upload is refused naming the
 * full disk, no request is a 500, and once space is freed every request, sign-in included, works
 * without a restart. Skipped when no such folder is given.
 */
@EnabledIfEnvironmentVariable(named = "CASEFLOW_FULL_DISK_DIR", matches = ".+")
class FullDiskRecoveryTest {
  @TempDir Path returns;

  @Test
  void aFullDiskIsNamedAndTheServerRecoversOnceSpaceIsFreed() throws Exception {
    Path small = Path.of(System.getenv("CASEFLOW_FULL_DISK_DIR"));
    Path dir = Files.createTempDirectory(small, "full-disk");
    org.caseflow.synth.Synthesiser.generate(
        new org.caseflow.synth.SynthSpec("808", 2025, 2025, 3L, 1.0, false), returns);
    Path cin = returns.resolve("cin_census_2025.xml");
    Path filler = dir.resolve("filler");
    try (WebFixture web = new WebFixture(dir, false)) {
      Client analyst = Client.signedIn(web.base(), "analyst");
      fill(filler);
      var upload =
          new Multipart()
              .file("cin_census_2025.xml", Files.readAllBytes(cin))
              .post(analyst, web.base());
      assertThat(upload.statusCode()).isIn(422, 507);
      assertThat(upload.body()).contains("disk holding the store is full");
      for (String page : new String[] {"/scorecard?period=2024-25", "/imports", "/actions"}) {
        assertThat(analyst.get(page).statusCode()).as(page).isIn(200, 507);
      }
      var raised =
          analyst.postForm(
              "/actions", Map.of("title", "On a full disk", "owner", "A", "due", "2025-07-01"));
      assertThat(raised.statusCode()).isIn(303, 507);

      Files.delete(filler); // space freed: no restart
      Client manager = Client.signedIn(web.base(), "manager");
      assertThat(manager.get("/actions").statusCode()).isEqualTo(200);
      assertThat(
              manager
                  .postForm(
                      "/actions", Map.of("title", "Space freed", "owner", "A", "due", "2025-07-01"))
                  .statusCode())
          .isEqualTo(303);
      assertThat(analyst.get("/imports").statusCode()).isEqualTo(200);
    } finally {
      Files.deleteIfExists(filler);
    }
  }

  /** Writes until the file system refuses another byte (1 MB at a time, then 4 KB). */
  private static void fill(Path filler) throws IOException {
    try (OutputStream out =
        Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE_NEW)) {
      for (int chunk : new int[] {1 << 20, 1 << 12}) {
        byte[] b = new byte[chunk];
        try {
          while (true) {
            out.write(b);
            out.flush();
          }
        } catch (IOException full) {
          // no space left on device: try smaller writes
        }
      }
    } catch (IOException closing) {
      // the last buffered bytes could not be written either
    }
  }
}

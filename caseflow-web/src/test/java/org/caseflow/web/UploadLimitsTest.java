package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload over the limit is answered 413 naming the limit; a file name a file system cannot hold
 * is answered 400 with a plain message; neither is ever a 500.
 */
class UploadLimitsTest {
  @TempDir static Path dir;
  static WebFixture web;
  static Dashboard small;

  /** 64 KB: small enough for a test to pass it, and 0 MB when written in whole megabytes. */
  static final long LIMIT = 64 * 1024;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
    small =
        Dashboard.start(
            Dashboard.Options.defaults(web.store, "808").withPort(0).withMaxUploadBytes(LIMIT));
  }

  @AfterAll
  static void stop() throws Exception {
    small.close();
    web.close();
  }

  private static String base() {
    return "http://127.0.0.1:" + small.port();
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'x');
    return b;
  }

  @Test
  void anUploadOverTheLimitIsAnswered413NamingTheLimitBeforeItIsRead() throws Exception {
    Client analyst = Client.signedIn(base(), "analyst");
    // 100 KB of file in a form: over 64 KB.
    HttpResponse<String> r =
        new Multipart().file("big.csv", bytes(100 * 1024)).post(analyst, base());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body())
        .contains("The upload is too large")
        .contains("The upload is larger than the dashboard accepts: at most 0 MB in one upload")
        .contains("--max-upload-mb");
  }

  @Test
  void anUploadOverTheLimitWithNoDeclaredLengthIsAnswered413AsItIsRead() throws Exception {
    Client analyst = Client.signedIn(base(), "analyst");
    HttpResponse<String> r =
        new Multipart().file("big.csv", bytes(100 * 1024)).postChunked(analyst, base());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("The upload is larger than the dashboard accepts");
  }

  @Test
  void anUploadUnderTheLimitIsRead() throws Exception {
    Client analyst = Client.signedIn(base(), "analyst");
    // 1 KB of x is not a return: read, and refused as such (422), not as too large.
    HttpResponse<String> r = new Multipart().file("small.csv", bytes(1024)).post(analyst, base());
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).doesNotContain("larger than the dashboard accepts");
  }

  @Test
  void aFileNameWithANulIsAnswered400() throws Exception {
    Client analyst = Client.signedIn(web.base(), "analyst");
    HttpResponse<String> r =
        new Multipart()
            .file("a\u0000b.csv", "x".getBytes(StandardCharsets.UTF_8))
            .post(analyst, web.base());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("name or a part of the form holds a character that is not allowed")
        .doesNotContain("Something went wrong");
  }

  @Test
  void aFileNameWithAControlCharacterIsAnswered400NamingWhy() throws Exception {
    Client analyst = Client.signedIn(web.base(), "analyst");
    HttpResponse<String> r =
        new Multipart()
            .file("cin\u001b[2J.xml", "x".getBytes(StandardCharsets.UTF_8))
            .post(analyst, web.base());
    // Refused by Jetty's form reader (a control character in a part's header), as a 400.
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("such as NUL or another control character");
  }

  @Test
  void aFileNameOf304CharactersIsAnswered400NamingTheLimit() throws Exception {
    Client analyst = Client.signedIn(web.base(), "analyst");
    String name = "a".repeat(300) + ".csv";
    HttpResponse<String> r =
        new Multipart().file(name, "x".getBytes(StandardCharsets.UTF_8)).post(analyst, web.base());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("is longer than 255 characters");
    assertThat(r.body()).doesNotContain(name);
  }

  @Test
  void aFileNameOf255CharactersIsAccepted() throws Exception {
    Client analyst = Client.signedIn(web.base(), "analyst");
    String name = "a".repeat(251) + ".csv";
    HttpResponse<String> r =
        new Multipart().file(name, "x".getBytes(StandardCharsets.UTF_8)).post(analyst, web.base());
    // Read (and refused as not a return), not refused for its name.
    assertThat(r.statusCode()).isEqualTo(422);
  }
}

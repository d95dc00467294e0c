package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behind TLS the cookies are Secure; an idle session ends. */
class SecureCookieTest {
  @TempDir Path dir;

  @Test
  void behindTlsTheSessionCookieIsSecureAndAnIdleSessionSendsYouToSignIn() throws Exception {
    try (WebFixture web = new WebFixture(dir, true)) {
      Client c = new Client(web.base());
      var signedIn = c.signIn("manager", WebFixture.PASSWORD);
      assertThat(signedIn.headers().allValues("Set-Cookie"))
          .anySatisfy(v -> assertThat(v).startsWith("cf_session=").contains("Secure"));
      // The JDK's cookie store keeps Secure cookies off plain http: send it by hand.
      String token =
          signedIn.headers().allValues("Set-Cookie").stream()
              .filter(v -> v.startsWith("cf_session="))
              .findFirst()
              .orElseThrow()
              .split(";")[0];
      var req =
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/actions"))
              .header("Cookie", token)
              .build();
      assertThat(c.http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
      web.clock.advance(Duration.ofMinutes(31));
      var after = c.http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(after.statusCode()).isEqualTo(303);
      assertThat(after.headers().firstValue("Location")).contains("/login?error=ended");
    }
  }
}

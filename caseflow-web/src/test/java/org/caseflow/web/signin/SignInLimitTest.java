package org.caseflow.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseflow.web.Client;
import org.caseflow.web.WebFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed sign-ins are limited, over HTTP against a real started dashboard. */
class SignInLimitTest {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @Test
  void signInIsRefusedAfterFiveFailures() throws Exception {
    Client c = new Client(web.base());
    for (int k = 0; k < LoginLimiter.MAX_FAILURES; k++) {
      assertThat(c.signIn("analyst", "wrong password " + k).statusCode()).isEqualTo(401);
    }
    // Even the right password is refused now, for that name, until the window has passed.
    assertThat(c.signIn("analyst", WebFixture.PASSWORD).statusCode()).isEqualTo(429);
    web.clock.advance(LoginLimiter.FIRST_DELAY.plusSeconds(1));
    assertThat(new Client(web.base()).signIn("analyst", WebFixture.PASSWORD).statusCode())
        .isEqualTo(303);
  }
}

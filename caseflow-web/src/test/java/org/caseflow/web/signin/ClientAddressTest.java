package org.caseflow.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The address sign-ins are limited by: the peer's, or what a trusted proxy forwards. */
class ClientAddressTest {
  private static final Set<String> NONE = Set.of();
  private static final Set<String> PROXY = Set.of("10.1.1.1");

  @Test
  void withNoProxyTheAddressIsThePeersAndAForgedForwardedForIsNotBelieved() {
    assertThat(SignIn.client("192.0.2.7", List.of(), NONE)).isEqualTo("192.0.2.7");
    // Forwarded-for from a peer not trusted: a proxy nobody named, so no address to limit.
    assertThat(SignIn.client("10.1.1.1", List.of("198.51.100.4"), NONE)).isNull();
  }

  @Test
  void behindATrustedProxyTheAddressIsTheLastOneItForwards() {
    // The client wrote 6.6.6.6 itself; the proxy appended the address it saw.
    assertThat(SignIn.client("10.1.1.1", List.of("6.6.6.6, 198.51.100.4"), PROXY))
        .isEqualTo("198.51.100.4");
    assertThat(SignIn.client("10.1.1.1", List.of("6.6.6.6", "198.51.100.4"), PROXY))
        .isEqualTo("198.51.100.4");
    // Two trusted proxies in a row: the first address before them.
    assertThat(
            SignIn.client(
                "10.1.1.1", List.of("198.51.100.4, 10.1.1.2"), Set.of("10.1.1.1", "10.1.1.2")))
        .isEqualTo("198.51.100.4");
    // The trusted proxy itself with no header: its own address.
    assertThat(SignIn.client("10.1.1.1", List.of(), PROXY)).isEqualTo("10.1.1.1");
    // A peer that is not the trusted proxy: its own address is what counts, header or not.
    assertThat(SignIn.client("192.0.2.7", List.of(), PROXY)).isEqualTo("192.0.2.7");
    assertThat(SignIn.client("192.0.2.7", List.of("198.51.100.4"), PROXY)).isEqualTo("192.0.2.7");
  }
}

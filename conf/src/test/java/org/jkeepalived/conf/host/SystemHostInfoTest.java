package org.jkeepalived.conf.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemHostInfoTest {
  private final SystemHostInfo host = new SystemHostInfo();

  @Test
  void loopbackExistsAndIsLoopback() {
    assertThat(host.interfaceExists("lo")).isTrue();
    assertThat(host.isLoopback("lo")).isTrue();
    assertThat(host.addresses("lo")).isNotEmpty();
  }

  @Test
  void unknownOrMalformedInterfacesDoNotExist() {
    assertThat(host.interfaceExists("jkck-nosuch0")).isFalse();
    assertThat(host.interfaceExists("../lo")).isFalse();
    assertThat(host.addresses("jkck-nosuch0")).isEmpty();
  }

  @Test
  void programsAreFoundByPathOrOnPath() {
    assertThat(host.programExists("/bin/sh")).isTrue();
    assertThat(host.programExists("sh")).isTrue();
    assertThat(host.programExists("/usr/local/bin/jkck-nosuch")).isFalse();
    assertThat(host.programExists("</dev/tcp/127.0.0.1/80")).isFalse();
    assertThat(host.directoryExists("/usr")).isTrue();
  }

  @Test
  void hostnameIsKnown() {
    assertThat(host.hostname()).isNotBlank();
  }
}

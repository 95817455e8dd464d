package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;
import org.junit.jupiter.api.Test;

/** check_http.c request_template and request_template_ipv6 for each http_protocol. */
class HttpRequestTextTest {
  private static InetSocketAddress at(String ip, int port) throws Exception {
    return new InetSocketAddress(InetAddress.getByName(ip), port);
  }

  @Test
  void eachHttpProtocolAsKeepalivedSendsIt() throws Exception {
    InetSocketAddress t = at("198.18.0.2", 8080);
    assertThat(HttpRequestText.of("/a", HttpProtocol.HTTP_1_0, null, t)).isEqualTo(
        "GET /a HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nHost: 198.18.0.2:8080\r\n\r\n");
    // 1.0C: HTTP/1.0 with Connection: close
    assertThat(HttpRequestText.of("/a", HttpProtocol.HTTP_1_0C, null, t)).isEqualTo(
        "GET /a HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\n"
            + "Host: 198.18.0.2:8080\r\n\r\n");
    assertThat(HttpRequestText.of("/a", HttpProtocol.HTTP_1_1, null, t)).isEqualTo(
        "GET /a HTTP/1.1\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\n"
            + "Host: 198.18.0.2:8080\r\n\r\n");
  }

  @Test
  void virtualhostHasNoPortAndIpv6IsBracketed() throws Exception {
    assertThat(HttpRequestText.of("/", HttpProtocol.HTTP_1_0, "www.example", at("fd00::2", 80)))
        .endsWith("Host: www.example\r\n\r\n");
    assertThat(HttpRequestText.of("/", HttpProtocol.HTTP_1_0, null, at("fd00::2", 80)))
        .endsWith("Host: [fd00::2]:80\r\n\r\n");
  }
}

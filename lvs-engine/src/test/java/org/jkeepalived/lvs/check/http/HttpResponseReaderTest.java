package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;
import org.junit.jupiter.api.Test;

class HttpResponseReaderTest {
  private static HttpResponseReader read(String s, int keep, int pieces) {
    HttpResponseReader r = new HttpResponseReader(keep);
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    int step = Math.max(1, b.length / pieces);
    for (int i = 0; i < b.length; i += step) {
      r.feed(b, i, Math.min(step, b.length - i));
    }
    return r;
  }

  @Test
  void statusAndContentLengthAsLibHtmlExtractsThem() {
    assertThat(HttpResponseReader.statusCode("HTTP/1.1 200 OK\r\n")).isEqualTo(200);
    assertThat(HttpResponseReader.statusCode("HTTP/1.1 2000 OK\r\n")).isZero();
    assertThat(HttpResponseReader.statusCode("HTTP/1.1 20x OK\r\n")).isZero();
    assertThat(HttpResponseReader.statusCode("garbage\r\n")).isZero();
    assertThat(HttpResponseReader.contentLength("X\r\nContent-Length: 12\r\n")).isEqualTo(12);
    assertThat(HttpResponseReader.contentLength("X\r\nContent-Length: 12x\r\n")).isEqualTo(-1);
    assertThat(HttpResponseReader.contentLength("X\r\ncontent-length: 12\r\n")).isEqualTo(-1);
  }

  @Test
  void digestCoversTheBodyUpToContentLengthWhateverTheReadSizes() throws Exception {
    String resp = "HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhellotrailing";
    for (int pieces : List.of(1, 3, 7, 40)) {
      HttpResponseReader r = read(resp, 0, pieces);
      assertThat(r.hasHeader()).isTrue();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.complete()).isTrue();
      assertThat(r.digestHex()).isEqualTo(HttpCheckTest.md5("hello"));
    }
  }

  @Test
  void aChunkedBodyIsDigestedRawAsKeepalivedDoes() throws Exception {
    String body = "5\r\nhello\r\n0\r\n\r\n";
    HttpResponseReader r = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body,
        0, 4);
    assertThat(r.digestHex()).isEqualTo(HttpCheckTest.md5(body));
  }

  @Test
  void aHeaderLongerThanKeepalivedsBufferNeverEnds() {
    HttpResponseReader r = read("HTTP/1.0 200 OK\r\nX: " + "a".repeat(5000) + "\r\n\r\nbody", 0, 9);
    assertThat(r.hasHeader()).isFalse();
  }

  @Test
  void keepsOnlyTheRegexWindow() {
    HttpResponseReader r = read("HTTP/1.0 200 OK\r\n\r\n" + "x".repeat(100), 10, 5);
    assertThat(r.bodyText()).hasSize(10);
    assertThat(r.bodyBytes()).isEqualTo(100);
  }

  @Property(tries = 300)
  void arbitraryBytesNeverThrow(@ForAll byte[] junk) {
    HttpResponseReader r = new HttpResponseReader(64);
    r.feed(junk, 0, junk.length);
    assertThat(r.digestHex()).hasSize(32);
    new UrlCheck(new org.jkeepalived.mibs.config.lvs.UrlSpec("/", null, List.of(), null, "a+",
        false, List.of(), 0, 0, 0, 0)).judge(r, "svc");
  }

  @Test
  void requestLinesAsKeepalivedSendsThem() throws Exception {
    InetSocketAddress v4 = new InetSocketAddress(InetAddress.getByName("198.18.0.2"), 8080);
    InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("fd00::2"), 80);
    assertThat(HttpRequestText.of("/x", HttpProtocol.HTTP_1_0, null, v4)).isEqualTo(
        "GET /x HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nHost: 198.18.0.2:8080\r\n\r\n");
    assertThat(HttpRequestText.of("/x", HttpProtocol.HTTP_1_0C, "www.example", v4)).isEqualTo(
        "GET /x HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\n"
            + "Host: www.example\r\n\r\n");
    assertThat(HttpRequestText.of("/", HttpProtocol.HTTP_1_1, null, v6)).isEqualTo(
        "GET / HTTP/1.1\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\n"
            + "Host: [fd00::2]:80\r\n\r\n");
  }

  @Test
  void regexOffsetsOptionsAndRunawayPatterns() {
    assertThat(new UrlRegex("b", List.of(), 2, 0).matches("abcb")).isTrue();
    assertThat(new UrlRegex("b", List.of(), 4, 0).matches("abcb")).isFalse();
    assertThat(new UrlRegex("c", List.of(), 0, 1).matches("abcb")).isFalse();
    assertThat(new UrlRegex("HELLO", List.of("caseless"), 0, 0).matches("say hello")).isTrue();
    assertThat(new UrlRegex("two", List.of("firstline"), 0, 0).matches("one\ntwo")).isFalse();
    assertThat(new UrlRegex("(", List.of(), 0, 0).error()).startsWith("Invalid regex");
    assertThat(new UrlRegex("(a+)+b", List.of(), 0, 0).matches("a".repeat(40))).isFalse();
  }
}

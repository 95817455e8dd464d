package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;
import org.jkeepalived.mibs.config.lvs.HttpSpec;
import org.jkeepalived.mibs.config.lvs.StatusRange;
import org.jkeepalived.mibs.config.lvs.UrlSpec;
import org.junit.jupiter.api.Test;

/**
 * HTTP_GET and SSL_GET against a web server on 127.0.0.1: each check starts with alpha (down)
 * and must report up for a healthy answer, or stays down; a healthy check (no alpha) must
 * report down with keepalived's reason for each kind of failure.
 */
class HttpCheckTest {
  private static final Duration WAIT = Duration.ofSeconds(6);
  private static final String BODY = "hello keepalived\n";

  static String md5(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
        .digest(s.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static UrlSpec url(String path, String digest, List<StatusRange> codes, String regex,
      boolean noMatch) {
    return new UrlSpec(path, digest, codes, null, regex, noMatch, List.of(), 0, 0, 0, 0);
  }

  private static CheckSpec http(int port, boolean alpha, Duration timeout, UrlSpec... urls) {
    return Specs.spec("rs1", port, new CheckerConfig.HttpGetCheck(Specs.connection(timeout),
        Specs.fast(0, alpha), new HttpSpec(HttpProtocol.HTTP_1_0, false, null, List.of(urls))));
  }

  /** Runs one check and returns its first verdict (null: none within the wait). */
  private static Verdicts.Heard first(CheckSpec spec, CheckerPorts ports) throws Exception {
    Verdicts heard = new Verdicts();
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, ports)) {
      checks.run(List.of(spec));
      return heard.next(WAIT);
    }
  }

  @Test
  void upWithTheRightDigestAndStatusAndKeepalivedsRequest() throws Exception {
    try (RawHttpServer s = new RawHttpServer(null, r -> RawHttpServer.response(200, BODY))) {
      Verdicts.Heard v = first(http(s.port(), true, Duration.ofSeconds(2),
          url("/a", md5(BODY), List.of(), null, false),
          url("/b", null, List.of(new StatusRange(200, 200)), "keep.*ved", false)), CheckerPorts.none());
      assertThat(v).isNotNull();
      assertThat(v.verdict().up()).isTrue();
      assertThat(s.requests.get(0)).isEqualTo("GET /a HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\n"
          + "Host: 127.0.0.1:" + s.port() + "\r\n\r\n");
      assertThat(s.requests.get(1)).startsWith("GET /b HTTP/1.0\r\n");
    }
  }

  private static void downBecause(byte[] answer, UrlSpec url, String reason) throws Exception {
    try (RawHttpServer s = new RawHttpServer(null, r -> answer)) {
      Verdicts.Heard v = first(http(s.port(), false, Duration.ofMillis(1500), url),
          CheckerPorts.none());
      assertThat(v).as(reason).isNotNull();
      assertThat(v.verdict().up()).isFalse();
      assertThat(v.verdict().reason())
          .isEqualTo(reason + " server [127.0.0.1]:tcp:" + s.port() + ".");
    }
  }

  @Test
  void wrongStatusIsAStatusCodeError() throws Exception {
    downBecause(RawHttpServer.response(503, BODY), url("/", null, List.of(), null, false),
        "HTTP status code error to");
  }

  @Test
  void wrongDigestIsAnMd5Error() throws Exception {
    downBecause(RawHttpServer.response(200, BODY), url("/", md5("other"), List.of(), null, false),
        "MD5 digest error to");
  }

  @Test
  void regexMissAndUnwantedMatchFail() throws Exception {
    downBecause(RawHttpServer.response(200, BODY), url("/", null, List.of(), "absent", false),
        "Regex match failed");
    downBecause(RawHttpServer.response(200, BODY), url("/", null, List.of(), "hello", true),
        "Regex match failed");
  }

  @Test
  void garbageSilenceAndNoHeaderFailWithoutCrashing() throws Exception {
    downBecause("\u0000\u0001garbage without header".getBytes(StandardCharsets.ISO_8859_1),
        url("/", null, List.of(), null, false), "Read, no data received from ");
    downBecause(null, url("/", null, List.of(), null, false), "Timeout WEB read");
    downBecause("HTTP/1.0 2000 OK\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
        url("/", null, List.of(), null, false), "HTTP status code error to");
  }

  @Test
  void retriesDelayBeforeRetryApartThenProbesTheFailedUrlEveryDelayLoop() throws Exception {
    List<Long> at = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean served = new java.util.concurrent.atomic.AtomicBoolean();
    // one good answer first: the retry count starts spent, so retries follow only a success
    try (RawHttpServer s = new RawHttpServer(null, r -> {
      if (served.compareAndSet(false, true)) {
        return RawHttpServer.response(200, BODY);
      }
      at.add(System.nanoTime() / 1_000_000);
      return RawHttpServer.response(503, BODY);
    })) {
      CheckSpec spec = Specs.spec("rs1", s.port(), new CheckerConfig.HttpGetCheck(
          Specs.connection(Duration.ofSeconds(2)),
          new org.jkeepalived.mibs.config.lvs.CheckerTiming(Duration.ofMillis(1200),
              Duration.ZERO, 2, Duration.ofMillis(300), false, false),
          new HttpSpec(HttpProtocol.HTTP_1_0, false, null,
              List.of(url("/", null, List.of(), null, false)))));
      Verdicts heard = new Verdicts();
      try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
        checks.run(List.of(spec));
        Verdicts.Heard down = heard.next(Duration.ofSeconds(8));
        assertThat(down.verdict().up()).isFalse();
        long downAt = System.nanoTime() / 1_000_000;
        for (int i = 0; i < 50 && at.size() < 5; i++) {
          Thread.sleep(100);
        }
        // three failed GETs (first + 2 retries) before the verdict, then every delay_loop
        assertThat(at.stream().filter(t -> t <= downAt).count()).isEqualTo(3);
        assertThat(at.get(1) - at.get(0)).isBetween(290L, 1100L);
        assertThat(at.get(2) - at.get(1)).isBetween(290L, 1100L);
        assertThat(at.get(3) - at.get(2)).isGreaterThanOrEqualTo(1190L);
        assertThat(at.get(4) - at.get(3)).isGreaterThanOrEqualTo(1190L);
      }
    }
  }

  @Test
  void refusedIsAConnectError() throws Exception {
    int port;
    try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
      port = ss.getLocalPort();
    }
    Verdicts.Heard v = first(http(port, false, Duration.ofMillis(500),
        url("/", null, List.of(), null, false)), CheckerPorts.none());
    assertThat(v.verdict().reason()).isEqualTo("Error connecting server [127.0.0.1]:tcp:" + port
        + ".");
  }

  @Test
  void aHundredMegabyteAnswerIsDigestedInBoundedMemory() throws Exception {
    byte[] big = new byte[100 << 20];
    java.util.Arrays.fill(big, (byte) 'x');
    byte[] head = "HTTP/1.0 200 OK\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + big.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(big, 0, all, head.length, big.length);
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(big));
    big = null;
    try (RawHttpServer s = new RawHttpServer(null, r -> all)) {
      Verdicts.Heard v = first(http(s.port(), true, Duration.ofSeconds(3),
          url("/", digest, List.of(), null, false)), CheckerPorts.none());
      assertThat(v).isNotNull();
      assertThat(v.verdict().up()).isTrue();
    }
  }

  @Test
  void sslGetPresentsTheSslBlocksClientCertificate() throws Exception {
    X509Bundle server = new CertificateBuilder().subject("CN=rs.example")
        .setIsCertificateAuthority(true).ecp256().buildSelfSigned();
    X509Bundle client = new CertificateBuilder().subject("CN=lb.example")
        .setIsCertificateAuthority(true).ecp256().buildSelfSigned();
    SslContext tls = SslContextBuilder.forServer(server.toKeyManagerFactory())
        .trustManager(client.toTrustManagerFactory())
        .clientAuth(io.netty.handler.ssl.ClientAuth.REQUIRE).build();
    org.jkeepalived.mibs.config.lvs.SslConfig ssl = new org.jkeepalived.mibs.config.lvs.SslConfig(
        null, null, client.toTempCertChainPem().getPath(), client.toTempPrivateKeyPem().getPath());
    try (RawHttpServer s = new RawHttpServer(tls, r -> RawHttpServer.response(200, BODY))) {
      CheckSpec spec = Specs.spec("rs1", s.port(), new CheckerConfig.SslGetCheck(
          Specs.connection(Duration.ofSeconds(2)), Specs.fast(0, true),
          new HttpSpec(HttpProtocol.HTTP_1_0, false, null,
              List.of(url("/", null, List.of(), null, false))), false));
      Verdicts.Heard with = first(spec, new CheckerPorts(null, null, null, n -> null, ssl));
      assertThat(with).isNotNull();
      assertThat(with.verdict().up()).isTrue();
      CheckSpec healthy = Specs.spec("rs1", s.port(), new CheckerConfig.SslGetCheck(
          Specs.connection(Duration.ofSeconds(2)), Specs.fast(0, false),
          new HttpSpec(HttpProtocol.HTTP_1_0, false, null,
              List.of(url("/", null, List.of(), null, false))), false));
      Verdicts.Heard without = first(healthy, CheckerPorts.none());
      assertThat(without).isNotNull();
      assertThat(without.verdict().up()).as("no client certificate: refused").isFalse();
    }
  }

  /** A TLS server context with a self-signed certificate for rs.example. */
  private static SslContext rsExample() throws Exception {
    X509Bundle cert = new CertificateBuilder().subject("CN=rs.example").addSanDnsName("rs.example")
        .setIsCertificateAuthority(true).ecp256().buildSelfSigned();
    return SslContextBuilder.forServer(cert.toKeyManagerFactory()).build();
  }

  @Test
  void sslGetOverTlsAndGarbageTlsFails() throws Exception {
    try (RawHttpServer s =
        new RawHttpServer(rsExample(), r -> RawHttpServer.response(200, BODY))) {
      CheckSpec spec = Specs.spec("rs1", s.port(), new CheckerConfig.SslGetCheck(
          Specs.connection(Duration.ofSeconds(2)), Specs.fast(0, true),
          new HttpSpec(HttpProtocol.HTTP_1_1, false, "rs.example",
              List.of(url("/", md5(BODY), List.of(), null, false))), true));
      Verdicts.Heard v = first(spec, CheckerPorts.none());
      assertThat(v).isNotNull();
      assertThat(v.verdict().up()).isTrue();
      assertThat(s.requests.get(0)).isEqualTo("GET / HTTP/1.1\r\nUser-Agent: KeepAliveClient\r\n"
          + "Connection: close\r\nHost: rs.example\r\n\r\n");
      // enable_sni: the virtualhost goes in the ClientHello (check_ssl.c ssl_connect)
      assertThat(s.serverNames).first().isEqualTo("rs.example");
      CheckSpec noSni = Specs.spec("rs1", s.port(), new CheckerConfig.SslGetCheck(
          Specs.connection(Duration.ofSeconds(2)), Specs.fast(0, true),
          new HttpSpec(HttpProtocol.HTTP_1_1, false, "rs.example",
              List.of(url("/", md5(BODY), List.of(), null, false))), false));
      s.serverNames.clear();
      assertThat(first(noSni, CheckerPorts.none()).verdict().up()).isTrue();
      assertThat(s.serverNames).as("without enable_sni no server name is sent").containsOnly("-");
    }
    try (RawHttpServer plain = new RawHttpServer(null, r -> null)) {
      // a plain-text server that sends garbage instead of a TLS handshake
      plain.greeting = "not tls at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
      CheckSpec spec = Specs.spec("rs1", plain.port(), new CheckerConfig.SslGetCheck(
          Specs.connection(Duration.ofMillis(1500)), Specs.fast(0, false),
          new HttpSpec(HttpProtocol.HTTP_1_0, false, null,
              List.of(url("/", null, List.of(), null, false))), false));
      Verdicts.Heard v = first(spec, CheckerPorts.none());
      assertThat(v).isNotNull();
      assertThat(v.verdict().up()).isFalse();
      assertThat(v.verdict().reason()).startsWith("SSL handshake/communication error connecting to")
          .endsWith(" server [127.0.0.1]:tcp:" + plain.port() + ".");
    }
  }

  /**
   * enable_sni's server name (check_ssl.c ssl_connect): the url's virtualhost, else the checker's,
   * else the virtual server's, else none: never the real server's, though the Host header
   * (check_http.c http_request_thread) takes the real server's before the virtual server's.
   */
  @Test
  void sniNameIsTheUrlsThenTheCheckersThenTheVirtualServersNeverTheRealServers() throws Exception {
    try (RawHttpServer s =
        new RawHttpServer(rsExample(), r -> RawHttpServer.response(200, BODY))) {
      UrlSpec bare = url("/", md5(BODY), List.of(), null, false);
      UrlSpec withHost = new UrlSpec("/", md5(BODY), List.of(), "url.example", null, false,
          List.of(), 0, 0, 0, 0);
      record Case(String rsHost, String vsHost, String checkerHost, UrlSpec url, String sni,
          String host) {}
      List<Case> cases = List.of(
          new Case("rs.example", "vs.example", null, bare, "vs.example", "rs.example"),
          new Case("rs.example", null, null, bare, "-", "rs.example"),
          new Case(null, "vs.example", null, bare, "vs.example", "vs.example"),
          new Case("rs.example", "vs.example", "chk.example", bare, "chk.example",
              "chk.example"),
          new Case("rs.example", "vs.example", "chk.example", withHost, "url.example",
              "url.example"),
          new Case(null, null, null, bare, "-", "127.0.0.1:" + s.port()));
      for (Case c : cases) {
        s.serverNames.clear();
        s.requests.clear();
        CheckSpec spec = Specs.spec("rs1", s.port(), c.rsHost(), c.vsHost(),
            new CheckerConfig.SslGetCheck(Specs.connection(Duration.ofSeconds(2)),
                Specs.fast(0, true), new HttpSpec(HttpProtocol.HTTP_1_1, false,
                    c.checkerHost(), List.of(c.url())), true));
        Verdicts.Heard v = first(spec, CheckerPorts.none());
        assertThat(v).as(c.toString()).isNotNull();
        assertThat(v.verdict().up()).as(c.toString()).isTrue();
        assertThat(s.serverNames).as("SNI of " + c).first().isEqualTo(c.sni());
        assertThat(s.requests.get(0)).as("Host of " + c).contains("Host: " + c.host() + "\r\n");
      }
    }
  }
}

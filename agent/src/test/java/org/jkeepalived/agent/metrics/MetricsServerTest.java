package org.jkeepalived.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.junit.jupiter.api.Test;

/** The HTTP endpoint on 127.0.0.1 in this JVM: text format served, a taken port refused. */
class MetricsServerTest {
  @Test
  void servesTheTextFormatWithGcPauses() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    try (DefaultObjectStore store = new DefaultObjectStore();
        MetricsServer server = MetricsServer.start(at, store, List::of, java.util.Map::of,
            java.util.Optional::empty)) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(r.body()).contains("keepalived_up 1.0", "jvm_gc_collection_seconds");
    }
  }

  @Test
  void aTakenPortStopsTheStartWithTheAddress() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        DefaultObjectStore store = new DefaultObjectStore()) {
      InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(),
          taken.getLocalPort());
      assertThatThrownBy(() -> MetricsServer.start(at, store, List::of, java.util.Map::of,
            java.util.Optional::empty))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("metrics endpoint 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }
}

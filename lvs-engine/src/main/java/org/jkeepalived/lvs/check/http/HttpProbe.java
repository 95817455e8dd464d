package org.jkeepalived.lvs.check.http;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.net.Endpoint;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.lvs.check.run.Probe;
import org.jkeepalived.mibs.config.lvs.HttpSpec;
import org.jkeepalived.mibs.config.lvs.UrlSpec;

/**
 * HTTP_GET and SSL_GET: one url per probe, over a new connection each time (keepalived opens one
 * per url). Each read must come within connect_timeout, as keepalived's read timeout.
 */
public final class HttpProbe implements Probe {
  private final EventLoop loop;
  private final Transport transport;
  private final Endpoint endpoint;
  private final HttpSpec http;
  private final SslContext tls;
  private final boolean sni;
  private final String sniFallback;
  private final String service;
  private final List<UrlCheck> urls;
  private final int keepBody;

  /**
   * @param tls the TLS context for SSL_GET, null for HTTP_GET
   * @param sni whether to send a server name ({@code enable_sni}): the url's virtualhost, else
   *     {@code http}'s (genhash's {@code -V})
   */
  public HttpProbe(EventLoop loop, Transport transport, Endpoint endpoint, HttpSpec http,
      SslContext tls, boolean sni, String service) {
    this(loop, transport, endpoint, http, tls, sni, service, 0);
  }

  /**
   * @param keepBody body bytes to keep besides what a regex needs (genhash's verbose dump)
   */
  public HttpProbe(EventLoop loop, Transport transport, Endpoint endpoint, HttpSpec http,
      SslContext tls, boolean sni, String service, int keepBody) {
    this(loop, transport, endpoint, http, tls, sni, http.virtualhost(), service, keepBody);
  }

  /**
   * @param sniFallback the server name sent with {@code sni} when a url has no virtualhost of its
   *     own, or null for none. For SSL_GET it is the checker's virtualhost, else the virtual
   *     server's (check_ssl.c ssl_connect), never the real server's, which the Host header does
   *     use (check_http.c http_request_thread): so it can differ from {@code http}'s.
   */
  public HttpProbe(EventLoop loop, Transport transport, Endpoint endpoint, HttpSpec http,
      SslContext tls, boolean sni, String sniFallback, String service, int keepBody) {
    this.sniFallback = sniFallback;
    this.keepBody = keepBody;
    this.loop = loop;
    this.transport = transport;
    this.endpoint = endpoint;
    this.http = http;
    this.tls = tls;
    this.sni = sni;
    this.service = service;
    this.urls = http.urls().stream().map(UrlCheck::new).toList();
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    if (urls.isEmpty()) {
      done.accept(ProbeResult.ok("no url to check"));
      return;
    }
    UrlCheck url = urls.get(target);
    fetch(target, (reader, failure) -> done.accept(failure == null ? url.judge(reader, service)
        : UrlCheck.failed(failure, service)));
  }

  /**
   * GETs url {@code target} and hands over the reader at the end, or keepalived's debug message
   * ("Error connecting", "Timeout WEB read"...) when the exchange failed (genhash prints it).
   */
  public void fetch(int target, HttpExchange.Fetched done) {
    UrlCheck url = urls.get(target);
    UrlSpec u = url.url();
    String vhost = u.virtualhost() != null ? u.virtualhost() : http.virtualhost();
    byte[] request = HttpRequestText.bytes(
        HttpRequestText.of(u.path(), http.protocol(), vhost, endpoint.target()));
    HttpResponseReader reader = new HttpResponseReader(Math.max(keepBody, url.keepBody()));
    long timeoutMs = endpoint.timeout().toMillis();
    Bootstrap b = new Bootstrap().group(loop).channel(transport.socketChannel())
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            if (tls != null) {
              String name = u.virtualhost() != null ? u.virtualhost() : sniFallback;
              ch.pipeline().addLast(sni && name != null
                  ? tls.newHandler(ch.alloc(), name, endpoint.target().getPort())
                  : tls.newHandler(ch.alloc()));
            }
            ch.pipeline().addLast(new ReadTimeoutHandler(timeoutMs, TimeUnit.MILLISECONDS));
            ch.pipeline().addLast(
                new HttpExchange(request, tls != null, reader, done));
          }
        });
    endpoint.apply(b, transport);
    b.connect(endpoint.target()).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        done.done(reader, f.cause() instanceof ConnectTimeoutException
            ? "Timeout connecting" : "Error connecting");
      }
    });
  }
}

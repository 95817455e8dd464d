package org.jkeepalived.lvs.check.http;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.lvs.check.net.Endpoint;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.mibs.config.lvs.HttpSpec;
import org.jkeepalived.mibs.config.lvs.UrlSpec;

/**
 * keepalived's genhash ({@code keepalived -T}, {@code genhash}): GETs one url the way HTTP_GET
 * and SSL_GET do (the same request, the same raw-body MD5 over Content-Length) and prints the
 * digest in lower-case hex, one line, for the {@code digest} keyword. A failed exchange prints
 * keepalived's message instead ("Error connecting", "Timeout WEB read"...), a reply without a
 * header prints "no data received from remote webserver" on stderr; the exit code is 0 then, as
 * keepalived's, and 1 for a bad command line (with the usage).
 */
public final class Genhash {
  static final String DELIM_BEGIN = "-----------------------[";
  static final String DELIM_END = "]-----------------------\n";
  private static final int VERBOSE_BODY = 16 << 20;

  private Genhash() {}

  /** keepalived's usage text; {@code prog} as invoked, {@code genhash} if run under that name. */
  public static String usage(String prog, boolean amGenhash) {
    return "Usage: " + prog + (amGenhash ? "" : " --genhash") + " COMMAND [OPTIONS]\n"
        + "Commands:\n"
        + "   -s server-address -p port -u url\n"
        + "   -S -s server-address -p port -u url\n"
        + "   -h\n\n"
        + "Options:\n"
        + "Either long or short options are allowed.\n"
        + "   --use-ssl         -S       Use SSL connection to remote server.\n"
        + "   --use-sni         -I       Use SNI during SSL handshake (uses virtualhost setting;"
        + " see -V).\n"
        + "   --server          -s       Use the specified remote server address.\n"
        + "   --port            -p       Use the specified remote server port.\n"
        + "   --url             -u       Use the specified remote server url.\n"
        + "   --use-virtualhost -V       Use the specified virtualhost in GET query.\n"
        + "   --verbose         -v       Use verbose mode output.\n"
        + "   --help            -h       Display this short inlined help screen.\n"
        + "   --fwmark          -m       Use the specified FW mark.\n"
        + "   --protocol        -P       Use the specified HTTP protocol - '1.0', 1.0c', '1.1'.\n"
        + "                                1.0c means 1.0 with 'Connection: close'\n"
        + "   --timeout         -t       Timeout in seconds\n";
  }

  /** Runs genhash with {@code args} (those after {@code -T}); returns the exit code. */
  public static int run(String prog, boolean amGenhash, List<String> args, PrintStream out,
      PrintStream err) {
    GenhashOptions o;
    try {
      o = GenhashOptions.parse(args);
    } catch (GenhashOptions.Bad e) {
      if (e.getMessage() != null) {
        err.println(e.getMessage());
      }
      err.print(usage(prog, amGenhash));
      return 1;
    }
    SslContext tls = null;
    if (o.ssl) {
      try {
        tls = TlsContexts.client(null);
      } catch (javax.net.ssl.SSLException e) {
        err.println("Cannot initialize SSL context.");
        return 1;
      }
    }
    Transport transport = Transport.best();
    EventLoopGroup group = transport.newGroup(1);
    long started = System.nanoTime();
    try {
      InetSocketAddress target = new InetSocketAddress(o.server, o.port);
      Endpoint endpoint = new Endpoint(target, null, null, o.fwmark, o.timeout);
      UrlSpec url = new UrlSpec(o.url, null, List.of(), null, null, false, List.of(), 0, 0, 0, 0);
      HttpSpec http = new HttpSpec(o.protocol, false, o.virtualhost, List.of(url));
      HttpProbe probe = new HttpProbe(group.next(), transport, endpoint, http, tls, o.sni,
          "genhash", o.verbose ? VERBOSE_BODY : 0);
      CompletableFuture<Void> finished = new CompletableFuture<>();
      probe.fetch(0, (reader, failure) -> {
        print(o, reader, failure, out, err);
        finished.complete(null);
      });
      finished.get(o.timeout.toSeconds() * 3 + 60, TimeUnit.SECONDS);
      if (o.verbose) {
        out.printf("%nGlobal response time for [%s] = %d usecs%n", o.url,
            (System.nanoTime() - started) / 1000);
      }
      return 0;
    } catch (Exception e) {
      err.println("genhash: " + e.getMessage());
      return 1;
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
  }

  private static void print(GenhashOptions o, HttpResponseReader r, String failure,
      PrintStream out, PrintStream err) {
    if (failure != null) {
      out.println(failure);
      return;
    }
    if (!r.hasHeader()) {
      err.println("no data received from remote webserver");
      return;
    }
    String digest = r.digestHex();
    if (o.verbose) {
      out.print(DELIM_BEGIN + "    HTTP Header Buffer    " + DELIM_END);
      out.print(HexDump.of(r.header()));
      out.print(DELIM_BEGIN + "        HTML Buffer        " + DELIM_END);
      out.print(HexDump.of(r.bodyText().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      out.print("\n" + DELIM_BEGIN + "    HTML hash resulting    " + DELIM_END);
      out.print(HexDump.of(java.util.HexFormat.of().parseHex(digest)));
      out.print(DELIM_BEGIN + " HTML hash final resulting " + DELIM_END);
    }
    out.println(digest);
  }
}

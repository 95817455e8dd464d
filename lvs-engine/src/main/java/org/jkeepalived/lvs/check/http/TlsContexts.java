package org.jkeepalived.lvs.check.http;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.File;
import javax.net.ssl.SSLException;
import org.jkeepalived.mibs.config.lvs.SslConfig;

/**
 * The client TLS context of SSL_GET from the global {@code SSL} block. keepalived never asks
 * OpenSSL to verify the server (it sets no SSL_VERIFY_PEER; the {@code ca} file is loaded but
 * not enforced), so neither does this: any certificate is accepted, as the check is of the
 * service, not of its identity. {@code certificate} and {@code key} (PEM, the key in PKCS#8,
 * encrypted with {@code password} if given) make a client certificate.
 */
public final class TlsContexts {
  private TlsContexts() {}

  public static SslContext client(SslConfig ssl) throws SSLException {
    SslContextBuilder b = SslContextBuilder.forClient()
        .trustManager(InsecureTrustManagerFactory.INSTANCE);
    if (ssl != null && ssl.certificate() != null && ssl.key() != null) {
      b.keyManager(new File(ssl.certificate()), new File(ssl.key()), ssl.password());
    }
    return b.build();
  }
}

package org.jkeepalived.agent.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's control socket: an AF_UNIX stream socket in a root-only directory (0700, the socket
 * 0600), so that only root on this host can read the daemon's state, with no credentials to
 * configure. A client connects and reads the answer, a JSON document, until the daemon closes the
 * connection; it sends nothing, so a silent client cannot hold up the accept loop. Each answer is
 * written on its own thread, at most {@link #MAX_CLIENTS} at a time.
 */
public final class ControlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);
  static final int MAX_CLIENTS = 4;

  private final Path path;
  private final ServerSocketChannel server;
  private final Supplier<byte[]> answer;
  private final Semaphore clients = new Semaphore(MAX_CLIENTS);
  private final Thread acceptor;

  private ControlServer(Path path, ServerSocketChannel server, Supplier<byte[]> answer) {
    this.path = path;
    this.server = server;
    this.answer = answer;
    this.acceptor = new Thread(this::acceptLoop, "control-socket");
    acceptor.setDaemon(true);
  }

  /**
   * Binds {@code path} and serves {@code answer} to each client.
   *
   * @throws IOException the socket cannot be made, or another daemon already answers there
   */
  public static ControlServer start(Path path, Supplier<byte[]> answer) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rwx------")));
    }
    if (Files.exists(path)) {
      if (ControlClient.answers(path)) {
        throw new IOException("another jkeepalived answers on " + path);
      }
      Files.delete(path); // left by a daemon that did not stop cleanly
    }
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(path));
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    ControlServer s = new ControlServer(path, server, answer);
    s.acceptor.start();
    LOG.info("Control socket {} (jkeepalived status)", path);
    return s;
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      SocketChannel client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (server.isOpen()) {
          LOG.warn("Control socket: {}", e.getMessage());
        }
        return;
      }
      if (!clients.tryAcquire()) {
        close(client); // more than MAX_CLIENTS at once: the client sees an empty answer
        continue;
      }
      Thread t = new Thread(() -> serve(client), "control-client");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(SocketChannel client) {
    try {
      ByteBuffer b = ByteBuffer.wrap(answer.get());
      while (b.hasRemaining()) {
        client.write(b);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Control socket client: {}", e.toString());
    } finally {
      close(client);
      clients.release();
    }
  }

  private static void close(SocketChannel c) {
    try {
      c.close();
    } catch (IOException e) {
      // nothing more to say to it
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("Cannot remove control socket {}: {}", path, e.getMessage());
    }
  }
}

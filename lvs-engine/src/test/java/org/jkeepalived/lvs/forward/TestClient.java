package org.jkeepalived.lvs.forward;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A blocking TCP client through the forwarder, with a read timeout so no test can hang. */
final class TestClient implements AutoCloseable {
  final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;

  TestClient(InetSocketAddress to) throws IOException {
    socket = new Socket();
    socket.setSoTimeout(5000);
    socket.connect(to, 5000);
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    out = socket.getOutputStream();
  }

  /** The backend's greeting: its name. */
  String greeting() throws IOException {
    return in.readLine();
  }

  /** Sends a line and reads its echo. */
  String echo(String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return in.readLine();
  }

  String readLine() throws IOException {
    return in.readLine();
  }

  void shutdownOutput() throws IOException {
    socket.shutdownOutput();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

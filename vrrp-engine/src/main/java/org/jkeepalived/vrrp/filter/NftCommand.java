package org.jkeepalived.vrrp.filter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts through the {@code nft} command ({@code nft -f -}, script on standard input), in
 * the daemon's network namespace. keepalived talks to the kernel through libnftnl instead; the
 * rules installed are the same. Each call waits at most {@link #TIMEOUT}.
 */
public final class NftCommand implements NftRunner {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private final List<String> command;

  /** Uses {@code nft} from the PATH. */
  public NftCommand() {
    this(List.of("nft", "-f", "-"));
  }

  NftCommand(List<String> command) {
    this.command = List.copyOf(command);
  }

  @Override
  public void run(String script) throws IOException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("cannot run nft (is the nftables package installed?): "
          + e.getMessage(), e);
    }
    try (OutputStream in = p.getOutputStream()) {
      in.write(script.getBytes(StandardCharsets.UTF_8));
    }
    try {
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException("nft did not finish within " + TIMEOUT.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for nft", e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.exitValue() != 0) {
      throw new IOException("nft failed (" + p.exitValue() + "): " + out);
    }
  }
}

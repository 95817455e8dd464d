package org.jkeepalived.agent.notify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.mibs.config.FifoSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A notify FIFO as keepalived opens it ({@code fifo_open} in notify.c): created with mode 0644
 * (owned by the configured user/group) unless it exists, its script started with the FIFO's path
 * as last argument, then opened read-write so that opening never waits for a reader and the FIFO
 * never reports end-of-file to its reader. Lines are written by one writer thread in the order
 * given; a line that finds the queue full is dropped, as keepalived's non-blocking write drops it
 * when the pipe is full. Closing unlinks a FIFO this object created.
 */
public final class NotifyFifo implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NotifyFifo.class);
  private static final int QUEUE = 4096;
  /** Tells the writer to stop; compared by identity, so no line can be mistaken for it. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String STOP = new String("stop");

  private final Path path;
  private final boolean created;
  private final FileChannel channel;
  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread writer;

  private NotifyFifo(Path path, boolean created, FileChannel channel) {
    this.path = path;
    this.created = created;
    this.channel = channel;
    this.writer = new Thread(this::drain, "notify-fifo " + path);
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Creates (when missing) and opens the FIFO, starting its script first as keepalived does.
   *
   * @return null when the spec names no FIFO or it cannot be opened (logged, as keepalived)
   */
  public static NotifyFifo open(FifoSpec spec, Accounts accounts, RunAs self, ScriptLauncher launcher) {
    if (spec == null || spec.path() == null) {
      return null;
    }
    Path path = Path.of(spec.path());
    boolean created = false;
    try {
      created = mkfifo(path);
      if (created && spec.user() != null) {
        RunAs owner = accounts.resolve(spec.user(), spec.group());
        if (!owner.equals(self)) {
          Files.setAttribute(path, "unix:uid", owner.uid(), LinkOption.NOFOLLOW_LINKS);
          Files.setAttribute(path, "unix:gid", owner.gid(), LinkOption.NOFOLLOW_LINKS);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.info("Unable to create notify fifo {}: {}", path, e.getMessage());
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
    }
    if (spec.script() != null) {
      // the script reads the FIFO until it is killed: no timeout (keepalived's TIMER_NEVER)
      launcher.launch(spec.script(), List.of(spec.path()), null);
    }
    try {
      FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      return new NotifyFifo(path, created, ch);
    } catch (IOException e) {
      LOG.info("Unable to open notify fifo {} - {}", path, e.getMessage());
      if (created) {
        deleteQuietly(path);
      }
      return null;
    }
  }

  /** Creates the FIFO with mode 0644; false when something already exists at the path. */
  private static boolean mkfifo(Path path) throws IOException {
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Process p = new ProcessBuilder("mkfifo", "-m", "0644", "--", path.toString())
        .redirectErrorStream(true).start();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("mkfifo timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    if (p.exitValue() != 0) {
      String why = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      throw new IOException(why);
    }
    return true;
  }

  public Path path() {
    return path;
  }

  /** Queues a line (without its newline); never blocks. */
  public void write(String line) {
    if (!queue.offer(line + "\n")) {
      LOG.debug("Notify fifo {} full, dropping: {}", path, line);
    }
  }

  private void drain() {
    try {
      while (true) {
        String line = queue.take();
        if (line == STOP) {
          return;
        }
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          channel.write(buf);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.debug("Notify fifo {} closed: {}", path, e.getMessage());
    }
  }

  /**
   * Writes what is queued (waiting at most a second for a slow reader), then unlinks the FIFO if
   * this object created it (first, so a reader that reopens in a loop finds nothing) and closes.
   */
  @Override
  public void close() {
    try {
      if (queue.offer(STOP, 1, TimeUnit.SECONDS)) {
        writer.join(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (created) {
      deleteQuietly(path);
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("Closing notify fifo {}: {}", path, e.getMessage());
    }
    writer.interrupt();
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.debug("Cannot remove {}: {}", path, e.getMessage());
    }
  }
}

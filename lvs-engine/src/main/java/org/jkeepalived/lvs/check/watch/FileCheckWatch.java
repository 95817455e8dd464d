package org.jkeepalived.lvs.check.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeepalived.linux.watch.FileEvent;
import org.jkeepalived.linux.watch.FileWatcher;
import org.jkeepalived.linux.watch.TrackFileValue;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.run.RunningCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FILE_CHECK: follows a track_file through inotify on its directory (written, renamed in or out,
 * deleted) and reports the verdict its number gives whenever that changes. Read as keepalived
 * does: the first 127 bytes, strtol, a missing file reads 0, a number out of range is ignored.
 * There is no polling, retry or alpha: keepalived knows the file's state at once.
 */
public final class FileCheckWatch implements RunningCheck {
  private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

  private final CheckId id;
  private final CheckerConfig.FileCheck check;
  private final Path file;
  private final FileWatcher watcher;
  private final CheckListener listener;
  private CheckVerdict current = CheckVerdict.up("initial");
  private AutoCloseable handle;
  private boolean stopped;

  public FileCheckWatch(CheckId id, CheckerConfig.FileCheck check, Path file, FileWatcher watcher,
      CheckListener listener) {
    this.id = id;
    this.check = check;
    this.file = file.toAbsolutePath().normalize();
    this.watcher = watcher;
    this.listener = listener;
  }

  @Override
  public synchronized void start() {
    try {
      handle = watcher.watch(file.getParent(), this::onEvent);
    } catch (IOException e) {
      LOG.warn("FILE_CHECK cannot watch {}: {}", file, e.getMessage());
    }
    update();
  }

  private void onEvent(FileEvent e) {
    if (e.kind() == FileEvent.Kind.OVERFLOW || e.name().equals(file.getFileName().toString())) {
      update();
    }
  }

  private synchronized void update() {
    if (stopped) {
      return;
    }
    long value = read();
    if (!FileCheckValue.inRange(value)) {
      LOG.info("Invalid number {} read from {} - ignoring", value, file);
      return;
    }
    CheckVerdict next = FileCheckValue.verdict(value, check.weight(), check.reverse(),
        file.toString());
    if (next.up() != current.up() || next.weightAdjust() != current.weightAdjust()) {
      current = next;
      listener.verdict(id, next);
    }
  }

  private long read() {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(127);
      return TrackFileValue.parse(new String(b, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return 0; // missing or unreadable: keepalived reads 0
    }
  }

  @Override
  public void suspend(boolean suspended) {
    // keepalived's track files are not checkers with a thread: ha_suspend does not stop them
  }

  @Override
  public synchronized void stop() {
    stopped = true;
    if (handle != null) {
      try {
        handle.close();
      } catch (Exception e) {
        LOG.debug("closing the watch of {}", file, e);
      }
    }
  }
}

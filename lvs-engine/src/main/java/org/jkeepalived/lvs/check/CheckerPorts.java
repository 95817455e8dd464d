package org.jkeepalived.lvs.check;

import java.nio.file.Path;
import java.util.function.Function;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.linux.watch.FileWatcher;
import org.jkeepalived.mibs.config.lvs.SslConfig;
import org.jkeepalived.mibs.store.ObjectStore;

/**
 * What the checkers need from outside the event loop group. Each may be null when the daemon
 * has none; a check that needs a missing one is reported down with the reason.
 *
 * @param store the object store, for BFD_CHECK (bfdSessTable rows published by the BFD engine)
 * @param scripts runs MISC_CHECK programs
 * @param files watches track_file directories for FILE_CHECK
 * @param trackFiles the path of a {@code vrrp_track_file} by name (null: unknown name)
 * @param ssl the global {@code SSL} block for SSL_GET (null: none)
 */
public record CheckerPorts(
    ObjectStore store,
    ScriptExecutor scripts,
    FileWatcher files,
    Function<String, Path> trackFiles,
    SslConfig ssl) {
  /** No ports at all: only the network checkers work. */
  public static CheckerPorts none() {
    return new CheckerPorts(null, null, null, name -> null, null);
  }
}

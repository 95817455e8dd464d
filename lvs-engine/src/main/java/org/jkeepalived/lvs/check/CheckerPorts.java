package org.jkeepalived.lvs.check;

import java.nio.file.Path;
import java.util.function.Function;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.linux.watch.FileWatcher;
import org.jkeepalived.lvs.check.ping.IcmpSockets;
import org.jkeepalived.lvs.check.script.MiscScriptCheck;
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
 * @param icmp opens PING_CHECK's ICMP sockets
 * @param scriptCheck keepalived's script security check of MISC_CHECK programs when the checks
 *     are built (null: none, every script runs)
 */
public record CheckerPorts(
    ObjectStore store,
    ScriptExecutor scripts,
    FileWatcher files,
    Function<String, Path> trackFiles,
    SslConfig ssl,
    IcmpSockets icmp,
    MiscScriptCheck scriptCheck) {
  /** With the system's ICMP sockets and no script check. */
  public CheckerPorts(ObjectStore store, ScriptExecutor scripts, FileWatcher files,
      Function<String, Path> trackFiles, SslConfig ssl) {
    this(store, scripts, files, trackFiles, ssl, IcmpSockets.system(), null);
  }

  /** No ports at all: only the network checkers work. */
  public static CheckerPorts none() {
    return new CheckerPorts(null, null, null, name -> null, null);
  }

  /** The same ports with another ICMP socket opener. */
  public CheckerPorts withIcmp(IcmpSockets sockets) {
    return new CheckerPorts(store, scripts, files, trackFiles, ssl, sockets, scriptCheck);
  }

  /** The same ports with a script security check of MISC_CHECK programs. */
  public CheckerPorts withScriptCheck(MiscScriptCheck check) {
    return new CheckerPorts(store, scripts, files, trackFiles, ssl, icmp, check);
  }
}

package org.jkeepalived.agent.control;

import java.nio.file.Path;
import org.jkeepalived.mibs.config.DaemonOptions;

/**
 * Where a daemon's control socket is, so that several daemons on one host (network namespaces,
 * tests, benchmarks) each have their own, and {@code jkeepalived status} given the same options
 * finds it. The rule follows how keepalived names its per-instance pid files (core/main.c,
 * core/pidfile.c make_pidfile_name): {@code --control-socket=PATH} when given; else under
 * {@code /run/jkeepalived}, in a sub-directory named after the network namespace ({@code -s},
 * else {@code net_namespace}), the file {@code control_INSTANCE.sock} with global {@code instance
 * INSTANCE}; else, with {@code -p FILE} and no namespace, beside the pid file, named like it with
 * {@code .sock} for its extension ({@code /tmp/n1/jk.pid}: {@code /tmp/n1/jk.sock}); else {@code
 * control.sock}.
 */
public final class ControlSocketPath {
  /** The directory of the default sockets. */
  public static final Path DIR = Path.of("/run/jkeepalived");
  /** The socket of a daemon started with none of the options that name it. */
  public static final Path DEFAULT = DIR.resolve("control.sock");
  /** The {@code --control-socket} value for no socket. */
  public static final String NONE = "none";

  private ControlSocketPath() {}

  /**
   * The socket of a daemon.
   *
   * @param explicit {@code --control-socket}, or null
   * @param namespace {@code -s}, or null
   * @param daemon the configuration's top-level keywords (net_namespace, instance)
   * @param pidFile {@code -p}, or null
   * @return the path, or null for {@code --control-socket=none}
   */
  public static Path of(String explicit, String namespace, DaemonOptions daemon, Path pidFile) {
    if (explicit != null) {
      return NONE.equals(explicit) ? null : Path.of(explicit);
    }
    String ns = blankToNull(namespace != null ? namespace : daemon.netNamespace());
    String instance = blankToNull(daemon.instance());
    Path dir = ns == null ? DIR : DIR.resolve(safe(ns));
    if (instance != null) {
      return dir.resolve("control_" + safe(instance) + ".sock");
    }
    if (ns == null && pidFile != null) {
      Path abs = pidFile.toAbsolutePath();
      String name = abs.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return abs.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".sock");
    }
    return dir.resolve("control.sock");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** A name as one path element: no separator or parent step can move the socket elsewhere. */
  private static String safe(String name) {
    String s = name.replace('/', '_');
    return s.equals("..") || s.equals(".") ? "_" : s;
  }
}

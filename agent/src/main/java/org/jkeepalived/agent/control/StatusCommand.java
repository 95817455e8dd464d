package org.jkeepalived.agent.control;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.jkeepalived.mibs.config.DaemonOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jkeepalived status [--json] [--control-socket=PATH]}: asks the daemon running on this
 * host and prints what it says. Without {@code --control-socket} it finds the daemon's socket as
 * the daemon chose it ({@link ControlSocketPath}) from the daemon's own options: {@code -f} (whose
 * net_namespace and instance it reads), {@code -i}, {@code -s} and {@code -p}. Exit codes as
 * systemctl status and LSB status actions: 0 a daemon answered, 3 none runs, 4 it cannot be asked
 * (no permission), 1 bad usage or a garbled answer.
 */
@Command(name = "jkeepalived status", description = "Show the state of the running daemon.")
public final class StatusCommand {
  static final int RUNNING = 0;
  static final int NOT_RUNNING = 3;
  static final int NO_ACCESS = 4;

  @Option(names = "--json", description = "Print the daemon's answer as JSON")
  boolean json;

  @Option(names = "--control-socket", paramLabel = "PATH",
      description = "The daemon's control socket (default: as the daemon derives it from the"
          + " options below, /run/jkeepalived/control.sock without them)")
  String socketOption;

  @Option(names = {"-f", "--use-file"}, paramLabel = "FILE",
      description = "The daemon's configuration (its net_namespace and instance name the socket)")
  Path configFile = Path.of("/etc/keepalived/keepalived.conf");

  @Option(names = {"-i", "--config-id"}, paramLabel = "ID", description = "The daemon's -i")
  String configId;

  @Option(names = {"-s", "--namespace"}, paramLabel = "NAME", description = "The daemon's -s")
  String namespace;

  @Option(names = {"-p", "--pid"}, paramLabel = "FILE", description = "The daemon's -p")
  Path pidFile;

  private Path socket;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Display this help message")
  boolean help;

  private StatusCommand() {}

  /** Runs {@code status} reading no configuration file (tests); returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, (file, id) -> DaemonOptions.DEFAULTS);
  }

  /**
   * Runs {@code status} with the arguments after it; returns the exit code.
   *
   * @param daemonOptions reads a configuration file's top-level keywords (file, config id)
   */
  public static int run(String[] args, PrintStream out, PrintStream err,
      BiFunction<Path, String, DaemonOptions> daemonOptions) {
    StatusCommand c = new StatusCommand();
    CommandLine cli = new CommandLine(c);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println("jkeepalived status: " + e.getMessage());
      return 1;
    }
    if (c.help) {
      cli.usage(out);
      return 0;
    }
    DaemonOptions daemon = c.socketOption != null || !Files.isReadable(c.configFile)
        ? DaemonOptions.DEFAULTS : daemonOptions.apply(c.configFile, c.configId);
    c.socket = ControlSocketPath.of(c.socketOption, c.namespace, daemon, c.pidFile);
    if (c.socket == null) {
      err.println("jkeepalived status: --control-socket=none asks no daemon");
      return 1;
    }
    return c.query(out, err);
  }

  private int query(PrintStream out, PrintStream err) {
    if (!Files.exists(socket)) {
      err.println("jkeepalived is not running (no control socket " + socket + ")");
      return NOT_RUNNING;
    }
    byte[] answer;
    try {
      answer = ControlClient.read(socket);
    } catch (java.nio.file.AccessDeniedException e) {
      err.println("jkeepalived status: permission denied on " + socket + " (root only)");
      return NO_ACCESS;
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("ermission")) {
        err.println("jkeepalived status: permission denied on " + socket + " (root only)");
        return NO_ACCESS;
      }
      err.println("jkeepalived is not running (" + socket + ": " + e.getMessage() + ")");
      return NOT_RUNNING;
    }
    NodeStatus status;
    try {
      status = StatusJson.read(answer);
    } catch (IOException e) {
      err.println("jkeepalived status: not a status answer from " + socket + ": "
          + e.getMessage());
      return 1;
    }
    out.print(json ? new String(answer, StandardCharsets.UTF_8) + "\n" : StatusText.render(status));
    return RUNNING;
  }
}

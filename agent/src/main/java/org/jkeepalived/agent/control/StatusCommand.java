package org.jkeepalived.agent.control;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jkeepalived status [--json] [--control-socket=PATH]}: asks the daemon running on this
 * host and prints what it says. Exit codes as systemctl status and LSB status actions: 0 a daemon
 * answered, 3 none runs, 4 it cannot be asked (no permission), 1 bad usage or a garbled answer.
 */
@Command(name = "jkeepalived status", description = "Show the state of the running daemon.")
public final class StatusCommand {
  static final int RUNNING = 0;
  static final int NOT_RUNNING = 3;
  static final int NO_ACCESS = 4;

  @Option(names = "--json", description = "Print the daemon's answer as JSON")
  boolean json;

  @Option(names = "--control-socket", paramLabel = "PATH",
      description = "The daemon's control socket (default ${DEFAULT-VALUE})")
  Path socket = ControlServer.DEFAULT_PATH;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Display this help message")
  boolean help;

  private StatusCommand() {}

  /** Runs {@code status} with the arguments after it; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
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

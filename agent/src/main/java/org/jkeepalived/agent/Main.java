package org.jkeepalived.agent;

import java.io.PrintStream;
import java.util.List;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.agent.cli.QuickArgs;
import org.jkeepalived.agent.cli.SignalFunction;
import org.jkeepalived.agent.control.StatusCommand;
import org.jkeepalived.agent.daemon.StartPreload;
import org.jkeepalived.agent.lvs.ForwarderGauge;
import org.jkeepalived.agent.lvs.LvsSeams;
import org.jkeepalived.agent.vrrp.VrrpEngineFactory;
import org.jkeepalived.bfd.service.BfdEngineFactory;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.lvs.check.http.Genhash;
import picocli.CommandLine;

/**
 * Entry point of jkeepalived: parses keepalived's command line and runs the config test, a signal
 * number query, or the daemon. Bad input gives a one-line message and an exit code, never a stack
 * trace.
 */
public final class Main {
  /** The version printed by {@code -v}. */
  public static final String VERSION = "jkeepalived v0.1.0 (keepalived 2.2.7 compatible)";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line and returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("status")) {
      return StatusCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err,
          ConfigSource::daemonOptions);
    }
    List<String> all = List.of(args);
    int genhash = Math.max(all.indexOf("-T"), all.indexOf("--genhash"));
    if (genhash >= 0) {
      List<String> rest = new java.util.ArrayList<>(all);
      rest.remove(genhash);
      return Genhash.run("jkeepalived", false, rest, out, err);
    }
    StartPreload.begin(); // logback and the libc binding, beside the parsing below (issue 15)
    // A plain daemon line skips picocli (its model costs 100-180 ms of a start, issue 15).
    Options quick = QuickArgs.parse(args).orElse(null);
    Options options = quick != null ? quick : new Options();
    if (quick == null) {
      CommandLine cli = new CommandLine(options);
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      try {
        cli.parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        err.println("jkeepalived: " + e.getMessage());
        err.println("Try 'jkeepalived --help' for more information.");
        return 1;
      }
      if (options.help) {
        cli.usage(out);
        return 0;
      }
    }
    if (options.version) {
      out.println(VERSION);
      return 0;
    }
    if (options.signum != null) {
      return SignalFunction.parse(options.signum)
          .map(
              f -> {
                out.println(f.number());
                return 0;
              })
          .orElseGet(
              () -> {
                err.println("Unknown sigfunc " + options.signum);
                return 1;
              });
    }
    if (options.isConfigTest()) {
      return ConfigTest.run(options, out, err);
    }
    ForwarderGauge forwarder = new ForwarderGauge();
    return new Daemon(options, engines(options, forwarder), forwarder).run();
  }

  /**
   * The engines the daemon hosts, in start order (closed in reverse): BFD first, so that VRRP's
   * track_bfd sees sessions that already run; then VRRP; then the LVS checkers ({@code -C}; their
   * kernel and checker ports in {@link LvsSeams}), whose ha_suspend and sync daemon follow VRRP.
   */
  static List<EngineFactory> engines(Options options, ForwarderGauge forwarder) {
    return List.of(
        new BfdEngineFactory(), new VrrpEngineFactory(),
        LvsSeams.factory(options.lvsDataplane, options.dontReleaseIpvs, forwarder));
  }
}

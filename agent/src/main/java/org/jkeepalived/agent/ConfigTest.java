package org.jkeepalived.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.agent.lvs.DataplaneCheck;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;

/**
 * {@code -t/--config-test[=LOG_FILE]}: reads and checks the configuration as the daemon would,
 * prints every problem as {@code (FILE: Line N) message}, and returns keepalived's exit code (0
 * valid, 4 fatal, 5 errors/warnings/unknown keywords, 6 unsafe scripts), and then what the LVS
 * dataplane of {@code --lvs-dataplane} could not provide ({@link DataplaneCheck}).
 */
final class ConfigTest {
  private ConfigTest() {}

  static int run(Options options, PrintStream out, PrintStream err) {
    Diagnostics diagnostics = new Diagnostics();
    ConfigSource.Loaded loaded = new ConfigSource(options).load(diagnostics);
    if (loaded.config() != null) {
      DataplaneCheck.check(options.lvsDataplane, loaded.config().lvs(), diagnostics);
    }
    PrintStream sink = err;
    PrintStream logFile = null;
    if (!options.configTest.isEmpty()) {
      try {
        logFile =
            new PrintStream(
                Files.newOutputStream(
                    Path.of(options.configTest),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND),
                true,
                StandardCharsets.UTF_8);
        sink = logFile;
      } catch (IOException e) {
        err.println("Unable to open config-test log file " + options.configTest + ": " + e.getMessage());
        return 4;
      }
    }
    try {
      for (Diagnostic d : diagnostics.all()) {
        if (d.severity() != Severity.INFO) {
          sink.println(d.render());
        }
      }
      if (options.dumpConf && loaded.config() != null) {
        out.print(loaded.dump());
      }
    } finally {
      if (logFile != null) {
        logFile.close();
      }
    }
    return diagnostics.exitCode();
  }
}

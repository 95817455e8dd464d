package org.jkeepalived.test.conformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jkeepalived.agent.Main;

/**
 * Runs {@code jkeepalived -t -f FILE} for many files in one JVM (the differential test checks
 * hundreds of configurations; a JVM per file would dominate its run time). Prints, per file,
 * {@code == FILE exit=N} and then the problems, like keepalived-t-results.txt.
 */
public final class ConfigTestBatch {
  private ConfigTestBatch() {}

  public static void main(String[] files) {
    PrintStream stdout = System.out;
    for (String file : files) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
      int code = Main.run(new String[] {"-t", "-f", file}, capture, capture);
      stdout.println("== " + file + " exit=" + code);
      stdout.print(buf.toString(StandardCharsets.UTF_8));
    }
    stdout.flush();
  }
}

package org.jkeepalived.test.rig;

import java.util.ArrayList;
import java.util.List;

/** Command lines that start a class of this test JVM's class path in a new JVM. */
public final class Jvm {
  private Jvm() {}

  /** {@code java -cp <this class path> mainClass args...}, with the options daemons use. */
  public static List<String> command(String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Xshare:auto");
    // as bin/jkeepalived: scripts start with one exec each
    cmd.add("-Djdk.lang.Process.launchMechanism=VFORK");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** The command that runs jkeepalived with {@code args}. */
  public static List<String> jkeepalived(String... args) {
    return command("org.jkeepalived.agent.Main", args);
  }
}

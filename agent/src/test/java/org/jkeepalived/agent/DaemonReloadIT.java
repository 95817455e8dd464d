package org.jkeepalived.agent;

import org.jkeepalived.testkit.Proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon process and its signals, seen from outside: a SIGHUP with an unusable configuration
 * keeps the running one (read back over SNMP), a good one replaces it, SIGUSR1 writes the data
 * and JSON dumps. No VRRP instance, so no privileges are needed.
 */
class DaemonReloadIT {
  private static final int PORT = 16330;
  private static final String ROUTER_ID = "1.3.6.1.4.1.9586.100.5.1.2.0";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void invalidReloadKeepsTheRunningConfigurationAndAValidOneReplacesIt() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "global_defs {\n  router_id first\n}\n");
    Path log = dir.resolve("daemon.log");
    // Started with SIGHUP ignored, as under nohup: the daemon must reload all the same (the JVM
    // alone would leave an inherited-ignored SIGHUP ignored; keepalived handles it regardless).
    Process p = new ProcessBuilder("sh", "-c", "trap '' HUP; exec \"$@\"", "sh",
        ProcessHandle.current().info().command().orElse("java"),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.jkeepalived.agent.Main", "-n", "-l", "-G", "-x", "-f", conf.toString(),
        "-p", dir.resolve("k.pid").toString(), "--snmp-listen=udp:127.0.0.1:" + PORT)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(await(() -> routerId().contains("\"first\""))).as("agent; log:\n%s", read(log))
          .isTrue();

      Files.move(conf, dir.resolve("moved.conf"));
      signal(p, "HUP");
      assertThat(await(() -> read(log).contains("Reload failed: keeping the running configuration")))
          .as(read(log)).isTrue();
      assertThat(p.isAlive()).isTrue();
      assertThat(routerId()).contains("\"first\"");

      Files.writeString(conf, "global_defs {\n  router_id second\n}\n");
      signal(p, "HUP");
      assertThat(await(() -> routerId().contains("\"second\""))).as(read(log)).isTrue();
      assertThat(read(log)).contains("Configuration reloaded");

      signal(p, "USR1");
      assertThat(await(() -> read(log).contains("Wrote /tmp/keepalived.json"))).as(read(log))
          .isTrue();
      assertThat(read(log)).contains("Wrote /tmp/keepalived.data");
    } finally {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void badSnmpSettingsStopTheDaemonWithOneLine() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "global_defs {\n  router_id first\n}\n");
    Path log = dir.resolve("bad.log");
    Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.jkeepalived.agent.Main", "-n", "-l", "-G", "-x", "-f", conf.toString(),
        "--snmp-listen=udp:nowhere:notaport")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(1);
      assertThat(read(log)).contains("Stopping: SNMP agent settings:").doesNotContain("\tat ");
    } finally {
      p.destroyForcibly();
    }
  }

  private static String routerId() {
    return run("snmpget", "-v2c", "-c", "public", "-On", "-t", "1", "-r", "0", "-M", "/dev/null",
        "-m", "", "127.0.0.1:" + PORT, ROUTER_ID);
  }

  private static void signal(Process p, String name) {
    run("kill", "-s", name, Long.toString(p.pid()));
  }

  private static String run(String... cmd) {
    try {
      Proc.requirePrograms(List.of(cmd));
      Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return new String(p.getInputStream().readAllBytes());
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(200);
    }
    return condition.getAsBoolean();
  }
}

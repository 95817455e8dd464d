package org.jkeepalived.vrrp.interop;

import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jkeepalived.linux.LinuxNative;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.vrrp.instance.InstanceObserver;
import org.jkeepalived.engine.loop.LoopScheduler;
import org.jkeepalived.vrrp.instance.InstanceParameters;
import org.jkeepalived.vrrp.instance.VrrpInstanceEngine;
import org.jkeepalived.vrrp.instance.VrrpSocket;
import org.jkeepalived.vrrp.fsm.VrrpFsmConfig;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.io.ChannelKey;
import org.jkeepalived.vrrp.io.NativeSocketProvider;
import org.jkeepalived.vrrp.io.VrrpChannel;
import org.jkeepalived.vrrp.io.VrrpChannels;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VRRPv2 {@code auth_type AH} between an in-process instance engine on kernel raw sockets (AH
 * channel, IP_HDRINCL) and the real keepalived 2.2.7, in two namespaces joined by a veth pair.
 * keepalived runs {@code state BACKUP} + {@code nopreempt} so that whether it accepts our adverts
 * shows: if it rejected them it would take over after its Master_Down_Interval.
 */
class AhKeepalivedInteropIT {
  private static final String IF_J = "jkv2jv";
  private static final String IF_K = "jkv2kv";
  private static final String J_ADDR = "198.18.92.1";
  private static final String K_ADDR = "198.18.92.2";
  private static final String VIP = "198.18.92.100";
  private static final int VRID = 92;
  private static final String PASS = "jkv2ahpw";

  private Netns netnsJ;
  private Netns netnsK;
  private String nsJ;
  private String nsK;
  private Path dir;
  private Process keepalived;
  private LoopScheduler loop;
  private VrrpChannels channels;
  private final List<String> rejected = new CopyOnWriteArrayList<>();
  private final List<Integer> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void lab() throws Exception {
    Assumptions.assumeTrue(LinuxNative.isAvailable(), "jnr-ffi libc unavailable");
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "needs root for namespaces and raw sockets");
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/keepalived")),
        "keepalived 2.2.7 not installed");
    cleanup();
    dir = Files.createTempDirectory("jkv2-ah");
    netnsJ = Netns.create("ahj");
    netnsK = Netns.create("ahk");
    nsJ = netnsJ.name();
    nsK = netnsK.name();
    netnsJ.veth(IF_J, netnsK, IF_K);
    sh("ip", "-n", nsJ, "addr", "add", J_ADDR + "/24", "dev", IF_J);
    sh("ip", "-n", nsK, "addr", "add", K_ADDR + "/24", "dev", IF_K);
    for (String[] p : new String[][] {{nsJ, IF_J}, {nsK, IF_K}}) {
      sh("ip", "-n", p[0], "link", "set", "lo", "up");
      sh("ip", "-n", p[0], "link", "set", p[1], "up");
    }
    await("veth up", Duration.ofSeconds(5),
        () -> quiet("ip", "-n", nsJ, "link", "show", IF_J).contains("LOWER_UP"));
    Files.writeString(dir.resolve("k.conf"), """
        global_defs {
          router_id jkv2k
        }
        vrrp_instance VI_AH {
          state BACKUP
          nopreempt
          interface %s
          virtual_router_id %d
          priority 150
          advert_int 1
          authentication {
            auth_type AH
            auth_pass %s
          }
          virtual_ipaddress {
            %s/32
          }
        }
        """.formatted(IF_K, VRID, PASS, VIP));
  }

  @AfterEach
  void cleanup() throws Exception {
    stopKeepalived();
    if (channels != null) {
      LoopScheduler l = loop;
      l.runAndWait(channels::close, Duration.ofSeconds(2));
      channels = null;
    }
    if (loop != null) {
      loop.close();
      loop = null;
    }
    for (Netns ns : new Netns[] {netnsJ, netnsK}) {
      if (ns != null) {
        ns.close();
      }
    }
    netnsJ = null;
    netnsK = null;
    if (dir != null) {
      quiet("rm", "-rf", dir.toString());
      dir = null;
    }
  }

  @Test
  void jkeepalivedAndKeepalivedAgreeOverAh() throws Exception {
    startKeepalived();
    await("keepalived MASTER with the VIP", Duration.ofSeconds(10), this::keepalivedHasVip);

    VrrpInstanceEngine ours = startEngine(100);
    await("adverts accepted", Duration.ofSeconds(5), () -> received.size() >= 2);
    assertThat(state(ours)).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(quiet("ip", "-n", nsJ, "-4", "addr", "show", "dev", IF_J)).doesNotContain(VIP);

    stopKeepalived(); // SIGTERM: keepalived sends priority 0
    await("jkeepalived MASTER", Duration.ofSeconds(3), () -> state(ours) == VrrpFsmState.MASTER);
    assertThat(quiet("ip", "-n", nsJ, "-4", "addr", "show", "dev", IF_J)).contains(VIP);

    startKeepalived(); // nopreempt: stays BACKUP only while it accepts our AH adverts
    Thread.sleep(5_000);
    assertThat(keepalivedHasVip()).as("keepalived accepted our AH adverts").isFalse();
    assertThat(state(ours)).isEqualTo(VrrpFsmState.MASTER);
    String log = Files.readString(dir.resolve("k.log"));
    // after its restart keepalived never timed out: every advert of ours verified
    String sinceRestart = log.substring(log.lastIndexOf("(VI_AH) Entering BACKUP STATE (init)"));
    assertThat(sinceRestart).doesNotContain("Receive advertisement timeout")
        .doesNotContain("IPSEC-AH :");

    loop.runAndWait(ours::stop, Duration.ofSeconds(2)); // priority 0
    await("keepalived takes over", Duration.ofSeconds(3), this::keepalivedHasVip);
    assertThat(quiet("ip", "-n", nsJ, "-4", "addr", "show", "dev", IF_J)).doesNotContain(VIP);
    assertThat(rejected).isEmpty();
  }

  private VrrpInstanceEngine startEngine(int priority) throws Exception {
    loop = new LoopScheduler("jkv2-loop");
    channels = new VrrpChannels(new NativeSocketProvider(), loop);
    InetAddress src = InetAddress.getByName(J_ADDR);
    VrrpCodecOptions codec = VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah(PASS));
    InstanceParameters cfg = new InstanceParameters("VI_AH", VRID, priority, true,
        VrrpFsmConfig.defaults(VrrpVersion.V2, Duration.ofSeconds(1), src),
        List.of(InetAddress.getByName(VIP)), InetAddress.getByName("224.0.0.18"), codec);
    VrrpChannel channel = NetNamespace.named(nsJ).call(() -> channels.acquire(
        new ChannelKey(IF_J, false, src, true), InetAddress.getByName("224.0.0.18")));
    VrrpSocket socket = channel.socketFor(VRID, codec, (e, from) -> rejected.add(e.toString()));
    VrrpInstanceEngine[] engine = new VrrpInstanceEngine[1];
    loop.runAndWait(() -> {
      engine[0] = new VrrpInstanceEngine(cfg, loop, socket, new Observer());
      engine[0].start();
    }, Duration.ofSeconds(2));
    return engine[0];
  }

  /** Puts the VIP on the interface as the master, as the VIP manager would. */
  private final class Observer implements InstanceObserver {
    @Override
    public void vipsAdded(String instance) {
      quiet("ip", "-n", nsJ, "addr", "add", VIP + "/32", "dev", IF_J);
    }

    @Override
    public void vipsRemoved(String instance) {
      quiet("ip", "-n", nsJ, "addr", "del", VIP + "/32", "dev", IF_J);
    }

    @Override
    public void packetRejected(String instance, VrrpDecodeError error) {
      rejected.add(error.toString());
    }

    @Override
    public void advertReceived(String instance, VrrpAdvertisement a,
        PacketContext context) {
      received.add(a.priority());
    }
  }

  private VrrpFsmState state(VrrpInstanceEngine e) {
    VrrpFsmState[] s = new VrrpFsmState[1];
    loop.runAndWait(() -> s[0] = e.state().state(), Duration.ofSeconds(2));
    return s[0];
  }

  private boolean keepalivedHasVip() {
    return quiet("ip", "-n", nsK, "-4", "addr", "show", "dev", IF_K).contains(VIP);
  }

  private void startKeepalived() throws IOException {
    keepalived = new ProcessBuilder("ip", "netns", "exec", nsK, "/usr/sbin/keepalived", "-n",
        "-l", "-D", "-P", "-f", dir.resolve("k.conf").toString(),
        "-p", dir.resolve("k.pid").toString(), "-r", dir.resolve("k-vrrp.pid").toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("k.log").toFile()))
        .start();
  }

  private void stopKeepalived() throws InterruptedException {
    Process p = keepalived;
    keepalived = null;
    if (p != null && p.isAlive()) {
      p.destroy(); // SIGTERM
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
      }
    }
  }

  private static void await(String what, Duration limit, BooleanSupplier done)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static String sh(String... cmd) throws IOException {
    Proc.requirePrograms(cmd);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException(String.join(" ", cmd) + ": " + out);
      }
      return out;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String quiet(String... cmd) {
    try {
      return sh(cmd);
    } catch (IOException e) {
      return "";
    }
  }
}

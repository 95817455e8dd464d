package org.jkeepalived.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a shell script in a qemu guest whose kernel has IPVS (this machine's kernel has none), with
 * the given files, and returns its exit code, output and the files it wrote. The guest is
 * shared/lab/ipvs-vm.sh: a stock Debian kernel booted in software emulation (about 5 s, and Java
 * runs 20-60x slower inside), with the host's root filesystem visible read-only (so the host's
 * java, ipvsadm, keepalived and build output are there at the same paths), a fresh /tmp, and
 * {@code /lbio} as the script's working directory: the files given here are in it, and whatever
 * the script writes there comes back in {@link Result#file}. One {@link #run} is one boot: put
 * several steps in one script.
 *
 * <pre>{@code
 * Assumptions.assumeTrue(IpvsGuest.unavailableReason().isEmpty(),
 *     () -> IpvsGuest.unavailableReason().orElse(""));
 * try (IpvsGuest.Result r = IpvsGuest.script("ipvsadm -A -t 198.18.0.1:80\nipvsadm -Sn > out\n")
 *     .file("keepalived.conf", conf).run()) {
 *   assertThat(r.exitCode()).isZero();
 *   assertThat(r.file("out")).contains("-A -t 198.18.0.1:80 -s wlc");
 * }
 * }</pre>
 *
 * <p>The script is found through the system property {@value #SCRIPT_PROPERTY}, the environment
 * variable {@code JK_IPVS_VM}, or as {@code shared/lab/ipvs-vm.sh} in a folder above the working
 * directory (the worktree's {@code ../shared}).
 */
public final class IpvsGuest {
  public static final String SCRIPT_PROPERTY = "jk.ipvs.vm";
  private static final String QEMU = "qemu-system-x86_64";
  private static final Duration PREPARE_TIMEOUT = Duration.ofMinutes(15);
  private static volatile Optional<String> unavailable;

  private final String script;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private Duration timeout = Duration.ofMinutes(10);
  private int memoryMiB = 1024;

  private IpvsGuest(String script) {
    this.script = script;
  }

  /** A guest run of {@code shellScript} (run by sh in /lbio). */
  public static IpvsGuest script(String shellScript) {
    return new IpvsGuest(shellScript);
  }

  /** A file the script finds as /lbio/{@code name} (a plain name, no folders). */
  public IpvsGuest file(String name, String text) {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public IpvsGuest file(String name, byte[] content) {
    if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
      throw new IllegalArgumentException("a plain file name, not hidden: " + name);
    }
    files.put(name, content.clone());
    return this;
  }

  /**
   * The start of a shell command that runs a class of this JVM's class path with this JVM's java
   * (the guest sees the host's files at the same paths), tuned for the emulated CPU: C1 only, the
   * serial collector. Needs {@link #withThisJvm()}. Example: {@code JAVA + " org.x.Main /lbio"}.
   */
  public static final String JAVA = "\"$(cat /lbio/java.path)\" -XX:TieredStopAtLevel=1"
      + " -XX:+UseSerialGC -Xshare:auto -cp \"$(cat /lbio/java.classpath)\"";

  /**
   * Puts this JVM's java binary and class path into /lbio for {@link #JAVA}. Class path entries
   * under /tmp or /run (a checkout or build there: the guest has its own fresh /tmp and /run) are
   * copied into /lbio at {@link #run()}.
   */
  public IpvsGuest withThisJvm() {
    file("java.path", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    thisJvm = true;
    return this;
  }

  private boolean thisJvm;

  /** This JVM's class path as the guest sees it, copying what the guest cannot see into io. */
  private static String guestClassPath(Path io) throws IOException {
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath().normalize();
      if (!(p.startsWith("/tmp") || p.startsWith("/run")) || !Files.exists(p)) {
        out.add(entry);
        continue;
      }
      Path copy = io.resolve("cp").resolve(Integer.toString(n++));
      copyTree(p, copy);
      out.add("/lbio/" + io.relativize(copy));
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.createDirectories(t.getParent());
          Files.copy(f, t);
        }
      }
    }
  }

  /** How long the guest may run before it is killed (default 10 minutes). */
  public IpvsGuest timeout(Duration t) {
    this.timeout = t;
    return this;
  }

  /** The guest's memory (default 1024 MiB). */
  public IpvsGuest memoryMiB(int mib) {
    this.memoryMiB = mib;
    return this;
  }

  /** The outcome of one boot; closing it deletes the io folder. */
  public record Result(int exitCode, String output, String vmLog, Path ioDir)
      implements AutoCloseable {
    public boolean ok() {
      return exitCode == 0;
    }

    /** A file the script left in /lbio, as text; empty when it wrote none. */
    public String file(String name) {
      Path p = ioDir.resolve(name);
      try {
        return Files.exists(p) ? Files.readString(p) : "";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      deleteTree(ioDir);
    }
  }

  /**
   * Boots the guest, runs the script and powers off. Throws IllegalStateException when the guest
   * itself failed (no exit status came back), with the VM's log; the script's own failure is
   * {@link Result#exitCode()}.
   */
  public Result run() {
    Path vm = vmScript().orElseThrow(() -> new IllegalStateException(notFound()));
    Path io;
    try {
      io = Files.createTempDirectory("jk-ipvs-guest-");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(io.resolve(f.getKey()), f.getValue());
      }
      if (thisJvm) {
        Files.writeString(io.resolve("java.classpath"), guestClassPath(io));
      }
      Files.writeString(io.resolve("run.sh"), script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>(List.of("env", "LB_VM_IO=" + io,
        "LB_VM_TIMEOUT=" + timeout.toSeconds(), "LB_VM_MEM=" + memoryMiB, "bash", vm.toString(),
        "run", "sh /lbio/run.sh"));
    Proc.Result r = Proc.run(timeout.plusMinutes(2), io, command);
    if (!Files.exists(io.resolve(".rc"))) {
      String log = r.stderr();
      deleteTree(io);
      throw new IllegalStateException("the IPVS guest gave no exit status (exit " + r.exitCode()
          + "): " + log.substring(Math.max(0, log.length() - 3000)));
    }
    return new Result(r.exitCode(), r.stdout(), r.stderr().strip(), io);
  }

  /**
   * Why no guest can be booted here, or empty when one can: qemu missing, the script not found,
   * or its cache (the Debian kernel, downloaded once with apt-get) cannot be prepared. Checked
   * once per JVM.
   */
  public static Optional<String> unavailableReason() {
    Optional<String> u = unavailable;
    if (u == null) {
      u = check();
      unavailable = u;
    }
    return u;
  }

  private static Optional<String> check() {
    if (!Programs.installed(QEMU)) {
      return Optional.of(Programs.missingMessage(QEMU));
    }
    Optional<Path> vm = vmScript();
    if (vm.isEmpty()) {
      return Optional.of(notFound());
    }
    Proc.Result prepare = Proc.run(PREPARE_TIMEOUT, null,
        List.of("bash", vm.get().toString(), "prepare"));
    if (!prepare.ok()) {
      return Optional.of("ipvs-vm.sh prepare failed (exit " + prepare.exitCode() + "): "
          + prepare.stderr().strip());
    }
    return Optional.empty();
  }

  /** ipvs-vm.sh, if it can be found. */
  public static Optional<Path> vmScript() {
    String given = System.getProperty(SCRIPT_PROPERTY, System.getenv("JK_IPVS_VM"));
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared/lab/ipvs-vm.sh");
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String notFound() {
    return "shared/lab/ipvs-vm.sh not found above " + Path.of("").toAbsolutePath()
        + " (set -D" + SCRIPT_PROPERTY + " or JK_IPVS_VM)";
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one script run costs the JVM and the machine, the way ScriptRunner starts scripts:
 * {@code java -Djdk.lang.Process.launchMechanism=VFORK|POSIX_SPAWN SpawnCost.java setpriv|direct N}
 * starts N times {@code [setpriv --pdeathsig TERM --] /usr/bin/test -f <this file>} from one
 * thread (stdin /dev/null, output discarded, onExit), waits for all, and prints per run: the
 * start time on the starting thread, the CPU of the whole process (self + reaped children) and
 * the JVM's own share, from /proc/self/stat.
 */
public class SpawnCost {
  public static void main(String[] args) throws Exception {
    boolean setpriv = args[0].equals("setpriv");
    int n = Integer.parseInt(args[1]);
    List<String> cmd = new ArrayList<>();
    if (setpriv) {
      cmd.addAll(List.of("/usr/bin/setpriv", "--pdeathsig", "TERM", "--"));
    }
    cmd.addAll(List.of("/usr/bin/test", "-f", "/proc/self/stat"));
    for (int i = 0; i < 50; i++) {
      start(cmd).waitFor();
    }
    long[] t0 = ticks();
    long w0 = System.nanoTime();
    List<Process> started = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Process p = start(cmd);
      p.onExit();
      started.add(p);
    }
    long startNs = System.nanoTime() - w0;
    for (Process p : started) {
      p.waitFor();
    }
    long[] t1 = ticks();
    double tick = 1000.0 / 100; // CLK_TCK 100
    System.out.printf("%s %s: start %.2f ms/run, CPU %.2f ms/run, of which JVM %.2f%n",
        System.getProperty("jdk.lang.Process.launchMechanism", "POSIX_SPAWN"), args[0],
        startNs / 1e6 / n, (t1[0] - t0[0]) * tick / n, (t1[1] - t0[1]) * tick / n);
  }

  private static Process start(List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  /** {all: utime + stime + cutime + cstime, self: utime + stime} in clock ticks. */
  private static long[] ticks() throws Exception {
    String s = Files.readString(Path.of("/proc/self/stat"));
    String[] f = s.substring(s.lastIndexOf(") ") + 2).split(" ");
    long self = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return new long[] {self + Long.parseLong(f[13]) + Long.parseLong(f[14]), self};
  }
}

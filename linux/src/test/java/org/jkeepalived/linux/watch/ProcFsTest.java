package org.jkeepalived.linux.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcFsTest {
  @TempDir Path root;

  private void proc(int pid, String stat, String cmdline) throws Exception {
    Path d = Files.createDirectories(root.resolve(Integer.toString(pid)));
    Files.writeString(d.resolve("stat"), stat);
    Files.write(d.resolve("cmdline"), cmdline.replace('|', '\0').getBytes());
  }

  @Test
  void readsCommCmdlineAndSkipsZombies() throws Exception {
    proc(42, "42 (my (odd) name) S 1 42 42 0", "/usr/sbin/haproxy|-f|/etc/h.cfg|");
    proc(43, "43 (dead) Z 1 43 43 0", "");
    Files.createDirectories(root.resolve("self"));
    assertThat(new ProcFs(root).pids()).containsExactlyInAnyOrder(42, 43);
    assertThat(new ProcFs(root).read(42, true)).contains(new ProcFs.ProcessInfo(
        42, "my (odd) name", List.of("/usr/sbin/haproxy", "-f", "/etc/h.cfg")));
    assertThat(new ProcFs(root).read(42, false).orElseThrow().cmdline()).isEmpty();
    assertThat(new ProcFs(root).read(43, true)).isEmpty();
    assertThat(new ProcFs(root).read(44, true)).isEmpty();
  }

  @Test
  void splitsCmdlineWithAndWithoutTrailingNul() {
    assertThat(ProcFs.splitCmdline("a\0b c\0".getBytes())).containsExactly("a", "b c");
    assertThat(ProcFs.splitCmdline("a\0b".getBytes())).containsExactly("a", "b");
    assertThat(ProcFs.splitCmdline(new byte[0])).isEmpty();
  }

  @Test
  void readsThisJvmFromTheRealProc() {
    int self = (int) ProcessHandle.current().pid();
    assertThat(ProcFs.system().read(self, true).orElseThrow().cmdline().get(0)).contains("java");
  }
}

package org.jkeepalived.linux.sysctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcSysctlTest {
  @TempDir Path root;

  @Test
  void readsTrimmedAndWritesExistingParameters() throws Exception {
    Path p = root.resolve("net/ipv4/conf/vrrp.51/arp_ignore");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "0\n");
    ProcSysctl s = new ProcSysctl(root);
    String path = Sysctl.ipv4Conf("vrrp.51", "arp_ignore");
    assertThat(path).isEqualTo("net/ipv4/conf/vrrp.51/arp_ignore");
    assertThat(s.read(path)).contains("0");
    s.write(path, "1");
    assertThat(Files.readString(p)).isEqualTo("1\n");
    assertThat(s.read("net/ipv4/conf/nosuch/arp_ignore")).isEmpty();
    Files.createDirectories(root.resolve("net/ipv4/conf/all"));
    assertThat(s.children("net/ipv4/conf")).containsExactly("all", "vrrp.51");
    assertThat(s.children("net/nosuch")).isEmpty();
    assertThatThrownBy(() -> s.write("net/ipv4/conf/nosuch/arp_ignore", "1"))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void refusesPathsOutsideTheRoot() {
    ProcSysctl s = new ProcSysctl(root);
    assertThatThrownBy(() -> s.read("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sysctl.ipv4Conf("../x", "rp_filter"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sysctl.ipv6Conf("..", "disable_ipv6"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fakeRecordsWritesAndRefusesUnknownUnlessCreating() throws Exception {
    FakeSysctl strict = new FakeSysctl(false).put("a/b", "0");
    strict.write("a/b", "1");
    assertThat(strict.read("a/b")).contains("1");
    assertThatThrownBy(() -> strict.write("a/c", "1")).isInstanceOf(NoSuchFileException.class);
    FakeSysctl loose = new FakeSysctl(true);
    loose.write("a/c", "2");
    assertThat(loose.writes()).containsExactly("a/c=2");
    assertThat(loose.children("a")).containsExactly("c");
    assertThat(strict.children("a")).containsExactly("b");
  }
}

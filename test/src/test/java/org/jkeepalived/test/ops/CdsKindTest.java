package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/cds-kind, which picks the launchers' class-data sharing archive: a load balancer's for a
 * configuration with a virtual_server (in the file the arguments name or in a file its
 * top-level includes name), a VRRP node's otherwise. A wrong pick costs RSS or start-up time.
 */
class CdsKindTest {
  @TempDir
  Path dir;

  @Test
  void aConfigurationWithAVirtualServerGetsTheLoadBalancersArchive() throws IOException {
    Path lb = write("lb.conf", "global_defs {\n}\n  virtual_server 198.18.0.1 80 {\n}\n");
    Path group = write("group.conf", "virtual_server_group G {\n  198.18.0.1 80\n}\n");
    assertThat(kind("-f", lb.toString())).isEqualTo("lb");
    assertThat(kind("-n", "--use-file", lb.toString(), "-l")).isEqualTo("lb");
    assertThat(kind("--use-file=" + lb)).isEqualTo("lb");
    assertThat(kind("-f" + lb)).isEqualTo("lb");
    assertThat(kind("-f", group.toString())).isEqualTo("lb");
  }

  @Test
  void aVrrpNodeGetsItsOwnArchive() throws IOException {
    Path node = write("node.conf",
        "vrrp_instance V {\n  interface eth0\n}\n# virtual_server 198.18.0.1 80 {\n");
    assertThat(kind("-f", node.toString())).isEqualTo("node");
    assertThat(kind("-f", dir.resolve("missing.conf").toString())).isEqualTo("node");
  }

  @Test
  void includesAreFollowedOneLevelRelativeToTheIncludingFile() throws IOException {
    Files.createDirectories(dir.resolve("conf.d"));
    write("conf.d/a.conf", "vrrp_instance V {\n}\n");
    Path main = write("main.conf", "global_defs {\n}\ninclude conf.d/*.conf\n");
    assertThat(kind("-f", main.toString())).isEqualTo("node");
    write("conf.d/b.conf", "virtual_server 198.18.0.1 80 {\n}\n");
    assertThat(kind("-f", main.toString())).isEqualTo("lb");
    Path absolute = write("abs.conf", "include " + dir.resolve("conf.d/b.conf") + "\n");
    assertThat(kind("-f", absolute.toString())).isEqualTo("lb");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static String kind(String... args) {
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", script().toString()));
    cmd.addAll(List.of(args));
    Proc.Result r = Proc.run(Duration.ofSeconds(10), cmd.toArray(String[]::new));
    assertThat(r.exitCode()).as("cds-kind: %s", r.stderr()).isZero();
    return r.stdout().strip();
  }

  /** The checkout's bin/cds-kind (surefire runs in the module directory, test/). */
  private static Path script() {
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isRegularFile(d.resolve("bin/cds-kind"))) {
      d = d.getParent();
    }
    assertThat(d).as("no bin/cds-kind above the working directory").isNotNull();
    return d.resolve("bin/cds-kind");
  }
}

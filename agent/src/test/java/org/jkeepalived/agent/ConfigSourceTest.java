package org.jkeepalived.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeepalived.mibs.config.DaemonOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code jkeepalived status -f FILE} reads of the daemon's configuration. */
class ConfigSourceTest {
  @TempDir Path dir;

  @Test
  void theTopLevelNamespaceAndInstanceAreReadWithTheConfigId() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "net_namespace blue\n@lb1 instance one\n@lb2 instance two\n");
    DaemonOptions d = ConfigSource.daemonOptions(conf, "lb2");
    assertThat(d.netNamespace()).isEqualTo("blue");
    assertThat(d.instance()).isEqualTo("two");
  }

  @Test
  void aMissingFileGivesTheDefaults() {
    assertThat(ConfigSource.daemonOptions(dir.resolve("none.conf"), null))
        .isEqualTo(DaemonOptions.DEFAULTS);
  }
}

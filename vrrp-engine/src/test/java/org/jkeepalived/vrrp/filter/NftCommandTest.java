package org.jkeepalived.vrrp.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command adapter: script on stdin, failure text from the command's output. */
class NftCommandTest {
  @Test
  void scriptGoesToStandardInput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("script");
    new NftCommand(List.of("sh", "-c", "cat > " + out)).run("add table ip keepalived\n");
    assertThat(Files.readString(out)).isEqualTo("add table ip keepalived\n");
  }

  @Test
  void nonZeroExitThrowsWithTheMessage() {
    assertThatThrownBy(() -> new NftCommand(List.of("sh", "-c",
        "cat >/dev/null; echo 'Error: syntax error' >&2; exit 1")).run("bad\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("syntax error");
  }

  @Test
  void missingCommandSaysWhatToInstall() {
    assertThatThrownBy(() -> new NftCommand(List.of("/nonexistent/jknf-nft")).run(""))
        .isInstanceOf(IOException.class).hasMessageContaining("nftables package");
  }
}

package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
  @TempDir Path dir;

  private Accounts accounts(String passwd, String group) throws Exception {
    Files.writeString(dir.resolve("passwd"), passwd);
    Files.writeString(dir.resolve("group"), group);
    return Accounts.read(dir.resolve("passwd"), dir.resolve("group"));
  }

  @Test
  void resolvesUserAndGroupAsKeepalived() throws Exception {
    Accounts a = accounts(
        "root:x:0:0:root:/root:/bin/bash\nalice:x:1001:1001::/home/alice:/bin/sh\n",
        "root:x:0:\nstaff:x:50:\n");
    assertThat(a.resolve("alice", null)).isEqualTo(new RunAs(1001, 1001));
    assertThat(a.resolve("alice", "staff")).isEqualTo(new RunAs(1001, 50));
    assertThatThrownBy(() -> a.resolve("bob", null)).hasMessageContaining("'bob' does not exist");
    assertThatThrownBy(() -> a.resolve("alice", "wheel")).hasMessageContaining("'wheel'");
  }

  @Test
  void defaultIsScriptUserThenKeepalivedScriptThenSelf() throws Exception {
    Accounts without = accounts("root:x:0:0::/:/bin/sh\nalice:x:7:8::/:/bin/sh\n", "g:x:9:\n");
    assertThat(without.defaultRunAs(null, null, RunAs.ROOT)).isEqualTo(RunAs.ROOT);
    assertThat(without.defaultRunAs("alice", "g", RunAs.ROOT)).isEqualTo(new RunAs(7, 9));
    Accounts with = accounts("keepalived_script:x:998:997::/:/usr/sbin/nologin\n", "");
    assertThat(with.defaultRunAs(null, null, RunAs.ROOT)).isEqualTo(new RunAs(998, 997));
    assertThat(with.runAs(null, null, new RunAs(998, 997))).isEqualTo(new RunAs(998, 997));
  }

  @Test
  void missingFilesAndJunkLinesAreIgnored() {
    Accounts a = Accounts.read(dir.resolve("nope"), dir.resolve("nope2"));
    assertThat(a.user("root")).isEmpty();
  }
}

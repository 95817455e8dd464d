package org.jkeepalived.linux.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.testkit.RigNames;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.Interfaces;
import org.junit.jupiter.api.Test;

class NetNamespaceIT {
  @Test
  void codeRunsInsideTheNamespaceOnly() throws Exception {
    NetnsLab.assumeRootAndNative();
    try (NetnsLab lab = NetnsLab.create()) {
      assertThat(lab.a().call(() -> Interfaces.indexOf(lab.ifA))).isPositive();
      // The test thread itself never moved: the veth end is not visible here.
      assertThatThrownBy(() -> Interfaces.indexOf(lab.ifA)).isInstanceOf(ErrnoException.class);
      try (NamespaceThread t = lab.b().thread()) {
        assertThat(t.submit(() -> Interfaces.indexOf(lab.ifB)).get()).isPositive();
        assertThat(t.submit(() -> Interfaces.indexOf(lab.ifB)).get()).isPositive();
      }
    }
  }

  @Test
  void aMissingNamespaceFailsTasksInsteadOfRunningThemOutside() throws Exception {
    NetnsLab.assumeRootAndNative();
    NetNamespace missing = NetNamespace.named(RigNames.next("none")); // never created
    assertThatThrownBy(() -> missing.run(() -> {
      throw new AssertionError("must not run");
    })).isInstanceOf(ErrnoException.class).hasMessageContaining("No such file");
  }

  @Test
  void rejectsPathLikeNames() {
    assertThatThrownBy(() -> NetNamespace.named("../etc")).isInstanceOf(
        IllegalArgumentException.class);
  }
}

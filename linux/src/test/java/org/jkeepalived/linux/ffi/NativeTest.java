package org.jkeepalived.linux.ffi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The libc binding, bound by glibc's soname (libc.so.6) without jnr's search of the library
 * directories: it loads, its calls reach glibc, and errno comes back per thread.
 */
class NativeTest {
  @Test
  void glibcIsBoundAndItsCallsWork() {
    assertThat(Native.unavailabilityCause()).isNull();
    assertThat(Native.isAvailable()).isTrue();
    LibC c = Native.libc();
    assertThat(c.strerror(LinuxConstants.ENOENT)).isEqualTo("No such file or directory");
    assertThat(c.if_nametoindex("lo")).isPositive();
  }

  @Test
  void aFailedCallLeavesItsErrnoForTheCallingThread() {
    assertThat(Native.libc().close(-1)).isEqualTo(-1);
    assertThat(Native.lastErrno()).isEqualTo(9); // EBADF
  }
}

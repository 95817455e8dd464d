package org.jkeepalived.linux;

import org.jkeepalived.linux.ffi.Native;

/**
 * Whether the real kernel adapters of this module can run here (Netty's {@code
 * Epoll.isAvailable()} pattern). When false, wire the in-memory fakes instead, or report {@link
 * #unavailabilityCause()}.
 */
public final class LinuxNative {
  private LinuxNative() {}

  public static boolean isAvailable() {
    return Native.isAvailable();
  }

  /** Why the native layer is unavailable, or null when it is available. */
  public static Throwable unavailabilityCause() {
    return Native.unavailabilityCause();
  }

  /** Throws {@link UnsupportedOperationException} with the cause when unavailable. */
  public static void ensureAvailability() {
    if (!isAvailable()) {
      throw new UnsupportedOperationException("jnr-ffi libc unavailable", unavailabilityCause());
    }
  }
}

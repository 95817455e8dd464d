package org.jkeepalived.linux.ffi;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * The loaded libc binding, or the reason it could not be loaded (Netty's {@code
 * Epoll.isAvailable()} pattern). Loading happens once, lazily, in the holder class.
 */
public final class Native {
  private Native() {}

  private static final class Holder {
    static final LibC LIBC;
    static final Runtime RUNTIME;
    static final Throwable CAUSE;

    static {
      LibC lib = null;
      Runtime rt = null;
      Throwable cause = null;
      try {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
          throw new UnsupportedOperationException("not Linux: " + System.getProperty("os.name"));
        }
        if (!"amd64".equals(System.getProperty("os.arch"))
            && !"x86_64".equals(System.getProperty("os.arch"))
            && !"aarch64".equals(System.getProperty("os.arch"))) {
          // The constants and struct layouts in this module are the x86_64/aarch64 (LP64) ones.
          throw new UnsupportedOperationException("unsupported arch " + System.getProperty("os.arch"));
        }
        lib = load();
        rt = Runtime.getRuntime(lib);
      } catch (Throwable t) {
        cause = t;
        lib = null;
        rt = null;
      }
      LIBC = lib;
      RUNTIME = rt;
      CAUSE = cause;
    }
  }

  /**
   * Binds glibc by its soname first: jnr dlopens a name as given and only when that fails
   * searches the library directories for a match of "c" (a listing and a regex per file of
   * /usr/lib/x86_64-linux-gnu and the others: ~10 ms of a start, issue 15). "c" stays the
   * fallback for a libc of another soname.
   */
  private static LibC load() {
    try {
      return LibraryLoader.create(LibC.class).failImmediately().load("libc.so.6");
    } catch (UnsatisfiedLinkError e) {
      return LibraryLoader.create(LibC.class).load("c");
    }
  }

  /** True when libc is bound and the native calls in this module can be made. */
  public static boolean isAvailable() {
    return Holder.CAUSE == null;
  }

  /** Why {@link #isAvailable()} is false, or null when it is true. */
  public static Throwable unavailabilityCause() {
    return Holder.CAUSE;
  }

  /** The binding; throws {@link UnsupportedOperationException} when unavailable. */
  public static LibC libc() {
    if (Holder.CAUSE != null) {
      throw new UnsupportedOperationException("libc unavailable", Holder.CAUSE);
    }
    return Holder.LIBC;
  }

  /** jnr's runtime for the binding, for native memory allocation. */
  public static Runtime runtime() {
    libc();
    return Holder.RUNTIME;
  }

  /** errno saved by the last call on this thread. */
  public static int lastErrno() {
    return runtime().getLastError();
  }
}

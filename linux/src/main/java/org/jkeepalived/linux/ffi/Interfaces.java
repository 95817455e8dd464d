package org.jkeepalived.linux.ffi;

/** Interface name lookups in the calling thread's network namespace. */
public final class Interfaces {
  private Interfaces() {}

  /** if_nametoindex(3); throws when there is no such interface. */
  public static int indexOf(String ifname) throws ErrnoException {
    int idx = Native.libc().if_nametoindex(ifname);
    if (idx == 0) {
      throw ErrnoException.last("if_nametoindex(" + ifname + ")");
    }
    return idx;
  }
}

package org.jkeepalived.linux.watch;

/** The inotify calls of glibc, bound through jnr-ffi (errno through {@code Runtime.getLastError}). */
public interface InotifyLib {
  int inotify_init1(int flags);

  int inotify_add_watch(int fd, String path, int mask);

  int inotify_rm_watch(int fd, int wd);
}

package org.jkeepalived.linux.watch;

/**
 * One {@code struct inotify_event}: the watch it belongs to, what happened (IN_* bits), the rename
 * cookie, and the name of the entry inside the watched directory ("" for the directory itself).
 */
public record InotifyEvent(int wd, int mask, int cookie, String name) {
  public static final int IN_MODIFY = 0x2;
  public static final int IN_CLOSE_WRITE = 0x8;
  public static final int IN_MOVED_FROM = 0x40;
  public static final int IN_MOVED_TO = 0x80;
  public static final int IN_CREATE = 0x100;
  public static final int IN_DELETE = 0x200;
  public static final int IN_DELETE_SELF = 0x400;
  public static final int IN_Q_OVERFLOW = 0x4000;
  public static final int IN_IGNORED = 0x8000;
  public static final int IN_ISDIR = 0x40000000;

  /** What keepalived watches a track_file's directory for. */
  public static final int TRACK_FILE_MASK = IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;

  public boolean has(int bits) {
    return (mask & bits) != 0;
  }
}

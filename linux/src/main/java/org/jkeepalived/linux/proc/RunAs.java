package org.jkeepalived.linux.proc;

/**
 * The identity a script runs as. keepalived sets the gid, makes it the only supplementary group,
 * then sets the uid ({@code set_script_env}).
 */
public record RunAs(int uid, int gid) {
  public static final RunAs ROOT = new RunAs(0, 0);

  public RunAs {
    if (uid < 0 || gid < 0) {
      throw new IllegalArgumentException("uid/gid must not be negative: " + uid + ":" + gid);
    }
  }

  @Override
  public String toString() {
    return uid + ":" + gid;
  }
}

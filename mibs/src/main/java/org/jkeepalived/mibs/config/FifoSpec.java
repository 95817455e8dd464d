package org.jkeepalived.mibs.config;

/**
 * A notify FIFO: its path (null when none), the owner given for it, and the script keepalived
 * starts to read it (null when none).
 */
public record FifoSpec(String path, String user, String group, ScriptSpec script) {
  public static final FifoSpec NONE = new FifoSpec(null, null, null, null);
}

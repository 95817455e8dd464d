package org.jkeepalived.mibs.config.lvs;

/** An inclusive range of HTTP status codes (100-599). */
public record StatusRange(int low, int high) {
  /** keepalived's default when a url names none: 200-299. */
  public static final StatusRange SUCCESS = new StatusRange(200, 299);

  public boolean contains(int status) {
    return status >= low && status <= high;
  }
}

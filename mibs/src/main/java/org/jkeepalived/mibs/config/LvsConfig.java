package org.jkeepalived.mibs.config;

/**
 * The LVS part of the configuration (virtual_server, virtual_server_group and their checkers).
 * Placeholder owned by the LVS keyword tables, which add their components here; the VRRP side
 * never reads it.
 */
public record LvsConfig() {
  public static final LvsConfig EMPTY = new LvsConfig();
}

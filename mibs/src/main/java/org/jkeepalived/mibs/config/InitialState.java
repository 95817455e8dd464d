package org.jkeepalived.mibs.config;

/** The state a vrrp_instance starts in ({@code state MASTER|BACKUP}; BACKUP by default). */
public enum InitialState {
  MASTER,
  BACKUP
}

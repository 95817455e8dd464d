package org.jkeepalived.agent.snmp;

/**
 * An SNMPv3 USM user: authentication is required, privacy optional ({@code priv} null means
 * authNoPriv). Views are VACM view names; {@code writeView} null makes the user read-only.
 */
public record UsmUserSettings(
    String name,
    AuthProtocol auth,
    String authPassword,
    PrivProtocol priv,
    String privPassword,
    String readView,
    String writeView,
    String notifyView) {

  /** Never prints the passwords. */
  @Override
  public String toString() {
    return "UsmUserSettings[" + name + ", auth=" + auth + ", priv=" + priv + ", read=" + readView
        + ", write=" + writeView + ", notify=" + notifyView + "]";
  }
}

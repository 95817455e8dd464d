package org.jkeepalived.agent.snmp;

/**
 * An SNMPv1/v2c community (SNMP-COMMUNITY-MIB row) and the VACM views it may read and write;
 * {@code writeView} null makes it read-only.
 */
public record CommunitySettings(String name, String readView, String writeView) {
  public boolean writable() {
    return writeView != null;
  }

  /** Never prints the community string: it is a password. */
  @Override
  public String toString() {
    return "CommunitySettings[read=" + readView + ", write=" + writeView + "]";
  }
}

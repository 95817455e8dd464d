package org.jkeepalived.linux.ipvs;

/**
 * IPVS_CMD_GET_INFO's answer.
 *
 * @param version the kernel's IPVS version, (major << 16) | (minor << 8) | patch
 * @param connectionTableSize IPVS_INFO_ATTR_CONN_TAB_SIZE
 */
public record IpvsInfo(int version, int connectionTableSize) {
  /** "1.2.1", as ipvsadm prints it. */
  public String versionText() {
    return ((version >> 16) & 0xFF) + "." + ((version >> 8) & 0xFF) + "." + (version & 0xFF);
  }
}

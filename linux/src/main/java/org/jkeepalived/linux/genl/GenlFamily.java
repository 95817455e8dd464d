package org.jkeepalived.linux.genl;

import java.util.Objects;

/**
 * A registered generic netlink family as the controller describes it (CTRL_CMD_NEWFAMILY).
 *
 * @param name CTRL_ATTR_FAMILY_NAME ("IPVS")
 * @param id CTRL_ATTR_FAMILY_ID: the netlink message type of the family's messages on this boot
 * @param version CTRL_ATTR_VERSION: the family's protocol version
 * @param headerSize CTRL_ATTR_HDRSIZE: the family's user header after genlmsghdr (0 for IPVS)
 * @param maxAttr CTRL_ATTR_MAXATTR: the highest top-level attribute type it knows
 */
public record GenlFamily(String name, int id, int version, int headerSize, int maxAttr) {
  public GenlFamily {
    Objects.requireNonNull(name);
  }
}

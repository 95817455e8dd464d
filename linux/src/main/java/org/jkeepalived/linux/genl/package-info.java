/**
 * Generic netlink (NETLINK_GENERIC) on top of the netlink socket and attribute code of {@code
 * linux.netlink}: the {@code genlmsghdr} that follows {@code nlmsghdr}, resolving a family's id by
 * name through the controller ({@code CTRL_CMD_GETFAMILY}, include/uapi/linux/genetlink.h), and a
 * socket for request/ACK and dump transactions with a resolved family. Families such as IPVS get
 * a dynamic id at registration, so it changes between boots and must be asked for each time.
 */
package org.jkeepalived.linux.genl;

/**
 * Kernel IPVS over generic netlink: the {@link org.jkeepalived.linux.ipvs.IpvsControl} port the
 * LVS engine programs virtual and real servers through, its value records, and the real
 * implementation {@link org.jkeepalived.linux.ipvs.NetlinkIpvsControl}. The wire form is {@link
 * org.jkeepalived.linux.ipvs.IpvsCodec} (pure, after include/uapi/linux/ip_vs.h; the nested
 * attributes of a service, destination, sync daemon and statistics each have their own small
 * class). Requests carry keepalived 2.2.7's attributes in keepalived's order, checked byte for byte
 * against captures of keepalived, ipvsadm and the kernel in the test resources of this package
 * (made from shared/conformance/ipvs/ and in the qemu guest).
 */
package org.jkeepalived.linux.ipvs;

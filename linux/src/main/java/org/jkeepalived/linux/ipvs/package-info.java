/**
 * Kernel IPVS over generic netlink: the {@link org.jkeepalived.linux.ipvs.IpvsControl} port the
 * LVS engine programs virtual and real servers through, and its value records. The message
 * layout follows include/uapi/linux/ip_vs.h; reference bytes from keepalived are in
 * shared/conformance/ipvs/.
 */
package org.jkeepalived.linux.ipvs;

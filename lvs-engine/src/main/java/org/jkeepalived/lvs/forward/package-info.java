/**
 * The userspace LVS dataplane: {@link org.jkeepalived.lvs.forward.UserspaceIpvs}, a second
 * implementation of the kernel IPVS port ({@code linux.ipvs.IpvsControl}) for hosts without
 * IPVS, a TCP and UDP proxy on Netty's native epoll transport. The LVS engine programs it exactly
 * as it programs the kernel, and reads back the same counters and gauges.
 *
 * <ul>
 *   <li>Decisions are pure and tested with tables: the schedulers ({@code sched}), persistence
 *       templates ({@link org.jkeepalived.lvs.forward.Persistence}), the kernel's rate estimator
 *       ({@link org.jkeepalived.lvs.forward.RateEstimator}), the threshold overload rule ({@link
 *       org.jkeepalived.lvs.forward.RealServer}), and one virtual server's choice under its lock
 *       ({@link org.jkeepalived.lvs.forward.VirtualService}).
 *   <li>I/O sits at the edge: {@link org.jkeepalived.lvs.forward.TcpFrontend} with {@link
 *       org.jkeepalived.lvs.forward.TcpRelay} per side, {@link
 *       org.jkeepalived.lvs.forward.UdpFrontend} with one {@link
 *       org.jkeepalived.lvs.forward.UdpFlow} per client.
 *   <li>{@link org.jkeepalived.lvs.forward.DataplaneSelector} chooses between kernel IPVS and the
 *       forwarder for {@code --lvs-dataplane}; {@link org.jkeepalived.lvs.forward.UserspaceSupport}
 *       names what only the kernel can do.
 * </ul>
 */
package org.jkeepalived.lvs.forward;

/**
 * VRRP routers in network namespaces, run by keepalived or jkeepalived, for multi-node scenarios
 * and interop.
 *
 * <pre>{@code
 * VrrpTemplate t = VrrpTemplate.of(new Variant(3, Family.IPV6, Transport.UNICAST),
 *     new LabSubnet(51), 2);
 * try (VrrpLab lab = VrrpLab.create("jklb", 2, new LabSubnet(51), Path.of("target/my-lab"))) {
 *   lab.node(2).start(Impl.KEEPALIVED, t.node(2, 100).build());
 *   lab.node(1).start(Impl.JKEEPALIVED, t.node(1, 150).initialMaster(true).build());
 *   lab.await("node1 master", () -> lab.node(1).state() == LoggedVrrpState.MASTER
 *       && lab.hasVip(lab.node(1), t.vip()), Duration.ofSeconds(20));
 *   lab.node(1).kill9();
 *   Duration takeover = lab.await("takeover", () -> lab.hasVip(lab.node(2), t.vip()),
 *       Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * The state a node is in is read from its log: {@link org.jkeepalived.test.vrrp.VrrpLog} lists
 * the exact lines the jkeepalived VRRP engine must write. {@link
 * org.jkeepalived.test.vrrp.Impl#ENGINE_SWITCH} turns on the scenarios with jkeepalived nodes.
 */
package org.jkeepalived.test.vrrp;

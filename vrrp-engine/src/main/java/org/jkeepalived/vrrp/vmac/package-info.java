/**
 * VRRP virtual MAC (keepalived's {@code use_vmac}) and ipvlan ({@code use_ipvlan}) interfaces.
 *
 * <p>{@link org.jkeepalived.vrrp.vmac.VmacPlan} says, from an instance's config, which interface
 * it runs on (pure); {@link org.jkeepalived.vrrp.vmac.AddressVmacs} which VMACs its VIPs on other
 * interfaces or of the other family get (per-VIP {@code use_vmac}, {@code use_vmac_addr},
 * {@code vmac_addr_prefix}; pure); {@link org.jkeepalived.vrrp.vmac.VmacSysctls} and {@link
 * org.jkeepalived.vrrp.vmac.RpFilterRelaxer} hold the kernel parameters keepalived 2.2.7 sets;
 * {@link org.jkeepalived.vrrp.vmac.VmacLinks} makes it so in the kernel through the {@code
 * VirtualLinks} and {@code Sysctl} ports; {@link org.jkeepalived.vrrp.vmac.VmacInstances} is what
 * the engine calls: attach when an instance starts, detach when it stops or a reload removes or
 * changes it, and which interface the VIPs ({@code vips}) and adverts use.
 */
package org.jkeepalived.vrrp.vmac;

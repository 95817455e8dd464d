package org.jkeepalived.mibs.model;

import java.net.InetAddress;
import java.util.Objects;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;

/**
 * Config row of the RFC views of a vrrp_instance: vrrpOperTable (RFC 2787, index (ifIndex, vrid))
 * and vrrpv3OperationsTable (RFC 6527, index (ifIndex, vrid, inetVersion)). Its state part is the
 * instance's {@link VrrpInstanceState} as vrrpInstanceTable holds it, computed when read.
 *
 * @param instanceIndex the instance's vrrpInstanceIndex
 * @param instance the instance's config
 * @param ifIndex kernel index of the instance's interface (its base interface with a VMAC)
 * @param interfaceMac hardware address of that interface, empty while unknown
 * @param primaryAddress the interface's primary address of the instance's family, null if unknown
 * @param daemonStart when the VRRP process started: RFC up-times count from it, as keepalived's
 */
public record VrrpRouterRow(
    int instanceIndex,
    VrrpInstanceConfig instance,
    int ifIndex,
    byte[] interfaceMac,
    InetAddress primaryAddress,
    java.time.Instant daemonStart) {
  public VrrpRouterRow {
    Objects.requireNonNull(instance);
    Objects.requireNonNull(daemonStart);
    interfaceMac = interfaceMac.clone();
  }

  @Override
  public byte[] interfaceMac() {
    return interfaceMac.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VrrpRouterRow r
        && instanceIndex == r.instanceIndex
        && ifIndex == r.ifIndex
        && instance.equals(r.instance)
        && java.util.Arrays.equals(interfaceMac, r.interfaceMac)
        && Objects.equals(primaryAddress, r.primaryAddress)
        && daemonStart.equals(r.daemonStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instanceIndex, instance, ifIndex, java.util.Arrays.hashCode(interfaceMac), primaryAddress, daemonStart);
  }
}

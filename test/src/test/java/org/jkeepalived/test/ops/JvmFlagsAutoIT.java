package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;

/**
 * bin/jvm-flags with the default dataplane (auto) on this machine: a load balancer gets C1 only
 * where the kernel has IPVS (loaded, or a module modprobe can load) and C2 where the daemon will
 * fall back to the userspace forwarder (JvmFlagsTest covers the explicit dataplanes). An IT: it
 * asks modprobe, as the script does.
 */
class JvmFlagsAutoIT {
  @Test
  void autoFollowsWhetherThisKernelHasIpvs() {
    boolean ipvs = Files.exists(Path.of("/proc/net/ip_vs"))
        || Proc.run(Duration.ofSeconds(10), "modprobe", "-n", "-q", "ip_vs").exitCode() == 0;
    List<String> auto = JvmFlagsTest.flags("lb", "-f", "x.conf");
    assertThat(auto.contains("-XX:TieredStopAtLevel=1")).as("IPVS here: %s", ipvs)
        .isEqualTo(ipvs);
    assertThat(JvmFlagsTest.flags("lb", "--lvs-dataplane=auto")).isEqualTo(auto);
    assertThat(auto).isEqualTo(JvmFlagsTest.flags("lb",
        ipvs ? "--lvs-dataplane=ipvs" : "--lvs-dataplane=userspace"));
  }
}

package org.jkeepalived.linux.ipvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.IpvsGuest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * NetlinkIpvsControl against a real kernel's IPVS, in one boot of the qemu guest (this machine's
 * kernel has none): {@link GuestProgram} adds IPv4, IPv6, fwmark and SCTP services with every
 * scheduler of the kernel, scheduler flags, one-packet scheduling, persistence with a netmask and
 * the sip engine, NAT, DR and TUN destinations (ipip, gue with port and checksum, gre), thresholds,
 * timeouts and both sync daemons; reads everything back through the port; sends traffic and reads
 * the counters; then edits, deletes and flushes; applies batches (a refusal in the middle reported
 * for its own command); last, programs IPVS of another network namespace
 * ({@code net_namespace_ipvs}) and of process 1's (the keyword without a name). Here, ipvsadm's view after each step must be
 * exactly what those calls mean, and every check of the program must have passed.
 */
class NetlinkIpvsControlGuestIT {
  private static final String GUEST_SCRIPT = """
      set -u
      modprobe dummy
      ip link add lbd0 type dummy
      ip link set lbd0 multicast on
      ip link set lbd0 up
      ip addr add 198.18.9.254/24 dev lbd0
      ip -6 addr add fd00::9:fe/64 dev lbd0 nodad
      grep -c '^ip_vs ' /proc/modules > ipvs-loaded-before.txt
      ip netns add lbns
      """ + IpvsGuest.JAVA + """
       org.jkeepalived.linux.ipvs.GuestProgram /lbio > program.txt 2>&1
      echo "program exit $?"
      ipvsadm -Ln --daemon > daemon.txt 2>&1
      ipvsadm -L --timeout > timeout.txt 2>&1
      ip netns exec lbns ipvsadm -Sn > netns.txt 2>&1
      ip netns del lbns
      """;

  private static final String STEP1 = """
      -A -t 198.18.9.1:80 -s wlc -p 300 -M 255.255.255.0
      -a -t 198.18.9.1:80 -r 198.18.9.11:8080 -m -w 3
      -a -t 198.18.9.1:80 -r 198.18.9.12:8080 -m -w 2
      -A -u 198.18.9.2:53 -s sh -o -b sh-fallback,sh-port
      -a -u 198.18.9.2:53 -r 198.18.9.13:53 -g -w 1
      -A -u 198.18.9.3:5060 -s rr -p 30 --pe sip
      -a -u 198.18.9.3:5060 -r 198.18.9.14:5060 -g -w 1
      -A -t [fd00::9:1]:443 -s mh -p 60 -M 64 -b mh-fallback,mh-port
      -a -t [fd00::9:1]:443 -r [fd00::9:11]:443 -i -w 1 --tun-type gue --tun-port 6080 --tun-csum
      -a -t [fd00::9:1]:443 -r [fd00::9:12]:443 -i -w 1 --tun-type gre --tun-csum
      -a -t [fd00::9:1]:443 -r [fd00::9:13]:443 -i -w 1 --tun-type ipip
      -A -f 5 -s lc
      -a -f 5 -r 198.18.9.15:0 -g -w 4
      -A -f 6 -6 -s sed
      -a -f 6 -6 -r [fd00::9:16]:0 -g -w 2
      -A --sctp-service 198.18.9.4:9000 -s nq
      -a --sctp-service 198.18.9.4:9000 -r 198.18.9.17:9000 -m -w 1
      -A -u 198.18.9.5:7000 -s rr
      -a -u 198.18.9.5:7000 -r 198.18.9.18:7001 -m -w 1
      """;

  @Test
  void ipvsProgrammedThroughThePortIsWhatIpvsadmSees() {
    Assumptions.assumeTrue(IpvsGuest.unavailableReason().isEmpty(),
        () -> IpvsGuest.unavailableReason().orElse(""));
    try (IpvsGuest.Result r = IpvsGuest.script(GUEST_SCRIPT)
        .withThisJvm()
        .timeout(Duration.ofMinutes(10))
        .run()) {
      String program = r.file("program.txt");
      program.lines().filter(l -> l.startsWith("2000 NEW_DEST")).forEach(System.out::println);
      List<String> checks = r.file("checks.txt").lines().toList();
      String story = r.output() + "\n" + program + "\n" + String.join("\n", checks);
      assertThat(checks).as(story).noneMatch(l -> l.startsWith("FAILED"));
      assertThat(r.output()).as(story).contains("program exit 0");
      assertThat(checks).filteredOn(l -> l.startsWith("ok ")).hasSizeGreaterThan(35);
      assertThat(r.file("ipvs-loaded-before.txt").strip())
          .as("ip_vs was not loaded: NetlinkIpvsControl.open() had it loaded").isEqualTo("0");

      List<String> schedulers = new java.util.ArrayList<>();
      for (int i = 0; i < GuestProgram.SCHEDULERS.size(); i++) {
        schedulers.add("-A -t 198.18.9." + (100 + i) + ":80 -s " + GuestProgram.SCHEDULERS.get(i));
      }
      List<String> step1 = new java.util.ArrayList<>(STEP1.lines().toList());
      step1.addAll(schedulers);
      assertThat(r.file("step1.txt").lines()).containsExactlyInAnyOrderElementsOf(step1);
      assertThat(r.file("step1-thresholds.txt"))
          .containsPattern("198\\.18\\.9\\.11:8080\\s+100\\s+10\\s+0\\s+0\\s");

      List<String> step2 = new java.util.ArrayList<>(step1);
      step2.removeIf(l -> l.contains("198.18.9.1:80") || l.contains("sctp"));
      step2.add("-A -t 198.18.9.1:80 -s rr");
      step2.add("-a -t 198.18.9.1:80 -r 198.18.9.11:8080 -m -w 7");
      assertThat(r.file("step2.txt").lines()).containsExactlyInAnyOrderElementsOf(step2);
      assertThat(r.file("step3.txt")).isEmpty();

      assertThat(r.file("daemon.txt").strip()).isEqualTo("master sync daemon (mcast=lbd0,"
          + " syncid=7, maxlen=1400, group=239.1.2.3, port=8850, ttl=2)");
      assertThat(r.file("timeout.txt").strip())
          .isEqualTo("Timeout (tcp tcpfin udp): 900 60 150");
      // step 4, net_namespace_ipvs: the service went into lbns's IPVS
      assertThat(r.file("netns.txt").lines()).as(story)
          .containsExactly("-A -t 198.18.9.200:80 -s rr");
    }
  }
}

package org.jkeepalived.lvs.forward;

import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;

/**
 * The forwarder alone, without the daemon, for bench/forwarder and for trying it by hand:
 * {@code java -cp jkeepalived-all.jar org.jkeepalived.lvs.forward.StandaloneForwarder tcp
 * 127.0.0.1:18090 rr 127.0.0.1:18081 127.0.0.1:18082:3 [threads=N] [proxy=v1|v2]}. A real
 * server is ADDRESS:PORT[:WEIGHT] (IPv6 in brackets); it runs until killed.
 */
public final class StandaloneForwarder {
  private StandaloneForwarder() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: StandaloneForwarder tcp|udp VIP:PORT SCHEDULER RS:PORT[:WEIGHT]..."
          + " [threads=N] [proxy=v1|v2]");
      System.exit(2);
    }
    int protocol = args[0].equals("udp") ? UserspaceSupport.IPPROTO_UDP
        : UserspaceSupport.IPPROTO_TCP;
    ForwarderSettings settings = ForwarderSettings.DEFAULT;
    ProxyProtocol proxy = ProxyProtocol.NONE;
    HostPort vip = HostPort.parse(args[1]);
    IpvsServiceKey key = IpvsServiceKey.of(protocol, vip.address, vip.port);
    UserspaceIpvs ipvs = new UserspaceIpvs(optionThreads(args, settings));
    ipvs.addService(new IpvsService(key, args[2], 0, 0, 0, null, IpvsCounters.ZERO));
    for (int i = 3; i < args.length; i++) {
      if (args[i].startsWith("proxy=")) {
        proxy = ProxyProtocol.valueOf(args[i].substring(6).toUpperCase(java.util.Locale.ROOT));
      } else if (!args[i].startsWith("threads=")) {
        HostPort rs = HostPort.parse(args[i]);
        ipvs.addDestination(key, new IpvsDestination(new IpvsDestKey(rs.address, rs.port),
            key.family(), IpvsDestination.FWD_MASQ, rs.weight, 0, 0, 0, 0, 0, 0, 0, 0,
            IpvsCounters.ZERO));
      }
    }
    ipvs.setProxyProtocol(key, proxy);
    System.out.println("forwarding " + UserspaceIpvs.describe(key) + " ("
        + (ipvs.nativeTransport() ? "epoll" : "nio") + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(ipvs::close));
    new CountDownLatch(1).await();
  }

  private static ForwarderSettings optionThreads(String[] args, ForwarderSettings settings) {
    for (String a : args) {
      if (a.startsWith("threads=")) {
        return settings.withThreads(Integer.parseInt(a.substring(8)));
      }
    }
    return settings;
  }

  private record HostPort(InetAddress address, int port, int weight) {
    static HostPort parse(String text) throws Exception {
      int close = text.lastIndexOf(']');
      String host = close > 0 ? text.substring(1, close) : text.substring(0, text.indexOf(':'));
      String[] rest = text.substring(close > 0 ? close + 2 : host.length() + 1).split(":");
      return new HostPort(InetAddress.getByName(host), Integer.parseInt(rest[0]),
          rest.length > 1 ? Integer.parseInt(rest[1]) : 1);
    }
  }
}

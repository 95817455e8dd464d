package org.jkeepalived.agent.metrics;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --metrics-listen} values: IP:PORT, [IPv6]:PORT. Only literal addresses: a daemon that
 * waits for DNS at start-up can fail to start when the network is the thing being repaired.
 */
public final class MetricsAddress implements ITypeConverter<InetSocketAddress> {
  @Override
  public InetSocketAddress convert(String value) {
    return parse(value);
  }

  /** @throws TypeConversionException with the reason, shown by picocli as a usage error */
  public static InetSocketAddress parse(String value) {
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new TypeConversionException("'" + value + "' is not IP:PORT");
    }
    String host = value.substring(0, colon);
    boolean literal;
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
      literal = host.contains(":") && host.matches("[0-9a-fA-F.:]+");
    } else if (host.contains(":")) {
      throw new TypeConversionException("'" + value + "': write an IPv6 address as [ADDR]:PORT");
    } else {
      literal = host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    }
    if (!literal) {
      throw new TypeConversionException("'" + value + "': " + host + " is not an IP address");
    }
    int port;
    try {
      port = Integer.parseInt(value.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "': the port is not a number");
    }
    if (port < 1 || port > 65535) {
      throw new TypeConversionException("'" + value + "': port " + port + " is not in 1-65535");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new TypeConversionException("'" + value + "': " + host + " is not an IP address");
    }
  }

  /** IP:PORT, IPv6 in brackets. */
  static String text(InetSocketAddress a) {
    String h = a.getAddress().getHostAddress();
    return (h.contains(":") ? "[" + h + "]" : h) + ":" + a.getPort();
  }
}

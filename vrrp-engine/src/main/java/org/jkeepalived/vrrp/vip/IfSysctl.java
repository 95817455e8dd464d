package org.jkeepalived.vrrp.vip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Per-interface IPv4 sysctls ({@code net.ipv4.conf.<ifname>.<key>}) of the daemon's network
 * namespace. Implementations: {@link #proc()} (/proc/sys), {@link #NONE}, and test fakes.
 */
public interface IfSysctl {
  /** Reads nothing ("" for every key) and writes nothing. */
  IfSysctl NONE = new IfSysctl() {
    @Override
    public String read(String ifname, String key) {
      return "";
    }

    @Override
    public void write(String ifname, String key, String value) {}
  };

  /** The value, trimmed. */
  String read(String ifname, String key) throws IOException;

  void write(String ifname, String key, String value) throws IOException;

  /** The real settings under /proc/sys/net/ipv4/conf. */
  static IfSysctl proc() {
    return new IfSysctl() {
      @Override
      public String read(String ifname, String key) throws IOException {
        return Files.readString(path(ifname, key), StandardCharsets.US_ASCII).trim();
      }

      @Override
      public void write(String ifname, String key, String value) throws IOException {
        Files.writeString(path(ifname, key), value, StandardCharsets.US_ASCII);
      }

      private Path path(String ifname, String key) {
        if (ifname.contains("/") || ifname.startsWith(".")) {
          throw new IllegalArgumentException("bad interface name " + ifname);
        }
        return Path.of("/proc/sys/net/ipv4/conf", ifname, key);
      }
    };
  }
}

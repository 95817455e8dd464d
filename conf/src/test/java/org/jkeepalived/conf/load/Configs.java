package org.jkeepalived.conf.load;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/** Reads configurations for the loader tests, and a fake host whose interfaces all exist. */
final class Configs {
  private Configs() {}

  static final Path SAMPLES = Path.of("/work/shared/conformance/samples");
  static final Path SNMP = Path.of("/work/shared/conformance/snmp");

  static KeepalivedConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader().readText(text, Path.of("test.conf"), PreprocessOptions.defaults(), d);
    FakeHostInfo host = FakeHostInfo.conformanceRig().withProgram("killall").withProgram("/bin/true");
    for (String i : List.of("la1e0", "eth0", "eth1", "eth2")) {
      host = host.withInterface(i);
    }
    return new KeepalivedConfigParser().parse(nodes, host, d).config();
  }

  static KeepalivedConfig read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  /** Every interface exists with index 2, the reference rig's MAC and addresses. */
  static HostInterfaces rig() {
    return new HostInterfaces() {
      @Override
      public int ifIndex(String name) {
        return 2;
      }

      @Override
      public byte[] mac(String name) {
        return new byte[] {0x16, 0x49, (byte) 0x8a, 0x51, (byte) 0xf7, (byte) 0xa9};
      }

      @Override
      public InetAddress primaryAddress(String name, boolean ipv6) {
        try {
          return InetAddress.getByName(ipv6 ? "fe80::1449:8aff:fe51:f7a9" : "198.18.1.11");
        } catch (java.net.UnknownHostException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}

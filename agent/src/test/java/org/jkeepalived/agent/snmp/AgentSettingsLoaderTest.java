package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentSettingsLoaderTest {
  @TempDir Path dir;

  private Path file(String text) throws Exception {
    Path f = dir.resolve("snmp.properties");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void defaultsArePublicReadOnlyOnLocalhost161() throws Exception {
    AgentSettings s = AgentSettingsLoader.load(List.of());
    assertThat(s.listen()).isEqualTo(new InetSocketAddress("127.0.0.1", 161));
    assertThat(s.communities()).extracting(CommunitySettings::name).containsExactly("public");
    assertThat(s.communities().get(0).writable()).isFalse();
    assertThat(s.users()).isEmpty();
    assertThat(s.trapSinks()).isEmpty();
    assertThat(s.views()).extracting(ViewSettings::name).containsExactly("all");
  }

  @Test
  void flagsSetListenCommunitiesAndRepeatableSinks() throws Exception {
    AgentSettings s =
        AgentSettingsLoader.load(
            List.of(
                "-f", "keepalived.conf",
                "--snmp-listen=udp:0.0.0.0:16161",
                "--snmp-community", "ro",
                "--snmp-write-community=rw-secret",
                "--snmp-trap-sink=udp:192.0.2.1:162",
                "--snmp-trap-sink=udp:[fd00::1]:1162/traps"));
    assertThat(s.listen()).isEqualTo(new InetSocketAddress("0.0.0.0", 16161));
    assertThat(s.communities()).extracting(CommunitySettings::name).containsExactly("ro", "rw-secret");
    assertThat(s.communities().get(1).writable()).isTrue();
    assertThat(s.trapSinks()).hasSize(2);
    assertThat(s.trapSinks().get(0).community()).isEqualTo("public");
    assertThat(s.trapSinks().get(1).address()).isEqualTo(new InetSocketAddress("fd00::1", 1162));
    assertThat(s.trapSinks().get(1).community()).isEqualTo("traps");
  }

  @Test
  void fileDefinesUsersViewsAndSinksAndFlagsWin() throws Exception {
    Path f =
        file(
            """
            listen = udp:127.0.0.1:1161
            community = fromfile
            writeCommunity = rw-file
            writeCommunity.view = keepalived
            stateFile = /var/lib/jk/engine
            engineId = 80:00:25:72:04:61:62
            view.keepalived.include = 1.3.6.1.4.1.9586.100.5, .1.3.6.1.2.1.1
            view.keepalived.exclude = 1.3.6.1.4.1.9586.100.5.3
            user.admin.auth = SHA-256
            user.admin.authPassword = auth-pass-123
            user.admin.priv = AES
            user.admin.privPassword = priv-pass-123
            user.admin.writeView = keepalived
            trapsink.a.address = udp:192.0.2.10:162
            trapsink.b.address = udp:192.0.2.11:162
            trapsink.b.version = 3
            trapsink.b.user = admin
            trapsink.b.type = inform
            trapsink.b.retries = 3
            trapsink.b.timeout = 2500
            """);
    AgentSettings s =
        AgentSettingsLoader.load(List.of("--snmp-config=" + f, "--snmp-community=flag"));
    assertThat(s.listen().getPort()).isEqualTo(1161);
    assertThat(s.communities()).extracting(CommunitySettings::name).containsExactly("flag", "rw-file");
    assertThat(s.communities().get(1).writeView()).isEqualTo("keepalived");
    assertThat(s.stateFile()).isEqualTo(Path.of("/var/lib/jk/engine"));
    assertThat(s.engineId()).containsExactly(0x80, 0x00, 0x25, 0x72, 0x04, 0x61, 0x62);
    ViewSettings v = s.views().stream().filter(x -> x.name().equals("keepalived")).findFirst().orElseThrow();
    assertThat(v.included()).containsExactly("1.3.6.1.4.1.9586.100.5", "1.3.6.1.2.1.1");
    assertThat(v.excluded()).containsExactly("1.3.6.1.4.1.9586.100.5.3");
    UsmUserSettings u = s.users().get(0);
    assertThat(u.auth()).isEqualTo(AuthProtocol.SHA_256);
    assertThat(u.priv()).isEqualTo(PrivProtocol.AES128);
    assertThat(u.readView()).isEqualTo("all");
    assertThat(u.toString()).doesNotContain("auth-pass-123").doesNotContain("priv-pass-123");
    assertThat(s.trapSinks()).hasSize(2);
    TrapSinkSettings b = s.trapSinks().get(1);
    assertThat(b.v3()).isTrue();
    assertThat(b.inform()).isTrue();
    assertThat(b.retries()).isEqualTo(3);
    assertThat(b.timeout()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void flagTrapSinksReplaceTheFiles() throws Exception {
    Path f = file("trapsink.a.address = udp:192.0.2.10:162\n");
    AgentSettings s =
        AgentSettingsLoader.load(
            List.of("--snmp-config", f.toString(), "--snmp-trap-sink=udp:192.0.2.99:162"));
    assertThat(s.trapSinks()).extracting(t -> t.address().getPort()).containsExactly(162);
    assertThat(s.trapSinks().get(0).address().getHostString()).isEqualTo("192.0.2.99");
  }

  private void assertRefused(String fileText, String messagePart) throws Exception {
    Path f = file(fileText);
    assertThatThrownBy(() -> AgentSettingsLoader.load(List.of("--snmp-config=" + f)))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(messagePart);
  }

  @Test
  void invalidSettingsGiveClearMessages() throws Exception {
    assertRefused("lisen = udp:1.2.3.4:161\n", "lisen: unknown setting");
    assertRefused("listen = 1.2.3.4\n", "expected udp:IP:PORT");
    assertRefused("listen = udp:1.2.3.4:70000\n", "out of range");
    assertRefused("listen = udp:example.com:161\n", "not an IP address");
    assertRefused("user.u.auth = MD5\nuser.u.authPassword = 12345678\n", "MD5 is not supported");
    assertRefused("user.u.auth = SHA\nuser.u.authPassword = short\n", "too short");
    assertRefused("user.u.auth = SHA\nuser.u.authPassword = long-enough\nuser.u.priv = DES\n", "DES is not supported");
    assertRefused("user.u.auth = SHA\nuser.u.authPassword = long-enough\nuser.u.readView = nope\n", "view 'nope'");
    assertRefused("user.u.auth = SHA\nuser.u.authPassword = long-enough\nuser.u.colour = red\n", "user.u.colour: unknown setting");
    assertRefused("trapsink.x.address = udp:1.2.3.4:162\ntrapsink.x.version = 3\ntrapsink.x.user = ghost\n", "'ghost', which is not defined");
    assertRefused("trapsink.x.address = udp:1.2.3.4:162\ntrapsink.x.type = postcard\n", "not trap or inform");
    assertRefused("view.v.include = 1.3.x\n", "not a numeric OID");
    assertRefused("engineId = 0102\n", "5 to 32 octets");
    assertThatThrownBy(() -> AgentSettingsLoader.load(List.of("--snmp-bogus=1")))
        .hasMessage("unknown option --snmp-bogus");
    assertThatThrownBy(() -> AgentSettingsLoader.load(List.of("--snmp-config=" + dir.resolve("missing"))))
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> AgentSettingsLoader.load(List.of("--snmp-community=x", "--snmp-write-community=x")))
        .hasMessageContaining("must differ");
  }
}

package org.jkeepalived.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jkeepalived.lvs.forward.DataplaneMode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The picocli-free reading of a daemon's command line: whatever it accepts, picocli accepts too
 * and fills {@link Options} the same, field by field; what it cannot read exactly it declines.
 */
class QuickArgsTest {
  /** The fields of the options picocli fills from {@code args}, or null when picocli refuses. */
  private static Options picocli(String[] args) {
    Options o = new Options();
    CommandLine cli = new CommandLine(o);
    cli.setCaseInsensitiveEnumValuesAllowed(true); // as Main
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return null;
    }
    return o;
  }

  private static void assertSameFields(Options quick, Options reference) throws Exception {
    for (Field f : Options.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      assertThat(f.get(quick)).as(f.getName()).isEqualTo(f.get(reference));
    }
  }

  private static Options accepted(String... args) throws Exception {
    Optional<Options> quick = QuickArgs.parse(args);
    assertThat(quick).as("accepted: %s", List.of(args)).isPresent();
    Options reference = picocli(args);
    assertThat(reference).as("picocli accepts %s", List.of(args)).isNotNull();
    assertSameFields(quick.get(), reference);
    return quick.get();
  }

  @Test
  void theBenchAndServiceLinesAreReadWithoutPicocli() throws Exception {
    Options o = accepted("-n", "-l", "-f", "/tmp/k.conf", "-p", "/tmp/run/jk.pid",
        "--control-socket", "/tmp/run/control.sock");
    assertThat(o.dontFork).isTrue();
    assertThat(o.logConsole).isTrue();
    assertThat(o.configFile).isEqualTo(Path.of("/tmp/k.conf"));
    assertThat(o.controlSocket).isEqualTo("/tmp/run/control.sock");
    accepted("--dont-fork", "--log-console", "--log-detail", "--use-file=/etc/k.conf");
    accepted("-nlD", "-S", "local3", "--lvs-dataplane", "userspace", "-x",
        "--snmp-listen", "udp:127.0.0.1:1161", "--snmp-trap-sink", "udp:198.18.0.1:162");
    assertThat(accepted("-nlf", "/k.conf").configFile).isEqualTo(Path.of("/k.conf"));
    assertThat(accepted("-S", "5").logFacility).isEqualTo(LogFacility.LOCAL5);
    assertThat(accepted("--lvs-dataplane=ipvs").lvsDataplane).isEqualTo(DataplaneMode.IPVS);
    accepted(); // all defaults
  }

  @Test
  void whatPicocliAloneAnswersIsDeclined() {
    for (String[] args : List.of(
        new String[] {"-h"}, new String[] {"--help"}, new String[] {"-v"},
        new String[] {"-t"}, new String[] {"-t", "/tmp/log"}, new String[] {"--signum=STOP"},
        new String[] {"-n", "-n"}, new String[] {"-fconf"}, new String[] {"-f"},
        new String[] {"-f", "-n"}, new String[] {"-f", "@args"}, new String[] {"plain"},
        new String[] {"--dont-fork=true"}, new String[] {"-S", "bogus"},
        new String[] {"--lvs-dataplane", "warp"}, new String[] {"--metrics-listen", "127.0.0.1:9650"},
        new String[] {"--snmp-trap-sink", "a", "--snmp-trap-sink", "b"}, new String[] {"--"},
        new String[] {"-q"}, new String[] {"--use-file="}, new String[] {"-"})) {
      assertThat(QuickArgs.parse(args)).as("declines %s", List.of(args)).isEmpty();
    }
  }

  @Property(tries = 2000)
  void anAcceptedLineIsExactlyWhatPicocliMakesOfIt(@ForAll("lines") List<String> line)
      throws Exception {
    String[] args = line.toArray(String[]::new);
    Optional<Options> quick = QuickArgs.parse(args);
    if (quick.isEmpty()) {
      return; // picocli reads it, help and errors included
    }
    Options reference = picocli(args);
    assertThat(reference).as("picocli accepts %s", line).isNotNull();
    assertThatCode(() -> assertSameFields(quick.get(), reference)).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.of(
            "-n", "-l", "-D", "-nl", "-nlD", "-lf", "-f", "/etc/k.conf", "--use-file",
            "--use-file=/x.conf", "-p", "/run/x.pid", "--pid", "-S", "3", "local7", "bogus",
            "--log-facility=user", "-x", "--snmp", "--control-socket", "/tmp/c.sock", "none",
            "--lvs-dataplane", "ipvs", "userspace", "-s", "ns1", "-i", "id", "--snmp-trap-sink",
            "udp:198.18.0.1:162", "-t", "-h", "-v", "--all", "-B", "-P", "-C", "-G", "-g",
            "log.txt", "-u", "022", "@file", "-", "--", "plain", "-f=conf", "-fconf",
            "--dont-fork=true", "-q", "--metrics-listen", "127.0.0.1:9650", "--snmp-listen",
            "-nf", "-pn", "-X", "-V", "-I", "-R", "-d", "-r", "-c", "-b", "-a", "-e",
            "--vrrp_pid", "--no_bfd", "--config-id=x", "--namespace", "--snmp-config",
            "--snmp-community", "--snmp-write-community", "public", "--umask", "-T")
        .list()
        .ofMaxSize(8);
  }
}

package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.mibs.config.TrackProcessConfig.ParamMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessMatcherTest {

  private static List<String> words(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
  }

  @ParameterizedTest(name = "process [{0}] {1} full {2} vs comm {3} cmdline [{4}] -> {5}")
  @CsvSource({
    // by name (comm): exact, never a pattern
    "haproxy, EXACT, false, haproxy, '', true",
    "ssh, EXACT, false, sshd, '', false",
    "haproxy, EXACT, false, haproxy-x, '', false",
    // comm is cut to 15 characters by the kernel
    "a-very-long-process-name, EXACT, false, a-very-long-pro, '', true",
    // full_command: argv[0] must equal the path, and no parameters configured means none allowed
    "/usr/sbin/haproxy, EXACT, true, haproxy, '/usr/sbin/haproxy', true",
    "/usr/sbin/haproxy, EXACT, true, haproxy, '/usr/sbin/haproxy -f x', false",
    "/usr/sbin/haproxy, EXACT, true, haproxy, 'haproxy', false",
    // parameters: exact
    "/bin/sleep 30, EXACT, false, sleep, '/bin/sleep 30', true",
    "/bin/sleep 30, EXACT, false, sleep, '/bin/sleep 300', false",
    "/bin/sleep 30, EXACT, false, sleep, '/bin/sleep 30 x', false",
    // partial: the first n parameters match exactly
    "/bin/app -c conf, PARTIAL, false, app, '/bin/app -c conf -v', true",
    "/bin/app -c conf, PARTIAL, false, app, '/bin/app -c conf2', false",
    "/bin/app -c conf, PARTIAL, false, app, '/bin/app -c', false",
    // initial: the last configured parameter may be longer in the process
    "/bin/app -c conf, INITIAL, false, app, '/bin/app -c conf2', true",
    "/bin/app -c conf, INITIAL, false, app, '/bin/app -c conf2 -v', true",
    "/bin/app -c conf, INITIAL, false, app, '/bin/app -d conf', false",
    "/bin/app, INITIAL, false, app, '/bin/app anything', true",
    // kernel threads have no command line
    "/bin/app, EXACT, true, app, '', false",
  })
  void matchesAsKeepalived(String process, ParamMatch match, boolean full, String comm, String cmdline,
      boolean expected) {
    TrackProcessConfig c = new TrackProcessConfig("p", words(process), match, 1, false, 1,
        Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO, full);
    assertThat(new ProcessMatcher(c).matches(comm, words(cmdline))).isEqualTo(expected);
  }
}

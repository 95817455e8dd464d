package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.snmp4j.smi.UdpAddress;

/** The rate limit of the bad-datagram log line: one per source per minute, with a count. */
class DecodeProblemsTest {
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(CountingDispatcher.class);
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final DecodeProblems problems = new DecodeProblems(now::get);

  @BeforeEach
  void attach() {
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(events);
  }

  private static DecodeProblems.Scope problem(String text) {
    DecodeProblems.Scope s = new DecodeProblems.Scope();
    s.first = text;
    return s;
  }

  @Test
  void oneLinePerSourcePerMinuteCountingTheOthers() {
    UdpAddress a = new UdpAddress("192.0.2.1/5000");
    UdpAddress b = new UdpAddress("192.0.2.2/5000");
    problems.report(a, problem("first"));
    problems.report(new UdpAddress("192.0.2.1/5001"), problem("same host, other port"));
    problems.report(a, problem("third"));
    problems.report(b, problem("other source"));
    problems.report(a, new DecodeProblems.Scope()); // nothing to say: not counted
    assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "SNMP: message from 192.0.2.1 dropped (first)",
            "SNMP: message from 192.0.2.2 dropped (other source)");
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    problems.report(a, problem("later"));
    assertThat(events.list.get(2).getFormattedMessage())
        .isEqualTo(
            "SNMP: message from 192.0.2.1 dropped (later); 2 more left out of the log since the"
                + " last line");
    assertThat(events.list).allMatch(e -> e.getThrowableProxy() == null);
  }
}

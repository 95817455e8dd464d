package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jkeepalived.linux.ipvs.FakeIpvsControl;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The writer's batches: order, per-command outcomes, keepalived's error lines and tolerance. */
class IpvsWriterTest {
  private static final int EINVAL = 22;
  private final FakeIpvsControl ipvs = new FakeIpvsControl();
  private final IpvsWriter writer = new IpvsWriter(ipvs);
  private final List<String> outcomes = new ArrayList<>();
  private final Logger log = (Logger) LoggerFactory.getLogger(IpvsWriter.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void capture() {
    lines.start();
    log.addAppender(lines);
  }

  @AfterEach
  void detach() {
    log.detachAppender(lines);
  }

  @Test
  void outsideABatchEachChangeIsSentAtOnce() {
    IpvsServiceKey vs = vs(1);
    writer.addService(service(vs), note("svc"));
    assertThat(outcomes).containsExactly("svc true");
    writer.addDestination(vs, dest(1), note("rs1"));
    assertThat(outcomes).containsExactly("svc true", "rs1 true");
    assertThat(ipvs.batches()).hasSize(2);
  }

  @Test
  void aBatchSendsEverythingOnceInOrderWhenItEnds() {
    writer.batch(() -> {
      for (int i = 1; i <= 3; i++) {
        writer.addService(service(vs(i)), note("svc" + i));
        writer.addDestination(vs(i), dest(i), note("rs" + i));
      }
      assertThat(ipvs.batches()).isEmpty();
      assertThat(outcomes).isEmpty();
    });
    assertThat(ipvs.batches()).hasSize(1);
    assertThat(ipvs.batches().get(0)).containsExactly(
        "NEW_SERVICE tcp 198.18.100.1:80", "NEW_DEST tcp 198.18.100.1:80 -> 198.19.0.1:80",
        "NEW_SERVICE tcp 198.18.100.2:80", "NEW_DEST tcp 198.18.100.2:80 -> 198.19.0.2:80",
        "NEW_SERVICE tcp 198.18.100.3:80", "NEW_DEST tcp 198.18.100.3:80 -> 198.19.0.3:80");
    assertThat(outcomes).containsExactly("svc1 true", "rs1 true", "svc2 true", "rs2 true",
        "svc3 true", "rs3 true");
    assertThat(ipvs.calls()).hasSize(6);
  }

  @Test
  void aRefusalInTheMiddleIsThatCommandsAndLoggedAsKeepalivedDoes() throws Exception {
    writer.addService(service(vs(1)), IpvsWriter.IGNORE);
    ipvs.refuseInBatches("NEW_DEST tcp 198.18.100.1:80 -> 198.19.0.2:80", EINVAL);
    writer.batch(() -> {
      for (int i = 1; i <= 3; i++) {
        writer.addDestination(vs(1), dest(i), note("rs" + i));
      }
    });
    assertThat(outcomes).containsExactly("rs1 true", "rs2 false", "rs3 true");
    assertThat(ipvs.destinations(vs(1))).extracting(d -> d.key().address())
        .containsExactly(addr("198.19.0.1"), addr("198.19.0.3"));
    assertThat(logged()).containsExactly("IPVS cmd ADDDEST error: NEW_DEST tcp "
        + "198.18.100.1:80 -> 198.19.0.2:80: refused(22)");
  }

  @Test
  void theDestinationsOfARefusedServiceAreNotTriedNorLogged() {
    ipvs.refuseInBatches("NEW_SERVICE tcp 198.18.100.1:80", EINVAL);
    writer.batch(() -> {
      writer.addService(service(vs(1)), note("svc1"));
      writer.addDestination(vs(1), dest(1), note("rs1")); // same datagram: refused by the kernel
      writer.commit();
      writer.addDestination(vs(1), dest(2), note("rs2")); // later: not sent
      writer.addService(service(vs(2)), note("svc2"));
    });
    assertThat(outcomes).containsExactly("svc1 false", "rs1 false", "rs2 false", "svc2 true");
    assertThat(ipvs.batches().get(1)).containsExactly("NEW_SERVICE tcp 198.18.100.2:80");
    assertThat(logged()).containsExactly(
        "IPVS cmd ADD error: NEW_SERVICE tcp 198.18.100.1:80: refused(22)");
  }

  @Test
  void alreadyThereAndAlreadyGoneCountAsDone() {
    writer.addService(service(vs(1)), IpvsWriter.IGNORE);
    writer.addDestination(vs(1), dest(1), IpvsWriter.IGNORE);
    writer.batch(() -> {
      writer.addService(service(vs(1)), note("svc again")); // EEXIST
      writer.addDestination(vs(1), dest(1), note("rs again")); // EEXIST
      writer.deleteDestination(vs(1), dest(2).key(), note("rs gone")); // ENOENT
      writer.deleteService(vs(9), note("svc gone")); // ESRCH
    });
    assertThat(outcomes).containsExactly("svc again true", "rs again true", "rs gone true",
        "svc gone true");
    assertThat(logged()).isEmpty();
  }

  @Test
  void anEditOfADestinationTheKernelLostAddsItInTheNextDatagram() throws Exception {
    writer.addService(service(vs(1)), IpvsWriter.IGNORE);
    ipvs.clearBatches();
    writer.batch(() -> writer.editDestination(vs(1), dest(1), note("edit")));
    assertThat(outcomes).containsExactly("edit true");
    assertThat(ipvs.batches()).containsExactly(
        List.of("SET_DEST tcp 198.18.100.1:80 -> 198.19.0.1:80"),
        List.of("NEW_DEST tcp 198.18.100.1:80 -> 198.19.0.1:80"));
    assertThat(ipvs.destinations(vs(1))).hasSize(1);
    assertThat(logged()).isEmpty();
  }

  @Test
  void aLongBatchGoesOutWhenTheQueueIsFull() {
    writer.addService(service(vs(1)), IpvsWriter.IGNORE);
    ipvs.clearBatches();
    int n = IpvsWriter.QUEUE + 5;
    writer.batch(() -> {
      for (int i = 0; i < n; i++) {
        writer.addDestination(vs(1), dest(i), IpvsWriter.IGNORE);
      }
    });
    assertThat(ipvs.batches()).extracting(List::size).containsExactly(IpvsWriter.QUEUE, 5);
  }

  @Test
  void aReadOfTheKernelSendsWhatIsQueuedFirst() {
    writer.batch(() -> {
      writer.addService(service(vs(1)), IpvsWriter.IGNORE);
      writer.addDestination(vs(1), dest(1), IpvsWriter.IGNORE);
      assertThat(writer.destinations(vs(1))).hasSize(1);
    });
  }

  private Consumer<Boolean> note(String what) {
    return done -> outcomes.add(what + " " + done);
  }

  private List<String> logged() {
    return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  private static IpvsServiceKey vs(int i) {
    return IpvsServiceKey.of(6, addr("198.18.100." + i), 80);
  }

  private static IpvsService service(IpvsServiceKey k) {
    return new IpvsService(k, "wrr", 0, 0, 0, null, IpvsCounters.ZERO);
  }

  private static IpvsDestination dest(int i) {
    return new IpvsDestination(new IpvsDestKey(addr("198.19." + i / 250 + "." + i % 250), 80),
        IpvsServiceKey.AF_INET, IpvsDestination.FWD_DROUTE, 1, 0, 0, 0, 0, 0, 0, 0, 0,
        IpvsCounters.ZERO);
  }

  private static InetAddress addr(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(a, e);
    }
  }
}

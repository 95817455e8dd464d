package org.jkeepalived.agent.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalsTest {
  /** The warm-up is a real signal through the JVM's dispatch, ending as a no-op request. */
  @Test
  void warmUpDeliversAWarmUpRequestThroughTheSignalPath() throws Exception {
    BlockingQueue<Signals.Request> requests = new LinkedBlockingQueue<>();
    Signals.installWarmUp(requests::offer);
    Signals.warmUp();
    assertThat(requests.poll(10, TimeUnit.SECONDS)).isEqualTo(Signals.Request.WARM_UP);
  }
}

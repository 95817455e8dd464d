package org.jkeepalived.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.mibs.config.ProcessTuning;
import org.junit.jupiter.api.Test;

/**
 * keepalived's rule (lib/process.c set_process_priorities): a realtime priority when one is set,
 * and then no nice value; the nice value otherwise; nothing when neither is set; a refused call
 * leaves the thread as it was without failing it.
 */
class ThreadTuningTest {
  private final List<String> calls = new ArrayList<>();

  /** A call that records itself as {@code name value}, and fails with errno 1 if {@code refuse}. */
  private ThreadTuning.Call recorder(String name, boolean refuse) {
    return value -> {
      calls.add(name + " " + value);
      if (refuse) {
        throw new ErrnoException(name, 1, "Operation not permitted");
      }
    };
  }

  private ThreadTuning tuning(String process, ProcessTuning settings, boolean refuse) {
    return new ThreadTuning(process, settings, recorder("SCHED_RR", refuse),
        recorder("nice", refuse));
  }

  private static ProcessTuning tuning(Integer nice, Integer realtime) {
    return new ProcessTuning("vrrp", nice, false, List.of(), realtime, null);
  }

  @Test
  void aRealtimePriorityWinsOverTheNiceValue() {
    ThreadTuning t = tuning("vrrp", tuning(-5, 7), false);
    t.run();
    assertThat(t.isSet()).isTrue();
    assertThat(calls).containsExactly("SCHED_RR 7");
  }

  @Test
  void theNiceValueAloneSetsNice() {
    tuning("checker", tuning(-5, null), false).run();
    assertThat(calls).containsExactly("nice -5");
  }

  @Test
  void nothingSetOrNoSettingsChangesNothing() {
    ThreadTuning none = tuning("bfd", tuning(null, null), false);
    ThreadTuning absent = tuning("bfd", null, false);
    none.run();
    absent.run();
    assertThat(none.isSet()).isFalse();
    assertThat(absent.isSet()).isFalse();
    assertThat(calls).isEmpty();
  }

  @Test
  void aRefusalIsLoggedAndTheThreadGoesOn() {
    tuning("vrrp", tuning(null, 7), true).run();
    tuning("vrrp", tuning(3, null), true).run();
    assertThat(calls).containsExactly("SCHED_RR 7", "nice 3");
  }
}

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

  private ThreadTuning.Calls recorder(boolean refuse) {
    return new ThreadTuning.Calls() {
      @Override
      public void realtime(int priority) throws ErrnoException {
        calls.add("SCHED_RR " + priority);
        if (refuse) {
          throw new ErrnoException("sched_setscheduler", 1, "Operation not permitted");
        }
      }

      @Override
      public void nice(int value) throws ErrnoException {
        calls.add("nice " + value);
        if (refuse) {
          throw new ErrnoException("setpriority", 13, "Permission denied");
        }
      }
    };
  }

  private static ProcessTuning tuning(Integer nice, Integer realtime) {
    return new ProcessTuning("vrrp", nice, false, List.of(), realtime, null);
  }

  @Test
  void aRealtimePriorityWinsOverTheNiceValue() {
    ThreadTuning t = new ThreadTuning("vrrp", tuning(-5, 7), recorder(false));
    t.run();
    assertThat(t.isSet()).isTrue();
    assertThat(calls).containsExactly("SCHED_RR 7");
  }

  @Test
  void theNiceValueAloneSetsNice() {
    new ThreadTuning("checker", tuning(-5, null), recorder(false)).run();
    assertThat(calls).containsExactly("nice -5");
  }

  @Test
  void nothingSetOrNoSettingsChangesNothing() {
    ThreadTuning none = new ThreadTuning("bfd", tuning(null, null), recorder(false));
    ThreadTuning absent = new ThreadTuning("bfd", null, recorder(false));
    none.run();
    absent.run();
    assertThat(none.isSet()).isFalse();
    assertThat(absent.isSet()).isFalse();
    assertThat(calls).isEmpty();
  }

  @Test
  void aRefusalIsLoggedAndTheThreadGoesOn() {
    new ThreadTuning("vrrp", tuning(null, 7), recorder(true)).run();
    new ThreadTuning("vrrp", tuning(3, null), recorder(true)).run();
    assertThat(calls).containsExactly("SCHED_RR 7", "nice 3");
  }
}

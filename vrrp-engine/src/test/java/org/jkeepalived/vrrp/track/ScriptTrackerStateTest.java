package org.jkeepalived.vrrp.track;

import org.jkeepalived.engine.script.ScriptOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.model.ScriptResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTrackerStateTest {

  private static ScriptOutcome outcome(char c) {
    return switch (c) {
      case 'S' -> ScriptOutcome.exited(0);
      case 'F' -> ScriptOutcome.exited(1);
      case 'N' -> ScriptOutcome.exited(127);
      case 'X' -> ScriptOutcome.exited(126);
      case 'T' -> ScriptOutcome.timedOut();
      case 'K' -> ScriptOutcome.signalled(9);
      default -> throw new IllegalArgumentException("" + c);
    };
  }

  private static String letter(ScriptResult r) {
    return switch (r) {
      case INIT -> "i";
      case INIT_FAILED -> "x";
      case GOOD -> "G";
      case BAD -> "B";
    };
  }

  @ParameterizedTest(name = "rise {0} fall {1} init_fail {2}: {3} -> {4}")
  @CsvSource({
    // rise, fall, init_fail, outcomes (S ok, F exit 1, N exit 127, X exit 126, T timeout, K signal),
    // results after each run (G good, B bad, i init, x initfailed; the first letter is before any run)
    "1, 1, false, S, iG",
    "1, 1, false, F, iB",
    "3, 3, false, S, iG",        // one success decides at start, whatever rise
    "3, 3, false, F, iB",        // and one failure
    "2, 3, false, SFFFSS, iGGGBBG",
    "2, 3, false, SFFSFFF, iGGGGGGB", // a success in between refills the counter
    "2, 2, false, FSFSS, iBBBBG",  // a failure while rising starts over
    "1, 1, false, SNSXSTSK, iGBGBGBGB", // 127, 126, timeouts and signals are failures
    "2, 1, true, S, xB",          // init_fail: failed from the start, needs rise successes
    "2, 1, true, SS, xBG",
    "2, 1, true, F, xB",
    "1, 1, true, S, xG",
    "3, 2, false, SFFSSS, iGGBBBG",
  })
  void countsRiseAndFallAsKeepalived(int rise, int fall, boolean initFail, String outcomes, String results) {
    ScriptTrackerState s = ScriptTrackerState.initial(rise, fall, initFail);
    List<String> seen = new ArrayList<>();
    seen.add(letter(s.result()));
    for (char c : outcomes.toCharArray()) {
      s = s.step(outcome(c));
      seen.add(letter(s.result()));
    }
    assertThat(String.join("", seen)).isEqualTo(results);
  }

  @Test
  void observationsFollowThePhase() {
    assertThat(ScriptTrackerState.initial(2, 2, false).observation()).isEqualTo(Observation.PENDING);
    assertThat(ScriptTrackerState.initial(2, 2, true).observation()).isEqualTo(Observation.DOWN);
    ScriptTrackerState s = ScriptTrackerState.initial(2, 2, false).step(ScriptOutcome.exited(0));
    assertThat(s.observation()).isEqualTo(Observation.UP);
    assertThat(s.counter()).isEqualTo(3);
    assertThat(s.step(ScriptOutcome.exited(2)).observation()).isEqualTo(Observation.UP);
    assertThat(s.step(ScriptOutcome.exited(2)).step(ScriptOutcome.exited(2)).observation())
        .isEqualTo(Observation.DOWN);
  }

  @Test
  void refusesZeroRiseOrFall() {
    assertThatThrownBy(() -> ScriptTrackerState.initial(0, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScriptTrackerState.initial(1, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunThatCouldNotStartCountsForNothing() {
    assertThat(ScriptTrackerState.initial(1, 1, false).step(ScriptOutcome.notRun()).result())
        .isEqualTo(ScriptResult.INIT);
  }
}

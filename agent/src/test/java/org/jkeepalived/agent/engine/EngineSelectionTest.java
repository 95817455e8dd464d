package org.jkeepalived.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class EngineSelectionTest {
  @ParameterizedTest(name = "-P={0} -C={1} -B={2} --all={3} -> {4}")
  @CsvSource({
    "false, false, false, false, VRRP CHECKER BFD",
    "true,  false, false, false, VRRP",
    "false, true,  false, false, CHECKER",
    "true,  true,  false, false, VRRP CHECKER",
    "false, false, true,  false, VRRP CHECKER",
    "true,  false, true,  false, VRRP",
    "false, true,  true,  false, CHECKER",
    "false, false, false, true,  VRRP CHECKER BFD",
    "true,  false, false, true,  VRRP CHECKER BFD",
    "false, true,  true,  true,  VRRP CHECKER BFD",
  })
  void commandLineSelectsSubsystemsAsKeepalived(boolean vrrp, boolean check, boolean noBfd,
      boolean all, String expected) {
    Set<Subsystem> want = Stream.of(expected.split(" ")).map(Subsystem::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Subsystem.class)));
    assertThat(EngineSelection.select(vrrp, check, noBfd, all)).isEqualTo(want);
  }

  @Test
  void readsTheParsedLetters() {
    Options options = new Options();
    new CommandLine(options).parseArgs("-P", "-B");
    assertThat(EngineSelection.of(options)).containsExactly(Subsystem.VRRP);
    Options check = new Options();
    new CommandLine(check).parseArgs("--check");
    assertThat(EngineSelection.of(check)).containsExactly(Subsystem.CHECKER);
  }
}

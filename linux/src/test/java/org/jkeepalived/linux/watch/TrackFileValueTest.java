package org.jkeepalived.linux.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackFileValueTest {
  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
    "0|0", "12|12", "12\\n|12", "'  -7'|-7", "+5|5", "0x1f|31", "0X10|16", "010|8", "09|0",
    "abc|0", "-7|-7", "''|0", "42abc|42", "-0x10|-16", "0x|0", "'\\t\\n 3 4'|3",
  })
  void parsesLikeStrtolBase0(String text, long expected) {
    assertThat(TrackFileValue.parse(text == null ? "" : text.replace("\\n", "\n").replace("\\t", "\t")))
        .isEqualTo(expected);
  }
}

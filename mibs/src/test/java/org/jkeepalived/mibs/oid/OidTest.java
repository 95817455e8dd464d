package org.jkeepalived.mibs.oid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OidTest {
  @Test
  void parsesAndPrintsDottedNotation() {
    assertThat(Oid.parse(".1.3.6.1.4294967295")).hasToString("1.3.6.1.4294967295");
    assertThat(Oid.parse("1.3.6")).isEqualTo(Oid.of(1, 3, 6));
  }

  @Test
  void appendAndPrefix() {
    Oid entry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1);
    Oid cell = entry.append(7).append(2);
    assertThat(cell.startsWith(entry)).isTrue();
    assertThat(entry.startsWith(cell)).isFalse();
    assertThat(cell.last()).isEqualTo(2);
    assertThat(entry.size()).isEqualTo(12);
  }

  @Test
  void ordersLexicographicallyWithUnsignedSubIds() {
    assertThat(Oid.of(1, 3).compareTo(Oid.of(1, 3, 0))).isNegative();
    assertThat(Oid.of(1, 2, 9).compareTo(Oid.of(1, 3))).isNegative();
    assertThat(Oid.of(1, -1).compareTo(Oid.of(1, 5))).isPositive(); // -1 is 4294967295
  }

  @Test
  void isImmutable() {
    int[] ids = {1, 3};
    Oid oid = Oid.of(ids);
    ids[0] = 9;
    oid.toArray()[1] = 9;
    assertThat(oid).hasToString("1.3");
  }

  @Test
  void rejectsEmptyAndMalformed() {
    assertThatThrownBy(Oid::of).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Oid.parse("1..3")).isInstanceOf(NumberFormatException.class);
  }
}

package org.jkeepalived.mibs.oid;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every OID constant equals the OID its MIB module gives the name, and none is missing (a module's
 * constants may be spread over several classes, one per group).
 */
class MibOidsTest {
  static MibText mibs;

  // Groups and compliance statements are conformance bookkeeping: no constants for them.
  static final Set<String> CONSTANT_KINDS =
      Set.of("OBJECT IDENTIFIER", "OBJECT-TYPE", "MODULE-IDENTITY", "NOTIFICATION-TYPE");

  @BeforeAll
  static void load() throws Exception {
    mibs = MibText.load();
  }

  static Map<String, String> constants(Class<?> type) throws IllegalAccessException {
    Map<String, String> out = new TreeMap<>();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Oid.class) {
        out.put(f.getName(), f.get(null).toString());
      }
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    "KEEPALIVED-MIB, org.jkeepalived.mibs.oid.KeepalivedMib org.jkeepalived.mibs.oid.KeepalivedVrrpMib"
        + " org.jkeepalived.mibs.oid.KeepalivedTrackMib org.jkeepalived.mibs.oid.KeepalivedCheckMib",
    "VRRP-MIB, org.jkeepalived.mibs.oid.VrrpMib",
    "VRRPV3-MIB, org.jkeepalived.mibs.oid.Vrrpv3Mib",
    "BFD-STD-MIB, org.jkeepalived.mibs.oid.BfdStdMib"
  })
  void constantsMatchTheModule(String module, String classNames) throws Exception {
    Map<String, String> expected =
        mibs.module(module).stream()
            .filter(d -> CONSTANT_KINDS.contains(d.kind()))
            .collect(Collectors.toMap(MibText.Definition::name, d -> mibs.oid(d.name()), (a, b) -> a, TreeMap::new));
    assertThat(expected).as("definitions parsed from %s", module).hasSizeGreaterThan(40);
    Map<String, String> constants = new TreeMap<>();
    for (String className : classNames.split(" ")) {
      Map<String, String> part = constants(Class.forName(className));
      assertThat(part.keySet()).as("%s names each OID once", module)
          .noneMatch(constants::containsKey);
      constants.putAll(part);
    }
    assertThat(constants).isEqualTo(expected);
  }

  @Test
  void wellKnownIdentifiersAreKeepalivedsAndTheRfcs() {
    // keepalived's tree: enterprises.debian(9586).project(100).keepalived(5)
    assertThat(KeepalivedMib.keepalived).hasToString("1.3.6.1.4.1.9586.100.5");
    assertThat(KeepalivedVrrpMib.vrrpInstanceBasePriority).hasToString("1.3.6.1.4.1.9586.100.5.2.3.1.7");
    assertThat(KeepalivedCheckMib.realServerWeight).hasToString("1.3.6.1.4.1.9586.100.5.3.4.1.7");
    assertThat(KeepalivedVrrpMib.vrrpInstanceStateChange).hasToString("1.3.6.1.4.1.9586.100.5.2.10.0.2");
    assertThat(VrrpMib.vrrpTrapNewMaster).hasToString("1.3.6.1.2.1.68.0.1");
    assertThat(Vrrpv3Mib.vrrpv3NewMaster).hasToString("1.3.6.1.2.1.207.0.1");
    assertThat(BfdStdMib.bfdSessState).hasToString("1.3.6.1.2.1.222.1.2.1.11");
  }
}

package org.jkeepalived.mibs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every MibEnum carries exactly the labels and numbers of its enumeration in our MIB text. */
class MibEnumTest {
  static final Pattern LABEL = Pattern.compile("([a-zA-Z][A-Za-z0-9-]*)\\s*\\(\\s*(-?\\d+)\\s*\\)");

  static Map<String, Integer> mibEnumeration(String file, String name) throws Exception {
    String text = Files.readString(Path.of("src/main/mib", file));
    Matcher def =
        Pattern.compile("(?m)^" + name + "\\s+(OBJECT-TYPE|::= TEXTUAL-CONVENTION)").matcher(text);
    assertThat(def.find()).as("%s defined in %s", name, file).isTrue();
    Matcher syntax = Pattern.compile("SYNTAX\\s+INTEGER\\s*\\{([^}]*)}").matcher(text);
    assertThat(syntax.find(def.end())).isTrue();
    Map<String, Integer> labels = new TreeMap<>();
    Matcher l = LABEL.matcher(syntax.group(1));
    while (l.find()) {
      labels.put(l.group(1), Integer.parseInt(l.group(2)));
    }
    return labels;
  }

  @ParameterizedTest
  @CsvSource({
    "KEEPALIVED-MIB.txt, VrrpState, VrrpState",
    "KEEPALIVED-MIB.txt, vrrpInstanceVipsStatus, VipsStatus",
    "KEEPALIVED-MIB.txt, vrrpAddressStatus, AddressStatus",
    "KEEPALIVED-MIB.txt, vrrpAddressAdvertising, AddressAdvertising",
    "KEEPALIVED-MIB.txt, vrrpScriptResult, ScriptResult",
    "KEEPALIVED-MIB.txt, realServerStatus, RealServerStatus",
    "KEEPALIVED-MIB.txt, virtualServerQuorumStatus, QuorumStatus",
    "VRRP-MIB.txt, vrrpOperState, VrrpOperState",
    "VRRPv3-MIB.txt, vrrpv3OperationsStatus, VrrpOperState",
    "VRRPv3-MIB.txt, vrrpv3StatisticsNewMasterReason, NewMasterReason",
    "VRRPv3-MIB.txt, vrrpv3StatisticsProtoErrReason, ProtoErrReason",
    "IANA-BFD-TC-STD-MIB.txt, IANAbfdSessStateTC, BfdState",
    "IANA-BFD-TC-STD-MIB.txt, IANAbfdDiagTC, BfdDiag"
  })
  <E extends Enum<E> & MibEnum> void enumMatchesTheMib(String file, String name, String enumName)
      throws Exception {
    @SuppressWarnings("unchecked")
    Class<E> type = (Class<E>) Class.forName("org.jkeepalived.mibs.model." + enumName);
    Map<String, Integer> ours = new TreeMap<>();
    for (E e : type.getEnumConstants()) {
      ours.put(e.mibName(), e.code());
      assertThat(MibEnum.fromCode(type, e.code())).isSameAs(e);
    }
    assertThat(ours).isEqualTo(mibEnumeration(file, name));
  }

  @ParameterizedTest
  @CsvSource({"7", "-1"})
  void unknownCodesAreRefused(int code) {
    assertThatThrownBy(() -> MibEnum.fromCode(VrrpState.class, code))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.jkeepalived.agent.snmp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.junit.jupiter.api.Test;

class SnmpSwitchesTest {
  @Test
  void noSwitchNoOptionMeansNoAgent() {
    KeepalivedConfig c = SnmpSwitches.applyOption(Configs.globals("router_id r1"), false);
    assertThat(SnmpSwitches.agentWanted(c)).isFalse();
  }

  @Test
  void optionXEnablesEverySubtreeButNotTraps() {
    KeepalivedConfig before = Configs.globals("router_id r1");
    KeepalivedConfig c = SnmpSwitches.applyOption(before, true);
    GlobalDefs.Snmp s = c.global().snmp();
    assertThat(s.vrrp() && s.checker() && s.rfcV2() && s.rfcV3()).isTrue();
    assertThat(s.traps()).isFalse();
    assertThat(SnmpSwitches.agentWanted(c)).isTrue();
    // everything else is the same configuration
    assertThat(c.global().routerId()).isEqualTo("r1");
    assertThat(c.vrrpInstances()).isEqualTo(before.vrrpInstances());
  }

  @Test
  void optionXKeepsEnableTraps() {
    KeepalivedConfig c = SnmpSwitches.applyOption(Configs.globals("enable_traps"), true);
    assertThat(c.global().snmp().traps()).isTrue();
  }

  @Test
  void anyEnableSnmpKeywordStartsTheAgent() {
    for (String kw : new String[] {"enable_snmp_vrrp", "enable_snmp_checker", "enable_snmp_rfc",
        "enable_snmp_rfcv2", "enable_snmp_rfcv3"}) {
      KeepalivedConfig c = SnmpSwitches.applyOption(Configs.globals(kw), false);
      assertThat(SnmpSwitches.agentWanted(c)).as(kw).isTrue();
    }
  }

  @Test
  void enableSnmpRfcSetsBothRfcSubtrees() {
    GlobalDefs.Snmp s = Configs.globals("enable_snmp_rfc").global().snmp();
    assertThat(s.rfcV2()).isTrue();
    assertThat(s.rfcV3()).isTrue();
    assertThat(s.vrrp()).isFalse();
  }
}

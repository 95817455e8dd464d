package org.jkeepalived.conf.kw.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.kw.Conf;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.junit.jupiter.api.Test;

class RouteAndRuleGrammarTest {
  private final Diagnostics diags = new Diagnostics();
  private final ParseContext ctx = new ParseContext(diags, FakeHostInfo.conformanceRig());

  private VirtualRoute route(String line) {
    return RouteGrammar.parse(Conf.parse(line).get(0), ctx);
  }

  private VirtualRule rule(String line, RuleGrammar.PreferenceCounter prefs) {
    return RuleGrammar.parse(Conf.parse(line).get(0), ctx, prefs);
  }

  @Test
  void routeWithSourceViaDevAndTable() {
    VirtualRoute r = route("src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev eth1 table 100");
    assertThat(r.preferredSource().getHostAddress()).isEqualTo("192.168.100.1");
    assertThat(r.destination().toString()).isEqualTo("192.168.109.0/24");
    assertThat(r.via().getHostAddress()).isEqualTo("192.168.200.254");
    assertThat(r.dev()).isEqualTo("eth1");
    assertThat(r.table()).isEqualTo(100);
    assertThat(r.type()).isEqualTo("unicast");
    assertThat(diags.all()).isEmpty();
  }

  @Test
  void deprecatedGwAndOrAreWarnedAndBecomeViaAndNexthops() {
    VirtualRoute gw = route("0.0.0.0/0 gw 192.168.0.1 table 100");
    assertThat(gw.via().getHostAddress()).isEqualTo("192.168.0.1");
    VirtualRoute or = route("192.168.113.0/24 via 192.168.100.252 or 192.168.100.253");
    assertThat(or.nextHops()).hasSize(2);
    assertThat(or.via()).isNull();
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly(
            "\"gw\" for routes is deprecated. Please use \"via\"",
            "\"or\" for routes is deprecated. Please use \"nexthop\"");
  }

  @Test
  void typedRoutesMultipathAndMetrics() {
    VirtualRoute b = route("blackhole 192.168.113.1/32");
    assertThat(b.type()).isEqualTo("blackhole");
    VirtualRoute m =
        route(
            "192.168.100.0/24 table 6909 nexthop via 192.168.101.1 dev eth1 onlink weight 1"
                + " nexthop via 192.168.101.2 dev eth2 weight 2");
    assertThat(m.nextHops()).extracting(VirtualRoute.NextHop::weight).containsExactly(1, 2);
    assertThat(m.nextHops().get(0).onlink()).isTrue();
    VirtualRoute x = route("192.168.200.0/24 dev eth0 mtu lock 1000 advmss 101 protocol bird");
    assertThat(x.metrics()).containsEntry("mtu", "lock 1000").containsEntry("advmss", "101");
    assertThat(x.protocol()).isEqualTo("bird");
    assertThat(diags.all()).isEmpty();
  }

  @Test
  void rulesWithoutPreferenceCountDownFrom16384PerFamily() {
    RuleGrammar.PreferenceCounter prefs = new RuleGrammar.PreferenceCounter();
    VirtualRule a = rule("from 192.168.100.0/24 table 1", prefs);
    VirtualRule b = rule("to 192.168.200.0/24 table 2 preference 39", prefs);
    VirtualRule c = rule("to 1:2:3:4:5:6:7:0/112 from 7:6:5:4:3:2::/96 table 6908 uidrange 1-2", prefs);
    assertThat(a.preference()).isEqualTo(16384);
    assertThat(b.preference()).isEqualTo(39);
    VirtualRule d = rule("from 198.18.3.0/24 table 1", prefs);
    assertThat(c.preference()).isEqualTo(16384);
    assertThat(d.preference()).isEqualTo(16383);
    assertThat(c.inet6()).isTrue();
    assertThat(c.options()).containsEntry("uidrange", "1-2");
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly(
            "Rule has no preference specified - setting to 16384. This is probably not what you want.",
            "Rule has no preference specified - setting to 16384. This is probably not what you want.",
            "Rule has no preference specified - setting to 16383. This is probably not what you want.");
  }

  @Test
  void ruleWithTwoActionsOrAnUnknownOptionIsDropped() {
    RuleGrammar.PreferenceCounter prefs = new RuleGrammar.PreferenceCounter();
    assertThat(rule("from 198.18.28.0/24 table 100 goto 40 preference 3", prefs)).isNull();
    assertThat(rule("from 198.18.28.0/24 ip_proto UDP table 1 preference 3", prefs)).isNull();
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly(
            "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev for rule",
            "Unknown rule option ip_proto");
  }

  @Test
  void routeRealmsMustBeNumeric() {
    assertThat(route("198.18.200.0/24 dev eth0 realms PQA/0x14")).isNull();
    assertThat(route("198.18.200.0/24 dev eth0 realms 30/20").metrics()).containsEntry("realms", "30/20");
    assertThat(diags.all()).extracting(Diagnostic::message)
        .containsExactly("Invalid realms PQA/0x14 for route");
  }

  @Test
  void invalidRuleAddressIsRefusedWithBothMessages() {
    assertThat(rule("to 192.168.100./24 table 1", new RuleGrammar.PreferenceCounter())).isNull();
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly(
            "VRRP parsed invalid IP 192.168.100./24. skipping IP...",
            "Invalid rule to address 192.168.100./24");
  }

  @Test
  void fwmarkWithMask() {
    VirtualRule r = rule("from 10.0.0.0/8 fwmark 0x18/0xff table 5 preference 7", new RuleGrammar.PreferenceCounter());
    assertThat(r.fwmark()).isEqualTo(0x18L);
    assertThat(r.fwmask()).isEqualTo(0xffL);
  }

  @Test
  void addressOptions() {
    VirtualAddress a =
        AddressGrammar.parse(
            Conf.parse("fd00::1/64 dev eth0 -nodad noprefixroute preferred_lft forever home").get(0), ctx);
    assertThat(a.noDad()).isTrue();
    assertThat(a.noPrefixRoute()).isTrue();
    assertThat(a.home()).isTrue();
    assertThat(a.preferredLft()).isEqualTo(-1);
    assertThat(AddressGrammar.parse(Conf.parse("198.18.0.2 foo").get(0), ctx)).isNotNull();
    assertThat(diags.all())
        .extracting(Diagnostic::message)
        .containsExactly("Unknown configuration entry 'foo' for ip address - ignoring");
  }
}

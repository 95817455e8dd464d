package org.jkeepalived.linux.rtnl;

/** rtnetlink constants from uapi linux/rtnetlink.h, if_addr.h, if_link.h and if.h. */
public final class Rtnl {
  private Rtnl() {}

  public static final int RTM_NEWLINK = 16;
  public static final int RTM_DELLINK = 17;
  public static final int RTM_GETLINK = 18;
  public static final int RTM_NEWADDR = 20;
  public static final int RTM_DELADDR = 21;
  public static final int RTM_GETADDR = 22;
  public static final int RTM_NEWROUTE = 24;
  public static final int RTM_DELROUTE = 25;
  public static final int RTM_GETROUTE = 26;
  public static final int RTM_NEWRULE = 32;
  public static final int RTM_DELRULE = 33;
  public static final int RTM_GETRULE = 34;

  /** Multicast group bitmasks for bind(2) (the legacy RTMGRP_* values). */
  public static final int RTMGRP_LINK = 0x1;
  public static final int RTMGRP_IPV4_IFADDR = 0x10;
  public static final int RTMGRP_IPV6_IFADDR = 0x100;
  public static final int RTMGRP_IPV4_ROUTE = 0x40;
  public static final int RTMGRP_IPV4_RULE = 0x80;
  public static final int RTMGRP_IPV6_ROUTE = 0x400;
  /** RTNLGRP_IPV6_RULE (19) as a legacy bind mask bit. */
  public static final int RTMGRP_IPV6_RULE = 1 << 18;

  public static final int IFA_ADDRESS = 1;
  public static final int IFA_LOCAL = 2;
  public static final int IFA_LABEL = 3;
  public static final int IFA_BROADCAST = 4;
  public static final int IFA_ANYCAST = 5;
  public static final int IFA_CACHEINFO = 6;
  public static final int IFA_MULTICAST = 7;
  public static final int IFA_FLAGS = 8;

  public static final int IFA_F_SECONDARY = 0x01;
  public static final int IFA_F_NODAD = 0x02;
  public static final int IFA_F_OPTIMISTIC = 0x04;
  public static final int IFA_F_DADFAILED = 0x08;
  public static final int IFA_F_HOMEADDRESS = 0x10;
  public static final int IFA_F_DEPRECATED = 0x20;
  public static final int IFA_F_TENTATIVE = 0x40;
  public static final int IFA_F_PERMANENT = 0x80;
  public static final int IFA_F_MANAGETEMPADDR = 0x100;
  public static final int IFA_F_NOPREFIXROUTE = 0x200;
  public static final int IFA_F_MCAUTOJOIN = 0x400;

  public static final int IFLA_ADDRESS = 1;
  public static final int IFLA_BROADCAST = 2;
  public static final int IFLA_IFNAME = 3;
  public static final int IFLA_MTU = 4;
  public static final int IFLA_LINK = 5;
  public static final int IFLA_MASTER = 10;
  public static final int IFLA_OPERSTATE = 16;
  public static final int IFLA_LINKINFO = 18;
  public static final int IFLA_INFO_KIND = 1;

  public static final int IFF_UP = 0x1;
  public static final int IFF_BROADCAST = 0x2;
  public static final int IFF_LOOPBACK = 0x8;
  public static final int IFF_RUNNING = 0x40;
  public static final int IFF_MULTICAST = 0x1000;
  public static final int IFF_LOWER_UP = 0x10000;

  /** Address scopes (rtnetlink.h enum rt_scope_t). */
  public static final int RT_SCOPE_UNIVERSE = 0;
  public static final int RT_SCOPE_SITE = 200;
  public static final int RT_SCOPE_LINK = 253;
  public static final int RT_SCOPE_HOST = 254;
  public static final int RT_SCOPE_NOWHERE = 255;

  /** ifa_cacheinfo lifetime meaning "forever". */
  public static final long INFINITY_LIFE_TIME = 0xFFFFFFFFL;

  /** Route message attributes (rtnetlink.h enum rtattr_type_t). */
  public static final int RTA_DST = 1;
  public static final int RTA_SRC = 2;
  public static final int RTA_IIF = 3;
  public static final int RTA_OIF = 4;
  public static final int RTA_GATEWAY = 5;
  public static final int RTA_PRIORITY = 6;
  public static final int RTA_PREFSRC = 7;
  public static final int RTA_METRICS = 8;
  public static final int RTA_MULTIPATH = 9;
  public static final int RTA_TABLE = 15;
  public static final int RTA_PREF = 20;

  /** Route types (rtm_type). */
  public static final int RTN_UNSPEC = 0;
  public static final int RTN_UNICAST = 1;
  public static final int RTN_LOCAL = 2;
  public static final int RTN_BROADCAST = 3;
  public static final int RTN_ANYCAST = 4;
  public static final int RTN_MULTICAST = 5;
  public static final int RTN_BLACKHOLE = 6;
  public static final int RTN_UNREACHABLE = 7;
  public static final int RTN_PROHIBIT = 8;
  public static final int RTN_THROW = 9;
  public static final int RTN_NAT = 10;
  public static final int RTN_XRESOLVE = 11;

  /** Route protocols (rtm_protocol); keepalived marks its routes and rules with 18. */
  public static final int RTPROT_UNSPEC = 0;
  public static final int RTPROT_BOOT = 3;
  public static final int RTPROT_KEEPALIVED = 18;

  /** Routing tables. */
  public static final int RT_TABLE_UNSPEC = 0;
  public static final int RT_TABLE_MAIN = 254;
  public static final int RT_TABLE_LOCAL = 255;

  /** rtm_flags / rtnh_flags. */
  public static final int RTNH_F_ONLINK = 4;

  /** Route metrics nested in RTA_METRICS (enum RTAX_*). */
  public static final int RTAX_LOCK = 1;
  public static final int RTAX_MTU = 2;
  public static final int RTAX_WINDOW = 3;
  public static final int RTAX_RTT = 4;
  public static final int RTAX_RTTVAR = 5;
  public static final int RTAX_SSTHRESH = 6;
  public static final int RTAX_CWND = 7;
  public static final int RTAX_ADVMSS = 8;
  public static final int RTAX_REORDERING = 9;
  public static final int RTAX_HOPLIMIT = 10;
  public static final int RTAX_INITCWND = 11;
  public static final int RTAX_FEATURES = 12;
  public static final int RTAX_RTO_MIN = 13;
  public static final int RTAX_INITRWND = 14;
  public static final int RTAX_QUICKACK = 15;
  public static final int RTAX_FASTOPEN_NO_COOKIE = 17;

  /** Policy rule attributes (fib_rules.h FRA_*). */
  public static final int FRA_DST = 1;
  public static final int FRA_SRC = 2;
  public static final int FRA_IIFNAME = 3;
  public static final int FRA_GOTO = 4;
  public static final int FRA_PRIORITY = 6;
  public static final int FRA_FWMARK = 10;
  public static final int FRA_SUPPRESS_IFGROUP = 13;
  public static final int FRA_SUPPRESS_PREFIXLEN = 14;
  public static final int FRA_TABLE = 15;
  public static final int FRA_FWMASK = 16;
  public static final int FRA_OIFNAME = 17;
  public static final int FRA_L3MDEV = 19;
  public static final int FRA_PROTOCOL = 21;

  /** Rule actions (fib_rule_hdr.action). */
  public static final int FR_ACT_UNSPEC = 0;
  public static final int FR_ACT_TO_TBL = 1;
  public static final int FR_ACT_GOTO = 2;
  public static final int FR_ACT_NOP = 3;
  public static final int FR_ACT_BLACKHOLE = 6;
  public static final int FR_ACT_UNREACHABLE = 7;
  public static final int FR_ACT_PROHIBIT = 8;

  /** fib_rule_hdr.flags: the selector is inverted ({@code not}). */
  public static final int FIB_RULE_INVERT = 0x2;
}

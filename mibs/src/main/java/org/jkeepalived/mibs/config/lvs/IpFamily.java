package org.jkeepalived.mibs.config.lvs;

/** Address family of a virtual service ({@code ip_family inet|inet6}). */
public enum IpFamily {
  INET,
  INET6
}

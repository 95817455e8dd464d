package org.jkeepalived.mibs.config.lvs;

/** The ten health checkers, by their configuration keyword. */
public enum CheckerKind {
  TCP_CHECK, HTTP_GET, SSL_GET, SMTP_CHECK, DNS_CHECK, MISC_CHECK, UDP_CHECK, PING_CHECK,
  FILE_CHECK, BFD_CHECK
}

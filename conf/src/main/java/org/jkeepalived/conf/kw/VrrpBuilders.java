package org.jkeepalived.conf.kw;

/** The VRRP-side blocks collected while reading, in file order. */
public final class VrrpBuilders {}

package org.jkeepalived.vrrp.packet;

/** What {@link Ipv4HeaderCodec#decode} returns: a header or the reason there is none. */
public sealed interface Ipv4DecodeResult permits Ipv4Header, VrrpDecodeError {}

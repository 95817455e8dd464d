package org.jkeepalived.vrrp.packet;

/** What a decoder returns: a {@link DecodedAdvert} or a {@link VrrpDecodeError}, never a throw. */
public sealed interface VrrpDecodeResult permits DecodedAdvert, VrrpDecodeError {

  /** True for a decoded advertisement. */
  default boolean isOk() {
    return this instanceof DecodedAdvert;
  }
}

package org.jkeepalived.bfd.packet;

/** What {@link BfdControlCodec#decode} gives: a legal control packet or the reason to discard. */
public sealed interface BfdDecodeResult permits BfdControlPacket, BfdDiscard {}

package org.jkeepalived.mibs.config.lvs;

/**
 * UDP_CHECK data: the payload to send (lower-case hex, null: random), whether a reply is
 * required and its pattern (hex, 'x' nibbles are wildcards; null: any data), and the accepted
 * reply length range.
 */
public record UdpSpec(
    String payloadHex,
    boolean requireReply,
    String replyPattern,
    int minReplyLength,
    int maxReplyLength) {}

package org.jkeepalived.vrrp.service;

import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;

/** One instance's counters as the engine loop increments them; {@link #snapshot()} for the store. */
final class StatsCounter {
  long becomeMaster;
  long advertiseRcvd;
  long advertiseIntervalErrors;
  long authFailures;
  long ipTtlErrors;
  long priorityZeroRcvd;
  long priorityZeroSent;
  long invalidType;
  long addressListErrors;
  long invalidAuthType;
  long authTypeMismatch;
  long packetLengthErrors;
  long checksumErrors;
  long versionErrors;
  long advertiseSent;
  long releaseMaster;
  ProtoErrReason lastProtoError = ProtoErrReason.NO_ERROR;

  /** Counts a decode error under the RFC 2787 / 6527 counter it feeds. */
  void rejected(VrrpDecodeError.Reason reason) {
    switch (reason) {
      case PACKET_LENGTH, IP_HEADER -> packetLengthErrors++;
      case TTL -> {
        ipTtlErrors++;
        lastProtoError = ProtoErrReason.IP_TTL_ERROR;
      }
      case VERSION -> {
        versionErrors++;
        lastProtoError = ProtoErrReason.VERSION_ERROR;
      }
      case INVALID_TYPE -> invalidType++;
      case CHECKSUM -> {
        checksumErrors++;
        lastProtoError = ProtoErrReason.CHECKSUM_ERROR;
      }
      case INVALID_AUTH_TYPE -> invalidAuthType++;
      case AUTH_TYPE_MISMATCH -> authTypeMismatch++;
      case AUTH_FAILURE -> authFailures++;
      case ADVERT_INTERVAL -> advertiseIntervalErrors++;
      case ADDRESS_LIST -> addressListErrors++;
      case NOT_VRRP -> { }
    }
  }

  VrrpStats snapshot() {
    return new VrrpStats(becomeMaster, advertiseRcvd, advertiseIntervalErrors, authFailures,
        ipTtlErrors, priorityZeroRcvd, priorityZeroSent, invalidType, addressListErrors,
        invalidAuthType, authTypeMismatch, packetLengthErrors, checksumErrors, versionErrors,
        advertiseSent, releaseMaster);
  }
}

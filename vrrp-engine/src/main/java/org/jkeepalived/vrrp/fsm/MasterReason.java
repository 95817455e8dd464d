package org.jkeepalived.vrrp.fsm;

/**
 * Why a backup would become master if it did now (keepalived's next_master_reason), in RFC 6527
 * vrrpv3StatisticsNewMasterReason terms.
 */
public enum MasterReason {
  /** The address owner (priority 255), or the master gave up with a priority 0 advert. */
  PRIORITY,
  /** A lower-priority master was preempted (RFC 5798 section 6.4.2, Preempt_Mode true). */
  PREEMPTED,
  /** The Master_Down_Timer ran out with no advert from the master. */
  MASTER_NO_RESPONSE
}

/**
 * The IPVS scheduling algorithms as pure classes, each with the semantics of its kernel module
 * (net/netfilter/ipvs/ip_vs_NAME.c): which destination a new connection goes to, given the
 * destinations in list order with their weights, connection gauges and overload flags. No I/O;
 * the two that expire state (lblc, lblcr) take their clock as a parameter.
 */
package org.jkeepalived.lvs.forward.sched;

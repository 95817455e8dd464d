package org.jkeepalived.mibs.store;

/** A validator's veto: the SNMP error to return and a reason for logs and diagnostics. */
public record Refusal(SetError error, String reason) {}

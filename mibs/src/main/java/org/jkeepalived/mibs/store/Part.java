package org.jkeepalived.mibs.store;

/** The two halves of a row: what the operator asked for, and what the owning engine observed. */
public enum Part {
  CONFIG,
  STATE
}

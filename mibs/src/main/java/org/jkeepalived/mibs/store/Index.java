package org.jkeepalived.mibs.store;

import java.util.Arrays;

/**
 * A row index as the SNMP table carries it: the OID sub-identifiers that follow a column's OID.
 * Ordering is OID lexicographic order, so a walk of the store is a GETNEXT walk of the table.
 */
public final class Index implements Comparable<Index> {
  private final int[] subIds;

  private Index(int[] subIds) {
    this.subIds = subIds;
  }

  /** An index of the given sub-identifiers (each an unsigned 32-bit value stored in an int). */
  public static Index of(int... subIds) {
    return new Index(subIds.clone());
  }

  public int size() {
    return subIds.length;
  }

  public int get(int position) {
    return subIds[position];
  }

  public int[] toArray() {
    return subIds.clone();
  }

  @Override
  public int compareTo(Index other) {
    int n = Math.min(subIds.length, other.subIds.length);
    for (int i = 0; i < n; i++) {
      int c = Integer.compareUnsigned(subIds[i], other.subIds[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(subIds.length, other.subIds.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Index && Arrays.equals(subIds, ((Index) o).subIds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(subIds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < subIds.length; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(Integer.toUnsignedString(subIds[i]));
    }
    return sb.toString();
  }
}

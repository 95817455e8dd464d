package org.jkeepalived.mibs.oid;

import java.util.Arrays;

/**
 * An immutable OBJECT IDENTIFIER. Sub-identifiers are unsigned 32-bit values kept in ints; the
 * ordering is SNMP's lexicographic order.
 */
public final class Oid implements Comparable<Oid> {
  private final int[] subIds;

  private Oid(int[] subIds) {
    this.subIds = subIds;
  }

  public static Oid of(int... subIds) {
    if (subIds.length == 0) {
      throw new IllegalArgumentException("an OID has at least one sub-identifier");
    }
    return new Oid(subIds.clone());
  }

  /** Parses dotted notation, with or without a leading dot ({@code .1.3.6.1} or {@code 1.3.6.1}). */
  public static Oid parse(String dotted) {
    String s = dotted.startsWith(".") ? dotted.substring(1) : dotted;
    String[] parts = s.split("\\.", -1);
    int[] ids = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ids[i] = Integer.parseUnsignedInt(parts[i]);
    }
    return of(ids);
  }

  /** This OID followed by the given sub-identifiers, e.g. a column and a row index. */
  public Oid append(int... more) {
    int[] ids = Arrays.copyOf(subIds, subIds.length + more.length);
    System.arraycopy(more, 0, ids, subIds.length, more.length);
    return new Oid(ids);
  }

  /** Whether {@code prefix} is a prefix of (or equal to) this OID. */
  public boolean startsWith(Oid prefix) {
    return prefix.subIds.length <= subIds.length
        && Arrays.equals(prefix.subIds, 0, prefix.subIds.length, subIds, 0, prefix.subIds.length);
  }

  public int size() {
    return subIds.length;
  }

  public int get(int position) {
    return subIds[position];
  }

  /** The last sub-identifier: a column's or scalar's number under its entry or group. */
  public int last() {
    return subIds[subIds.length - 1];
  }

  public int[] toArray() {
    return subIds.clone();
  }

  @Override
  public int compareTo(Oid other) {
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
    return o instanceof Oid && Arrays.equals(subIds, ((Oid) o).subIds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(subIds);
  }

  /** Dotted notation without a leading dot. */
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

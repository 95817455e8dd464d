package org.jkeepalived.mibs.model;

/**
 * An enumeration whose constants carry the MIB's enumerated INTEGER: the number on the wire and
 * the label the module gives it. Engines use the Java constants; only the bindings use the codes.
 */
public interface MibEnum {
  /** The enumerated INTEGER value in the MIB. */
  int code();

  /** The label of the value in the MIB, e.g. {@code notAllSet}. */
  String mibName();

  /** The constant of {@code type} with the given MIB code. */
  static <E extends Enum<E> & MibEnum> E fromCode(Class<E> type, int code) {
    for (E e : type.getEnumConstants()) {
      if (e.code() == code) {
        return e;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no MIB code " + code);
  }
}

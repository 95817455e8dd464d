package org.jkeepalived.testkit;

/**
 * A test ran an outside program that is not installed. It says which Debian package brings it, so
 * that the failure reads as a missing install step and never as a protocol verdict.
 */
public final class MissingProgramException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final String program;
  private final String debianPackage;

  public MissingProgramException(String program, String debianPackage) {
    super(message(program, debianPackage));
    this.program = program;
    this.debianPackage = debianPackage;
  }

  static String message(String program, String debianPackage) {
    String where = debianPackage.equals(Programs.GIVEN) ? debianPackage
        : "Debian package " + debianPackage;
    return program + " is not installed (" + where + ")";
  }

  public String program() {
    return program;
  }

  public String debianPackage() {
    return debianPackage;
  }
}

package org.jkeepalived.mibs.model;

/** BFD diagnostic code (IANAbfdDiagTC, RFC 5880 section 4.1). */
public enum BfdDiag implements MibEnum {
  NO_DIAGNOSTIC(0, "noDiagnostic"),
  CONTROL_DETECTION_TIME_EXPIRED(1, "controlDetectionTimeExpired"),
  ECHO_FUNCTION_FAILED(2, "echoFunctionFailed"),
  NEIGHBOR_SIGNALED_SESSION_DOWN(3, "neighborSignaledSessionDown"),
  FORWARDING_PLANE_RESET(4, "forwardingPlaneReset"),
  PATH_DOWN(5, "pathDown"),
  CONCATENATED_PATH_DOWN(6, "concatenatedPathDown"),
  ADMINISTRATIVELY_DOWN(7, "administrativelyDown"),
  REVERSE_CONCATENATED_PATH_DOWN(8, "reverseConcatenatedPathDown"),
  MIS_CONNECTIVITY_DEFECT(9, "misConnectivityDefect");

  private final int code;
  private final String mibName;

  BfdDiag(int code, String mibName) {
    this.code = code;
    this.mibName = mibName;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String mibName() {
    return mibName;
  }
}

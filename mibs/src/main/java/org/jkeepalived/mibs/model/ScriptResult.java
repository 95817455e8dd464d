package org.jkeepalived.mibs.model;

/** Outcome of a tracking script after rise/fall (vrrpScriptResult). */
public enum ScriptResult implements MibEnum {
  INIT(1, "init"),
  BAD(2, "bad"),
  GOOD(3, "good"),
  INIT_FAILED(5, "initfailed");

  private final int code;
  private final String mibName;

  ScriptResult(int code, String mibName) {
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

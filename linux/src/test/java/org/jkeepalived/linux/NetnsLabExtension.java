package org.jkeepalived.linux;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link NetnsLab} for a test class: {@code @RegisterExtension static final NetnsLabExtension
 * LAB = new NetnsLabExtension();} skips the class without root or the native layer, creates the
 * lab before its tests and deletes it after them.
 */
public final class NetnsLabExtension implements BeforeAllCallback, AfterAllCallback {
  private NetnsLab lab;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (lab != null) {
      lab.close();
      lab = null;
    }
  }

  /** The lab of the running class. */
  public NetnsLab lab() {
    return lab;
  }
}

package org.jkeepalived.conf.kw;

import java.util.List;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;

/** Test helper: parses a config text against a fake host with eth0..eth3 and lo. */
public final class Parsed {
  private Parsed() {}

  public static ParseResult parse(String text) {
    return parse(text, FakeHostInfo.conformanceRig());
  }

  public static ParseResult parse(String text, FakeHostInfo host) {
    return new KeepalivedConfigParser().parse(Conf.parse(text), host, new Diagnostics());
  }

  /** The messages, without locations. */
  public static List<String> messages(ParseResult r) {
    return r.diagnostics().all().stream().map(Diagnostic::message).toList();
  }

  /** The messages as -t prints them. */
  public static List<String> rendered(ParseResult r) {
    return r.diagnostics().all().stream().map(Diagnostic::render).toList();
  }
}

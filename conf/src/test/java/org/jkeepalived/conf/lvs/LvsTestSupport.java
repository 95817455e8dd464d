package org.jkeepalived.conf.lvs;

import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.config.LvsConfig;

/** Parses configuration text named t.conf with the LVS section; programs /bin/true exist. */
final class LvsTestSupport {
  static final KeepalivedConfigParser PARSER = new KeepalivedConfigParser(List.of(new LvsSection()));

  private LvsTestSupport() {}

  record Parsed(ParseResult result, List<String> messages) {
    LvsConfig lvs() {
      return result.config().lvs();
    }
  }

  static Parsed parse(String text) {
    Diagnostics diags = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(text, Path.of("t.conf"), PreprocessOptions.defaults(), diags);
    ParseResult r = PARSER.parse(nodes, FakeHostInfo.conformanceRig().withProgram("/bin/true"), diags);
    return new Parsed(r, diags.all().stream().map(Diagnostic::render).toList());
  }
}

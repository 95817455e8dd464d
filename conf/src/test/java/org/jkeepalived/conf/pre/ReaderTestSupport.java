package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.tree.ConfNode;

/** Writes configuration files into a directory, reads them, and flattens the result. */
final class ReaderTestSupport {
  final Path dir;
  final Diagnostics diag = new Diagnostics();
  PreprocessOptions options = PreprocessOptions.forConfigId("main").withRandom(new Random(7));

  ReaderTestSupport(Path dir) {
    this.dir = dir;
  }

  Path write(String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<ConfNode> read(String text) {
    return new ConfigReader().read(write("keepalived.conf", text), options, diag);
  }

  /** One string per node: indentation by depth, the keyword, the arguments and a brace. */
  List<String> flat(String text) {
    List<String> out = new ArrayList<>();
    flatten(read(text), "", out);
    return out;
  }

  static void flatten(List<ConfNode> nodes, String indent, List<String> out) {
    for (ConfNode n : nodes) {
      StringBuilder sb = new StringBuilder(indent).append(n.keyword());
      for (String a : n.args()) {
        sb.append(' ').append(a);
      }
      if (n.hasBlock()) {
        sb.append(" {");
      }
      out.add(sb.toString());
      flatten(n.children(), indent + "  ", out);
    }
  }

  /** Diagnostics as {@code SEVERITY file:line message}, file relative to the directory. */
  List<String> diagnostics() {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diag.all()) {
      String where = d.location() == null ? "" : " " + d.location().file().getFileName() + ":"
          + d.location().line();
      out.add(d.severity() + where + " " + d.message());
    }
    return out;
  }
}

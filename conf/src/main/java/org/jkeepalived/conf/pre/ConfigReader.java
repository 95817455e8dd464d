package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.lex.WordSplitter;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.conf.tree.TreeBuilder;

/**
 * Reads a keepalived.conf and everything it includes into the tree of {@link ConfNode}s that the
 * keyword tables interpret, with keepalived 2.2.7's lexing and preprocessing. Problems are
 * reported to the given {@link Diagnostics} with the file and line they come from; reading never
 * throws for bad input.
 */
public final class ConfigReader {

  /**
   * The top-level nodes of {@code mainFile}, in order. A main file that does not exist or cannot
   * be read is a FATAL diagnostic and gives an empty list.
   */
  public List<ConfNode> read(Path mainFile, PreprocessOptions options, Diagnostics diagnostics) {
    SourceFile main;
    try {
      if (!Files.isRegularFile(mainFile)) {
        diagnostics.fatal(null, "Config files missing '" + mainFile + "'.");
        return List.of();
      }
      main = SourceFile.open(mainFile, mainFile, 0);
    } catch (IOException e) {
      diagnostics.fatal(null,
          "Configuration file '" + mainFile + "' open problem (" + e.getMessage() + ")");
      return List.of();
    }
    return read(main, options, diagnostics);
  }

  /** Reads configuration text held in memory, as if it were the file {@code name}. */
  public List<ConfNode> readText(
      String text, Path name, PreprocessOptions options, Diagnostics diagnostics) {
    Path real = name.toAbsolutePath().normalize();
    return read(SourceFile.ofText(name, real, text), options, diagnostics);
  }

  private static List<ConfNode> read(
      SourceFile main, PreprocessOptions options, Diagnostics diagnostics) {
    Preprocessor pre = new Preprocessor(main, options, diagnostics);
    TreeBuilder tree = new TreeBuilder(diagnostics);
    Preprocessor.Line line;
    while ((line = pre.next()) != null) {
      String text = line.text();
      Location at = line.location();
      if (text.length() == 1 && text.charAt(0) == '{') {
        tree.open(at);
      } else if (text.length() == 1 && text.charAt(0) == '}') {
        tree.close(at);
      } else {
        List<String> words = WordSplitter.split(text, msg -> diagnostics.error(at, msg));
        if (words.isEmpty()) {
          continue;
        }
        if (words.get(0).equals("include_check")) {
          // keepalived applies include_check while reading, so later includes see it
          pre.includeCheck(words.subList(1, words.size()));
        }
        tree.line(words, at, text.strip());
      }
    }
    pre.finish();
    return tree.build();
  }
}

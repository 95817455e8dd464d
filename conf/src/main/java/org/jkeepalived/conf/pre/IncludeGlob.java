package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands an include pattern the way glibc {@code glob(GLOB_BRACE | GLOB_MARK)} does for
 * keepalived: csh-style {@code {a,b}} alternatives first (in order, nested allowed), then {@code
 * *}, {@code ?} and {@code [...]} per path segment, with each alternative's matches sorted and a
 * leading dot only matched explicitly. Relative patterns are resolved against a base directory but
 * reported as written (keepalived changes into the including file's directory).
 */
final class IncludeGlob {
  private IncludeGlob() {}

  /** One alternative of the pattern and what matched it. */
  record Alternative(String pattern, boolean wildcard, List<String> matches) {}

  /** Expands {@code pattern} relative to {@code base}. */
  static List<Alternative> expand(String pattern, Path base) {
    List<Alternative> out = new ArrayList<>();
    for (String alt : braceExpand(pattern)) {
      boolean wild = hasWildcard(alt);
      List<String> matches = new ArrayList<>();
      if (!wild) {
        Path p = base.resolve(alt);
        if (Files.isDirectory(p)) {
          matches.add(alt.endsWith("/") ? alt : alt + "/");
        } else if (Files.exists(p)) {
          matches.add(alt);
        }
      } else {
        globSegments(alt, base, matches);
        matches.sort(null);
      }
      out.add(new Alternative(alt, wild, matches));
    }
    return out;
  }

  /** csh brace expansion; an unbalanced brace is left as written. */
  static List<String> braceExpand(String s) {
    List<String> out = new ArrayList<>();
    int open = s.indexOf('{');
    if (open < 0) {
      out.add(s);
      return out;
    }
    int depth = 0;
    List<Integer> commas = new ArrayList<>();
    int close = -1;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (--depth == 0) {
          close = i;
          break;
        }
      } else if (c == ',' && depth == 1) {
        commas.add(i);
      }
    }
    if (close < 0) {
      out.add(s);
      return out;
    }
    String head = s.substring(0, open);
    String tail = s.substring(close + 1);
    int from = open + 1;
    commas.add(close);
    for (int comma : commas) {
      for (String e : braceExpand(head + s.substring(from, comma) + tail)) {
        out.add(e);
      }
      from = comma + 1;
    }
    return out;
  }

  static boolean hasWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  private static void globSegments(String pattern, Path base, List<String> out) {
    boolean absolute = pattern.startsWith("/");
    String[] segs = pattern.split("/+");
    List<String> current = new ArrayList<>();
    current.add(absolute ? "/" : "");
    int first = absolute ? 1 : 0;
    for (int i = first; i < segs.length; i++) {
      String seg = segs[i];
      boolean lastSeg = i == segs.length - 1;
      List<String> next = new ArrayList<>();
      for (String prefix : current) {
        Path dir = prefix.isEmpty() ? base : base.resolve(prefix);
        if (!hasWildcard(seg)) {
          String cand = prefix + seg;
          if (Files.exists(base.resolve(cand))) {
            next.add(lastSeg ? cand : cand + "/");
          }
          continue;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + escapeForJava(seg));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
          List<String> names = new ArrayList<>();
          for (Path child : ds) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") && !seg.startsWith(".")) {
              continue;
            }
            if (m.matches(child.getFileName())) {
              names.add(name);
            }
          }
          names.sort(null);
          for (String name : names) {
            String cand = prefix + name;
            if (!lastSeg) {
              if (Files.isDirectory(base.resolve(cand))) {
                next.add(cand + "/");
              }
            } else {
              next.add(Files.isDirectory(base.resolve(cand)) ? cand + "/" : cand);
            }
          }
        } catch (IOException | RuntimeException e) {
          // an unreadable directory matches nothing, as with glob(GLOB_ERR unset)
        }
      }
      current = next;
    }
    out.addAll(current);
  }

  /** Java's glob syntax gives braces and backslashes meaning that POSIX segments lack. */
  private static String escapeForJava(String seg) {
    StringBuilder sb = new StringBuilder(seg.length() + 4);
    for (int i = 0; i < seg.length(); i++) {
      char c = seg.charAt(i);
      if (c == '{' || c == '}' || c == ',') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}

package org.jkeepalived.conf.pre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeepalived.conf.diag.Location;

/**
 * One configuration file being read, cut into the raw lines keepalived 2.2.7 reads with {@code
 * fgets()} into a 1024-byte buffer: a line longer than 1022 characters arrives as several lines.
 * Line terminators ({@code \n}, and {@code \r} before it) are removed.
 */
final class SourceFile {
  private static final int CHUNK = 1023;

  private final Path display;
  private final Path real;
  private final String dir;
  private final String text;
  private final int savedChecks;
  private int pos;
  private int lineNo;

  private SourceFile(Path display, Path real, String text, int savedChecks) {
    this.display = display;
    this.real = real;
    Path parent = real.getParent();
    this.dir = parent == null ? "/" : parent.toString();
    this.text = text;
    this.savedChecks = savedChecks;
  }

  /** Reads {@code file} (shown to the user as {@code display}). */
  static SourceFile open(Path display, Path file, int savedChecks) throws IOException {
    Path real = file.toRealPath();
    String text = new String(Files.readAllBytes(real), StandardCharsets.UTF_8);
    return new SourceFile(display, real, text, savedChecks);
  }

  /** For tests and in-memory text. */
  static SourceFile ofText(Path display, Path real, String text) {
    return new SourceFile(display, real, text, 0);
  }

  /** The next raw line without its terminator, or null at the end of the file. */
  String nextChunk() {
    int n = text.length();
    if (pos >= n) {
      return null;
    }
    int nl = text.indexOf('\n', pos);
    int lineEnd = nl < 0 ? n : nl;
    if (lineEnd - pos >= CHUNK) {
      // fgets fills its buffer before reaching the end of the line; the rest comes next
      String chunk = text.substring(pos, pos + CHUNK);
      pos += CHUNK;
      chunkLine = lineNo + 1;
      return strip(chunk);
    }
    String chunk = text.substring(pos, lineEnd);
    pos = nl < 0 ? n : nl + 1;
    lineNo++;
    chunkLine = lineNo;
    return strip(chunk);
  }

  private int chunkLine;

  private static String strip(String chunk) {
    int len = chunk.length();
    while (len > 0 && (chunk.charAt(len - 1) == '\r' || chunk.charAt(len - 1) == '\n')) {
      len--;
    }
    return len == chunk.length() ? chunk : chunk.substring(0, len);
  }

  /** The location of the line last returned. */
  Location location() {
    return new Location(display, chunkLine);
  }

  /** The current line number (of the line last returned). */
  int line() {
    return chunkLine;
  }

  Path display() {
    return display;
  }

  Path real() {
    return real;
  }

  /** The directory of the file, for {@code ${_PWD}} and relative includes. */
  String dir() {
    return dir;
  }

  /** The include_check setting to restore when this file is closed. */
  int savedChecks() {
    return savedChecks;
  }
}

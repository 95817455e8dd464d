package org.jkeepalived.conf.lex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a preprocessed line into words as keepalived 2.2.7's {@code alloc_strvec()} does: words
 * are separated by white space, and a double quote starts a word that runs to the next double
 * quote with no escapes ({@code "a b"c} is the two words {@code a b} and {@code c}). Single quotes
 * are ordinary characters here; script keywords re-split their text themselves.
 */
public final class WordSplitter {
  private WordSplitter() {}

  /**
   * The words of {@code line}. An unmatched double quote ends the line: the words before it are
   * kept and {@code onError} receives keepalived's message.
   */
  public static List<String> split(String line, Consumer<String> onError) {
    List<String> words = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (true) {
      while (i < n && isWhite(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (line.charAt(i) == '"') {
        int close = line.indexOf('"', i + 1);
        if (close < 0) {
          onError.accept("Unmatched quote: '" + line + "'");
          break;
        }
        words.add(line.substring(i + 1, close));
        i = close + 1;
      } else {
        int j = i;
        while (j < n && !isWhite(line.charAt(j)) && line.charAt(j) != '"') {
          j++;
        }
        words.add(line.substring(i, j));
        i = j;
      }
    }
    return words;
  }

  /** keepalived's WHITE_SPACE set: space, tab, form feed, newline, carriage return, vtab. */
  public static boolean isWhite(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == 0x0b;
  }
}

package org.jkeepalived.conf.pre;

import java.util.List;

/**
 * The include_check levels of keepalived 2.2.7 as bit flags, and the include keywords that add
 * to them (keepalived.conf(5): {@code includer} = readable, {@code includem} = match, {@code
 * includew} = wildcard_match, {@code includeb} = brace_match, {@code includea} = all; match,
 * wildcard_match and brace_match include the readable check).
 */
final class IncludeCheck {
  static final int READABLE = 1;
  static final int MATCH = 2;
  static final int WILDCARD_MATCH = 4;
  static final int BRACE_MATCH = 8;
  static final int ALL = READABLE | MATCH | WILDCARD_MATCH | BRACE_MATCH;

  private IncludeCheck() {}

  /** The checks an include keyword adds, or -1 when {@code word} is not an include keyword. */
  static int forKeyword(String word) {
    switch (word) {
      case "include":
        return 0;
      case "includer":
        return READABLE;
      case "includem":
        return MATCH | READABLE;
      case "includew":
        return WILDCARD_MATCH | READABLE;
      case "includeb":
        return BRACE_MATCH | READABLE;
      case "includea":
        return ALL;
      default:
        return -1;
    }
  }

  /** The bit for one option name, or 0 when unknown. */
  static int option(String name) {
    switch (name) {
      case "readable":
        return READABLE;
      case "match":
        return MATCH | READABLE;
      case "wildcard_match":
        return WILDCARD_MATCH | READABLE;
      case "brace_match":
        return BRACE_MATCH | READABLE;
      default:
        return 0;
    }
  }

  /**
   * Applies {@code include_check [OPTIONS]} to {@code current}: no option means all checks; a
   * leading {@code +} or {@code -} adds or removes, otherwise the options replace the setting.
   * Unknown options are passed to {@code unknown}.
   */
  static int apply(int current, List<String> options, java.util.function.Consumer<String> unknown) {
    if (options.isEmpty()) {
      return ALL;
    }
    int value = current;
    boolean replaced = false;
    char mode = '=';
    for (String opt : options) {
      String name = opt;
      if (name.startsWith("+") || name.startsWith("-")) {
        mode = name.charAt(0);
        name = name.substring(1);
      }
      if (name.isEmpty()) {
        continue;
      }
      int bit = option(name);
      if (bit == 0) {
        unknown.accept(opt);
        continue;
      }
      if (mode == '=') {
        if (!replaced) {
          value = 0;
          replaced = true;
        }
        value |= bit;
      } else if (mode == '+') {
        value |= bit;
      } else {
        // removing match etc. leaves readable in place
        value &= ~(bit & ~READABLE);
        if (bit == READABLE) {
          value &= ~READABLE;
        }
      }
    }
    return value;
  }
}

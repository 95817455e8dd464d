package org.jkeepalived.lvs.check.http;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A url's {@code regex} in Java's dialect. keepalived compiles it with PCRE2; the common syntax
 * (classes, quantifiers, groups, anchors, look-around, named groups) means the same in both.
 * PCRE2 options map to Java flags where Java has one (caseless, multiline, dotall, extended,
 * ucp/utf); the others are ignored with a warning (ungreedy, which Java lacks, among them).
 * Matching is bounded: at most {@link #MAX_STEPS} character reads per match, so a pathological
 * pattern fails the check instead of stalling the event loop.
 */
public final class UrlRegex {
  private static final Logger LOG = LoggerFactory.getLogger(UrlRegex.class);
  /** Character reads one match may make before it is abandoned (catastrophic backtracking). */
  public static final long MAX_STEPS = 20_000_000L;

  private final Pattern pattern;
  private final String error;
  private final boolean firstLine;
  private final long minOffset;
  private final long maxOffset;

  public UrlRegex(String regex, List<String> options, long minOffset, long maxOffset) {
    int flags = 0;
    boolean first = false;
    for (String o : options) {
      switch (o) {
        case "caseless" -> flags |= Pattern.CASE_INSENSITIVE;
        case "multiline" -> flags |= Pattern.MULTILINE;
        case "dotall" -> flags |= Pattern.DOTALL;
        case "extended" -> flags |= Pattern.COMMENTS;
        case "ucp", "utf" -> flags |= Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        case "firstline" -> first = true;
        default -> LOG.warn("regex option {} has no Java equivalent: ignored", o);
      }
    }
    Pattern p = null;
    String err = null;
    try {
      p = Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      err = "Invalid regex: '" + regex + "' at offset " + e.getIndex() + ": "
          + e.getDescription();
      LOG.info(err);
    }
    this.pattern = p;
    this.error = err;
    this.firstLine = first;
    this.minOffset = minOffset;
    this.maxOffset = maxOffset;
  }

  /** Why the regex cannot be used, or null. */
  public String error() {
    return error;
  }

  /**
   * Whether the body matches: a match starting at or after {@code regex_min_offset} and, when
   * {@code regex_max_offset} is set, before {@code maxOffset} (keepalived's one-beyond form: a
   * match may start at the configured maximum). With PCRE2's {@code firstline} the match must
   * start in the first line, though it may run past its end.
   */
  public boolean matches(String body) {
    if (pattern == null) {
      return false;
    }
    if (minOffset > body.length()) {
      return false;
    }
    try {
      Matcher m = pattern.matcher(new BoundedChars(body, MAX_STEPS));
      if (!m.find((int) minOffset)) {
        return false;
      }
      int nl = body.indexOf('\n');
      if (firstLine && nl >= 0 && m.start() > nl) {
        return false;
      }
      return maxOffset == 0 || m.start() < maxOffset;
    } catch (StepsExceeded e) {
      LOG.info("regex match abandoned after {} steps", MAX_STEPS);
      return false;
    }
  }

  private static final class StepsExceeded extends RuntimeException {
    StepsExceeded() {
      super(null, null, false, false);
    }
  }

  /** A CharSequence that gives up after a number of reads. */
  private static final class BoundedChars implements CharSequence {
    private final String s;
    private final long[] budget;

    BoundedChars(String s, long steps) {
      this(s, new long[] {steps});
    }

    private BoundedChars(String s, long[] budget) {
      this.s = s;
      this.budget = budget;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
        throw new StepsExceeded();
      }
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new BoundedChars(s.substring(start, end), budget);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}

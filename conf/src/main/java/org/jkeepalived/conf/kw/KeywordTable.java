package org.jkeepalived.conf.kw;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.jkeepalived.conf.tree.ConfNode;

/**
 * The keywords one configuration block accepts, each with its handler (keepalived's per-block
 * {@code install_keyword} tables). Immutable once built; lookups are a single hash probe, so a
 * table is built once and applied to any number of blocks.
 *
 * <p>A keyword the table does not know is reported as {@code Unknown keyword 'X'} (an error, as
 * keepalived does) and skipped together with its block, if it opened one.
 *
 * @param <B> the builder the block's lines are read into
 */
public final class KeywordTable<B> {
  private final String name;
  private final Map<String, KeywordHandler<B>> handlers;

  private KeywordTable(String name, Map<String, KeywordHandler<B>> handlers) {
    this.name = name;
    this.handlers = Map.copyOf(handlers);
  }

  public static <B> Builder<B> builder(String name) {
    return new Builder<>(name);
  }

  /** The block's name, for messages and the dump. */
  public String name() {
    return name;
  }

  public Set<String> keywords() {
    return handlers.keySet();
  }

  public boolean knows(String keyword) {
    return handlers.containsKey(keyword);
  }

  /** Reads every line of a block into {@code target}, in order. */
  public void apply(List<ConfNode> nodes, B target, ParseContext ctx) {
    for (ConfNode node : nodes) {
      apply(node, target, ctx);
    }
  }

  /** Reads one line into {@code target}; an unknown keyword is reported and skipped. */
  public void apply(ConfNode node, B target, ParseContext ctx) {
    KeywordHandler<B> handler = handlers.get(node.keyword());
    if (handler == null) {
      ctx.unknownKeyword(node);
      return;
    }
    handler.handle(node, target, ctx);
  }

  /** Collects the handlers of a table; later registrations of a keyword replace earlier ones. */
  public static final class Builder<B> {
    private final String name;
    private final Map<String, KeywordHandler<B>> handlers = new HashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder<B> on(String keyword, KeywordHandler<B> handler) {
      handlers.put(keyword, handler);
      return this;
    }

    /** Several spellings of one keyword (keepalived keeps old names as aliases). */
    public Builder<B> on(List<String> keywords, KeywordHandler<B> handler) {
      for (String k : keywords) {
        handlers.put(k, handler);
      }
      return this;
    }

    /** A keyword taking an optional boolean; a bare keyword means true. */
    public Builder<B> flag(String keyword, BiConsumer<B, Boolean> setter) {
      return on(
          keyword,
          (n, b, c) -> {
            Boolean v = Values.optionalBool(n, 0, c);
            if (v != null) {
              setter.accept(b, v);
            }
          });
    }

    /** A keyword taking no argument that sets a fixed value. */
    public Builder<B> set(String keyword, java.util.function.Consumer<B> setter) {
      return on(keyword, (n, b, c) -> setter.accept(b));
    }

    /** A keyword taking one integer in [min, max]; out of range is reported and ignored. */
    public Builder<B> integer(String keyword, long min, long max, ObjIntConsumer<B> setter) {
      return on(
          keyword,
          (n, b, c) -> {
            Long v = Values.integer(n, 0, min, max, c);
            if (v != null) {
              setter.accept(b, v.intValue());
            } else {
              c.error(n, n.keyword() + " '" + Values.argOrEmpty(n, 0) + "' is invalid");
            }
          });
    }

    /** A keyword taking one decimal number of seconds in [min, max] (microsecond resolution). */
    public Builder<B> seconds(
        String keyword, double min, double max, BiConsumer<B, Duration> setter) {
      return on(
          keyword,
          (n, b, c) -> {
            Duration d = Values.seconds(n, 0, min, max, c);
            if (d != null) {
              setter.accept(b, d);
            } else {
              c.error(n, n.keyword() + " '" + Values.argOrEmpty(n, 0) + "' is invalid");
            }
          });
    }

    /** A keyword taking one word, stored as given. */
    public Builder<B> string(String keyword, BiConsumer<B, String> setter) {
      return on(
          keyword,
          (n, b, c) -> {
            if (Values.requireArgs(n, 1, c)) {
              setter.accept(b, n.arg(0));
            }
          });
    }

    /** A keyword whose block lines are each one word, collected into a list. */
    public Builder<B> wordList(String keyword, Function<B, List<String>> list) {
      return on(
          keyword,
          (n, b, c) -> {
            List<String> target = list.apply(b);
            for (ConfNode child : n.children()) {
              target.add(child.keyword());
              target.addAll(child.args());
            }
          });
    }

    /** A sub-block read with its own table into a sub-builder taken from the parent. */
    public <C> Builder<B> block(String keyword, KeywordTable<C> table, Function<B, C> child) {
      return on(keyword, (n, b, c) -> table.apply(n.children(), child.apply(b), c));
    }

    public KeywordTable<B> build() {
      return new KeywordTable<>(name, handlers);
    }
  }
}

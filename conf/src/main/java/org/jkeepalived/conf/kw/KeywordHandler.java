package org.jkeepalived.conf.kw;

import org.jkeepalived.conf.tree.ConfNode;

/**
 * Gives one configuration line its meaning: reads the line's arguments (and block, if any) into
 * the builder of the enclosing block, reporting bad values to the context.
 *
 * @param <B> the builder of the block the keyword belongs to
 */
@FunctionalInterface
public interface KeywordHandler<B> {
  void handle(ConfNode node, B target, ParseContext ctx);
}

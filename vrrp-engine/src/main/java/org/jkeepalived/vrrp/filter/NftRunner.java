package org.jkeepalived.vrrp.filter;

import java.io.IOException;

/** Applies an nftables script (the input language of {@code nft -f}) as one transaction. */
@FunctionalInterface
public interface NftRunner {
  /** Runs {@code script}; throws with nft's message when it refuses it (nothing is applied). */
  void run(String script) throws IOException;
}

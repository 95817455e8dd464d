package org.jkeepalived.linux.ipvs;

import java.util.Optional;

/** How one command of {@link IpvsControl#apply} ended: done, or refused with its error. */
public record IpvsOutcome(IpvsCommand command, Optional<IpvsException> error) {

  public static IpvsOutcome done(IpvsCommand command) {
    return new IpvsOutcome(command, Optional.empty());
  }

  public static IpvsOutcome failed(IpvsCommand command, IpvsException error) {
    return new IpvsOutcome(command, Optional.of(error));
  }

  public boolean ok() {
    return error.isEmpty();
  }
}

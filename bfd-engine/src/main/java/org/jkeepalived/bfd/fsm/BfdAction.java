package org.jkeepalived.bfd.fsm;

import java.util.Objects;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdState;

/** What the session asks its I/O to do after a step. */
public sealed interface BfdAction {
  /** Send this packet now (its authentication section, if any, is added by the sender). */
  record Send(BfdControlPacket packet) implements BfdAction {
    public Send {
      Objects.requireNonNull(packet, "packet");
    }
  }

  /** bfd.SessionState changed; {@code diag} is bfd.LocalDiag after the change. */
  record StateChanged(BfdState from, BfdState to, BfdDiag diag) implements BfdAction {
    public StateChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(diag, "diag");
    }
  }
}

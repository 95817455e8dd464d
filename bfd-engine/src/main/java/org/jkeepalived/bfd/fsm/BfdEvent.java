package org.jkeepalived.bfd.fsm;

import java.util.Objects;
import org.jkeepalived.bfd.packet.BfdControlPacket;

/** What can happen to a session. Packets arrive decoded, demultiplexed and authenticated. */
public sealed interface BfdEvent {
  /** The session starts (Down, section 6.8.1), or leaves AdminDown (section 6.8.16). */
  record Enable() implements BfdEvent {}

  /** The operator disables the session: AdminDown, diagnostic 7 (section 6.8.16). */
  record Disable() implements BfdEvent {}

  /** A control packet for this session passed every check of section 6.8.6 before the FSM. */
  record Received(BfdControlPacket packet) implements BfdEvent {
    public Received {
      Objects.requireNonNull(packet, "packet");
    }
  }

  /** The time the session asked to be woken at ({@link BfdSessionMachine#nextWakeUp}) came. */
  record Tick() implements BfdEvent {}

  /** A reload changed the session's timers or multiplier (section 6.8.3). */
  record ParametersChanged(BfdSessionParameters parameters) implements BfdEvent {
    public ParametersChanged {
      Objects.requireNonNull(parameters, "parameters");
    }
  }
}

package org.jkeepalived.lvs.forward;

import io.netty.channel.EventLoopGroup;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;

/** What every frontend of one forwarder shares. */
record Context(
    Transport transport,
    EventLoopGroup group,
    ForwarderSettings settings,
    ConnectionLimit limit,
    Supplier<IpvsTimeouts> timeouts,
    LongSupplier nanos) {}

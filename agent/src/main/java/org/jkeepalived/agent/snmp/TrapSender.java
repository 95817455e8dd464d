package org.jkeepalived.agent.snmp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.agent.NotificationOriginator;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * Sends notifications to every configured sink (v2c traps, v3 traps, informs with their retries),
 * for the store listeners that turn events into MIB notifications. Each notification carries
 * sysUpTime.0 then snmpTrapOID.0 first, as RFC 3416 section 4.2.6 requires (SNMP4J's
 * notification originator prepends them), then the given varbinds.
 *
 * <p>Sending happens on a thread of its own, in call order, so a caller (a store listener) never
 * waits for the network or an inform's acknowledgements. Notifications sent before the agent has
 * started wait for it.
 */
public final class TrapSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrapSender.class);

  private final CompletableFuture<NotificationOriginator> originator;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "jk-snmp-notify");
            t.setDaemon(true);
            return t;
          });

  TrapSender(CompletableFuture<NotificationOriginator> originator) {
    this.originator = originator;
  }

  /** Queues a notification to all sinks; problems are logged, never thrown to the caller. */
  public void send(OID notificationOid, List<VariableBinding> varbinds) {
    sendAsync(notificationOid, varbinds);
  }

  /**
   * Queues a notification to all sinks; the future completes once it was handed to every sink
   * (for informs: once acknowledged or out of retries).
   */
  public CompletableFuture<Void> sendAsync(OID notificationOid, List<VariableBinding> varbinds) {
    VariableBinding[] vbs = varbinds.toArray(new VariableBinding[0]);
    return originator
        .thenAcceptAsync(o -> o.notify(new OctetString(), notificationOid, vbs), executor)
        .whenComplete(
            (ok, e) -> {
              if (e != null) {
                LOG.warn("notification {} not sent: {}", notificationOid, e.toString());
              }
            });
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

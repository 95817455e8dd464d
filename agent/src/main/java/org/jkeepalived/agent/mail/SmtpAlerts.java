package org.jkeepalived.agent.mail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's email alerts for VRRP: a store listener on the VRRP domain turns state changes into
 * mails ({@link SmtpAlertPlanner}) and hands them to an {@link SmtpSender}, which sends them off
 * the listener's thread. Started only when global_defs has both notification_email and
 * smtp_server, as keepalived sends nothing without them. Real and virtual server mails come from
 * {@link CheckerAlerts} on the CHECK domain.
 */
public final class SmtpAlerts implements AutoCloseable, StoreListener {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpAlerts.class);

  private final ObjectStore store;
  private final GlobalDefs.Notification settings;
  private final String routerId;
  private final String from;
  private final Consumer<SmtpMessage> out;
  private final SmtpAlertPlanner planner = new SmtpAlertPlanner();
  /** Configs seen, kept after removal: a deleted instance still mails. */
  private final Map<Index, VrrpInstanceConfig> instances = new HashMap<>();
  private final Map<Index, VrrpSyncGroupConfig> groups = new HashMap<>();
  private SmtpSender sender;
  private ObjectStore.Subscription subscription;
  private ObjectStore.Subscription checkSubscription;

  SmtpAlerts(ObjectStore store, GlobalDefs.Notification settings, String routerId, String from,
      Consumer<SmtpMessage> out) {
    this.store = store;
    this.settings = settings;
    this.routerId = routerId;
    this.from = from;
    this.out = out;
  }

  /** The alerts of a configuration, or empty when it asks for none (no recipients or server). */
  public static Optional<SmtpAlerts> start(ObjectStore store, KeepalivedConfig config) {
    GlobalDefs.Notification n = config.global().notification();
    if (n == null || n.emails().isEmpty() || n.smtpServer() == null) {
      return Optional.empty();
    }
    InetSocketAddress server;
    try {
      // smtp_server is an IP address in keepalived.conf: no name lookup here
      server = new InetSocketAddress(InetAddress.getByName(n.smtpServer()), n.smtpPort());
    } catch (UnknownHostException e) {
      LOG.error("SMTP alerts off: smtp_server {} is not an address", n.smtpServer());
      return Optional.empty();
    }
    // the configuration loader has already defaulted router_id and notification_email_from
    // to the host name and keepalived@ the host name
    String routerId = config.global().routerId();
    String from = n.emailFrom();
    Duration timeout = n.smtpConnectTimeout() != null ? n.smtpConnectTimeout()
        : Duration.ofSeconds(30);
    SmtpSender sender = new SmtpSender(server, timeout);
    SmtpAlerts alerts = new SmtpAlerts(store, n, routerId, from, sender::submit);
    alerts.sender = sender;
    alerts.subscription = store.subscribe(Domain.VRRP, "smtp-alert", alerts);
    alerts.checkSubscription = store.subscribe(Domain.CHECK, "smtp-alert-checker",
        alerts.checkerAlerts());
    return Optional.of(alerts);
  }

  /** The listener for real and virtual server mails, on the CHECK domain's own loop. */
  CheckerAlerts checkerAlerts() {
    return new CheckerAlerts(store, settings.noCheckerEmails(), routerId, this::send);
  }

  private void send(SmtpAlert a) {
    out.accept(SmtpMessage.of(a, settings.smtpHeloName(), from, settings.emails(),
        ZonedDateTime.now()));
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    for (StoreEvent e : events) {
      if (e.part() == Part.CONFIG) {
        remember(e);
      } else if (e.after() != null) {
        plan(e).ifPresent(this::send);
      }
    }
  }

  private Optional<SmtpAlert> plan(StoreEvent e) {
    if (e.is(Tables.VRRP_INSTANCE)) {
      VrrpInstanceConfig cfg = instances.computeIfAbsent(e.index(),
          i -> store.snapshot().config(Tables.VRRP_INSTANCE, i).orElse(null));
      VrrpInstanceState before = e.stateBefore(Tables.VRRP_INSTANCE).orElse(null);
      VrrpInstanceState after = e.stateAfter(Tables.VRRP_INSTANCE).orElseThrow();
      if (cfg == null || (before != null && before.state() == after.state())) {
        return Optional.empty();
      }
      return planner.instance(cfg, groupOf(cfg.name()), after.state(), settings, routerId);
    }
    if (e.is(Tables.VRRP_SYNC_GROUP)) {
      VrrpSyncGroupConfig cfg = groups.computeIfAbsent(e.index(),
          i -> store.snapshot().config(Tables.VRRP_SYNC_GROUP, i).orElse(null));
      VrrpSyncGroupState before = e.stateBefore(Tables.VRRP_SYNC_GROUP).orElse(null);
      VrrpSyncGroupState after = e.stateAfter(Tables.VRRP_SYNC_GROUP).orElseThrow();
      if (cfg == null || (before != null && before.state() == after.state())) {
        return Optional.empty();
      }
      return planner.group(cfg, after.state(), settings, routerId);
    }
    return Optional.empty();
  }

  private String groupOf(String instance) {
    for (VrrpSyncGroupConfig g : store.snapshot().configs(Tables.VRRP_SYNC_GROUP).values()) {
      if (g.members().contains(instance)) {
        return g.name();
      }
    }
    return null;
  }

  private void remember(StoreEvent e) {
    if (e.is(Tables.VRRP_INSTANCE)) {
      e.configAfter(Tables.VRRP_INSTANCE).or(() -> e.configBefore(Tables.VRRP_INSTANCE))
          .ifPresent(c -> instances.put(e.index(), c));
    } else if (e.is(Tables.VRRP_SYNC_GROUP)) {
      e.configAfter(Tables.VRRP_SYNC_GROUP).or(() -> e.configBefore(Tables.VRRP_SYNC_GROUP))
          .ifPresent(c -> groups.put(e.index(), c));
    }
  }

  @Override
  public void close() {
    if (subscription != null) {
      subscription.close();
    }
    if (checkSubscription != null) {
      checkSubscription.close();
    }
    if (sender != null) {
      sender.close();
    }
  }
}

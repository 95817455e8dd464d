package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jkeepalived.linux.ffi.ErrnoException;

/**
 * In-memory {@link VirtualLinks}: links get indexes from 100 up; a link set up is also running
 * (its base is assumed up). When given a {@link FakeLinkMonitor}, every change is also reported
 * there, as the kernel would report it over RTMGRP_LINK. Thread-safe.
 */
public final class FakeVirtualLinks implements VirtualLinks {
  private static final int RUNNING = Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP;
  private static final int ENODEV = 19;

  private final FakeLinkMonitor monitor;
  private final Map<Integer, VirtualLinkDetails> links = new TreeMap<>();
  private final List<String> operations = new ArrayList<>();
  private final Map<String, LinkInfo> others = new TreeMap<>();
  private int nextIndex = 100;
  private Integer failCreate;

  public FakeVirtualLinks() {
    this(null);
  }

  public FakeVirtualLinks(FakeLinkMonitor monitor) {
    this.monitor = monitor;
  }

  /** A link of another kind (a veth, a bridge) that holds {@code name}: creates of it fail. */
  public synchronized void putOtherLink(String name, String kind) {
    others.put(name, new LinkInfo(nextIndex++, name, 0, 1500, null, 2, kind));
  }

  /** The next create fails with {@code errno}. */
  public synchronized void failNextCreate(int errno) {
    failCreate = errno;
  }

  @Override
  public LinkInfo create(VirtualLinkSpec s) throws IOException {
    LinkInfo link;
    synchronized (this) {
      if (failCreate != null) {
        int errno = failCreate;
        failCreate = null;
        throw new ErrnoException("RTM_NEWLINK", errno, "injected failure");
      }
      if (others.containsKey(s.name())
          || links.values().stream().anyMatch(d -> d.link().name().equals(s.name()))) {
        throw new ErrnoException("RTM_NEWLINK", 17, "File exists");
      }
      int index = nextIndex++;
      link = new LinkInfo(index, s.name(), 0, 1500, s.mac() == null ? null : s.mac().bytes(), 2,
          s.kind().kindName());
      links.put(index, new VirtualLinkDetails(link, s.baseIndex(), s.kind(), s.mode(),
          s.ipvlanFlags()));
      operations.add("create " + s.name());
    }
    report(link);
    return link;
  }

  @Override
  public void setUp(int index, boolean up) throws IOException {
    LinkInfo now;
    synchronized (this) {
      VirtualLinkDetails d = links.get(index);
      if (d == null) {
        throw new ErrnoException("RTM_NEWLINK", ENODEV, "No such device");
      }
      LinkInfo l = d.link();
      now = new LinkInfo(index, l.name(), up ? l.flags() | RUNNING : l.flags() & ~RUNNING,
          l.mtu(), l.hardwareAddress(), up ? 6 : 2, l.kind());
      links.put(index, new VirtualLinkDetails(now, d.baseIndex(), d.kind(), d.mode(),
          d.ipvlanFlags()));
      operations.add((up ? "up " : "down ") + l.name());
    }
    report(now);
  }

  @Override
  public void delete(int index) throws IOException {
    synchronized (this) {
      VirtualLinkDetails d = links.remove(index);
      if (d == null) {
        throw new ErrnoException("RTM_DELLINK", ENODEV, "No such device");
      }
      operations.add("delete " + d.link().name());
    }
    if (monitor != null) {
      monitor.removeLink(index);
    }
  }

  @Override
  public synchronized Optional<LinkInfo> find(String name) {
    return links.values().stream().map(VirtualLinkDetails::link)
        .filter(l -> l.name().equals(name)).findFirst()
        .or(() -> Optional.ofNullable(others.get(name)));
  }

  @Override
  public synchronized List<VirtualLinkDetails> list() {
    return new ArrayList<>(links.values());
  }

  /** Every create/up/down/delete so far, e.g. {@code "create vrrp.51"}, oldest first. */
  public synchronized List<String> operations() {
    return List.copyOf(operations);
  }

  private void report(LinkInfo link) {
    if (monitor != null) {
      monitor.putLink(link);
    }
  }

  @Override
  public void close() {}
}

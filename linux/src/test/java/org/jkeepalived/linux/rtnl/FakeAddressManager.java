package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;

/**
 * In-memory {@link AddressManager}: keeps the address list, refuses duplicates with EEXIST and
 * unknown deletes with EADDRNOTAVAIL as the kernel does, records every call, and forwards changes
 * to an optional {@link FakeLinkMonitor} as address events. Thread-safe.
 */
public final class FakeAddressManager implements AddressManager {
  /** One recorded call. */
  public record Call(String operation, InterfaceAddress address) {}

  private final List<InterfaceAddress> addresses = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final FakeLinkMonitor monitor;
  private IOException nextFailure;

  public FakeAddressManager() {
    this(null);
  }

  /** A fake that also reports its changes through {@code monitor} (may be null). */
  public FakeAddressManager(FakeLinkMonitor monitor) {
    this.monitor = monitor;
  }

  @Override
  public void add(InterfaceAddress address) throws IOException {
    synchronized (this) {
      calls.add(new Call("add", address));
      failIfArmed();
      if (find(address) >= 0) {
        throw new ErrnoException("RTM_NEWADDR", LinuxConstants.EEXIST, "File exists");
      }
      addresses.add(address);
    }
    if (monitor != null) {
      monitor.emitAddress(new AddressEvent(AddressEvent.Kind.ADDED, address));
    }
  }

  @Override
  public void delete(InterfaceAddress address) throws IOException {
    InterfaceAddress removed;
    synchronized (this) {
      calls.add(new Call("delete", address));
      failIfArmed();
      int i = find(address);
      if (i < 0) {
        throw new ErrnoException("RTM_DELADDR", LinuxConstants.EADDRNOTAVAIL,
            "Cannot assign requested address");
      }
      removed = addresses.remove(i);
    }
    if (monitor != null) {
      monitor.emitAddress(new AddressEvent(AddressEvent.Kind.REMOVED, removed));
    }
  }

  @Override
  public synchronized List<InterfaceAddress> list(int family) {
    List<InterfaceAddress> out = new ArrayList<>();
    for (InterfaceAddress a : addresses) {
      if (family == 0 || (family == LinuxConstants.AF_INET) == a.isIpv4()) {
        out.add(a);
      }
    }
    return out;
  }

  /** Every add/delete so far, failed ones included, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Makes the next add or delete fail with {@code failure} (e.g. an ENODEV ErrnoException). */
  public synchronized void failNext(IOException failure) {
    nextFailure = failure;
  }

  @Override
  public void close() {}

  private void failIfArmed() throws IOException {
    IOException f = nextFailure;
    nextFailure = null;
    if (f != null) {
      throw f;
    }
  }

  private int find(InterfaceAddress a) {
    for (int i = 0; i < addresses.size(); i++) {
      if (addresses.get(i).sameAddress(a)) {
        return i;
      }
    }
    return -1;
  }
}

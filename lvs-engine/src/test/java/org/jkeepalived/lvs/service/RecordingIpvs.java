package org.jkeepalived.lvs.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ipvs.FakeIpvsControl;
import org.jkeepalived.linux.ipvs.IpvsCommand;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsInfo;
import org.jkeepalived.linux.ipvs.IpvsOutcome;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.linux.ipvs.IpvsSyncDaemon;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;

/**
 * A {@link FakeIpvsControl} that records the batches {@link IpvsControl#apply} is given and
 * refuses chosen commands with a chosen errno (as the kernel would, changing nothing), for the
 * writer's batching tests.
 */
final class RecordingIpvs implements IpvsControl {
  final FakeIpvsControl kernel = new FakeIpvsControl();
  final List<List<String>> batches = new ArrayList<>();
  private final Map<String, Integer> refusals = new HashMap<>();

  /** The command described as {@code describe} is refused with {@code errno} from now on. */
  void refuse(String describe, int errno) {
    refusals.put(describe, errno);
  }

  @Override
  public List<IpvsOutcome> apply(List<IpvsCommand> commands) {
    batches.add(commands.stream().map(IpvsCommand::describe).toList());
    List<IpvsOutcome> out = new ArrayList<>();
    for (IpvsCommand c : commands) {
      Integer errno = refusals.get(c.describe());
      if (errno != null) {
        out.add(IpvsOutcome.failed(c, new IpvsException("IPVS " + c.describe() + ": refused",
            errno)));
        continue;
      }
      out.addAll(IpvsControl.super.apply(List.of(c)));
    }
    return out;
  }

  @Override
  public IpvsInfo info() throws IpvsException {
    return kernel.info();
  }

  @Override
  public List<IpvsService> services() throws IpvsException {
    return kernel.services();
  }

  @Override
  public List<IpvsDestination> destinations(IpvsServiceKey service) throws IpvsException {
    return kernel.destinations(service);
  }

  @Override
  public void addService(IpvsService service) throws IpvsException {
    kernel.addService(service);
  }

  @Override
  public void editService(IpvsService service) throws IpvsException {
    kernel.editService(service);
  }

  @Override
  public void deleteService(IpvsServiceKey service) throws IpvsException {
    kernel.deleteService(service);
  }

  @Override
  public void addDestination(IpvsServiceKey service, IpvsDestination destination)
      throws IpvsException {
    kernel.addDestination(service, destination);
  }

  @Override
  public void editDestination(IpvsServiceKey service, IpvsDestination destination)
      throws IpvsException {
    kernel.editDestination(service, destination);
  }

  @Override
  public void deleteDestination(IpvsServiceKey service, IpvsDestKey destination)
      throws IpvsException {
    kernel.deleteDestination(service, destination);
  }

  @Override
  public void flush() throws IpvsException {
    kernel.flush();
  }

  @Override
  public IpvsTimeouts timeouts() throws IpvsException {
    return kernel.timeouts();
  }

  @Override
  public void setTimeouts(IpvsTimeouts timeouts) throws IpvsException {
    kernel.setTimeouts(timeouts);
  }

  @Override
  public List<IpvsSyncDaemon> daemons() throws IpvsException {
    return kernel.daemons();
  }

  @Override
  public void startDaemon(IpvsSyncDaemon daemon) throws IpvsException {
    kernel.startDaemon(daemon);
  }

  @Override
  public void stopDaemon(IpvsSyncDaemon.Role role) throws IpvsException {
    kernel.stopDaemon(role);
  }

  @Override
  public void close() {
    kernel.close();
  }
}

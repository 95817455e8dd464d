package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.List;

/**
 * Port: the links of the namespace and their changes. Real: {@link NetlinkLinkMonitor}; fake:
 * {@code FakeLinkMonitor}.
 */
public interface LinkMonitor extends AutoCloseable {
  /** A snapshot of every link. */
  List<LinkInfo> links() throws IOException;

  /**
   * Starts delivering link and address notifications to the listener until the returned handle
   * is closed.
   */
  AutoCloseable subscribe(RtnlListener listener) throws IOException;

  /** Stops every subscription and releases the sockets. */
  @Override
  void close();
}

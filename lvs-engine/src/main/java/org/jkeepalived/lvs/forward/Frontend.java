package org.jkeepalived.lvs.forward;

/** What listens on a virtual server's address and port and forwards its traffic. */
interface Frontend {
  /** Stops listening and closes every connection or flow of the service. */
  void close();
}

package org.jkeepalived.conf.lvs;

import org.jkeepalived.conf.kw.RootBuilder;

/** The track_file and bfd_instance names the VRRP side has read so far. */
final class DefinedNames {
  private DefinedNames() {}

  static boolean trackFile(RootBuilder root, String name) {
    return root.vrrp.trackFiles.containsKey(name);
  }

  static boolean bfd(RootBuilder root, String name) {
    return root.vrrp.bfds.containsKey(name);
  }
}

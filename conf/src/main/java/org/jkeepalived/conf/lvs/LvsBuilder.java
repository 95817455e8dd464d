package org.jkeepalived.conf.lvs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;

/** The LVS blocks collected while reading, kept as an extension of the root builder. */
final class LvsBuilder {
  /** The whole configuration read so far: checkers resolve names defined earlier in the file. */
  final RootBuilder root;
  /** Groups by name; a later group of the same name replaces the earlier one. */
  final Map<String, VirtualServerGroup> groups = new LinkedHashMap<>();
  final List<VsBuilder> servers = new ArrayList<>();
  /** The SSL block, or null when there is none. */
  String[] ssl;

  LvsBuilder(RootBuilder root) {
    this.root = root;
  }
}

package org.jkeepalived.conf.lvs;

import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.kw.ConfigSection;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.mibs.config.lvs.CheckerKind;

/**
 * The LVS part of keepalived.conf for the parser: installs virtual_server_group,
 * virtual_server and SSL into the root table and, after reading, applies keepalived's
 * corrections and stores the {@link org.jkeepalived.mibs.config.LvsConfig} in the root builder.
 * Build one per parser; it holds only immutable tables.
 */
public final class LvsSection implements ConfigSection {
  private final KeywordTable<VsBuilder> virtualServer;
  private final KeywordTable<String[]> ssl = SslTable.create();

  /** The section resolving track_file and BFD names against the VRRP side's definitions. */
  public LvsSection() {
    this(DefinedNames::trackFile, DefinedNames::bfd, SystemUsers::exists);
  }

  /**
   * A section with its own name lookups (tests): whether a track_file, a bfd_instance or a user
   * of this name exists at the point the checker names it.
   */
  public LvsSection(
      BiPredicate<RootBuilder, String> trackFile,
      BiPredicate<RootBuilder, String> bfd,
      Predicate<String> user) {
    Map<CheckerKind, KeywordTable<CheckerBuilder>> checkers =
        CheckerTables.create(new CheckerTables.Names(trackFile, bfd, user));
    this.virtualServer = VirtualServerTable.create(RealServerTable.create(checkers));
  }

  @Override
  public void install(KeywordTable.Builder<RootBuilder> root) {
    root.on("virtual_server_group", (n, b, c) -> VsgParser.read(n, lvs(b), c))
        .on("virtual_server", (n, b, c) -> VirtualServerReader.read(n, lvs(b), virtualServer, c))
        .on("SSL", (n, b, c) -> {
          String[] s = new String[4];
          ssl.apply(n.children(), s, c);
          lvs(b).ssl = s;
        });
  }

  @Override
  public void complete(RootBuilder root, ParseContext ctx) {
    LvsBuilder lvs = lvs(root);
    // keepalived stops at a fatal problem, so nothing after it is reported.
    ParseContext c = fatal(ctx) ? new ParseContext(new Diagnostics(), ctx.host()) : ctx;
    LvsCorrections.run(lvs, c);
    CheckerScriptSecurity.check(lvs, c);
    root.lvs = LvsAssembler.build(lvs);
  }

  private static boolean fatal(ParseContext ctx) {
    for (var d : ctx.diagnostics().all()) {
      if (d.severity() == Severity.FATAL) {
        return true;
      }
    }
    return false;
  }

  private static LvsBuilder lvs(RootBuilder root) {
    return root.extension(LvsBuilder.class, () -> new LvsBuilder(root));
  }
}

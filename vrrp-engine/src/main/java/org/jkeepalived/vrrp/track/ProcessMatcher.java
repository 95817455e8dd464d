package org.jkeepalived.vrrp.track;

import java.util.List;
import org.jkeepalived.mibs.config.TrackProcessConfig;

/**
 * Whether a process counts for a vrrp_track_process (keepalived track_process.c, check_params):
 * an exact match, never a pattern ("pgrep ^ssh$"). Without parameters or full_command the name
 * is compared with the process's comm (which the kernel cuts to 15 characters); with either, the
 * configured path is compared with argv[0], and the parameters with the rest of the command line:
 * all of them (exact), the first n (partial), or the first n-1 with the last one a prefix
 * (initial).
 */
public final class ProcessMatcher {
  static final int TASK_COMM_MAX = 15;

  private final String path;
  private final List<String> params;
  private final TrackProcessConfig.ParamMatch match;
  private final boolean fullCommand;

  public ProcessMatcher(TrackProcessConfig config) {
    this.path = config.process().get(0);
    this.params = config.process().subList(1, config.process().size());
    this.match = config.paramMatch();
    this.fullCommand =
        config.fullCommand() || !params.isEmpty() || match != TrackProcessConfig.ParamMatch.EXACT;
  }

  /** Whether the command line is needed to decide (keepalived reads cmdline only then). */
  public boolean needsCmdline() {
    return fullCommand;
  }

  public boolean matches(String comm, List<String> cmdline) {
    if (!fullCommand) {
      String name = path.length() > TASK_COMM_MAX ? path.substring(0, TASK_COMM_MAX) : path;
      return name.equals(comm);
    }
    if (cmdline.isEmpty() || !cmdline.get(0).equals(path)) {
      return false;
    }
    List<String> actual = cmdline.subList(1, cmdline.size());
    return switch (match) {
      case EXACT -> actual.equals(params);
      case PARTIAL -> actual.size() >= params.size() && actual.subList(0, params.size()).equals(params);
      case INITIAL -> initial(actual);
    };
  }

  private boolean initial(List<String> actual) {
    if (params.isEmpty()) {
      return true;
    }
    int n = params.size();
    if (actual.size() < n || !actual.subList(0, n - 1).equals(params.subList(0, n - 1))) {
      return false;
    }
    return actual.get(n - 1).startsWith(params.get(n - 1));
  }
}

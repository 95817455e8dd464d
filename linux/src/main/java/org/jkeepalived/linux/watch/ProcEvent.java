package org.jkeepalived.linux.watch;

/**
 * A process event from the kernel's proc connector (linux/cn_proc.h). Pids are thread ids and
 * tgids process ids; a thread has pid != tgid, and process trackers ignore those.
 */
public sealed interface ProcEvent {
  /** The process (thread group) this event is about. */
  int pid();

  /** Whether the event is about a thread rather than a process. */
  boolean isThread();

  /** PROC_EVENT_FORK: {@code child} was forked from {@code parent}. */
  record Fork(int parentPid, int parentTgid, int childPid, int childTgid) implements ProcEvent {
    @Override
    public int pid() {
      return childTgid;
    }

    @Override
    public boolean isThread() {
      return childPid != childTgid;
    }
  }

  /** PROC_EVENT_EXEC: the process ran execve. */
  record Exec(int processPid, int processTgid) implements ProcEvent {
    @Override
    public int pid() {
      return processTgid;
    }

    @Override
    public boolean isThread() {
      return processPid != processTgid;
    }
  }

  /** PROC_EVENT_COMM: the process changed its name (prctl PR_SET_NAME). */
  record Comm(int processPid, int processTgid, String comm) implements ProcEvent {
    @Override
    public int pid() {
      return processTgid;
    }

    @Override
    public boolean isThread() {
      return processPid != processTgid;
    }
  }

  /** PROC_EVENT_EXIT: the process (or thread) ended. */
  record Exit(int processPid, int processTgid, int exitCode, int exitSignal) implements ProcEvent {
    @Override
    public int pid() {
      return processTgid;
    }

    @Override
    public boolean isThread() {
      return processPid != processTgid;
    }
  }
}

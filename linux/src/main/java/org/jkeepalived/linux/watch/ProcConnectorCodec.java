package org.jkeepalived.linux.watch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The proc connector's messages (linux/connector.h and linux/cn_proc.h), in host byte order. A
 * netlink payload is a {@code struct cn_msg} (idx, val, seq, ack, len, flags: 20 bytes) followed by
 * its data: for a subscription a 32-bit op, for an event a {@code struct proc_event} (what, cpu,
 * timestamp_ns, then the event's fields).
 */
public final class ProcConnectorCodec {
  public static final int NETLINK_CONNECTOR = 11;
  public static final int CN_IDX_PROC = 1;
  public static final int CN_VAL_PROC = 1;
  public static final int PROC_CN_MCAST_LISTEN = 1;
  public static final int PROC_CN_MCAST_IGNORE = 2;

  public static final int PROC_EVENT_NONE = 0;
  public static final int PROC_EVENT_FORK = 0x1;
  public static final int PROC_EVENT_EXEC = 0x2;
  public static final int PROC_EVENT_COMM = 0x200;
  public static final int PROC_EVENT_EXIT = 0x80000000;

  static final int CN_MSG_LEN = 20;
  static final int EVENT_HEADER = 16;
  static final int TASK_COMM_LEN = 16;

  private ProcConnectorCodec() {}

  /** The cn_msg payload subscribing to ({@code listen}) or leaving the proc events group. */
  public static byte[] subscription(boolean listen, ByteOrder order) {
    return ByteBuffer.allocate(CN_MSG_LEN + 4).order(order)
        .putInt(CN_IDX_PROC).putInt(CN_VAL_PROC).putInt(0).putInt(0)
        .putShort((short) 4).putShort((short) 0)
        .putInt(listen ? PROC_CN_MCAST_LISTEN : PROC_CN_MCAST_IGNORE)
        .array();
  }

  /**
   * Decodes one netlink payload; empty for other connector messages, the subscription
   * acknowledgement (PROC_EVENT_NONE) and event kinds process tracking does not use. Throws on a
   * proc event too short for its kind.
   */
  public static Optional<ProcEvent> decode(byte[] payload, ByteOrder order) {
    ByteBuffer b = ByteBuffer.wrap(payload).order(order);
    if (payload.length < CN_MSG_LEN + EVENT_HEADER) {
      return Optional.empty();
    }
    int idx = b.getInt(0);
    int val = b.getInt(4);
    int len = Short.toUnsignedInt(b.getShort(16));
    if (idx != CN_IDX_PROC || val != CN_VAL_PROC) {
      return Optional.empty();
    }
    if (CN_MSG_LEN + len > payload.length) {
      throw new IllegalArgumentException("cn_msg len " + len + " beyond payload " + payload.length);
    }
    int what = b.getInt(CN_MSG_LEN);
    int d = CN_MSG_LEN + EVENT_HEADER;
    return switch (what) {
      case PROC_EVENT_FORK -> {
        need(len, 16, "fork");
        yield Optional.of(new ProcEvent.Fork(b.getInt(d), b.getInt(d + 4), b.getInt(d + 8), b.getInt(d + 12)));
      }
      case PROC_EVENT_EXEC -> {
        need(len, 8, "exec");
        yield Optional.of(new ProcEvent.Exec(b.getInt(d), b.getInt(d + 4)));
      }
      case PROC_EVENT_COMM -> {
        need(len, 8 + TASK_COMM_LEN, "comm");
        int end = d + 8;
        while (end < d + 8 + TASK_COMM_LEN && payload[end] != 0) {
          end++;
        }
        String comm = new String(payload, d + 8, end - d - 8, StandardCharsets.UTF_8);
        yield Optional.of(new ProcEvent.Comm(b.getInt(d), b.getInt(d + 4), comm));
      }
      case PROC_EVENT_EXIT -> {
        need(len, 16, "exit");
        yield Optional.of(new ProcEvent.Exit(b.getInt(d), b.getInt(d + 4), b.getInt(d + 8), b.getInt(d + 12)));
      }
      default -> Optional.empty();
    };
  }

  private static void need(int len, int fields, String kind) {
    if (len < EVENT_HEADER + fields) {
      throw new IllegalArgumentException("proc " + kind + " event of " + len + " bytes");
    }
  }
}

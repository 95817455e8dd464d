import jnr.ffi.LibraryLoader;

/**
 * bench/lvs/floor.sh's probe: the least a JVM on this project's stack does before it can send
 * one netlink message - start, and bind one libc function through jnr-ffi (the stack's way to
 * native calls: the JDK's sockets have no AF_NETLINK, and Java 17's only other route, the
 * foreign-function API, is an incubator module there). Prints getpid() to show the binding works.
 */
public final class JnrFloor {
  /** The one function. */
  public interface LibC {
    int getpid();
  }

  private JnrFloor() {}

  public static void main(String[] args) {
    System.out.println(LibraryLoader.create(LibC.class).load("c").getpid());
  }
}

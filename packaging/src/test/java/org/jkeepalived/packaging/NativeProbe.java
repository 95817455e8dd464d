package org.jkeepalived.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import jnr.ffi.LibraryLoader;

/**
 * Run by {@link DebPackageIT} in a JVM of its own, with the installed jar: binds libc through
 * jnr-ffi, which loads jffi's native stub first, and checks that getpid() is this JVM's pid.
 * Prints the file jffi's stub was mapped from (/proc/self/maps): jffi deletes a copy it made in
 * java.io.tmpdir (or the working directory) right after loading it, so the mapping is where a
 * copy shows. Exits non-zero (with the reason on stderr) when the stub cannot be loaded.
 */
public final class NativeProbe {
  /** The one libc function the probe needs. */
  public interface LibC {
    int getpid();
  }

  private NativeProbe() {}

  public static void main(String[] args) throws Exception {
    LibC libc = LibraryLoader.create(LibC.class).load("c");
    long pid = ProcessHandle.current().pid();
    int got = libc.getpid();
    if (got != pid) {
      System.err.println("getpid() through jnr-ffi said " + got + ", the JVM is " + pid);
      System.exit(1);
    }
    System.out.println("getpid " + got);
    String stub = Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(l -> l.contains("jffi")).map(l -> l.substring(l.indexOf('/'))).findFirst()
        .orElse("none");
    System.out.println("stub " + stub);
  }
}

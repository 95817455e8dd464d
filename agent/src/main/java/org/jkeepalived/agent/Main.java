package org.jkeepalived.agent;

/** Entry point of the jkeepalived daemon. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("jkeepalived");
  }
}

package org.jkeepalived.mibs.config.lvs;

/** HTTP version an HTTP_GET/SSL_GET request uses; 1.0C adds {@code Connection: close}. */
public enum HttpProtocol {
  HTTP_1_0("1.0"),
  HTTP_1_0C("1.0C"),
  HTTP_1_1("1.1");

  private final String keyword;

  HttpProtocol(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }
}

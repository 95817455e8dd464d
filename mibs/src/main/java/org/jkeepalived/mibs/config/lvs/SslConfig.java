package org.jkeepalived.mibs.config.lvs;

/** The SSL block for SSL_GET: each file or the password may be null (auto-generated context). */
public record SslConfig(String password, String ca, String certificate, String key) {}

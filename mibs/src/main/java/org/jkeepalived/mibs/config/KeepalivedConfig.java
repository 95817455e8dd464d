package org.jkeepalived.mibs.config;

/**
 * A whole parsed and corrected keepalived configuration. Built in one place (the parser's root
 * builder), so new parts are added as new components without touching other code.
 */
public record KeepalivedConfig(DaemonOptions daemon, GlobalDefs global, LvsConfig lvs) {}

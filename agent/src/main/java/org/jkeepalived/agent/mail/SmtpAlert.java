package org.jkeepalived.agent.mail;

/** One email alert: keepalived's subject and body lines ({@code smtp_alert} in core/smtp.c). */
public record SmtpAlert(String subject, String body) {}

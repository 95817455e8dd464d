package org.jkeepalived.agent.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One mail as keepalived's core/smtp.c sends it: HELO with smtp_helo_name (default "localhost"),
 * MAIL FROM and one RCPT TO per notification_email, then the DATA text: Date (RFC 822, local
 * time), From, Subject, "X-Mailer: Keepalived", To (the recipients, comma-separated over folded
 * lines), an empty line, the body, and an empty line before the terminating dot.
 */
public record SmtpMessage(String helo, String from, List<String> recipients, String data) {
  private static final DateTimeFormatter RFC822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

  /** The message for {@code alert}; {@code data} ends with CRLF, the SMTP codec adds ".CRLF". */
  public static SmtpMessage of(SmtpAlert alert, String helo, String from, List<String> to,
      ZonedDateTime now) {
    StringBuilder d = new StringBuilder()
        .append("Date: ").append(RFC822.format(now)).append("\r\n")
        .append("From: ").append(from).append("\r\n")
        .append("Subject: ").append(alert.subject()).append("\r\n")
        .append("X-Mailer: Keepalived\r\n")
        .append("To:");
    for (int i = 0; i < to.size(); i++) {
      d.append(i == 0 ? "" : ",\r\n").append(' ').append(to.get(i));
    }
    d.append("\r\n\r\n").append(dotStuffed(alert.body())).append("\r\n\r\n");
    return new SmtpMessage(helo == null ? "localhost" : helo, from, List.copyOf(to),
        d.toString());
  }

  /** The address without angle brackets: Netty's MAIL and RCPT requests add them. */
  static String bare(String address) {
    return address.startsWith("<") && address.endsWith(">")
        ? address.substring(1, address.length() - 1) : address;
  }

  /** RFC 5321 section 4.5.2: a line starting with '.' gets one more. */
  private static String dotStuffed(String body) {
    return body.replace("\r\n.", "\r\n..").replaceFirst("^\\.", "..");
  }
}

package org.jkeepalived.lvs.check.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reads an HTTP response as keepalived does (lib/html.c, check_http.c {@code
 * http_process_response}), from raw bytes, incrementally and in bounded memory: the header ends
 * at the first CRLFCRLF within 4095 bytes; the status is the three digits after the first space;
 * {@code Content-Length:} (as written) bounds what the MD5 digest covers; the body is digested
 * raw, exactly as received (a chunked body with its chunk framing, as keepalived and its genhash
 * do), so the digest equals keepalived's. Up to {@code keepBody} bytes of body are kept for the
 * regex. Not a full HTTP parser on purpose: a server whose reply keepalived accepts is accepted.
 */
public final class HttpResponseReader {
  /** keepalived's MAX_BUFFER_LENGTH minus its terminating NUL: the most a header may take. */
  public static final int MAX_HEADER = 4095;
  static final String CONTENT_LENGTH = "Content-Length:";

  private final MessageDigest md5;
  private final int keepBody;
  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private boolean extracted;
  private boolean headerTooLong;
  private int status;
  private long contentLength = -1;
  private long bodyBytes;
  private int crlfState;

  public HttpResponseReader(int keepBody) {
    this.keepBody = keepBody;
    try {
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks MD5", e);
    }
  }

  /** Feeds received bytes. */
  public void feed(byte[] b, int off, int len) {
    int i = off;
    int end = off + len;
    while (!extracted && i < end) {
      if (headerTooLong) {
        return;
      }
      byte c = b[i++];
      head.write(c);
      crlfState = switch (crlfState) {
        case 0, 2 -> c == '\r' ? crlfState + 1 : 0;
        case 1, 3 -> c == '\n' ? crlfState + 1 : (c == '\r' ? 1 : 0);
        default -> 0;
      };
      if (crlfState == 4) {
        extracted = true;
        parseHeader();
      } else if (head.size() >= MAX_HEADER) {
        headerTooLong = true;
      }
    }
    if (extracted && i < end) {
      body(b, i, end - i);
    }
  }

  private void body(byte[] b, int off, int len) {
    if (contentLength < 0 || contentLength > bodyBytes) {
      long room = contentLength < 0 ? len : Math.min(len, contentLength - bodyBytes);
      md5.update(b, off, (int) room);
    }
    bodyBytes += len;
    int keep = (int) Math.min(len, Math.max(0, keepBody - body.size()));
    body.write(b, off, keep);
  }

  private void parseHeader() {
    String h = head.toString(StandardCharsets.ISO_8859_1);
    status = statusCode(h);
    contentLength = contentLength(h);
  }

  /** lib/html.c extract_status_code: three digits between the first space and the next. */
  static int statusCode(String h) {
    int sp = 0;
    while (sp < h.length() && h.charAt(sp) != ' ' && h.charAt(sp) != '\r') {
      sp++;
    }
    if (sp >= h.length() || h.charAt(sp) != ' ') {
      return 0;
    }
    int s = sp + 1;
    if (s + 3 >= h.length() || h.charAt(s) == ' ' || h.charAt(s + 3) != ' ') {
      return 0;
    }
    for (int k = s; k < s + 3; k++) {
      if (!Character.isDigit(h.charAt(k))) {
        return 0;
      }
    }
    return Integer.parseInt(h.substring(s, s + 3));
  }

  /** lib/html.c extract_content_length: -1 when absent or not followed by a line end. */
  static long contentLength(String h) {
    int at = h.indexOf(CONTENT_LENGTH);
    if (at < 0) {
      return -1;
    }
    int i = at + CONTENT_LENGTH.length();
    while (i < h.length() && Character.isWhitespace(h.charAt(i)) && h.charAt(i) != '\r'
        && h.charAt(i) != '\n') {
      i++;
    }
    int digits = i;
    while (i < h.length() && Character.isDigit(h.charAt(i)) && i - digits < 18) {
      i++;
    }
    if (i == digits || (i < h.length() && h.charAt(i) != '\r' && h.charAt(i) != '\n')) {
      return -1;
    }
    return Long.parseLong(h.substring(digits, i));
  }

  /** Whether the header ended (keepalived's "no data received" when not). */
  public boolean hasHeader() {
    return extracted;
  }

  /** Whether the whole body announced by Content-Length has arrived. */
  public boolean complete() {
    return extracted && contentLength >= 0 && bodyBytes >= contentLength;
  }

  public int status() {
    return status;
  }

  public long contentLength() {
    return contentLength;
  }

  public long bodyBytes() {
    return bodyBytes;
  }

  /** The MD5 of the body (up to Content-Length), as lower-case hex; ends the digest. */
  public String digestHex() {
    StringBuilder sb = new StringBuilder(32);
    for (byte x : md5.digest()) {
      sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return sb.toString();
  }

  /** The kept start of the body, one char per byte (ISO-8859-1), for the regex. */
  public String bodyText() {
    return body.toString(StandardCharsets.ISO_8859_1);
  }

  /** The raw header (for genhash's verbose dump). */
  public byte[] header() {
    return head.toByteArray();
  }
}

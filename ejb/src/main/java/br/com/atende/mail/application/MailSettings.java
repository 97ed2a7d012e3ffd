package br.com.atende.mail.application;

import java.time.Duration;

/**
 * Timing of the outbox, from system properties so that tests (and operators) can change it: {@code
 * atende.mail.retry-seconds} (how often the retry timer looks for due email, default 20), {@code
 * atende.mail.first-retry-seconds} (the first back-off after a failure, doubling each time, default
 * 30) and {@code atende.mail.sending-timeout-seconds} (after how long an unfinished send is given
 * up as of unknown outcome, default 600).
 */
public final class MailSettings {

  private MailSettings() {}

  public static Duration retryInterval() {
    return seconds("atende.mail.retry-seconds", 20);
  }

  public static Duration firstRetry() {
    return seconds("atende.mail.first-retry-seconds", 30);
  }

  public static Duration sendingTimeout() {
    return seconds("atende.mail.sending-timeout-seconds", 600);
  }

  /**
   * How long the links of a solution notification work: {@code atende.mail.response-link-days}, 14.
   */
  public static Duration responseLinkValidity() {
    return Duration.ofDays(Long.getLong("atende.mail.response-link-days", 14));
  }

  /**
   * Where clients reach Atende's public pages (the links in emails): {@code atende.public-url} or
   * {@code ATENDE_PUBLIC_URL}, default {@code http://127.0.0.1:8080/atende}; no trailing slash.
   */
  public static String publicUrl() {
    String configured = System.getProperty("atende.public-url", System.getenv("ATENDE_PUBLIC_URL"));
    String url =
        configured == null || configured.isBlank() ? "http://127.0.0.1:8080/atende" : configured;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The most bytes of files one "Email about this case" may carry: {@code
   * atende.mail.attachments-max-mb}, 10 (MB); mail servers commonly refuse much more.
   */
  public static long attachmentCap() {
    return Long.getLong("atende.mail.attachments-max-mb", 10) * 1024 * 1024;
  }

  private static Duration seconds(String property, long fallback) {
    long value = Long.getLong(property, fallback);
    return Duration.ofSeconds(value > 0 ? value : fallback);
  }
}

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

  /**
   * The address Atende's mail comes from: {@code atende.mail.from-address.<company code>}, else
   * {@code atende.mail.from-address} or {@code ATENDE_MAIL_FROM}, default {@code atende@localhost}.
   */
  public static String fromAddress(String companyCode) {
    return perCompany(
        "atende.mail.from-address", companyCode, "ATENDE_MAIL_FROM", "atende@localhost");
  }

  /**
   * The name shown with it: {@code atende.mail.from-name.<company code>}, else {@code
   * atende.mail.from-name} or {@code ATENDE_MAIL_FROM_NAME}, default {@code Atende}.
   */
  public static String fromName(String companyCode) {
    return perCompany("atende.mail.from-name", companyCode, "ATENDE_MAIL_FROM_NAME", "Atende");
  }

  /**
   * The support mailbox a client's "Reply" goes to (and whose own mail is never imported): {@code
   * atende.mail.support-address.<company code>}, else {@code atende.mail.support-address} or {@code
   * ATENDE_SUPPORT_ADDRESS}, default the from address.
   */
  public static String supportAddress(String companyCode) {
    return perCompany(
        "atende.mail.support-address",
        companyCode,
        "ATENDE_SUPPORT_ADDRESS",
        fromAddress(companyCode));
  }

  /**
   * The domain of the Message-IDs Atende makes: {@code atende.mail.message-id-domain} or {@code
   * ATENDE_MESSAGE_ID_DOMAIN}, default the domain of the (default) from address. A Message-ID in
   * one's own domain is what spam filters expect of a sender.
   */
  public static String messageIdDomain() {
    String configured =
        configured("atende.mail.message-id-domain", "ATENDE_MESSAGE_ID_DOMAIN", null);
    String domain = configured;
    if (domain == null) {
      String from = fromAddress(null);
      domain = from.substring(from.lastIndexOf('@') + 1);
    }
    domain = domain.replaceAll("[^A-Za-z0-9.-]", "");
    return domain.isEmpty() ? "localhost" : domain;
  }

  private static String perCompany(
      String property, String companyCode, String environment, String fallback) {
    if (companyCode != null) {
      String own = System.getProperty(property + "." + companyCode);
      if (own != null && !own.isBlank()) {
        return own.strip();
      }
    }
    return configured(property, environment, fallback);
  }

  private static String configured(String property, String environment, String fallback) {
    String value = System.getProperty(property, System.getenv(environment));
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static Duration seconds(String property, long fallback) {
    long value = Long.getLong(property, fallback);
    return Duration.ofSeconds(value > 0 ? value : fallback);
  }
}

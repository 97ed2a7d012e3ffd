package br.com.atende.mail.application;

/**
 * An email's subject and its two bodies: plain text and HTML with every user-typed value escaped.
 */
public record ComposedEmail(String subject, String text, String html) {}

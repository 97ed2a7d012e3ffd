package br.com.atende.faq.application;

/** A new FAQ entry pre-filled from a case: its request as the question, its latest solution. */
public record FaqDraft(long caseId, String question, String answer) {}

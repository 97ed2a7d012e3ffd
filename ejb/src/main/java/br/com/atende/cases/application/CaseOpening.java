package br.com.atende.cases.application;

/**
 * What the case page opens with: its header, the newest entries of its conversation and its side
 * panel ({@link CaseReadingService#opening}).
 */
public record CaseOpening(
    CaseHeader header, ConversationSlice conversation, CaseSidePanel sidePanel) {}

package br.com.atende.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One opening of a case page: who opened it, when (seed 003, "Histórico de Visualização"). */
public record CaseReader(long id, String agentName, LocalDateTime readAt) implements Serializable {}

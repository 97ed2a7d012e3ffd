package br.com.atende.statistics.application;

import java.io.Serializable;

/**
 * The due dates of the cases opened in the period: how many had one, how many are overdue now (the
 * flag the nightly sweep sets on an open case past its due date, cases.overdue), and of the
 * concluded ones how many were concluded after their due date and how many by it.
 */
public record OverdueTally(long withDueDate, long overdueNow, long concludedLate, long onTime)
    implements Serializable {}

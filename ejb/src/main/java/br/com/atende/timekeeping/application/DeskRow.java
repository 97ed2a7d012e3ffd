package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.EntryMode;
import java.io.Serializable;

/** A desk's time-entry settings as the administration lists and saves them. */
public record DeskRow(
    long departmentId, String company, String department, EntryMode mode, boolean entryRequired)
    implements Serializable {}

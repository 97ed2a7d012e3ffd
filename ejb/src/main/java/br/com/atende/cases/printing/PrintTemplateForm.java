package br.com.atende.cases.printing;

import java.io.Serializable;

/**
 * A company's print template as its editor shows it; also the command that saves it (version -1:
 * the company still prints with the default).
 */
public record PrintTemplateForm(long companyId, String body, long version)
    implements Serializable {}

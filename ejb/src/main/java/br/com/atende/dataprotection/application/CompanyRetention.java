package br.com.atende.dataprotection.application;

import java.io.Serializable;

/** A company and how many years its closed cases are kept (null: forever). */
public record CompanyRetention(long companyId, String name, Integer years)
    implements Serializable {}

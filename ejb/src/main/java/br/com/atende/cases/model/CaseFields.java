package br.com.atende.cases.model;

import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import java.time.LocalDateTime;

/**
 * The fields of a case an agent may edit after opening it (SPEC C2: "editable, every change
 * audited"), as loaded entities: {@link Case#edit} compares them with the case's own.
 */
public record CaseFields(
    String subject,
    String request,
    Priority priority,
    LocalDateTime dueDate,
    CaseType caseType,
    Classification classification,
    CaseCategory category,
    Product product,
    ProductModule module) {}

package br.com.atende.administration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to create a department (the company is kept on a rename). */
public record DepartmentForm(
    @NotNull(message = "{error.required}") Long companyId,
    @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.tooLong}")
        String name) {}

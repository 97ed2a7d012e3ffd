/** Workflow steps per case type, what each requires and whom it hands the case to (SPEC C5). */
package br.com.atende.workflow.model;

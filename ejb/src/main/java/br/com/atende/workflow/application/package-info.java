/**
 * Workflows of case types (SPEC C5): configuring the steps, and moving a case along them with
 * "advance step", which checks the fields a step requires before handing the case on.
 */
package br.com.atende.workflow.application;

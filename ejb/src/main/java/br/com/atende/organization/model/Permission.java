package br.com.atende.organization.model;

/**
 * Named permission flags (SPEC §2), granted to agents through their profile. Every service method
 * that needs one checks it; hiding a button is never the check.
 */
public enum Permission {
  /** Change the party or representative of a case after it was opened (SPEC C1). */
  LINK_PARTY_TO_CASE,
  /** Edit a contact of a case's party or representative, within the contact rules of SPEC C1. */
  CONTACT_EDIT,
  /** Delete (or, for a representative's contact in use, deactivate) a contact. */
  CONTACT_DELETE,
  /** Move a case to the trash (SPEC C10). */
  CASE_DELETE,
  /**
   * Forward a case to another agent or group (SPEC C5). Returning a case to who forwarded it needs
   * no permission.
   */
  CASE_FORWARD,
  /** Transfer cases to another department (SPEC C5). */
  CASE_TRANSFER
}

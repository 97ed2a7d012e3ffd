/**
 * Attachments of discussion posts (SPEC C2): what may be attached (an allow-list of types, each
 * recognized by the file's leading bytes agreeing with its extension), the limit per post, the
 * attachment row, and the files themselves, kept outside the database and removed again when the
 * post's transaction rolls back.
 */
package br.com.atende.cases.attachment;

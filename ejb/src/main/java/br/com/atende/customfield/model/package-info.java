/**
 * Custom fields (SPEC C7): fields an administrator defines per case type, their options, and the
 * typed values a case keeps; validation of a raw value by the field's type lives here.
 */
package br.com.atende.customfield.model;

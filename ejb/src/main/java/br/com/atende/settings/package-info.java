/** System-wide settings an administrator changes at run time (SPEC §2, ADMIN). */
package br.com.atende.settings;

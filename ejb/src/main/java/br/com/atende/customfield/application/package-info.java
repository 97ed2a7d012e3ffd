/** Filling, copying, clearing and defining custom fields. */
package br.com.atende.customfield.application;

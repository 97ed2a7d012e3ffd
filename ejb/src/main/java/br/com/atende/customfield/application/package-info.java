/** Filling, copying, clearing and defining custom fields; the queue filter over their values. */
package br.com.atende.customfield.application;

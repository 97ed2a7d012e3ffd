/**
 * What the in-container tests share: the deployment built from the real EAR, and acting as a demo
 * agent.
 */
package br.com.atende.it.support;

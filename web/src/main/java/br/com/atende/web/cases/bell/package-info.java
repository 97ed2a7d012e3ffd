/**
 * The web end of the notification bell: the header's bell and its panel ({@code
 * WEB-INF/templates/bell.xhtml}), and the bridge that rings an agent's open pages over a WebSocket
 * after a notification for it was committed.
 */
package br.com.atende.web.cases.bell;

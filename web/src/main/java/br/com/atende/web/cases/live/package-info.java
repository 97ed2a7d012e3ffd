/**
 * The web end of live updates: the two page fragments' beans (case page banner, queue tab counts),
 * the registry of the browsers' open WebSockets (OmniFaces {@code <o:socket>}), and the bridge that
 * pushes each committed {@link br.com.atende.cases.live.CaseChanged} to the sockets of this server
 * that may hear of it. How the event reaches the other servers of a cluster is told in {@link
 * br.com.atende.cases.live}.
 */
package br.com.atende.web.cases.live;

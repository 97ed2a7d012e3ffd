/**
 * Live updates of the agent workspace: who changed which case, announced once per case and
 * transaction, only after the transaction committed, and who may hear of it. No case content
 * travels: the event names the case, its new version and who changed it, and the pages reload
 * through the ordinary, access-checked services.
 *
 * <p>One server: {@link br.com.atende.cases.live.CaseChangeNotifier} fires {@link
 * br.com.atende.cases.live.CaseChanged} asynchronously in this JVM and the web module pushes it to
 * the browsers whose WebSockets are open here. Several servers (a cluster): each node keeps only
 * its own browsers' sockets, so the event must reach every node. The notifier would, in the same
 * after-commit observer, also publish the {@code CaseChanged} (it is {@code Serializable} and
 * carries ids only) to a JMS topic of the cluster ({@code java:/jms/topic/atende/caseChanged}, a
 * replicated ActiveMQ Artemis topic in WildFly's {@code messaging-activemq} subsystem), and a
 * message-driven bean on every node would re-fire it locally as the node's own event, ignoring the
 * message its own node published (a node id in a message property). Nothing else changes: the
 * audience checks run on the node that holds the sockets, against the shared database.
 */
package br.com.atende.cases.live;

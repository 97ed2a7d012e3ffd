package br.com.atende.cases.application;

/**
 * What the viewer may do with a case's hands, for the case page: forward, return (and to whom),
 * link ("me vincular"), transfer; and the group holding it when no one agent does.
 */
public record ForwardingState(
    long version,
    boolean mayForward,
    boolean mayReturn,
    String returnToName,
    boolean mayLink,
    boolean mayTransfer,
    String holdingGroupName) {}

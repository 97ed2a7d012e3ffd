/**
 * What keeps a job to one server when Atende runs as a cluster: leases in the shared database,
 * taken and renewed by the server that runs the job.
 */
package br.com.atende.cluster;

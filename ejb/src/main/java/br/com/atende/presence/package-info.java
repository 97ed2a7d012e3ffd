/**
 * Agent availability (seed 003, "Alterar Status do Atendente"): available, away or in a meeting, as
 * the agent chose it, and away once the agent has not been seen for the idle time of the system
 * settings. Shown next to an agent's name where a case is handed to it.
 */
package br.com.atende.presence;

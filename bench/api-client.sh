# Sourced by bench/openings.sh and bench/faults.sh (which define sql, their psql on the database in use).
# new_api_client <prefix> <requests per minute>: an API client of its own, made as the admin page makes one (an agent
# acting for it, its token kept as a SHA-256); sets token, run (which names its openings) and party (the party its
# openings are for).
new_api_client() {
  token="atd_$1_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  local token_hash
  token_hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
  run="$1-$(date +%s)"
  sql << SQL
INSERT INTO agent (id, company_id, department_id, login, name, email, password_hash, clearance, active, version,
                   profile_id, language, api_client)
SELECT nextval('agent_seq'), ana.company_id, ana.department_id, '$run', 'API: $run', '$run@api.invalid',
       ana.password_hash, 0, TRUE, 0, NULL, ana.language, TRUE
FROM agent ana WHERE ana.login = 'ana';
INSERT INTO agent_role (agent_id, role_name) SELECT id, 'AGENT' FROM agent WHERE login = '$run';
INSERT INTO api_client (id, agent_id, name, token_hash, may_read, may_write, requests_per_minute, created_at)
SELECT nextval('api_client_seq'), id, '$run', '$token_hash', TRUE, TRUE, $2, CURRENT_TIMESTAMP
FROM agent WHERE login = '$run';
SQL
  party=$(sql -c "SELECT id FROM party WHERE active AND NOT supplier ORDER BY id LIMIT 1")
}

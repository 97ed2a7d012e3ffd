-- wrk script of bench/openings.sh: case openings through the API (POST /api/v1/cases), each with an Idempotency-Key
-- of its own, so every request opens a case (with the record of its request and its opening email in the outbox).
-- Arguments (after "--"): the API token, the party's id, a prefix that makes this run's keys and subjects unique.
-- A response counts as an error unless it is 201; a request still unanswered after STUCK_S seconds at the end counts
-- too (bench/load-line.lua, which prints the figures of one LOAD line).

dofile("bench/load-line.lua")

function init(args)
  token, party, prefix = args[1], args[2], args[3]
  bad = 0
  start_pending()
  counter = 0
end

function request()
  sent()
  counter = counter + 1
  local key = prefix .. "-" .. id .. "-" .. counter
  local body = string.format('{"partyId": %s, "subject": "%s", "request": "Abertura de carga %s"}', party, key, key)
  return wrk.format("POST", wrk.path, {
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = key,
    ["Content-Type"] = "application/json"
  }, body)
end

function response(status, headers, body)
  answered()
  if status ~= 201 then
    bad = bad + 1
  end
end

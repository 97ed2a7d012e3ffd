-- wrk script of bench/openings.sh: case openings through the API (POST /api/v1/cases), each with an Idempotency-Key
-- of its own, so every request opens a case (with the record of its request and its opening email in the outbox).
-- Arguments (after "--"): the API token, the party's id, a prefix that makes this run's keys and subjects unique.
-- A response counts as an error unless it is 201; a request still unanswered after STUCK_S seconds at the end counts
-- too. Prints the figures of one LOAD line, as bench/load.lua does.

local STUCK_S = 10
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  token, party, prefix = args[1], args[2], args[3]
  bad = 0
  pending = {}
  oldest = 1
  newest = 0
  counter = 0
end

function request()
  newest = newest + 1
  pending[newest] = os.time()
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
  pending[oldest] = nil
  oldest = oldest + 1
  if status ~= 201 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bad_responses, stuck = 0, 0
  local now = os.time()
  for _, thread in ipairs(threads) do
    bad_responses = bad_responses + thread:get("bad")
    for _, sent in pairs(thread:get("pending")) do
      if now - sent > STUCK_S then
        stuck = stuck + 1
      end
    end
  end
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local function ms(percentile)
    if summary.requests == 0 then
      return summary.duration / 1000
    end
    return latency:percentile(percentile) / 1000
  end
  io.write(string.format("rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests / (summary.duration / 1e6), ms(50), ms(95), ms(99), bad_responses + socket_errors + stuck))
end

-- What the wrk scripts of the benchmarks share (bench/load.lua, bench/openings.lua; wrk runs them from the
-- repository's root, so they load this with dofile("bench/load-line.lua")): each wrk thread's registration, the
-- bookkeeping of requests not answered yet, and the figures of one LOAD line printed when the run is done.
-- A script sets `bad` (its own error count) and calls sent() from request() and answered() from response().
-- A request still unanswered when the run ends, after waiting more than STUCK_S seconds, counts as an error: wrk
-- itself counts nothing for it, and an overloaded server would otherwise show "errors=0" with no request answered.

local STUCK_S = 10
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- Send times (s) of the requests not answered yet, oldest first. A connection waits for its answer before it sends
-- again, and the server answers roughly in order, so an answer is taken as the oldest request's.
function start_pending()
  pending = {}
  oldest = 1
  newest = 0
end

function sent()
  newest = newest + 1
  pending[newest] = os.time()
end

function answered()
  pending[oldest] = nil
  oldest = oldest + 1
end

function done(summary, latency, requests)
  local bad_responses, stuck = 0, 0
  local now = os.time()
  for _, thread in ipairs(threads) do
    bad_responses = bad_responses + thread:get("bad")
    for _, at in pairs(thread:get("pending")) do
      if now - at > STUCK_S then
        stuck = stuck + 1
      end
    end
  end
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  -- wrk reports microseconds. With no answer at all, the percentiles are at least the run's length.
  local function ms(percentile)
    if summary.requests == 0 then
      return summary.duration / 1000
    end
    return latency:percentile(percentile) / 1000
  end
  io.write(string.format("rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests / (summary.duration / 1e6), ms(50), ms(95), ms(99), bad_responses + socket_errors + stuck))
end

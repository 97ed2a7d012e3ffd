-- wrk script of bench/load.sh: the requests of 10 logged-in agents, and the figures of one LOAD line.
-- Arguments (after "--"): the page's name, then the agents' JSESSIONID values separated by commas.
-- Each request carries the next agent's session cookie, so the 10 sessions (and their view state) rotate over the
-- connections as 10 agents' browsers would. A response counts as an error unless it is 2xx and not the login page
-- (an expired session answers the login form with 200). A request still unanswered when the run ends, after waiting
-- more than STUCK_S seconds, counts as an error too: wrk itself counts nothing for it, and an overloaded server would
-- otherwise show "errors=0" with no request answered.

local STUCK_S = 10
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  page = args[1]
  sessions = {}
  for value in string.gmatch(args[2], "[^,]+") do
    table.insert(sessions, value)
  end
  bad = 0
  -- Send times (s) of the requests not answered yet, oldest first. A connection waits for its answer before it
  -- sends again, and the server answers roughly in order, so an answer is taken as the oldest request's.
  pending = {}
  oldest = 1
  newest = 0
  -- Threads start at different agents, so that 2 threads do not send the same cookie at the same moment.
  counter = id * 5
end

function request()
  newest = newest + 1
  pending[newest] = os.time()
  counter = counter + 1
  local session = sessions[(counter % #sessions) + 1]
  return wrk.format("GET", wrk.path, { ["Cookie"] = "JSESSIONID=" .. session })
end

function response(status, headers, body)
  pending[oldest] = nil
  oldest = oldest + 1
  if status < 200 or status > 299 or string.find(body, "j_security_check", 1, true) then
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

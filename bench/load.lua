-- wrk script of bench/load.sh: the requests of 10 logged-in agents, and the figures of one LOAD line.
-- Arguments (after "--"): the page's name, then the agents' JSESSIONID values separated by commas.
-- Each request carries the next agent's session cookie, so the 10 sessions (and their view state) rotate over the
-- connections as 10 agents' browsers would. A response counts as an error unless it is 2xx and not the login page
-- (an expired session answers the login form with 200); so does a request left unanswered (bench/load-line.lua).

dofile("bench/load-line.lua")

local counter = 0

function init(args)
  page = args[1]
  sessions = {}
  for value in string.gmatch(args[2], "[^,]+") do
    table.insert(sessions, value)
  end
  bad = 0
  start_pending()
  -- Threads start at different agents, so that 2 threads do not send the same cookie at the same moment.
  counter = id * 5
end

function request()
  sent()
  counter = counter + 1
  local session = sessions[(counter % #sessions) + 1]
  return wrk.format("GET", wrk.path, { ["Cookie"] = "JSESSIONID=" .. session })
end

function response(status, headers, body)
  answered()
  if status < 200 or status > 299 or string.find(body, "j_security_check", 1, true) then
    bad = bad + 1
  end
end

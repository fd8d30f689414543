-- wrk script of the hot-swap run of bench/occi/run: a round robin of requests that must keep
-- succeeding while a rendering and a backend come and go: one compute in text/plain and in
-- JSON, and the query interface. BENCH_RESOURCE is the compute's path. The result line is the
-- same as report.lua's; failed = answers of 400 and more + socket errors (the goal is 0).

local resource = os.getenv("BENCH_RESOURCE")
local requests = {}

function init(args)
  requests[1] = wrk.format("GET", resource, { ["Accept"] = "text/plain" })
  requests[2] = wrk.format("GET", resource, { ["Accept"] = "application/json" })
  requests[3] = wrk.format("GET", "/-/", { ["Accept"] = "text/plain" })
end

local n = 0
function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.status + e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %d %.3f %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), failed, summary.bytes / math.max(summary.requests, 1)))
end

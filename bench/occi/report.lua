-- wrk script of bench/occi/run: the request comes from the environment, the result goes to
-- stdout as one line the harness parses:
--   RESULT <requests> <seconds> <p50 µs> <p99 µs> <failed> <bytes per response>
-- where failed counts answers of 400 and more (wrk's status errors) and every socket error.
-- BENCH_METHOD (GET), BENCH_ACCEPT, BENCH_CONTENT_TYPE and BENCH_BODY_FILE (a file whose
-- bytes are sent as the body) describe the one request sent again and again.

local method = os.getenv("BENCH_METHOD") or "GET"
local accept = os.getenv("BENCH_ACCEPT")
local contentType = os.getenv("BENCH_CONTENT_TYPE")
local bodyFile = os.getenv("BENCH_BODY_FILE")

wrk.method = method
if accept and accept ~= "" then wrk.headers["Accept"] = accept end
if contentType and contentType ~= "" then wrk.headers["Content-Type"] = contentType end
if bodyFile and bodyFile ~= "" then
  local f = assert(io.open(bodyFile, "rb"))
  wrk.body = f:read("*a")
  f:close()
end

function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.status + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local bytes = 0
  if summary.requests > 0 then bytes = summary.bytes / summary.requests end
  io.write(string.format("RESULT %d %.3f %d %d %d %d\n", summary.requests, seconds,
    latency:percentile(50), latency:percentile(99), failed, bytes))
end

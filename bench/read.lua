-- wrk script for the audited-read benchmark (bench/run.sh).
-- The same script drives werkpad and the nginx reference, so both get identical requests.
--   BENCH_WRK_COOKIE  "werkpad_session=..." sent as the Cookie header (nginx ignores it)
-- The URL on wrk's command line gives the path (GET /api/v1/revalidanten/{id}).
-- done() prints one machine-readable line that run.sh parses:
--   BENCH_WRK requests=.. duration_us=.. rps=.. p50_us=.. p90_us=.. p99_us=.. max_us=..
--             non2xx=.. connect_errors=.. read_errors=.. write_errors=.. timeouts=..

local cookie = os.getenv("BENCH_WRK_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH_WRK requests=%d duration_us=%d rps=%.1f p50_us=%.0f p90_us=%.0f p99_us=%.0f " ..
    "max_us=%.0f non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, summary.requests / seconds,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end

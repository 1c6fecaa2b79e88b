-- wrk script for the durable-update benchmark (bench/run.sh).
-- Run with as many threads as connections (wrk -tN -cN): each wrk thread then owns exactly one
-- connection and one Lua state, i.e. one client that updates its own revalidant in a loop:
--   GET the revalidant (to learn its version), then PUT with that version again and again,
--   taking the new version from each 200 answer; on 409 (stale version) it GETs again.
-- Environment:
--   BENCH_WRK_COOKIE  "werkpad_session=..."
--   BENCH_WRK_CSRF    the session's csrf_token (X-CSRF-Token header)
--   BENCH_WRK_IDS     comma-separated revalidant ids, one per client (at least N)
--   BENCH_WRK_TEAM    team_id the revalidanten belong to (kept unchanged by the updates)
-- done() prints: BENCH_UPDATE clients=.. updates=.. conflicts=.. rereads=.. errors=..
--                duration_us=.. updates_per_s=.. p50_us=.. p99_us=.. non2xx=.. socket_errors=..

local cookie = os.getenv("BENCH_WRK_COOKIE") or ""
local csrf = os.getenv("BENCH_WRK_CSRF") or ""
local team = os.getenv("BENCH_WRK_TEAM") or "null"

-- Every field of RevalidantInput (docs/api.md); only function_title and hours_per_week change.
local body_format =
  '{"given_names":"Bench","family_name":"Voorbeeld","date_of_birth":"1980-04-01","bsn":null,' ..
  '"contact":{"email":"","phone":"","street":"","postal_code":"","city":""},"naaste":null,' ..
  '"employment_status":"loondienst","employer":null,"function_title":"update %d",' ..
  '"hours_per_week":%d,"bedrijfsarts":null,"team_id":' .. team .. ',"ric_user_id":null,' ..
  '"version":%d}'

-- ---- main Lua state: hand one revalidant to each thread, collect the counters at the end ----
local ids = {}
for id in string.gmatch(os.getenv("BENCH_WRK_IDS") or "", "%d+") do
  table.insert(ids, id)
end
local threads = {}

function setup(thread)
  local index = #threads + 1
  if ids[index] == nil then
    error("update.lua: more wrk threads than revalidant ids in BENCH_WRK_IDS")
  end
  thread:set("rid", ids[index])
  table.insert(threads, thread)
end

-- ---- per-thread state (one client) ----
updates, conflicts, rereads, errors = 0, 0, 0, 0
local version = nil   -- nil: the next request re-reads the record
local pending = nil   -- method of the request in flight
local n = 0
local get_headers, put_headers, path

function init(args)
  path = "/api/v1/revalidanten/" .. rid
  get_headers = { ["Cookie"] = cookie }
  put_headers = { ["Cookie"] = cookie, ["X-CSRF-Token"] = csrf,
                  ["Content-Type"] = "application/json" }
end

function request()
  if version == nil then
    pending = "GET"
    return wrk.format("GET", path, get_headers, nil)
  end
  pending = "PUT"
  n = n + 1
  return wrk.format("PUT", path, put_headers, string.format(body_format, n, n % 40 + 1, version))
end

local function version_of(body)
  local v = string.match(body or "", '"version"%s*:%s*(%d+)')
  return v and tonumber(v) or nil
end

function response(status, headers, body)
  if pending == "GET" then
    if status == 200 then
      version = version_of(body)
      if version == nil then errors = errors + 1 end
    else
      errors = errors + 1
    end
  elseif status == 200 then
    updates = updates + 1
    version = version_of(body)   -- nil (re-read) if the answer has no version
  elseif status == 409 then
    conflicts = conflicts + 1
    rereads = rereads + 1
    version = nil
  else
    errors = errors + 1
    version = nil
    if errors <= 3 then
      io.stderr:write(string.format("update.lua: revalidant %s: HTTP %d %s\n", rid, status,
                                    string.sub(body or "", 1, 200)))
    end
  end
end

function done(summary, latency, requests)
  local u, c, r, e = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    u = u + (t:get("updates") or 0)
    c = c + (t:get("conflicts") or 0)
    r = r + (t:get("rereads") or 0)
    e = e + (t:get("errors") or 0)
  end
  local seconds = summary.duration / 1e6
  local se = summary.errors
  io.write(string.format(
    "BENCH_UPDATE clients=%d updates=%d conflicts=%d rereads=%d errors=%d duration_us=%d " ..
    "updates_per_s=%.1f p50_us=%.0f p99_us=%.0f non2xx=%d socket_errors=%d\n",
    #threads, u, c, r, e, summary.duration, u / seconds, latency:percentile(50),
    latency:percentile(99), se.status, se.connect + se.read + se.write + se.timeout))
end

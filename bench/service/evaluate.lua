-- wrk script: POST one customer profile per request to /v1/evaluations, cycling through the profiles of
-- $PROFILES (NDJSON, one profile per line). With $RATE set, each wrk thread paces its requests to
-- RATE / THREADS per second on a fixed schedule (it catches up after a slow response rather than
-- drifting). done() prints one JSON line of results.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } advisor_timespec;
int clock_gettime(int clock_id, advisor_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local now_ts = ffi.new("advisor_timespec")

local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, now_ts)
    return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end

local requests = {}
local next_request = 1
local interval_ms = nil
local next_slot = nil

function init(args)
    local headers = { ["Content-Type"] = "application/json" }
    for line in io.lines(os.getenv("PROFILES")) do
        if #line > 0 then
            requests[#requests + 1] = wrk.format("POST", "/v1/evaluations", headers, line)
        end
    end
    -- threads start at different offsets so they do not all send the same profile at once
    next_request = math.random(#requests)
    local rate = tonumber(os.getenv("RATE") or "")
    if rate then
        interval_ms = 1000 / (rate / tonumber(os.getenv("THREADS") or "1"))
    end
end

function request()
    local r = requests[next_request]
    next_request = next_request % #requests + 1
    return r
end

function delay()
    if not interval_ms then
        return 0
    end
    local now = now_ms()
    if not next_slot or next_slot < now - 1000 then
        next_slot = now -- start, or more than a second behind: do not burst to catch up
    end
    next_slot = next_slot + interval_ms
    return math.max(0, math.floor(next_slot - now))
end

function done(summary, latency, requests)
    local e = summary.errors
    local socket_errors = e.connect + e.read + e.write + e.timeout
    io.write(string.format(
        '{"requests":%d,"seconds":%.1f,"requests_per_second":%.0f,"p50_ms":%.2f,"p90_ms":%.2f,' ..
        '"p99_ms":%.2f,"p99_9_ms":%.2f,"max_ms":%.2f,"non_2xx":%d,"socket_errors":%d,"failed":%d}\n',
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency:percentile(99.9) / 1000, latency.max / 1000, e.status, socket_errors, e.status + socket_errors))
end

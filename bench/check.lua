-- HEAD /api/auth/check with a valid session: the session filter and its lookup alone.
-- Usage: wrk ... -s bench/check.lua URL -- IDS_FILE
function init(args)
  for line in io.lines(args[1]) do
    local key, a = line:match("^(%a+) (%S+)")
    if key == "token" then token = a end
  end
  req = wrk.format("HEAD", "/api/auth/check", { ["Cookie"] = "neptun-session=" .. token })
end

function request()
  return req
end

function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end

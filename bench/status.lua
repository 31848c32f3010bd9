-- GET /api/status: an unauthenticated, trivial JAX-RS resource — the framework's ceiling.
function request()
  return wrk.format("GET", "/api/status")
end

function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end

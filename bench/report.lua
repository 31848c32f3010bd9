-- The one result line bench/run reads from every case: requests, duration (µs), failed requests
-- (non-2xx/3xx and socket errors), p50 and p99 latency (µs). Loaded by each case's script.
function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end

-- The one result line bench/run reads from every case: requests, duration (µs), failed requests
-- (non-2xx/3xx and socket errors), p50 and p99 latency (µs). Loaded by each case's script.
-- When a request failed, a second line says of which kind: an error status, a refused connection, a
-- reset one and a stall past wrk's timeout (2 s) point to different causes, and wrk's sum hides them.
function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.status + e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration, failed,
    latency:percentile(50), latency:percentile(99)))
  if failed > 0 then
    io.write(string.format("FAILED status %d connect %d read %d write %d timeout %d\n",
      e.status, e.connect, e.read, e.write, e.timeout))
  end
end

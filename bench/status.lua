-- GET /api/status: an unauthenticated, trivial JAX-RS resource — the framework's ceiling.
-- done(): the result line, shared by every case.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "report.lua")
function request()
  return wrk.format("GET", "/api/status")
end

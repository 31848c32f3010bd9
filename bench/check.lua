-- HEAD /api/auth/check with a valid session: the session filter and its lookup alone.
-- Usage: wrk ... -s bench/check.lua URL -- IDS_FILE
-- done(): the result line, shared by every case.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "report.lua")
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

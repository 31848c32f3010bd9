-- DELETE of distinct imports: each wrk thread takes every n-th import of the seeded list, so no two
-- requests ask for the same one. Usage: wrk ... -s bench/delete.lua URL -- IDS_FILE THREADS [warm]
-- done(): the result line, shared by every case.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "report.lua")
local created = 0
function setup(thread)
  thread:set("tid", created)
  created = created + 1
end

function init(args)
  local threads = tonumber(args[2])
  warming = args[3] == "warm"
  paths, next_index, i = {}, 0, 0
  for line in io.lines(args[1]) do
    local key, a, b = line:match("^(%a+) (%S+) ?(%S*)$")
    if key == "user" then user = a
    elseif key == "token" then token = a
    elseif key == "import" then
      if i % threads == tid then
        paths[#paths + 1] = "/api/users/" .. user .. "/projects/" .. a .. "/resources/imports/" .. b
      end
      i = i + 1
    end
  end
  headers = { ["Cookie"] = "neptun-session=" .. token, ["Accept"] = "application/json" }
end

function request()
  next_index = next_index + 1
  -- Past the end of its share a thread repeats its last id (a 404), which done() reports as non-2xx.
  -- A warm-up stops there instead: a tail of 404s would train the JIT on the refusal, not the DELETE.
  if warming and next_index > #paths then wrk.thread:stop() end
  return wrk.format("DELETE", paths[math.min(next_index, #paths)], headers)
end

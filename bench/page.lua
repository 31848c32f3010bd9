-- GET a page of 100 imports of one project (with their file counts and file trees): the list path of the API.
-- Usage: wrk ... -s bench/page.lua URL -- IDS_FILE
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "report.lua")
function init(args)
  for line in io.lines(args[1]) do
    local key, a = line:match("^(%a+) (%S+)")
    if key == "user" then user = a
    elseif key == "token" then token = a
    elseif key == "import" and project == nil then project = a end
  end
  req = wrk.format("GET", "/api/users/" .. user .. "/projects/" .. project .. "/resources/imports?per_page=100",
    { ["Cookie"] = "neptun-session=" .. token, ["Accept"] = "application/json" })
end

function request()
  return req
end

-- wrk script for bench/portal-load.sh: each connection (one per thread) fetches the sign-in page
-- for its form token and the cookie that carries it, then posts the form; repeated for the whole run.
-- Argument: how many benchmark accounts to cycle through (1 = all connections use the same one).
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  accounts = tonumber(args[1]) or 1
  signed_in, refused, turn = 0, 0, id
  stage, cookie, csrf = "page", nil, nil
end

local function encode(value)
  return (value:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  if stage == "page" then
    return wrk.format("GET", "/portal/login")
  end
  local user = "bench-" .. (turn % accounts) .. "@example.org"
  turn = turn + 1
  local body = "username=" .. encode(user) .. "&password=" .. encode("benchmark quartz lantern ferry")
    .. "&_csrf=" .. encode(csrf or "")
  return wrk.format("POST", "/portal/login",
    { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie or "" }, body)
end

function response(status, headers, body)
  if stage == "page" then
    cookie = (headers["Set-Cookie"] or ""):match("(PORTAL%-FORM%-TOKEN=[^;]+)")
    csrf = body:match('name="_csrf" value="([^"]+)"')
    stage = "post"
    return
  end
  if status == 302 and (headers["Location"] or ""):match("/portal$") then
    signed_in = signed_in + 1
  else
    refused = refused + 1
  end
  stage = "page"
end

function done(summary, latency, requests)
  local ok, no = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("signed_in")
    no = no + thread:get("refused")
  end
  io.write(string.format("SIGNINS %d REFUSED %d SECONDS %.2f\n", ok, no, summary.duration / 1e6))
end

-- The mixed load of scripts/scale.sh for wrk (LuaJIT). scale.sh puts the data in front of
-- this file: residents (id, session cookie), activities, room, room_path, dates, round,
-- initiatives, vote_budget, max_per_option, origin and out_dir.
--
-- Every wrk thread has one connection, so a response always belongs to the request the
-- thread sent last. Each thread counts its answers per kind (ok, refused by a rule, error)
-- and keeps the writes the portal acknowledged; done() adds the threads up, writes the
-- acknowledged writes to files for the database check and the figures to report.txt.

local mix = {
  { "home", 15 }, { "agenda", 20 }, { "room week", 15 }, { "proposals", 15 },
  { "sign-up", 15 }, { "reservation", 12 }, { "ballot", 8 },
}
local writes = { ["sign-up"] = true, ["reservation"] = true, ["ballot"] = true }
local weight = 0
for _, m in ipairs(mix) do weight = weight + m[2] end

threads = {}
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tid * 7919)
  counts = {}            -- "<kind> ok|refused|error" -> number
  errors_at = {}         -- second (unix time) -> errors answered in it
  acked_signups = {}     -- "user_id, activity_id" of each acknowledged sign-up
  acked_reservations = {} -- purpose of each acknowledged reservation request
  acked_ballots = {}     -- user id of each acknowledged ballot
  seq = 0
end

local function pick()
  local r = math.random(weight)
  for _, m in ipairs(mix) do
    if r <= m[2] then return m[1] end
    r = r - m[2]
  end
end

local pending
local function post(path, body, cookie)
  return wrk.format("POST", path, {
    ["Cookie"] = cookie,
    ["Origin"] = origin,
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

function request()
  seq = seq + 1
  local who = residents[math.random(#residents)]
  local kind = pick()
  pending = { kind = kind }
  if kind == "home" or kind == "agenda" or kind == "room week" or kind == "proposals" then
    local path = ({ home = "/", agenda = "/agenda", ["room week"] = room_path, proposals = "/meedoen" })[kind]
    return wrk.format("GET", path, { ["Cookie"] = who.cookie })
  elseif kind == "sign-up" then
    local activity = activities[math.random(#activities)]
    pending.key = who.id .. ", " .. activity
    return post("/api/aanmelden-activiteit", "activity=" .. activity, who.cookie)
  elseif kind == "reservation" then
    local purpose = "Scale-" .. tid .. "-" .. seq
    local hour = math.random(9, 20)
    local body = string.format("room=%d&date=%s&from=%02d:00&to=%02d:00&purpose=%s&access=open&people=4",
      room, dates[math.random(#dates)], hour, hour + math.random(1, 2), purpose)
    pending.key = "'" .. purpose .. "'"
    return post("/api/ruimte-reserveren", body, who.cookie)
  else
    -- Random votes per initiative; some ballots go over the budget and must be refused.
    local body, total = "round=" .. round, 0
    for _, initiative in ipairs(initiatives) do
      local n = math.random(0, max_per_option)
      if total == 0 and n == 0 and initiative == initiatives[#initiatives] then n = 1 end
      total = total + n
      body = body .. "&stemmen%5B" .. initiative .. "%5D=" .. n
    end
    pending.key = tostring(who.id)
    return post("/api/stemmen", body, who.cookie)
  end
end

function response(status, headers, body)
  local p = pending
  pending = nil
  if not p then return end
  local outcome
  if status >= 200 and status < 400 then
    outcome = "ok"
    if p.kind == "sign-up" then
      acked_signups[#acked_signups + 1] = p.key
    elseif p.kind == "reservation" then
      acked_reservations[#acked_reservations + 1] = p.key
    elseif p.kind == "ballot" then
      acked_ballots[#acked_ballots + 1] = p.key
    end
  elseif writes[p.kind] and (status == 422 or status == 429) then
    outcome = "refused" -- a rule said no: the room is taken, over budget, closed sign-up
  else
    outcome = "error"
    local second = os.time()
    errors_at[second] = (errors_at[second] or 0) + 1
  end
  local key = p.kind .. " " .. outcome
  counts[key] = (counts[key] or 0) + 1
end

local function write_lines(name, set)
  local f = assert(io.open(out_dir .. "/" .. name, "w"))
  local lines = {}
  for line in pairs(set) do lines[#lines + 1] = line end
  table.sort(lines)
  for _, line in ipairs(lines) do f:write("(" .. line .. ")\n") end
  f:close()
end

function done(summary, latency, requests)
  local total, errors = {}, {}
  local signups, reservations, ballots = {}, {}, {}
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("counts")) do total[k] = (total[k] or 0) + v end
    for k, v in pairs(thread:get("errors_at")) do errors[k] = (errors[k] or 0) + v end
    for _, v in ipairs(thread:get("acked_signups")) do signups[v] = true end
    for _, v in ipairs(thread:get("acked_reservations")) do reservations[v] = true end
    for _, v in ipairs(thread:get("acked_ballots")) do ballots[v] = true end
  end
  write_lines("acked_signups.txt", signups)
  write_lines("acked_reservations.txt", reservations)
  write_lines("acked_ballots.txt", ballots)

  local out = {}
  local function line(...) out[#out + 1] = string.format(...) end
  line("%-14s %10s %10s %10s %8s", "kind", "requests", "ok", "refused", "errors")
  local all_errors = 0
  for _, m in ipairs(mix) do
    local ok, refused, err = total[m[1] .. " ok"] or 0, total[m[1] .. " refused"] or 0, total[m[1] .. " error"] or 0
    all_errors = all_errors + err
    line("%-14s %10d %10d %10s %8d", m[1], ok + refused + err, ok, writes[m[1]] and tostring(refused) or "-", err)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  line("all: %d requests in %.1f s = %.0f req/s; p50 %.1f ms, p99 %.1f ms; errors %d (answers other than 2xx/3xx or a refusal) + %d socket (connect %d, read %d, write %d, timeout %d)",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    all_errors, socket, e.connect, e.read, e.write, e.timeout)
  local f = io.open(out_dir .. "/kill_at", "r")
  if f then
    local kill_at = tonumber(f:read("*l"))
    f:close()
    local before, during, after = 0, 0, 0
    for second, n in pairs(errors) do
      if second < kill_at then before = before + n
      elseif second < kill_at + 5 then during = during + n
      else after = after + n end
    end
    line("errors around the kill: %d before it, %d in the 5 s from it, %d after that", before, during, after)
  end
  local r = assert(io.open(out_dir .. "/report.txt", "w"))
  r:write(table.concat(out, "\n") .. "\n")
  r:close()
end

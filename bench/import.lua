-- wrk script: POST COUNT distinct flows (the file BODY_FILE with its id "regional-care-1" replaced by bench-NNNNNNN),
-- split between wrk's threads; each thread stops when its share is sent. Prints how many answers had each status.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local template = f:read("*a")
f:close()
local count = tonumber(os.getenv("COUNT") or "1000")
local threads = {}
local next_index = 0

function setup(thread)
  thread:set("first", next_index)
  table.insert(threads, thread)
  next_index = next_index + 1
end

function init(args)
  statuses = {}
  nthreads = tonumber(os.getenv("THREADS") or "2")
  index = first
  sent = 0
  answered = 0
  share = math.floor(count / nthreads) + ((first < count % nthreads) and 1 or 0)
end

function request()
  local id = string.format("bench-%07d", index)
  index = index + nthreads
  sent = sent + 1
  local body = template:gsub('"regional%-care%-1"', '"' .. id .. '"')
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  answered = answered + 1
  if answered >= share then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      total[k] = (total[k] or 0) + v
    end
  end
  local parts = {}
  for k, v in pairs(total) do
    table.insert(parts, k .. "=" .. v)
  end
  table.sort(parts)
  print("statuses: " .. table.concat(parts, " "))
end

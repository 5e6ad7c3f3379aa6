-- Requests as people picked at random: person N signs in with the session cookie scale-session-N and the API token
-- scale-token-N (Benchmarks/scale/clone_people.sql).
-- Arguments: get PEOPLE PATH (a page), or post PEOPLE SLOT (POST /api/v1/episodes at times of its own: slots 0 to 5
-- each take 50,000,000 seconds from 2008-01-10 on, before any data the benchmark fills).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../server/report.lua")

local counter = 0
local threads = 0

function setup(thread)
    thread:set("thread_index", threads)
    threads = threads + 1
end

local sites = { "eyelid_left", "eyelid_right", "face", "calf_left", "calf_right", "thigh", "hand", "arm" }

function init(args)
    mode = args[1]
    people = tonumber(args[2])
    path = args[3]
    math.randomseed(os.time() * 97 + thread_index)
end

function request()
    local person = math.random(0, people - 1)
    if mode == "get" then
        return wrk.format("GET", path, { ["Cookie"] = "twitchless_session=scale-session-" .. person })
    end
    counter = counter + 1
    local t = 1200000000 + tonumber(path) * 50000000 + thread_index * 20000000 + counter
    local body = string.format('{"site": "%s", "kind": "twitch", "started_at": "%s", "intensity": %d}',
        sites[(counter % #sites) + 1], os.date("!%Y-%m-%dT%H:%M:%SZ", t), (counter % 10) + 1)
    return wrk.format("POST", "/api/v1/episodes", { ["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer scale-token-" .. person }, body)
end

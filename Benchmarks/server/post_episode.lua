-- POST /api/v1/episodes with a distinct time for every request, so each one is a real write.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local counter = 0
local threads = 0

function setup(thread)
    thread:set("offset", threads * 100000000)
    threads = threads + 1
end

local sites = { "eyelid_left", "eyelid_right", "face", "calf_left", "calf_right", "thigh", "hand", "arm" }

function request()
    counter = counter + 1
    local t = 1600000000 + offset + counter
    local body = string.format('{"site": "%s", "kind": "twitch", "started_at": "%s", "intensity": %d}',
        sites[(counter % #sites) + 1], os.date("!%Y-%m-%dT%H:%M:%SZ", t), (counter % 10) + 1)
    return wrk.format("POST", "/api/v1/episodes", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function init(args)
    token = args[1]
end

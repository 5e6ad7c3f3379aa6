-- GET a path with the headers given as arguments ("Name: value"), reporting the percentiles in a line to parse.
function init(args)
    for _, header in ipairs(args) do
        local name, value = header:match("^([^:]+):%s*(.*)$")
        if name then wrk.headers[name] = value end
    end
end

function done(summary, latency, requests)
    io.write(string.format("TWITCHLESS %d %d %d %d %d %.3f %.3f\n", summary.requests, summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout, summary.errors.status, summary.duration, 0,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

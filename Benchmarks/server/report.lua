-- The line the benchmark scripts parse (Benchmarks/server/lib.sh, wrk_figures): requests, socket errors, answers of
-- 400 or more, microseconds, 0, p50 ms and p99 ms.
function done(summary, latency, requests)
    io.write(string.format("TWITCHLESS %d %d %d %d %d %.3f %.3f\n", summary.requests, summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout, summary.errors.status, summary.duration, 0,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

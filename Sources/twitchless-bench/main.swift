// Prints in-process figures for the food search: how long the index takes to build once, and how long
// each search takes afterwards (what a web page sees per keystroke); and the trigger analysis on ten years of days.
// Run: swift run -c release twitchless-bench
import Foundation
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

let library = ReferenceLibrary.shipped
var index: FoodSearchIndex?
let build = try milliseconds { index = try library.foodIndex() }
let queries = [
    "milk", "black beans", "pumpkin seeds", "almonds", "spinach boiled", "soy milk", "coffee", "brown rice",
    "peanut butter smooth", "salmon atlantic farmed cooked", "yogurt plain low fat", "banana", "chia",
    "oat", "edamame", "potato baked skin", "cashew", "halibut", "raisins", "kidney beans canned",
]
var timings: [Double] = []
for _ in 0..<50 {
    for query in queries {
        timings.append(milliseconds { _ = index!.search(query, limit: 10) })
    }
}
timings.sort()
let sorted = timings
func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
print("food index build (parse 8,092 foods + index): \(String(format: "%.1f", build)) ms")
print(
    "food search, \(timings.count) queries: median \(String(format: "%.3f", percentile(0.5))) ms, p95 \(String(format: "%.3f", percentile(0.95))) ms, max \(String(format: "%.3f", timings.last!)) ms"
)

// Trigger analysis in-process on ten years of tracked days (3,650 days, about 5,000 episodes).
struct Random {
    var state: UInt64 = 42
    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}
var random = Random()
let first = LocalDate(iso: "2016-11-28")!
var days: [DayLog] = []
var counts: [LocalDate: Int] = [:]
for offset in 0..<3650 {
    var day = DayLog(date: first.adding(days: offset))
    day.sleepHours = 5 + (random.uniform() * 16).rounded() / 4
    day.stress = Int(random.uniform() * 11)
    day.caffeineMg = (random.uniform() * 400).rounded()
    day.alcoholDrinks = (random.uniform() * 3).rounded()
    day.waterLiters = 1 + (random.uniform() * 4).rounded() / 2
    day.exerciseMinutes = (random.uniform() * 90).rounded()
    day.processedMeals = Int(random.uniform() * 3)
    days.append(day)
    let mean = exp(0.3 - 0.2 * (day.sleepHours! - 7) + 0.04 * Double(day.stress!))
    var k = 0
    var product = random.uniform()
    while product > exp(-mean) {
        k += 1
        product *= random.uniform()
    }
    counts[day.date] = k
}
// With a folder holding days.csv and episodes.csv (as Benchmarks/run.sh passes), analyse those files instead,
// so the figure compares like for like with statsmodels on the same data.
if CommandLine.arguments.count > 1 {
    let folder = URL(fileURLWithPath: CommandLine.arguments[1])
    let dayRecords = try CSVReader.records([UInt8](Data(contentsOf: folder.appendingPathComponent("days.csv"))))
    let episodeRecords = try CSVReader.records([UInt8](Data(contentsOf: folder.appendingPathComponent("episodes.csv"))))
    let parsedDays = DaysCSV.parse(dayRecords, today: LocalDate(year: 9999, month: 1, day: 1)!).rows.map(\.day)
    var fileCounts: [LocalDate: Int] = [:]
    for record in EpisodesCSV.parse(episodeRecords, now: .max).rows { fileCounts[record.episode.localDate, default: 0] += 1 }
    days = parsedDays
    counts = fileCounts
}
let analysis = TriggerAnalysis.standard(units: try library.reportingUnits())
var analysisTimes: [Double] = []
for _ in 0..<10 { analysisTimes.append(milliseconds { _ = analysis.run(days: days, episodeCounts: counts) }) }
analysisTimes.sort()
let used = analysis.run(days: days, episodeCounts: counts).daysUsed
print(
    "trigger analysis (Poisson + NB2), \(days.count) days (\(used) complete) and \(counts.values.reduce(0, +)) episodes: median \(String(format: "%.1f", analysisTimes[5])) ms, best \(String(format: "%.1f", analysisTimes[0])) ms"
)

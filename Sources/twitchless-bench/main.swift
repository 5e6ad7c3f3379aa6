// Prints in-process figures for the food search: how long the index takes to build once, and how long
// each search takes afterwards (what a web page sees per keystroke). Run: swift run -c release twitchless-bench
import Foundation
import TwitchlessCore
import TwitchlessReference

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

let library = ReferenceLibrary.shipped
var index: FoodSearchIndex?
let build = try milliseconds { index = try library.foodIndex() }
let queries = ["milk", "black beans", "pumpkin seeds", "almonds", "spinach boiled", "soy milk", "coffee", "brown rice",
               "peanut butter smooth", "salmon atlantic farmed cooked", "yogurt plain low fat", "banana", "chia",
               "oat", "edamame", "potato baked skin", "cashew", "halibut", "raisins", "kidney beans canned"]
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
print("food search, \(timings.count) queries: median \(String(format: "%.3f", percentile(0.5))) ms, p95 \(String(format: "%.3f", percentile(0.95))) ms, max \(String(format: "%.3f", timings.last!)) ms")

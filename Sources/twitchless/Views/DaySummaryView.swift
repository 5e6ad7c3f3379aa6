import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// A day's summary as calm text.
struct DaySummaryView {
    let summary: DaySummary
    let today: LocalDate

    var text: String {
        var lines: [String] = []
        let emergencies = summary.notices.filter { $0.severity == .emergency }
        for notice in emergencies {
            lines.append(NoticeLines.render(notice))
            lines.append("")
        }
        let heading = summary.date == today ? "Today, \(Self.longDate(summary.date))" : Self.longDate(summary.date)
        lines.append(heading)
        if summary.isTracked {
            lines.append("You checked in for this day.")
        } else {
            lines.append(
                Output.wrap(
                    "You haven't checked in for this day yet. `twitchless log day\(summary.date == today ? "" : " --date \(summary.date)")` records it, even with no twitches."
                )
            )
        }
        lines.append("")
        if summary.episodes.isEmpty {
            lines.append(summary.isTracked ? "Episodes: none logged." : "Episodes: none logged yet.")
        } else {
            lines.append("Episodes: \(summary.episodes.count)")
            for episode in summary.episodes {
                var details: [String] = []
                if let intensity = episode.intensity { details.append("intensity \(intensity)") }
                if let duration = episode.durationSeconds { details.append(DurationText.format(seconds: duration)) }
                if let pain = episode.pain { details.append("pain \(pain)") }
                var line =
                    "  \(episode.startedAt.clockText)  \(episode.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(episode.site.displayName)"
                if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
                if let note = episode.note { line += " – \(NoteText.sanitized(note))" }
                lines.append(line)
            }
        }
        if let day = summary.dayLog, !day.hasNoFactors {
            lines.append("")
            lines.append("Day factors")
            lines.append(DayFactorLines.render(day))
        }
        lines.append("")
        lines.append(contentsOf: magnesiumLines)
        let others = summary.notices.filter { $0.severity != .emergency }
        if !others.isEmpty {
            lines.append("")
            for notice in others { lines.append(NoticeLines.render(notice)) }
        }
        return lines.joined(separator: "\n")
    }

    var magnesiumLines: [String] {
        var lines = ["Magnesium"]
        func mg(_ low: Milligrams, _ high: Milligrams) -> String { MagnesiumText.range(low, high, digits: 0) }
        var food = "  From food:         \(mg(summary.foodMagnesium, summary.foodMagnesium).leftPadded(7))"
        if summary.foods.count > 0 {
            food += "  (\(summary.foods.count) \(summary.foods.count == 1 ? "food" : "foods"))"
        } else if summary.foodMagnesium.micrograms > 0 {
            food += "  (from Apple Health)"
        }
        if summary.foodsWithoutMagnesiumValue > 0 { food += ", \(summary.foodsWithoutMagnesiumValue) without a value" }
        lines.append(food)
        var supplements = "  From supplements:  \(mg(summary.supplementMagnesiumLow, summary.supplementMagnesium).leftPadded(7))"
        var parts = summary.supplements.map { "\($0.productName) × \(DecimalText.format($0.servings)) at \($0.takenAt.clockText)" }
        if let reported = summary.dayLog?.reportedSupplementMagnesium, reported.micrograms > 0 {
            let origin = summary.dayLog?.isSupplementMagnesiumImported == true ? "from Apple Health" : "imported"
            parts.append("\(DecimalText.format(reported.value, digits: 1)) mg \(origin) for the day")
        }
        if !parts.isEmpty { supplements += "  (" + parts.joined(separator: ", ") + ")" }
        lines.append(supplements)
        var total = "  Total:             \(mg(summary.totalMagnesiumLow, summary.totalMagnesium).leftPadded(7))"
        if let recommended = summary.targets.recommended, let percent = summary.percentOfRecommended {
            let low = Int((summary.percentOfRecommendedLow ?? percent).rounded())
            let high = Int(percent.rounded())
            let percents = low == high ? "\(high)%" : "\(low)–\(high)%"
            total += "  = \(percents) of your \(recommended.kind.rawValue) of \(recommended.text) (\(recommended.lifeStage))"
        }
        lines.append(total)
        if summary.isSupplementRange {
            lines.append(
                Output.wrap(
                    "A product's hydration state is unknown, so amounts are ranges; the higher value is used for the upper limit.",
                    indent: "  "
                )
            )
        }
        if summary.foods.isEmpty, summary.dayLog?.importedFoodMagnesium == nil {
            lines.append(Output.wrap("No food logged yet, so the total leaves food out. `twitchless log food` adds it.", indent: "  "))
        }
        let supplemental = mg(summary.supplementMagnesiumLow, summary.supplementMagnesium)
        switch summary.targets.upperLimit {
        case .established(let limit, let body, _):
            if summary.profileNeedsDoctor {
                lines.append(
                    Output.wrap(
                        "Supplements: \(supplemental). The general upper limit of \(limit.rounded) mg a day (\(body.shortName)) is for people with healthy kidneys; with kidney disease, only your doctor can say what amount is safe for you.",
                        indent: "  "
                    )
                )
            } else {
                let verdict = summary.isOverUpperLimit ? "above it" : "within it"
                lines.append(
                    Output.wrap(
                        "Supplements: \(supplemental) of the \(limit.rounded) mg a day upper limit, \(verdict). The limit is set by the \(body.displayName) and counts supplements and medicines only, never food.",
                        indent: "  "
                    )
                )
            }
        case .notEstablished(let body, _):
            lines.append(
                Output.wrap(
                    "Supplements: \(supplemental). The \(body.displayName) sets no upper limit for this life stage, so supplements are for a doctor to decide.",
                    indent: "  "
                )
            )
        case .unknown:
            break
        }
        return lines
    }

    static func longDate(_ date: LocalDate) -> String { DateWords.long(date) }
}

package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

/// Logging servings of a product, as `log supplement` does, with the notices it may raise
/// (new red flags, the upper limit, kidney and timing notices), emergencies first.
package enum SupplementLogging {
    package struct Outcome: Sendable {
        package var intake: SupplementIntake
        /// False when the same intake was already in the log.
        package var isAdded: Bool
        package var message: String
        /// The day's supplemental magnesium after logging.
        package var dayText: String?
        package var notices: [Notice]
    }

    /// - Parameter product: the stored product (found by id or name, so another person's products are never reachable).
    /// - Throws: `invalidInput` for servings or a time that can't be right; `conflict` when this product at this minute
    ///   is already logged with other servings.
    package static func log(product stored: StoreSession.StoredProduct, servings text: String?, at: String?, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let servings = FoodLogging.nonEmpty(text) ?? "1"
        guard let count = FoodAmount.number(servings), count > 0, count <= 100 else {
            throw .invalidInput("\"\(servings)\" is not a number of servings.", fix: "Please give a number like 1 or 0.5.")
        }
        let takenAt = try FriendlyTime.parse(FoodLogging.nonEmpty(at) ?? "now", now: context.now, clock: context.clock)
        let flagsBefore = try await SafetyReview.activeRedFlags(context: context)
        let intake = SupplementIntake(product: stored.product, takenAt: takenAt, servings: count)
        let added = try await context.write { session -> Bool in
            let existing = try await session.supplementIntakes(in: takenAt.localDate...takenAt.localDate)
                .first { $0.productName == stored.product.name && $0.takenAt.epochSeconds == takenAt.epochSeconds }
            if let existing, existing.servings != count {
                throw TwitchlessError(.conflict,
                    "\(stored.product.name) at \(takenAt.clockText) on \(takenAt.localDate) is already in your log (\(DecimalText.format(existing.servings)) servings).",
                    fix: "To change it, remove that intake first and log the total again.")
            }
            return try await session.insertSupplementIntake(productID: stored.id, intake)
        }
        guard added else {
            return Outcome(intake: intake, isAdded: false, message: "This intake is already in your log, so it wasn't added again.", dayText: nil, notices: [])
        }
        let flagsAfter = try await SafetyReview.activeRedFlags(context: context)
        let raised = SafetyReview.newFlags(before: flagsBefore, after: flagsAfter)
        let stillActive = SafetyReview.stopMagnesiumFlags(among: flagsAfter).filter { !raised.contains($0) }
        let summary = try await DaySummaryLoader.load(context: context, date: takenAt.localDate)
        let planning = try SupplementNotices.forPlanning(context: context) + (try await SafetyReview.timingNotices(for: intake, context: context))
        var shown = Set<String>()
        let notices = ((raised + stillActive).map { $0.notice() } + summary.notices + planning).sortedByUrgency()
            .filter { $0.id != "profile_needs_birth" && shown.insert($0.id + "|" + $0.message).inserted }
        var dayText = "Supplemental magnesium that day: \(range(summary.supplementMagnesiumLow, summary.supplementMagnesium))."
        if summary.isSupplementRange {
            dayText += " The hydration state of a product is unknown, so the amount is a range; the higher value is used for the upper limit."
        }
        return Outcome(intake: intake, isAdded: true,
                       message: "Logged \(DecimalText.format(count)) × \(intake.productName) at \(takenAt.clockText) on \(takenAt.localDate): \(range(intake.elementalLow, intake.elemental)) elemental magnesium.",
                       dayText: dayText, notices: notices)
    }

    /// "200 mg", or "227–323 mg" for a range.
    package static func range(_ low: Milligrams?, _ high: Milligrams) -> String {
        let highText = DecimalText.format(high.value, digits: 1)
        guard let low, low != high else { return "\(highText) mg" }
        return "\(DecimalText.format(low.value, digits: 1))–\(highText) mg"
    }
}

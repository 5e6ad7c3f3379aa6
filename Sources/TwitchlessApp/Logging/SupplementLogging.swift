package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

/// Logging servings of a product, with the notices it may raise (new red flags, the upper limit, kidney and timing
/// notices), emergencies first: one action for the command line, the web app and the API.
package enum SupplementLogging {
    package struct Outcome: Sendable {
        package var id: SupplementIntakeID
        package var intake: SupplementIntake
        /// False when the same intake was already in the log.
        package var isAdded: Bool
        package var message: String
        /// The day's supplemental magnesium after logging, and whether it is a range.
        package var dayText: String?
        package var notices: [Notice]
    }

    /// - Parameter product: which of the person's products.
    /// - Throws: `invalidInput` for servings or a time that can't be right; `notFound` for a product the person
    ///   doesn't have; `conflict` when this product at this minute is already logged with other servings.
    package static func log(
        product choice: ProductChoice,
        servings text: String?,
        at: String?,
        context: AppContext
    ) async throws(TwitchlessError) -> Outcome {
        let count = try InputText.servings(text)
        let takenAt = try context.time(at)
        let (result, raised, after) = try await SafetyReview.raising(context: context) { session -> (SupplementIntake, Bool, SupplementIntakeID) in
            let stored = try await choice.find(in: session)
            let intake = SupplementIntake(product: stored.product, takenAt: takenAt, servings: count)
            let existing = try await session.supplementIntakes(in: takenAt.localDate...takenAt.localDate)
                .first { $0.productName == stored.product.name && $0.takenAt.epochSeconds == takenAt.epochSeconds }
            if let existing, existing.servings != count {
                throw TwitchlessError(
                    .conflict,
                    "\(stored.product.name) at \(takenAt.clockText) on \(takenAt.localDate) is already in your log (\(DecimalText.format(existing.servings)) servings).",
                    fix: "To change it, remove that intake first and log the total again.",
                    next: .removeSupplementIntake(product: stored.product.name, at: "\(takenAt.localDate) \(takenAt.clockText)")
                )
            }
            let added = try await session.insertSupplementIntake(productID: stored.id, intake)
            guard let id = try await session.supplementIntakeID(productID: stored.id, takenAt: takenAt.epochSeconds) else {
                throw TwitchlessError(.unavailable, "The intake could not be read back after saving.", fix: "Please try again.")
            }
            return (intake, added, id)
        }
        let (intake, added, id) = result
        guard added else {
            return Outcome(
                id: id,
                intake: intake,
                isAdded: false,
                message: "This intake is already in your log, so it wasn't added again. If you took more, remove it and log the total.",
                dayText: nil,
                notices: []
            )
        }
        let stillActive = SafetyReview.stopMagnesiumFlags(among: after).filter { !raised.contains($0) }
        let summary = try await DaySummaryLoader.load(context: context, date: takenAt.localDate)
        let planning = try SupplementNotices.forPlanning(context: context) + (try await SafetyReview.timingNotices(for: intake, context: context))
        var shown = Set<String>()
        let notices = ((raised + stillActive).map { $0.notice() } + summary.notices + planning).sortedByUrgency()
            .filter { $0.id != NoticeID.profileNeedsBirth.rawValue && shown.insert($0.id + "|" + $0.message).inserted }
        var dayText = "Supplemental magnesium that day: \(range(summary.supplementMagnesiumLow, summary.supplementMagnesium))."
        if summary.isSupplementRange {
            dayText += " The hydration state of a product is unknown, so the amount is a range; the higher value is used for the upper limit."
        }
        return Outcome(
            id: id,
            intake: intake,
            isAdded: true,
            message:
                "Logged \(DecimalText.format(count)) × \(intake.productName) at \(takenAt.clockText) on \(takenAt.localDate): \(range(intake.elementalLow, intake.elemental)) elemental magnesium.",
            dayText: dayText,
            notices: notices
        )
    }

    /// "200 mg", or "227–323 mg" for a range.
    package static func range(_ low: Milligrams?, _ high: Milligrams) -> String {
        let highText = DecimalText.format(high.value, digits: 1)
        guard let low, low != high else { return "\(highText) mg" }
        return "\(DecimalText.format(low.value, digits: 1))–\(highText) mg"
    }
}

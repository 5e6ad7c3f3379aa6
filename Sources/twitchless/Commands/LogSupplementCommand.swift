import TwitchlessApp
import TwitchlessReference
import TwitchlessStore
import ArgumentParser
import TwitchlessCore

struct LogSupplementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplement",
        abstract: "Log servings of a magnesium product you took.",
        discussion: """
            Add the product first with `twitchless supplement add`.

            Examples:
              twitchless log supplement "Magnesium glycinate"
              twitchless log supplement "Magnesium glycinate" --servings 2 --at 21:00
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The product's name, as you added it.", valueName: "product"))
    var product: String

    @Option(parsing: .unconditional, help: ArgumentHelp("How many servings (default 1).", valueName: "number"))
    var servings: String = "1"

    @Option(help: ArgumentHelp("When you took it (default: now).", valueName: "time"))
    var at: String?

    func run() async throws {
        try await reportingErrors {
            guard let count = FoodAmount.number(servings.trimmingWhitespace()), count > 0, count <= 100 else {
                throw TwitchlessError.invalidInput("\"\(servings)\" is not a number of servings.", fix: "Please give a number like 1 or 0.5.")
            }
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let takenAt = try FriendlyTime.parse(at ?? "now", now: context.now, clock: context.clock)
            let flagsBefore = try await SafetyReview.activeRedFlags(context: context)
            let name = product
            let result = try await context.write { session -> (SupplementIntake, Bool) in
                guard let stored = try await session.product(named: name) else {
                    let names = try await session.products().map { "\"\($0.product.name)\"" }
                    throw TwitchlessError.notFound(
                        "You don't have a product called \"\(name)\".",
                        fix: names.isEmpty
                            ? "Add it first, e.g.: twitchless supplement add \"\(name)\" --elemental 100 --unit capsule"
                            : "Your products are: \(names.joined(separator: ", ")). Or add it with `twitchless supplement add`."
                    )
                }
                let intake = SupplementIntake(product: stored.product, takenAt: takenAt, servings: count)
                let existing = try await session.supplementIntakes(in: takenAt.localDate...takenAt.localDate)
                    .first { $0.productName == stored.product.name && $0.takenAt.epochSeconds == takenAt.epochSeconds }
                if let existing, existing.servings != count {
                    throw TwitchlessError(.conflict,
                        "\(stored.product.name) at \(takenAt.clockText) on \(takenAt.localDate) is already in your log (\(DecimalText.format(existing.servings)) servings).",
                        fix: "To change it, remove it first (twitchless remove supplement \"\(stored.product.name)\" --at \"\(takenAt.localDate) \(takenAt.clockText)\") and log the total again.")
                }
                let added = try await session.insertSupplementIntake(productID: stored.id, intake)
                return (intake, added)
            }
            let (intake, added) = result
            guard added else {
                print("This intake is already in your log, so it wasn't added again. If you took more, remove it and log the total with --servings.")
                return
            }
            let flagsAfter = try await SafetyReview.activeRedFlags(context: context)
            let raised = SafetyReview.newFlags(before: flagsBefore, after: flagsAfter)
            let stillActive = SafetyReview.stopMagnesiumFlags(among: flagsAfter).filter { active in !raised.contains(active) }
            SafetyReview.report([], raised: (raised + stillActive).filter { $0.flag.urgency == .emergency })
            print("Logged \(DecimalText.format(count)) × \(intake.productName) at \(takenAt.clockText) on \(takenAt.localDate): \(MagnesiumText.range(intake.elementalLow, intake.elemental)) elemental magnesium.")
            let summary = try await DaySummaryLoader.load(context: context, date: takenAt.localDate)
            print("Supplemental magnesium that day: \(MagnesiumText.range(summary.supplementMagnesiumLow, summary.supplementMagnesium)).")
            if summary.isSupplementRange {
                print(Output.wrap("The hydration state of a product is unknown, so the amount is a range; the higher value is used for the upper limit."))
            }
            let planning = try SupplementNotices.forPlanning(context: context)
                + (try await SafetyReview.timingNotices(for: intake, context: context))
            var shown = Set<String>()
            let flags = (raised + stillActive).filter { $0.flag.urgency != .emergency }.map { $0.notice() }
            for notice in (flags + summary.notices + planning).sortedByUrgency()
            where notice.id != "profile_needs_birth" && shown.insert(notice.id + "|" + notice.message).inserted {
                print("\n" + NoticeLines.render(notice))
            }
        }
    }
}

package import Foundation
package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Building, checking and reading trials.
package enum TrialSupport {
    /// A design from the options, after the safety checks.
    package static func design(_ options: TrialRequest, seed: UInt64, context: AppContext) async throws(TwitchlessError) -> TrialDesign {
        try await context.read { session in try await design(options, seed: seed, in: session, context: context) }
    }

    /// A design from the options, after the safety checks, read in an open transaction (so a start checks and
    /// stores in one).
    package static func design(_ options: TrialRequest, seed: UInt64, in session: StoreSession, context: AppContext) async throws -> TrialDesign {
        let startDate: LocalDate
        if let text = options.start {
            guard let date = LocalDate(iso: text.trimmingWhitespace()) else {
                throw TwitchlessError.invalidInput(
                    "We couldn't read the start date \"\(text)\".",
                    fix: "Please use a date like \(context.today.adding(days: 1))."
                )
            }
            startDate = date
        } else {
            startDate = context.today.adding(days: 1)
        }
        guard options.servings > 0, options.servings <= 20 else {
            throw TwitchlessError.invalidInput(
                "\(DecimalText.format(options.servings)) servings a day can't be right.",
                fix: "Please give a number like 1 or 2."
            )
        }
        let name = options.product
        let (stored, trials, agreement) = (
            try await session.product(named: name), try await session.trials(), try await session.kidneyDoctorAgreement()
        )
        guard let stored else {
            throw TwitchlessError.notFound("You don't have a product called \"\(name)\".", fix: "Add it first.", next: .addProduct)
        }
        let design = try TrialDesign(
            startDate: startDate,
            blocks: options.blocks,
            periodDays: options.periodDays,
            washoutDays: options.washoutDays,
            product: stored.product.name,
            servings: options.servings,
            usesPlacebo: options.placebo,
            seed: seed
        )
        if let overlapping = trials.first(where: { $0.startDate <= design.endDate && design.startDate <= $0.lastDay }) {
            throw TwitchlessError.invalidInput(
                "This trial would overlap the one from \(DateWords.span(overlapping.startDate, overlapping.lastDay)).",
                fix: "Choose a first day after \(DateWords.day(overlapping.lastDay))."
            )
        }
        // Safety: no supplement planning for young children; kidney disease needs a doctor's recorded agreement; the UL.
        let targets = try context.targets(on: startDate)
        if !targets.allowsSupplementPlanning {
            throw TwitchlessError.invalidInput(
                "Twitchless doesn't plan magnesium supplements for children under 4.",
                fix: "Please talk to your child's doctor."
            )
        }
        if context.profile.kidneyDisease.needsDoctorForSupplements, agreement == nil {
            throw TwitchlessError.invalidInput(
                "With kidney disease (or not sure), the magnesium periods need your doctor's agreement first.",
                fix: "When your doctor has agreed, record the date in your profile.",
                next: .editProfile(.kidneyDoctorAgreed)
            )
        }
        let daily = stored.product.elementalPerServing * options.servings
        if let limit = targets.upperLimit.limit, daily > limit {
            throw TwitchlessError.invalidInput(
                "\(DecimalText.format(daily.value, digits: 1)) mg of elemental magnesium a day is above the \(limit.rounded) mg upper limit for supplements (\(targets.upperLimit.body.displayName)).",
                fix: "Please choose fewer servings."
            )
        }
        return design
    }

    /// The plan in plain words.
    package static func describe(_ design: TrialDesign, daily: Milligrams?) -> [String] {
        var lines: [String] = []
        let dose = daily.map { " (\(DecimalText.format($0.value, digits: 1)) mg elemental magnesium a day)" } ?? ""
        lines.append(
            "\(design.blocks) blocks of two \(design.periodDays)-day periods, \(DateWords.span(design.startDate, design.endDate)) (\(design.blocks * 2 * design.periodDays) days)."
        )
        lines.append(
            "Magnesium periods: \(DecimalText.format(design.servings)) × \(design.product) a day\(dose). Control periods: \(design.usesPlacebo ? "your placebo" : "no magnesium supplement")."
        )
        lines.append(
            "The first \(design.washoutDays) days of each period are washout and aren't analysed; check in every day, because only tracked days count."
        )
        lines.append(
            "With \(design.blocks) blocks the smallest possible randomization p is \(DecimalText.format(TrialDesign.smallestP(blocks: design.blocks), digits: 3)): the strongest result this trial can give. More blocks can show smaller differences."
        )
        return lines
    }

    /// The current trial: running now, else the most recent one.
    package static func current(context: AppContext) async throws(TwitchlessError) -> TrialDesign {
        let trials = try await context.read { try await $0.trials() }
        guard let trial = trials.first(where: { $0.isRunning(on: context.today) }) ?? trials.last else {
            throw .notFound("You haven't started a trial.", fix: "Design one first.", next: .designTrial)
        }
        return trial
    }

    /// The report of a trial up to today.
    package static func report(_ design: TrialDesign, context: AppContext) async throws(TwitchlessError) -> TrialReport {
        let range = design.startDate...max(design.startDate, min(design.lastDay, context.today))
        let (days, counts, intakes) = try await context.read { session in
            (try await session.dayLogs(in: range), try await session.episodeCounts(in: range), try await session.supplementIntakes(in: range))
        }
        let product = SupplementProduct.nameKey(design.product)
        return TrialReport(
            design: design,
            today: context.today,
            trackedDates: Set(days.filter(\.isTracked).map(\.date)),
            episodeCounts: counts,
            productDays: Set(intakes.filter { SupplementProduct.nameKey($0.productName) == product }.map(\.takenAt.localDate))
        )
    }
}

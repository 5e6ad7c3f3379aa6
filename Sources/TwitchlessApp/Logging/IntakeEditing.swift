package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

/// Correcting a food or a supplement intake already logged: its amount or servings and its time, or deleting it.
/// One action each for the web app and the API.
package enum IntakeEditing {
    package struct FoodOutcome: Sendable {
        package var stored: StoredFoodIntake
        /// "Saved: 60 g of Seeds, pumpkin, at 12:30 on 2026-11-24 (44.1 mg magnesium)."
        package var message: String
    }

    package struct SupplementOutcome: Sendable {
        package var stored: StoredSupplementIntake
        package var message: String
    }

    static let foodNotFound = TwitchlessError(
        .notFound,
        "There is no food with this id in your log.",
        fix: "It may have been removed already; the day's page lists what you ate."
    )

    static let supplementNotFound = TwitchlessError(
        .notFound,
        "There is no supplement intake with this id in your log.",
        fix: "It may have been removed already; the day's page lists what you took."
    )

    /// The foods and supplement intakes of one day, with their ids.
    package static func day(
        _ date: LocalDate,
        context: AppContext
    ) async throws(TwitchlessError) -> (
        foods: [StoredFoodIntake], supplements: [StoredSupplementIntake]
    ) {
        try await context.read { session in (try await session.storedFoodIntakes(on: date), try await session.storedSupplementIntakes(on: date)) }
    }

    package static func food(_ id: FoodIntakeID, context: AppContext) async throws(TwitchlessError) -> StoredFoodIntake {
        guard let stored = try await context.read({ try await $0.storedFoodIntake(id: id) }) else { throw foodNotFound }
        return stored
    }

    package static func supplement(_ id: SupplementIntakeID, context: AppContext) async throws(TwitchlessError) -> StoredSupplementIntake {
        guard let stored = try await context.read({ try await $0.storedSupplementIntake(id: id) }) else { throw supplementNotFound }
        return stored
    }

    /// Changes how much was eaten ("30 g", "2 tbsp", a portion of the food's) and when; nil keeps either.
    /// - Throws: `notFound` for an id the person doesn't have; `invalidInput` for an amount or time that can't be right.
    package static func editFood(_ id: FoodIntakeID, amount: String?, at: String?, context: AppContext) async throws(TwitchlessError) -> FoodOutcome {
        let amountText = InputText.given(amount)
        let time = try InputText.given(at).map { text throws(TwitchlessError) in try context.time(text) }
        let stored = try await food(id, context: context)
        var intake = stored.intake
        if let amountText {
            let library = context.reference
            let food = try library.foodIndex().food(id: intake.foodID)
            let (grams, label) = try FoodAmount(parsing: amountText).grams(
                in: try library.portions(forFood: intake.foodID),
                foodName: intake.description
            )
            guard grams > 0, grams <= 10_000 else {
                throw .invalidInput("\(DecimalText.format(grams)) g of one food can't be right.", fix: "Please check the amount.")
            }
            intake.grams = grams
            intake.portion = label
            // The magnesium follows the table's value per 100 g, or, for a food no longer in the table, the amount logged.
            if let per100 = food?.magnesiumPer100g {
                intake.magnesium = Milligrams(per100 * grams / 100)
            } else if let logged = stored.intake.magnesium, stored.intake.grams > 0 {
                intake.magnesium = Milligrams(logged.value * grams / stored.intake.grams)
            }
        }
        if let time { intake.eatenAt = time }
        let changed = intake
        guard try await context.write({ try await $0.replaceFoodIntake(id: id, with: changed) }) else { throw foodNotFound }
        let magnesium = intake.magnesium.map { " (\(DecimalText.format($0.value, digits: 1)) mg magnesium)" } ?? ""
        return FoodOutcome(
            stored: StoredFoodIntake(id: id, intake: intake),
            message: "Saved: \(intake.portion) of \(intake.description) at \(intake.eatenAt.clockText) on \(intake.eatenAt.localDate)\(magnesium)."
        )
    }

    /// Deletes a food logged by mistake; nothing else changes.
    package static func removeFood(_ id: FoodIntakeID, context: AppContext) async throws(TwitchlessError) -> String {
        let removed = try await context.write { session -> FoodIntake? in
            guard let stored = try await session.storedFoodIntake(id: id), try await session.deleteFoodIntake(id: id) else { return nil }
            return stored.intake
        }
        guard let removed else { throw foodNotFound }
        return "Removed \(removed.portion) of \(removed.description) at \(removed.eatenAt.clockText) on \(removed.eatenAt.localDate)."
    }

    /// Changes how many servings were taken and when; nil keeps either. The elemental amount keeps the value per
    /// serving it was logged with (a later label change doesn't rewrite it).
    /// - Throws: `notFound` for an id the person doesn't have; `invalidInput` for servings or a time that can't be
    ///   right; `conflict` when the product is already logged at the new time.
    package static func editSupplement(
        _ id: SupplementIntakeID,
        servings: String?,
        at: String?,
        context: AppContext
    ) async throws(TwitchlessError) -> SupplementOutcome {
        let count = try InputText.given(servings).map { text throws(TwitchlessError) in try InputText.servings(text) }
        let time = try InputText.given(at).map { text throws(TwitchlessError) in try context.time(text) }
        return try await context.write { session -> SupplementOutcome in
            guard let stored = try await session.storedSupplementIntake(id: id) else { throw supplementNotFound }
            var intake = stored.intake
            if let count, count != intake.servings, intake.servings > 0 {
                let scale = count / intake.servings
                intake.elemental = Milligrams(intake.elemental.value * scale)
                intake.elementalLow = intake.elementalLow.map { Milligrams($0.value * scale) }
                intake.servings = count
            }
            if let time { intake.takenAt = time }
            if intake.takenAt.epochSeconds != stored.intake.takenAt.epochSeconds,
                let other = try await session.supplementIntakeID(productID: stored.productID, takenAt: intake.takenAt.epochSeconds), other != id
            {
                throw TwitchlessError(
                    .conflict,
                    "\(intake.productName) at \(intake.takenAt.clockText) on \(intake.takenAt.localDate) is already in your log.",
                    fix: "Change that intake's servings instead, or choose another time.",
                    next: .seeDay(intake.takenAt.localDate)
                )
            }
            guard try await session.replaceSupplementIntake(id: id, with: intake) else { throw supplementNotFound }
            return SupplementOutcome(
                stored: StoredSupplementIntake(id: id, productID: stored.productID, intake: intake),
                message:
                    "Saved: \(DecimalText.format(intake.servings)) × \(intake.productName) at \(intake.takenAt.clockText) on \(intake.takenAt.localDate): \(SupplementLogging.range(intake.elementalLow, intake.elemental)) elemental magnesium."
            )
        }
    }

    /// Deletes a supplement intake logged by mistake; nothing else changes.
    package static func removeSupplement(_ id: SupplementIntakeID, context: AppContext) async throws(TwitchlessError) -> String {
        let removed = try await context.write { session -> SupplementIntake? in
            guard let stored = try await session.storedSupplementIntake(id: id), try await session.deleteSupplementIntake(id: id) else { return nil }
            return stored.intake
        }
        guard let removed else { throw supplementNotFound }
        return
            "Removed \(DecimalText.format(removed.servings)) × \(removed.productName) taken at \(removed.takenAt.clockText) on \(removed.takenAt.localDate)."
    }
}

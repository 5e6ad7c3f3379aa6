import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Every trial, oldest first.
    public func trials() async throws -> [TrialDesign] {
        try await database.raw(
            """
            SELECT start_date, blocks, period_days, washout_days, product, servings, uses_placebo, seed, allocation, stopped_on, stop_reason FROM trials
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY start_date, stopped_on IS NULL, created_at
            """
        ).all().map { row in
            guard let seed = UInt64(try row.value("seed", as: String.self)) else { throw StoreDecodingError.badValue("seed") }
            var design = try TrialDesign(
                startDate: try row.localDate("start_date"),
                blocks: try row.value("blocks"),
                periodDays: try row.value("period_days"),
                washoutDays: try row.value("washout_days"),
                product: try row.value("product"),
                servings: try row.value("servings"),
                usesPlacebo: try row.value("uses_placebo"),
                seed: seed
            )
            // The stored allocation is the record: it never changes after the start.
            let stored: String = try row.value("allocation")
            design.allocation = stored.split(separator: ",").map { pair in
                pair.split(separator: "-").compactMap { TrialDesign.Arm(rawValue: String($0)) }
            }
            if let stopped = try row.optional("stopped_on", as: String.self) {
                guard let date = LocalDate(iso: stopped) else { throw StoreDecodingError.badValue("stopped_on") }
                design.stop = .init(date: date, reason: try row.optional("stop_reason", as: String.self) ?? "")
            }
            return design
        }
    }

    /// Stores a started trial.
    public func insertTrial(_ design: TrialDesign) async throws {
        try await database.insert(into: "trials")
            .columns(
                "id",
                "owner_id",
                "start_date",
                "end_date",
                "blocks",
                "period_days",
                "washout_days",
                "product",
                "servings",
                "uses_placebo",
                "seed",
                "allocation",
                "created_at"
            )
            .values(
                newID(),
                owner.rawValue,
                design.startDate.description,
                design.endDate.description,
                design.blocks,
                design.periodDays,
                design.washoutDays,
                design.product,
                design.servings,
                design.usesPlacebo,
                String(design.seed),
                design.allocation.map { $0.map(\.rawValue).joined(separator: "-") }.joined(separator: ","),
                now()
            )
            .run()
    }

    /// Records that the trial starting on `startDate` was stopped early; false when there is no such trial or it
    /// was stopped already (the first stop is the record).
    public func stopTrial(startingOn startDate: LocalDate, _ stop: TrialDesign.Stop) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE trials SET stopped_on = \(bind: stop.date.description), stop_reason = \(bind: stop.reason)
            WHERE owner_id = \(bind: owner.rawValue) AND start_date = \(bind: startDate.description) AND stopped_on IS NULL
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// The date a doctor agreed to magnesium despite kidney disease, if recorded.
    public func kidneyDoctorAgreement() async throws -> LocalDate? {
        try await database.raw("SELECT kidney_doctor_agreed_on FROM profiles WHERE owner_id = \(bind: owner.rawValue)").first()
            .flatMap { try $0.optional("kidney_doctor_agreed_on", as: String.self) }.flatMap(LocalDate.init(iso:))
    }

    /// Records (or clears) the date a doctor agreed to magnesium despite kidney disease.
    public func saveKidneyDoctorAgreement(_ date: LocalDate?) async throws {
        try await database.update("profiles").set("kidney_doctor_agreed_on", to: date?.description)
            .where("owner_id", .equal, owner.rawValue).run()
    }
}

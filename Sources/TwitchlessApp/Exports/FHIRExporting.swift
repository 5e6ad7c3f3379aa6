package import TwitchlessCore
package import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

/// The log as a FHIR R4 bundle for a clinician's system: no name, no diagnosis, stable ids.
package enum FHIRExporting {
    /// The longest range one export covers (about ten years, as for the report).
    package static let maximumDays = 3660

    package struct Outcome: Sendable {
        package var export: FHIRExport
        /// The bundle as JSON.
        package var json: String
    }

    /// Reads and evaluates everything the bundle holds for `dates`.
    package static func export(dates: ClosedRange<LocalDate>, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let data = try await context.read { session in
            (
                try await session.episodes(in: dates), try await session.dayLogs(in: dates), try await session.products(),
                try await session.supplementIntakes(in: dates), try await session.medicines(), try await session.trials(),
                try await session.exportKey()
            )
        }
        let (episodes, days, products, intakes, medicines, trials, exportKey) = data
        let byProduct = Dictionary(grouping: intakes) { SupplementProduct.nameKey($0.productName) }
        let supplements = products.compactMap { stored -> FHIRExport.SupplementUse? in
            guard let logged = byProduct[SupplementProduct.nameKey(stored.product.name)], !logged.isEmpty else { return nil }
            return FHIRExport.SupplementUse(product: stored.product, intakes: logged)
        }
        let matcher = try context.reference.medicineMatcher()
        let medicineUses = medicines.filter { medicine in
            (medicine.startDate.map { $0 <= dates.upperBound } ?? true) && (medicine.endDate.map { $0 >= dates.lowerBound } ?? true)
        }.map { medicine in
            FHIRExport.MedicineUse(
                medicine: medicine,
                magnesiumTiming: TimingWindow(rules: matcher.match(medicine.name, chosen: medicine.chosenRule).rules)?.plainText
            )
        }
        var reports: [TrialReport] = []
        for trial in trials where trial.startDate <= context.today && trial.startDate <= dates.upperBound && dates.lowerBound <= trial.endDate {
            reports.append(try await TrialSupport.report(trial, context: context))
        }
        let export = FHIRExport(
            profile: context.profile,
            dates: dates,
            now: context.clock.timestamp(context.now),
            episodes: episodes,
            days: days,
            supplements: supplements,
            medicines: medicineUses,
            redFlags: try await SafetyReview.activeRedFlags(context: context),
            trials: reports
        )
        let writer = FHIRBundleWriter(codes: try context.reference.fhirCodes(), ids: StableID(exportKey: exportKey))
        return Outcome(export: export, json: writer.write(export))
    }
}

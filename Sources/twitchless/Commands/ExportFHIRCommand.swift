import TwitchlessApp
import ArgumentParser
import Foundation
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

struct ExportFHIRCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fhir",
        abstract: "Write your log as a FHIR R4 bundle (JSON) for a clinician's system.",
        discussion: """
            The bundle (type "collection") holds: you, with only your birth year and sex if your profile has them \
            (never a name); each episode and each day's factors as Observations; your magnesium products and \
            medicines as MedicationStatements with dose and timing; the red flags that apply now as Flags, in the \
            same plain words as `twitchless check`; and your N-of-1 trial's result. It holds no diagnosis. Codes \
            are LOINC where one fits (sleep duration, exercise duration, pain score), otherwise the Twitchless code \
            system described in docs/fhir.md.

            The same log exported at the same time gives the same file; ids come from what each record is, so a \
            record keeps its id from one export to the next.

            Examples:
              twitchless export fhir --output twitchless-fhir.json
              twitchless export fhir --from 2026-09-01 --to 2026-11-24 --output ~/Desktop/for-my-doctor.json
            """
    )

    /// The longest range one export covers (about ten years, as for the report).
    static let maximumDays = 3660

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("First day (default: 89 days before --to).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (default: today).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("The JSON file to write (default: standard output).", valueName: "file"))
    var output: String?

    func run() async throws {
        try await reportingErrors {
            let file = try ExportFile(path: output)
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let end = try FriendlyTime.parseDate(to ?? "today", today: context.today)
            let start = try from.map { text throws(TwitchlessError) in try FriendlyTime.parseDate(text, today: context.today) } ?? end.adding(days: -89)
            try ExportDates.check(start, end, maximumDays: Self.maximumDays, what: "export")
            let export = try await Self.export(dates: start...end, context: context)
            let writer = FHIRBundleWriter(codes: try context.reference.fhirCodes(), ids: StableID(exportKey: try await context.read { try await $0.exportKey() }))
            try file.write(writer.write(export))
            if let url = file.url {
                print(Output.wrap("Wrote a FHIR bundle for \(start) to \(end) to \(url.path): \(export.episodes.count) \(export.episodes.count == 1 ? "episode" : "episodes"), \(export.days.count) \(export.days.count == 1 ? "day" : "days") of factors, \(export.supplements.count + export.medicines.count) products and medicines, \(export.redFlags.count) red \(export.redFlags.count == 1 ? "flag" : "flags"), \(export.trials.count) trial \(export.trials.count == 1 ? "result" : "results")."))
            }
        }
    }

    /// Reads and evaluates everything the bundle holds.
    static func export(dates: ClosedRange<LocalDate>, context: AppContext) async throws(TwitchlessError) -> FHIRExport {
        let data = try await context.read { session in
            (try await session.episodes(in: dates), try await session.dayLogs(in: dates), try await session.products(),
             try await session.supplementIntakes(in: dates), try await session.medicines(), try await session.trials())
        }
        let (episodes, days, products, intakes, medicines, trials) = data
        let byProduct = Dictionary(grouping: intakes) { SupplementProduct.nameKey($0.productName) }
        let supplements = products.compactMap { stored -> FHIRExport.SupplementUse? in
            guard let logged = byProduct[SupplementProduct.nameKey(stored.product.name)], !logged.isEmpty else { return nil }
            return FHIRExport.SupplementUse(product: stored.product, intakes: logged)
        }
        let matcher = try context.reference.medicineMatcher()
        let medicineUses = medicines.filter { medicine in
            (medicine.startDate.map { $0 <= dates.upperBound } ?? true) && (medicine.endDate.map { $0 >= dates.lowerBound } ?? true)
        }.map { medicine in
            FHIRExport.MedicineUse(medicine: medicine,
                                   magnesiumTiming: TimingWindow(rules: matcher.match(medicine.name, chosen: medicine.chosenRule).rules)?.plainText)
        }
        var reports: [TrialReport] = []
        for trial in trials where trial.startDate <= context.today && trial.startDate <= dates.upperBound && dates.lowerBound <= trial.endDate {
            reports.append(try await TrialSupport.report(trial, context: context))
        }
        return FHIRExport(profile: context.profile, dates: dates, now: context.clock.timestamp(context.now), episodes: episodes, days: days,
                          supplements: supplements, medicines: medicineUses, redFlags: try await SafetyReview.activeRedFlags(context: context),
                          trials: reports)
    }
}

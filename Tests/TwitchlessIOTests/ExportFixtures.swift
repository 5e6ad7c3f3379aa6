import Foundation
import Testing
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessTestSupport

/// Data and helpers shared by the export tests.
enum ExportFixtures {
    static let ids = StableID(exportKey: "local@2026-01-01T00:00:00Z")

    static func fhirWriter() throws -> FHIRBundleWriter {
        FHIRBundleWriter(codes: try ReferenceLibrary.shipped.fhirCodes(), ids: ids)
    }

    static func stamp(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }

    /// A small log with one of everything the bundle holds.
    static func export(now: String = "2026-11-24T20:30:00Z") throws -> FHIRExport {
        let product = SupplementProduct(name: "Magnesium glycinate", servingUnit: "capsule", elementalPerServing: Milligrams(100), basis: .label)
        var day = DayLog(date: LocalDate(iso: "2026-11-23")!)
        day.sleepHours = 6.5
        day.stress = 7
        day.exerciseMinutes = 30
        day.prolongedMuscleUse = true
        // Twitching in the eyelids every day for 20 days: the shipped evaluator raises the more-than-2-weeks flag.
        let eyelids = (0..<20).map { Episode(startedAt: stamp("2026-11-01T09:00:00Z").adding(days: $0), site: .eyelidLeft, kind: .twitch) }
        let flags = try ReferenceLibrary.shipped.redFlagEvaluator().evaluate(
            .init(
                episodes: eyelids,
                symptoms: [],
                acknowledgements: [],
                today: LocalDate(iso: "2026-11-24")!,
                now: stamp("2026-11-24T20:00:00Z").epochSeconds
            )
        )
        let design = try TrialDesign(
            startDate: LocalDate(iso: "2026-10-01")!,
            blocks: 3,
            periodDays: 6,
            washoutDays: 2,
            product: product.name,
            servings: 2,
            usesPlacebo: false,
            seed: 7
        )
        let tracked = Set((0..<36).map { design.startDate.adding(days: $0) })
        let counts = Dictionary(uniqueKeysWithValues: tracked.map { ($0, design.position(on: $0)?.arm == .magnesium ? 1 : 3) })
        let report = TrialReport(
            design: design,
            today: LocalDate(iso: "2026-11-24")!,
            trackedDates: tracked,
            episodeCounts: counts,
            productDays: Set(tracked.filter { design.position(on: $0)?.arm == .magnesium })
        )
        return FHIRExport(
            profile: Profile(birth: .date(LocalDate(iso: "1988-04-02")!), sex: .female, timeZone: "America/New_York"),
            dates: LocalDate(iso: "2026-09-01")!...LocalDate(iso: "2026-11-24")!,
            now: stamp(now),
            episodes: [
                Episode(
                    startedAt: stamp("2026-11-23T18:40:00-05:00"),
                    site: .eyelidLeft,
                    kind: .twitch,
                    intensity: 3,
                    durationSeconds: 20,
                    pain: 1,
                    note: "after a long day, \"tired\""
                ),
                Episode(startedAt: stamp("2026-11-22T07:00:00-05:00"), site: .calfRight, kind: .cramp, durationSeconds: 180),
            ],
            days: [day],
            supplements: [
                .init(
                    product: product,
                    intakes: [
                        SupplementIntake(product: product, takenAt: stamp("2026-11-23T21:00:00-05:00"), servings: 2),
                        SupplementIntake(product: product, takenAt: stamp("2026-11-22T21:00:00-05:00"), servings: 2),
                    ]
                )
            ],
            medicines: [
                .init(
                    medicine: Medicine(name: "levothyroxine", schedule: .daily([7 * 3600])),
                    magnesiumTiming: "take magnesium at least 4 hours after the medicine"
                )
            ],
            redFlags: flags,
            trials: [report]
        )
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-export-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Goes on when the Python checker can run; otherwise skips the test, or fails it in CI, where it must run.
    static func requireChecker(_ modules: [String]) throws {
        try Prerequisite.require(PythonChecker.hasModules(modules), "python3 with \(modules.joined(separator: ", "))")
    }
}

extension Timestamp {
    func adding(days: Int) -> Timestamp { Timestamp(epochSeconds: epochSeconds + Int64(days) * 86_400, utcOffsetSeconds: utcOffsetSeconds) }
}

import TwitchlessApp
import ArgumentParser
import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report your doctor can read in two minutes (one HTML file; print it or bring it).",
        discussion: """
            The report covers red flags first, then episodes per day and by body site (with charts), other symptoms, \
            daily factors, magnesium against your reference values, your magnesium products and medicines, and \
            what the evidence says, with every source. It is one self-contained file: no scripts, nothing fetched, \
            and it prints on A4 or Letter. Open it in a browser.

            Examples:
              twitchless report --output report.html
              twitchless report --from 2026-09-01 --to 2026-11-24 --output ~/Desktop/twitching-report.html
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("First day (default: 89 days before --to).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (default: today).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let end = try FriendlyTime.parseDate(to ?? "today", today: context.today)
            let start = try from.map { text throws(TwitchlessError) in try FriendlyTime.parseDate(text, today: context.today) } ?? end.adding(days: -89)
            guard start <= end else {
                throw TwitchlessError.invalidInput("The report would end (\(end)) before it starts (\(start)).", fix: "Please give --from before --to.")
            }
            guard start.days(until: end) < 3660 else {
                throw TwitchlessError.invalidInput("A report can cover at most ten years.", fix: "Please choose a shorter period.")
            }
            let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
            let folder = url.deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw TwitchlessError(.unavailable, "The folder \(folder) does not exist.", fix: "Create it first, or choose another --output.")
            }
            let html = try await Self.make(context: context, period: start...end).html()
            do {
                try Data(html.utf8).write(to: url, options: .atomic)
            } catch {
                throw TwitchlessError(.unavailable, "The report could not be written to \(url.path).", fix: "Check that the folder is writable.", cause: error)
            }
            print("Wrote the report for \(start) to \(end) to \(url.path). Open it in a browser to read or print it.")
        }
    }

    static func make(context: AppContext, period: ClosedRange<LocalDate>) async throws(TwitchlessError) -> DoctorReport {
        let data = try await context.read { session in
            (try await session.episodes(in: period), try await session.dayLogs(in: period), try await session.foodTotals(in: period),
             try await session.supplementTotals(in: period), try await session.products().map(\.product), try await session.medicines(),
             try await session.symptoms())
        }
        let (episodes, days, food, supplementTotals, products, medicines, symptoms) = data
        var supplements = supplementTotals
        for day in days { if let reported = day.reportedSupplementMagnesium { supplements[day.date, default: .zero] = supplements[day.date, default: .zero] + reported } }
        let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
        var rules: [String: [InteractionRule]] = [:]
        for medicine in medicines { rules[medicine.name] = matcher.match(medicine.name, chosen: medicine.chosenRule).rules }
        let flags = try await SafetyReview.activeRedFlags(context: context)
        // Notices about the report's own period: medicine timing there, medicine advice, profile and kidney notices.
        let intakes = try await context.read { try await $0.supplementIntakes(in: period) }
        let builder = MedicineNotices(matcher: matcher)
        let book = try context.reference.noticeBook()
        let targets = try context.targets(on: period.upperBound)
        var notices = builder.timingNotices(TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: intakes, clock: context.clock))
            + builder.adviceNotices(medicines, today: period.upperBound, includingTiming: false)
            + targets.noticeIDs.compactMap { book.notice($0) }
        if !products.isEmpty, let kidney = book.kidneyNotice(for: context.profile.kidneyDisease) { notices.append(kidney) }
        let eyelidRow = try context.reference.redFlags().first { $0.id == "RF13_eyelid_1wk_aao" }
        let eyelidNote = eyelidRow.map { (text: "\($0.message) Twitchless applies the NHS's 2 weeks to eyelids too.", source: $0.source) }
        let labels = Dictionary(try context.reference.symptoms().map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let history = try await context.read { session in
            (try await session.allDayLogs(), try await session.episodeCounts(in: LocalDate.earliestLoggable...period.upperBound))
        }
        let triggers = TriggerAnalysis.standard(units: try context.reference.reportingUnits())
            .run(days: history.0.filter { $0.date <= period.upperBound }, episodeCounts: history.1)
        let trials = try await context.read { try await $0.trials() }
        var trialReport: TrialReport?
        if let trial = trials.last(where: { $0.startDate <= period.upperBound && period.lowerBound <= $0.endDate }) {
            trialReport = try await TrialSupport.report(trial, context: context)
        }
        var report = DoctorReport.Input(
            period: period, generatedOn: context.today, profile: context.profile, targets: targets,
            timeZone: context.clock.name, episodes: episodes, days: days, foodMagnesium: food, supplementMagnesium: supplements,
            products: products, medicines: medicines, medicineRules: rules, redFlags: flags, notices: notices.sortedByUrgency(),
            symptoms: symptoms, symptomLabels: labels, evidence: try context.reference.evidencePoints().map { ($0.text, $0.source) },
            eyelidWeekNote: eyelidNote)
        report.triggers = triggers
        report.trial = trialReport
        return DoctorReport(report)
    }
}

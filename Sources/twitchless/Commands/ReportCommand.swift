import ArgumentParser
import Foundation
import TwitchlessApp
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
            try await withContext(global) { context in
                let period = try DateRange.past(from: from, to: to, maximumDays: DoctorReportLoader.maximumDays, what: "report", context: context)
                let (start, end) = (period.lowerBound, period.upperBound)
                let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
                let folder = url.deletingLastPathComponent().path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw TwitchlessError(.unavailable, "The folder \(folder) does not exist.", fix: "Create it first, or choose another --output.")
                }
                let html = try await DoctorReportLoader.make(context: context, period: start...end).html()
                do {
                    try PrivateFile.write(Data(html.utf8), to: url)
                } catch {
                    throw TwitchlessError(
                        .unavailable,
                        "The report could not be written to \(url.path).",
                        fix: "Check that the folder is writable.",
                        cause: error
                    )
                }
                Output.print("Wrote the report for \(start) to \(end) to \(url.path). Open it in a browser to read or print it.")
            }
        }
    }
}

package import Foundation
package import TwitchlessCore
import TwitchlessIO
import TwitchlessReports

/// "Download all my data": one zip with the backup (to restore), the CSV files (to open or import), the FHIR bundle
/// (for a clinician's system) and the doctor report (to read), with a note on what each file is.
package enum DataDownload {
    package struct Outcome: Sendable {
        /// The zip's bytes.
        package var zip: Data
        /// The file name to save it under.
        package var name: String
        package var counts: BackupCounts
    }

    package static func everything(context: AppContext) async throws(TwitchlessError) -> Outcome {
        let backup = try await PersonBackup.make(context: context)
        let csv = try await CSVExporting.export(context: context)
        let longest = context.today.adding(days: -(FHIRExporting.maximumDays - 1))...context.today
        let fhir = try await FHIRExporting.export(dates: longest, context: context)
        let reportPeriod = try DateRange.past(from: nil, to: nil, maximumDays: DoctorReportLoader.maximumDays, what: "report", context: context)
        let report = try await DoctorReportLoader.make(context: context, period: reportPeriod).html()
        let stamp = context.today.description
        let files: [(name: String, bytes: Data)] = [
            ("README.txt", Data(readme(today: stamp, report: reportPeriod).utf8)),
            ("twitchless-\(stamp).twitchless-backup", backup.data),
            ("days.csv", Data(csv.daysCSV.utf8)),
            ("episodes.csv", Data(csv.episodesCSV.utf8)),
            ("twitchless-fhir-\(stamp).json", Data(fhir.json.utf8)),
            ("twitchless-report-\(stamp).html", Data(report.utf8)),
        ]
        return Outcome(zip: try ZipWriter.archive(files, modified: context.now), name: "twitchless-all-my-data-\(stamp).zip", counts: backup.counts)
    }

    static func readme(today: String, report: ClosedRange<LocalDate>) -> String {
        """
        Everything you have logged in Twitchless, downloaded on \(today).

        twitchless-\(today).twitchless-backup
          All of it (profile, episodes, check-ins, symptoms, foods, supplements, products, medicines, imported
          values, trials, acknowledged warnings, share links, reminder settings) in one file that Twitchless can
          restore into an empty account, here or on another server. It holds no password. Keep it private.

        days.csv, episodes.csv
          Your check-ins and episodes as spreadsheets. They open in any spreadsheet program and import into
          Twitchless again unchanged.

        twitchless-fhir-\(today).json
          A FHIR R4 bundle for a clinician's health record system (the last ten years).

        twitchless-report-\(today).html
          The doctor report for \(report.lowerBound) to \(report.upperBound): open it in a browser, print it or
          bring it to an appointment.

        """
    }
}

import ArgumentParser
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Every active notice, most urgent first, each with its source.",
        discussion: """
            Notices cover your profile (age, kidneys), today's supplemental magnesium against the upper limit, \
            magnesium taken too close to a medicine in the last 7 days, and what the sources say about your medicines. \
            Twitchless never diagnoses: it says what the sources advise.

            Examples:
              twitchless check
              twitchless check --json

            JSON: {date, notices: [{id, severity (info, warning, urgent, emergency), message, fix, source}]}. Ids are \
            the row ids of the reference files (e.g. levothyroxine, kidney_disease) or the documented app ids \
            dose_over_ul, kidney_disease_dialysis, kidney_disease_not_sure, infant_no_supplements, \
            young_child_no_supplement_planning, profile_needs_birth, tables_end_at_50.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    struct JSON: Encodable {
        let date: String
        let notices: [Notice]
    }

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let notices = try await SafetyReview.notices(context: context)
            if output.json {
                try Output.json(JSON(date: context.today.description, notices: notices))
                return
            }
            if notices.isEmpty {
                print("Nothing needs your attention right now.")
                return
            }
            print(notices.map(NoticeLines.render).joined(separator: "\n\n"))
        }
    }
}

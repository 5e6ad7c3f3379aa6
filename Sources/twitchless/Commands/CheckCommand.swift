import ArgumentParser
import TwitchlessApp
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
            Red flags from your episodes and logged symptoms come first, most urgent first, each with the source's own \
            advice and your own emergency number (from your country: twitchless profile --country). An emergency sign \
            says "get help now" for 24 hours after the time you logged it for, then stays as a follow-up for 30 days; \
            other signs stay for 90 days after you last logged them, and patterns (one place for more than 2 weeks, \
            more than one place, a long cramp) while they go on. Mark a flag once you have talked to a doctor about it \
            (--talked-to-doctor ID) or got help (--got-help ID), at any time: then it returns only for a new sign. The \
            doctor report keeps every flag's history. Twitchless never diagnoses: it says what the sources advise.

            Examples:
              twitchless check
              twitchless check --talked-to-doctor RF01_twitch_2wk
              twitchless check --got-help RF10_breathing
              twitchless check --json

            JSON: {date, notices: [{id, severity (info, warning, urgent, emergency), message, fix, source, emergency_number \
            (only when the message says to call it)}]}. Ids are \
            the row ids of the reference files (e.g. RF01_twitch_2wk, levothyroxine, kidney_disease) or the documented \
            app ids dose_over_ul, dose_over_any_ul, diarrhoea_dose, food_first, medicine_unknown, kidney_disease_dialysis, kidney_disease_not_sure, infant_no_supplements, \
            young_child_no_supplement_planning, profile_needs_birth, tables_end_at_50.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Option(
        name: .customLong("talked-to-doctor"),
        help: ArgumentHelp(
            "Mark a red flag as talked over with a doctor: it then returns only for a new sign.",
            valueName: "flag-id"
        )
    )
    var talkedToDoctor: String?

    @Option(
        name: .customLong("got-help"),
        help: ArgumentHelp(
            "Mark an emergency sign as one you got help for (the same as --talked-to-doctor): it then returns only if you log it again.",
            valueName: "flag-id"
        )
    )
    var gotHelp: String?

    func validate() throws {
        if talkedToDoctor != nil, gotHelp != nil { throw ValidationError("Please give --talked-to-doctor or --got-help, not both.") }
    }

    struct JSON: Encodable {
        let date: String
        let notices: [Notice]
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                if let id = (talkedToDoctor ?? gotHelp)?.trimmingWhitespace() {
                    let flag: RaisedRedFlag
                    do {
                        flag = try await SafetyReview.acknowledge(flagID: id, context: context)
                    } catch let error as TwitchlessError where error.code == .notFound {
                        throw TwitchlessError.notFound(
                            "There is no active red flag \"\(id)\" to mark.",
                            fix: "See the active ones with: twitchless check"
                        )
                    }
                    Output.print(SafetyReview.acknowledgementMessage(flag) + " (\(flag.flag.id))\n")
                }
                let notices = try await SafetyReview.notices(context: context)
                if output.json {
                    try Output.json(JSON(date: context.today.description, notices: notices))
                    return
                }
                if notices.isEmpty {
                    Output.print("Nothing needs your attention right now.")
                    return
                }
                Output.print(notices.map(NoticeLines.render).joined(separator: "\n\n"))
            }
        }
    }
}

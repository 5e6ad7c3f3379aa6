import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or set what Twitchless needs to know about you.",
        discussion: """
            Your age, sex and pregnancy or breastfeeding pick your recommended magnesium intake (RDA or AI) and \
            the upper limit for supplements. Kidney disease changes the advice about supplements. Your country picks \
            the emergency number that urgent advice tells you to call; without one, it comes from your time zone \
            (none for zones such as Etc/UTC, which then say "your local emergency number"). With no options, the \
            profile is shown; with options, only those are changed.

            Examples:
              twitchless profile
              twitchless profile --birth 1988-04-02 --sex female --time-zone Europe/London
              twitchless profile --birth 1988                # the year alone is enough
              twitchless profile --pregnancy pregnant --kidney not_sure
              twitchless profile --upper-limit eu            # use the EU (EFSA) limit
              twitchless profile --country IE                # emergency advice says 112
              twitchless profile --country none              # back to the time zone's country

            JSON (--json): birth, age_years, age_is_estimated, sex, pregnancy, kidney_disease, time_zone, \
            upper_limit_body, country (null when unknown), country_is_default (from the time zone), emergency_number (null when \
            the country's number is not in the sourced table), life_stage, recommended_kind, recommended_mg, \
            recommended_mg_range (when the sex isn't set), recommended_sources, supplement_upper_limit_mg (null when none is \
            established), supplement_upper_limit_body, supplement_upper_limit_applies_to, supplement_upper_limit_source, \
            notices [{id, severity, message, fix, next_step, source}]; the same as GET /api/v1/profile.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Option(help: ArgumentHelp("Your birth date (YYYY-MM-DD) or birth year (YYYY).", valueName: "date-or-year"))
    var birth: String?

    @Option(help: ArgumentHelp("female, male or unspecified. Unspecified shows both reference values as a range.", valueName: "sex"))
    var sex: String?

    @Option(help: ArgumentHelp("none, pregnant or breastfeeding.", valueName: "status"))
    var pregnancy: String?

    @Option(help: ArgumentHelp("Kidney disease: none, yes, dialysis (on dialysis) or not_sure.", valueName: "status"))
    var kidney: String?

    @Option(name: .customLong("time-zone"), help: ArgumentHelp("Your time zone as an IANA name, e.g. Europe/London.", valueName: "zone"))
    var timeZone: String?

    @Option(
        name: .customLong("kidney-doctor-agreed"),
        help: ArgumentHelp(
            "With kidney disease: the date your doctor agreed to magnesium (unlocks the trial's magnesium periods).",
            valueName: "date"
        )
    )
    var kidneyDoctorAgreed: String?

    @Option(
        help: ArgumentHelp(
            "Your country as a two-letter code (GB, US, IE, AU…), for the emergency number; none to use the time zone's country.",
            valueName: "code"
        )
    )
    var country: String?

    @Option(
        name: .customLong("upper-limit"),
        help: ArgumentHelp("Whose supplement upper limit to use: us (IOM, default) or eu (EFSA).", valueName: "body")
    )
    var upperLimit: String?

    var update: ProfileUpdate {
        ProfileUpdate(
            birth: birth,
            sex: sex,
            pregnancy: pregnancy,
            kidney: kidney,
            timeZone: timeZone,
            upperLimit: upperLimit,
            kidneyDoctorAgreed: kidneyDoctorAgreed,
            country: country
        )
    }

    var changesSomething: Bool { update.changesSomething }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                var current = context
                var raised: [RaisedRedFlag] = []
                if changesSomething { (current, raised) = try await update.save(context: context) }
                if output.json { return try Output.json(try ProfileDocument(current, raised: raised.map { $0.notice() })) }
                let profile = current.profile
                let clock = AppContext.clock(for: profile, computer: context.store.clock)
                let today = clock.today(context.now)
                let targets = try context.reference.intakeReference().targets(for: profile, on: today)
                let book = try context.reference.noticeBook()
                let directory = try context.reference.emergencyDirectory()
                let contact = directory.contact(country: profile.country, timeZone: profile.timeZone ?? clock.name)
                let view = ProfileView(
                    profile: profile,
                    targets: targets,
                    book: book,
                    timeZone: clock.name,
                    emergency: contact,
                    countryName: contact.country.map(directory.name(of:))
                )
                NoticeLines.report(changesSomething ? ["Your profile is saved.\n", view.text] : [view.text], notices: raised.map { $0.notice() })
            }
        }
    }
}

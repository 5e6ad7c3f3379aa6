import TwitchlessCore

/// A next step in the command line's words: the command that does it.
enum NextStepCommand {
    /// "Mark it with: twitchless check --talked-to-doctor RF01_twitch_2wk".
    static func line(_ step: NextStep) -> String {
        switch step {
        case .markTalkedToDoctor(let flag): "Mark it with: twitchless check --talked-to-doctor \(flag)"
        case .markGotHelp(let flag): "Mark it with: twitchless check --got-help \(flag)"
        case .seeNotices: "See them with: twitchless check"
        case .editProfile(let field): "Set it with: twitchless profile \(profileOption(field))"
        case .seeMagnesiumForms: "See the forms with: twitchless magnesium forms"
        case .seeMagnesiumFoods: "See them with: twitchless magnesium foods"
        case .seeMagnesiumSchedule: "See the times with: twitchless magnesium schedule"
        case .addProduct: "Add one with: twitchless supplement add NAME --elemental MG"
        case .seeProducts: "See yours with: twitchless supplement list"
        case .addMedicine: "Add one with: twitchless medicine add NAME --schedule 07:00"
        case .seeMedicines: "See yours with: twitchless medicine list"
        case .searchFoods(let query): "Search with: twitchless food search \(query.map { "\"\($0)\"" } ?? "WORDS")"
        case .seeDay(let date): "See that day with: twitchless day \(date)"
        case .checkIn(let date): "Check in with: twitchless log day" + (date.map { " --date \($0)" } ?? "")
        case .seeSymptoms: "See them with: twitchless check"
        case .designTrial: "Design one with: twitchless trial design --product NAME"
        case .seeTrialReport: "See it with: twitchless trial report"
        case .importSkippingUnknownUnits: "To import everything else and leave those records out, run the import again with --skip-unknown-units."
        case .importReplacing: "To replace the stored values with the file's, run the import again with --update."
        case .chooseDatabase: "Choose another with --database PATH."
        case .give(.medicineProduct, let example): "Say it with: --product \(example ?? "ID")"
        case .give(.magnesiumForm, let example): "Name it with: --form \(example ?? "FORM"), or add --hydration-unknown if the label doesn't say."
        case .give(.symptom, _): "See the list with: twitchless log symptom --help"
        case .removeEpisode(let site, let kind, let at): "Remove it with: twitchless remove episode \(site) --kind \(kind) --at \"\(at)\""
        case .removeSupplementIntake(let product, let at): "Remove it with: twitchless remove supplement \"\(product)\" --at \"\(at)\""
        }
    }

    static func profileOption(_ field: NextStep.ProfileField) -> String {
        switch field {
        case .birth: "--birth 1988-04-02"
        case .sex: "--sex female"
        case .pregnancy: "--pregnancy none"
        case .timeZone: "--time-zone Europe/London"
        case .country: "--country IE"
        case .kidney: "--kidney no"
        case .kidneyDoctorAgreed: "--kidney-doctor-agreed DATE"
        }
    }

    /// The fix and its step, one line each.
    static func lines(fix: String?, next: NextStep?) -> [String] {
        [fix, next.map(line)].compactMap { $0 }
    }
}

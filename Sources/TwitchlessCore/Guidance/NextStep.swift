/// What a person can do next, as a value: each surface says it in its own words (the command line as a command,
/// the web app as a link to its page, the JSON API as a structured `next_step` field). Texts in the core, the app
/// data and `notices.csv` stay neutral and carry one of these instead of naming a command or a page.
public enum NextStep: Hashable, Sendable {
    /// Mark a red flag as discussed with a doctor.
    case markTalkedToDoctor(flag: String)
    /// Mark an emergency sign as "I got help".
    case markGotHelp(flag: String)
    /// See the active notices and red flags.
    case seeNotices
    /// Change one part of the profile.
    case editProfile(ProfileField)
    /// The magnesium forms and what the sources say about them.
    case seeMagnesiumForms
    /// Foods rich in magnesium.
    case seeMagnesiumFoods
    /// The day's magnesium times around medicines.
    case seeMagnesiumSchedule
    /// Add a magnesium product from its label.
    case addProduct
    /// The person's magnesium products.
    case seeProducts
    /// Add a medicine.
    case addMedicine
    /// The person's medicines.
    case seeMedicines
    /// Search the food table.
    case searchFoods(query: String?)
    /// One day's log: its episodes, foods and intakes.
    case seeDay(LocalDate)
    /// Check in for a day.
    case checkIn(LocalDate?)
    /// The symptoms the person logged.
    case seeSymptoms
    /// Design an N-of-1 trial.
    case designTrial
    /// The trial's report.
    case seeTrialReport
    /// Import the file again, leaving out records whose unit can't be converted.
    case importSkippingUnknownUnits
    /// Import the file again, replacing stored values with the file's.
    case importReplacing
    /// Choose another database file.
    case chooseDatabase
    /// Give a value the input lacks, like the example when there is one.
    case give(InputField, example: String?)
    /// Remove an episode logged at this minute ("2026-11-24 10:00"), to log it again with other details.
    case removeEpisode(site: String, kind: String, at: String)
    /// Remove a supplement intake logged at this minute, to log the total again.
    case removeSupplementIntake(product: String, at: String)

    /// Inputs a next step can ask for.
    public enum InputField: String, Sendable, CaseIterable {
        /// Which of a medicine's products it is, when the sources treat them differently.
        case medicineProduct = "medicine_product"
        /// The magnesium form (and hydration state) on a product's label.
        case magnesiumForm = "magnesium_form"
        /// A symptom from the list.
        case symptom
    }

    /// Parts of the profile a next step can point at.
    public enum ProfileField: String, Sendable, CaseIterable {
        case birth, sex, pregnancy
        case timeZone = "time_zone"
        case country, kidney
        case kidneyDoctorAgreed = "kidney_doctor_agreed"
    }

    /// The stable name of the action, for the API and `--json`.
    public var action: String {
        switch self {
        case .markTalkedToDoctor: "mark_talked_to_doctor"
        case .markGotHelp: "mark_got_help"
        case .seeNotices: "see_notices"
        case .editProfile: "edit_profile"
        case .seeMagnesiumForms: "see_magnesium_forms"
        case .seeMagnesiumFoods: "see_magnesium_foods"
        case .seeMagnesiumSchedule: "see_magnesium_schedule"
        case .addProduct: "add_product"
        case .seeProducts: "see_products"
        case .addMedicine: "add_medicine"
        case .seeMedicines: "see_medicines"
        case .searchFoods: "search_foods"
        case .seeDay: "see_day"
        case .checkIn: "check_in"
        case .seeSymptoms: "see_symptoms"
        case .designTrial: "design_trial"
        case .seeTrialReport: "see_trial_report"
        case .importSkippingUnknownUnits: "import_skipping_unknown_units"
        case .importReplacing: "import_replacing"
        case .chooseDatabase: "choose_database"
        case .give: "give"
        case .removeEpisode: "remove_episode"
        case .removeSupplementIntake: "remove_supplement_intake"
        }
    }

    /// The step a data file names: an action, optionally with `:` and its argument (`edit_profile:birth`,
    /// `mark_got_help:{id}` after its placeholders are filled). Nil for a name no step has.
    public init?(code: String) {
        let parts = code.split(separator: ":", maxSplits: 1).map { String($0) }
        let argument = parts.count > 1 ? parts[1] : nil
        switch parts.first ?? "" {
        case "mark_talked_to_doctor":
            guard let argument else { return nil }
            self = .markTalkedToDoctor(flag: argument)
        case "mark_got_help":
            guard let argument else { return nil }
            self = .markGotHelp(flag: argument)
        case "see_notices": self = .seeNotices
        case "edit_profile":
            guard let field = argument.flatMap(ProfileField.init(rawValue:)) else { return nil }
            self = .editProfile(field)
        case "see_magnesium_forms": self = .seeMagnesiumForms
        case "see_magnesium_foods": self = .seeMagnesiumFoods
        case "see_magnesium_schedule": self = .seeMagnesiumSchedule
        case "add_product": self = .addProduct
        case "see_products": self = .seeProducts
        case "add_medicine": self = .addMedicine
        case "see_medicines": self = .seeMedicines
        case "search_foods": self = .searchFoods(query: argument)
        case "see_day":
            guard let date = argument.flatMap(LocalDate.init(iso:)) else { return nil }
            self = .seeDay(date)
        case "check_in": self = .checkIn(argument.flatMap(LocalDate.init(iso:)))
        case "see_symptoms": self = .seeSymptoms
        case "design_trial": self = .designTrial
        case "see_trial_report": self = .seeTrialReport
        case "import_skipping_unknown_units": self = .importSkippingUnknownUnits
        case "import_replacing": self = .importReplacing
        case "choose_database": self = .chooseDatabase
        default: return nil
        }
    }
}

extension NextStep: Encodable {
    private enum CodingKeys: String, CodingKey {
        case action
        case redFlag = "red_flag"
        case field, query, date, example, site, kind, at, product
    }

    /// `{"action": "mark_talked_to_doctor", "red_flag": "RF01_twitch_2wk"}`: the action and what it applies to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(action, forKey: .action)
        switch self {
        case .markTalkedToDoctor(let flag), .markGotHelp(let flag): try container.encode(flag, forKey: .redFlag)
        case .editProfile(let field): try container.encode(field.rawValue, forKey: .field)
        case .searchFoods(let query): try container.encodeIfPresent(query, forKey: .query)
        case .seeDay(let date): try container.encode(date.description, forKey: .date)
        case .checkIn(let date): try container.encodeIfPresent(date?.description, forKey: .date)
        case .give(let field, let example):
            try container.encode(field.rawValue, forKey: .field)
            try container.encodeIfPresent(example, forKey: .example)
        case .removeEpisode(let site, let kind, let at):
            try container.encode(site, forKey: .site)
            try container.encode(kind, forKey: .kind)
            try container.encode(at, forKey: .at)
        case .removeSupplementIntake(let product, let at):
            try container.encode(product, forKey: .product)
            try container.encode(at, forKey: .at)
        default: break
        }
    }
}

import Foundation
import Testing
import TwitchlessReference

@testable import TwitchlessCore

/// POLICIES.md (Medicines and timing): brand names match through the sourced brand table.
@Suite("Brand names")
struct BrandNameTests {
    static let library = ReferenceLibrary.shipped
    static let brands = (try? library.medicineBrands()) ?? []
    let matcher = try! BrandNameTests.library.medicineMatcher()
    let today = LocalDate(iso: "2026-11-24")!

    /// The notices a medicine gets, as id, severity and message, with `rename` (a brand) written as `as` (its generics).
    func notices(_ name: String, product: String? = nil, rename: String? = nil, as generic: String = "") -> [String] {
        let medicine = Medicine(name: name, schedule: .daily([25_200]), startDate: LocalDate(iso: "2020-01-01")!, chosenRule: product)
        return MedicineNotices(matcher: matcher).adviceNotices([medicine], today: today).map { notice in
            let text = rename.map { notice.message.replacingOccurrences(of: $0, with: generic) } ?? notice.message
            return "\(notice.id)|\(notice.severity)|" + text.lowercased()
        }
    }

    @Test("Every brand gets the same notices as its generics", arguments: brands)
    func brandMatchesGeneric(brand: MedicineBrand) {
        let match = matcher.match(brand.name)
        #expect(match.isKnown)
        #expect(Set(match.generics) == Set(brand.generics))
        #expect(match.choices.isEmpty, "\(brand.name) should not need a product choice")
        let generic = brand.generics.joined(separator: " ")
        #expect(notices(brand.name, rename: brand.name, as: generic) == notices(generic, product: brand.productRule), "\(brand.name)")
        #expect(!notices(brand.name).isEmpty)
    }

    @Test("The brands the interaction table names are all in the brand table")
    func tableBrands() {
        let names = Set(Self.brands.map { $0.name.lowercased() })
        for brand in ["fosamax", "actonel", "atelvia", "cipro", "synthroid", "neurontin", "tivicay", "reyataz"] {
            #expect(names.contains(brand), "\(brand)")
        }
    }

    @Test("Brands match by whole words, ignoring case and strength; a combination matches each generic it has rows for")
    func wording() {
        #expect(matcher.match("SYNTHROID 100 mcg").generics == ["levothyroxine"])
        #expect(matcher.match("synthroidx").generics.isEmpty)
        #expect(Set(matcher.match("Aldactazide 25/25").generics) == ["hydrochlorothiazide", "spironolactone"])
        #expect(matcher.match("Triumeq").generics == ["dolutegravir"])
        // The longer brand is the one found; strengths written together with a name still match.
        #expect(matcher.match("Fosamax Plus D 70").brands.map(\.name) == ["Fosamax Plus D"])
        #expect(matcher.match("Fosamax").brands.map(\.name) == ["Fosamax"])
        #expect(matcher.match("doxycycline100mg").generics == ["doxycycline"])
        // Actonel is immediate-release risedronate, Atelvia delayed-release: no question asked.
        #expect(matcher.match("Actonel").rules.map(\.id).contains("risedronate_ir_label"))
        #expect(!matcher.match("Actonel").rules.map(\.id).contains("risedronate_dr_label"))
        #expect(matcher.match("Atelvia").rules.map(\.id).contains("risedronate_dr_label"))
    }

    @Test("A name that matches nothing is unknown, never an all-clear")
    func unknown() {
        let match = matcher.match("Zorblax")
        #expect(!match.isKnown)
        #expect(match.rules.isEmpty)
    }
}

/// POLICIES.md (Red flags): every sign an active row names can be logged, and raises its row when the row's conditions hold.
@Suite("Every red-flag sign can be logged")
struct SignReachabilityTests {
    static let library = ReferenceLibrary.shipped
    let evaluator = try! SignReachabilityTests.library.redFlagEvaluator()
    let today = LocalDate(iso: "2026-11-24")!

    /// Each sign of each active row that a person logs as a symptom (rows raised from episodes are RF01, RF02 and RF20),
    /// by the words of the row's `sign`, and the symptom that stands for it.
    static let signs: [(row: String, sign: String, symptom: String)] = [
        ("RF03_twitch_weak_stiff", "weak or stiff", "muscle_weakness"), ("RF04_twitch_medicine", "prescribed medicine", "medicine_suspected"),
        ("RF05_leg_weakness", "Weakness in the ankle or leg", "leg_weakness"),
        ("RF06_speech_swallow_gradual", "difficulty swallowing", "speech_swallow"),
        ("RF07_weak_grip", "Weak grip", "weak_grip"), ("RF08_muscle_wasting", "thinner or smaller", "muscle_wasting"),
        ("RF09_stroke_fast", "face drooping", "sudden_face_arm_speech"), ("RF10_breathing", "Difficulty breathing", "breathing_difficulty"),
        ("RF11_seizure", "seizure", "seizure"), ("RF14_eyelid_closes", "hard to open", "eyelid_closes"),
        ("RF15_face_spread", "spreads", "twitch_spreading"), ("RF16_eye_red_discharge", "discharge", "eye_red_discharge"),
        ("RF17_eyelid_droop", "Drooping eyelids", "eyelid_droop"), ("RF18_cramp_sleep", "sleep", "cramps_wake_me"),
        ("RF19_cramp_numb_swelling", "numbness or swelling", "cramps_numb_swelling"), ("RF21_cramp_tetanus", "tetanus", "wound_cramps"),
        ("RF22_cramp_frequent_severe", "Frequent, severe cramps", "cramps_frequent_severe"), ("RF23_possible_dvt", "one leg", "one_leg_swollen"),
        ("RF24_dvt_breathless", "breathlessness or chest pain", "chest_pain_breathless"),
        ("RF25_too_much_mg_early", "low blood pressure", "low_blood_pressure"), ("RF25_too_much_mg_early", "nausea", "nausea"),
        ("RF25_too_much_mg_early", "vomiting", "vomiting"), ("RF25_too_much_mg_early", "facial flushing", "flushing"),
        ("RF25_too_much_mg_early", "not being able to pass urine", "urine_retention"), ("RF25_too_much_mg_early", "lethargy", "lethargy"),
        ("RF25_too_much_mg_early", "low mood", "low_mood"),
        ("RF26_too_much_mg_severe", "muscle weakness", "muscle_weakness"),
        ("RF26_too_much_mg_severe", "difficulty breathing", "breathing_difficulty"),
        ("RF26_too_much_mg_severe", "very low blood pressure", "very_low_blood_pressure"),
        ("RF26_too_much_mg_severe", "irregular heartbeat", "irregular_heartbeat"),
        ("RF26_too_much_mg_severe", "fainting (POLICIES.md)", "fainting"),
        ("RF27_ppi_low_mg", "abnormal or racing heartbeat", "irregular_heartbeat"), ("RF27_ppi_low_mg", "palpitations", "palpitations"),
        ("RF27_ppi_low_mg", "muscle spasm", "muscle_spasm"), ("RF27_ppi_low_mg", "tremor", "tremor"), ("RF27_ppi_low_mg", "convulsions", "seizure"),
    ]

    @Test("The table above covers every active row that is raised by a symptom")
    func coverage() throws {
        let active = try Self.library.redFlags().filter(\.isActive).map(\.id)
        let fromEpisodes: Set<String> = ["RF01_twitch_2wk", "RF02_twitch_multisite", "RF20_cramp_10min"]
        #expect(Set(active).subtracting(fromEpisodes) == Set(Self.signs.map(\.row)))
        let flags = Dictionary(try Self.library.redFlags().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for sign in Self.signs where !sign.sign.contains("POLICIES.md") {
            #expect(flags[sign.row]!.sign.lowercased().contains(sign.sign.lowercased()), "\(sign.row) names no '\(sign.sign)'")
        }
    }

    @Test(
        "Each sign can be logged and raises its row when the row's conditions hold",
        arguments: signs.map { "\($0.row)|\($0.symptom)" }
    )
    func raises(pair: String) throws {
        let parts = pair.split(separator: "|").map(String.init)
        let (row, key) = (parts[0], parts[1])
        #expect(try Self.library.symptoms().contains { $0.key == key }, "\(key) can't be logged")
        let at = Timestamp(localDate: today, secondsOfDay: 36_000, utcOffsetSeconds: 0)
        var symptoms = [LoggedSymptom(key: key, at: at)]
        // RF25 needs a second early sign; RF25 and RF26 a magnesium user (above the UL for weakness); RF27 a PPI.
        if row == "RF25_too_much_mg_early" { symptoms.append(LoggedSymptom(key: key == "nausea" ? "vomiting" : "nausea", at: at)) }
        let recent = Set((0..<3).map { today.adding(days: -$0) })
        let input = RedFlagEvaluator.Input(
            episodes: [],
            symptoms: symptoms,
            acknowledgements: [],
            today: today,
            now: at.epochSeconds + 60,
            magnesiumDays: row.hasPrefix("RF25") || row.hasPrefix("RF26") ? recent : [],
            overLimitDays: row.hasPrefix("RF25") || row.hasPrefix("RF26") ? recent : [],
            acidReducers: row.hasPrefix("RF27") ? [Medicine(name: "pantoprazole", schedule: .daily([28_800]))] : []
        )
        #expect(evaluator.evaluate(input).map(\.flag.id).contains(row), "\(key) did not raise \(row)")
    }
}

package import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The person's medicines: add (or replace by name), remove and list, one action each for every surface.
package enum MedicineList {
    /// A medicine as people give it; nil means "not given".
    package struct Request: Sendable {
        package var name: String?
        package var schedule: String?
        package var start: String?
        package var end: String?
        /// Which product it is, when the sources treat versions differently.
        package var product: String?

        package init(name: String?, schedule: String?, start: String? = nil, end: String? = nil, product: String? = nil) {
            self.name = name
            self.schedule = schedule
            self.start = start
            self.end = end
            self.product = product
        }
    }

    package struct Saved: Sendable {
        package var medicine: Medicine
        /// "Saved levothyroxine, every day at 07:00, from 2026-11-01."
        package var message: String
        /// Whether the sources know this medicine (an unknown one is never "no interaction").
        package var isKnown: Bool
        /// Whether the sources ask for magnesium to be kept apart from it.
        package var hasTimingWindow: Bool
        /// Red flags it raised, what Twitchless recognised in the name, and what the sources say; most urgent first.
        package var notices: [Notice]
        /// The medicine as the list shows it.
        package var entry: Entry
    }

    /// One medicine with what the sources say about it and magnesium.
    package struct Entry: Sendable {
        package var medicine: Medicine
        package var isInEffect: Bool
        package var isKnown: Bool
        package var window: TimingWindow?
        /// The ids of the interaction rules it matched.
        package var ruleIDs: [String]
    }

    /// - Throws: `invalidInput` for a missing name or schedule, a schedule or date that can't be read, a course that
    ///   ends before it starts, or a medicine whose products the sources treat differently until one is chosen.
    /// - Parameter replacing: the name of the medicine this one corrects (it may be renamed); nil adds one, or
    ///   replaces the one with the same name.
    /// - Throws: also `notFound` when the medicine it replaces isn't in the person's list.
    package static func save(_ request: Request, replacing: String? = nil, context: AppContext) async throws(TwitchlessError) -> Saved {
        guard let schedule = InputText.given(request.schedule) else {
            throw .invalidInput("Please say when you take it.", fix: "Like 07:00, or 08:00,20:00, or weekly monday 06:30.")
        }
        let (medicine, match) = try MedicineEntry.make(
            name: request.name ?? "",
            schedule: schedule,
            start: InputText.given(request.start),
            end: InputText.given(request.end),
            product: InputText.given(request.product),
            context: context
        )
        let old = replacing.map { $0.trimmingWhitespace() }
        let (_, raised, _) = try await SafetyReview.raising(context: context) { session in
            if let old {
                guard try await session.medicines().contains(where: { Medicine.nameKey($0.name) == Medicine.nameKey(old) }) else {
                    throw notFound(old)
                }
                if Medicine.nameKey(old) != Medicine.nameKey(medicine.name) {
                    if try await session.medicines().contains(where: { Medicine.nameKey($0.name) == Medicine.nameKey(medicine.name) }) {
                        throw TwitchlessError(
                            .conflict,
                            "You already have a medicine called \"\(medicine.name)\".",
                            fix: "Change that one instead, or remove one of the two.",
                            next: .seeMedicines
                        )
                    }
                    _ = try await session.deleteMedicine(named: old)
                }
            }
            try await session.saveMedicine(medicine)
        }
        let matcher = try context.reference.medicineMatcher()
        let advice =
            try MedicineEntry.recognitionNotices(match, name: medicine.name, context: context)
            + (match.isKnown
                ? MedicineNotices(matcher: matcher).adviceNotices([medicine], today: max(context.today, medicine.startDate ?? context.today)) : [])
        var message = "Saved \(medicine.name), \(medicine.schedule.description)"
        if let start = medicine.startDate { message += ", from \(DateWords.day(start))" }
        if let end = medicine.endDate { message += " until \(DateWords.day(end))" }
        let window = TimingWindow(rules: match.rules)
        return Saved(
            medicine: medicine,
            message: message + ".",
            isKnown: match.isKnown,
            hasTimingWindow: window != nil,
            notices: (raised.map { $0.notice() } + advice).sortedByUrgency(),
            entry: Entry(
                medicine: medicine,
                isInEffect: medicine.isInEffect(on: context.today),
                isKnown: match.isKnown,
                window: window,
                ruleIDs: match.rules.map(\.id)
            )
        )
    }

    /// Removes the person's medicine with this name.
    /// - Returns: "Removed doxycycline."
    /// - Throws: `notFound` when they have none by that name (someone else's never counts).
    package static func remove(name raw: String, context: AppContext) async throws(TwitchlessError) -> String {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty, try await context.write({ try await $0.deleteMedicine(named: name) }) else { throw notFound(name) }
        return "Removed \(name)."
    }

    static func notFound(_ name: String) -> TwitchlessError {
        .notFound("You don't have a medicine called \"\(name)\".", fix: "See your medicines.", next: .seeMedicines)
    }

    /// The person's medicine with this name (ignoring case and spaces).
    /// - Throws: `notFound` when they have none by that name.
    package static func medicine(named name: String, context: AppContext) async throws(TwitchlessError) -> Medicine {
        let key = Medicine.nameKey(name)
        guard let found = try await context.read({ try await $0.medicines() }).first(where: { Medicine.nameKey($0.name) == key }) else {
            throw notFound(name.trimmingWhitespace())
        }
        return found
    }

    /// The person's medicines, with what the sources say about each.
    package static func list(context: AppContext) async throws(TwitchlessError) -> [Entry] {
        let medicines = try await context.read { try await $0.medicines() }
        let matcher = try context.reference.medicineMatcher()
        return medicines.map { medicine in
            let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
            return Entry(
                medicine: medicine,
                isInEffect: medicine.isInEffect(on: context.today),
                isKnown: match.isKnown,
                window: TimingWindow(rules: match.rules),
                ruleIDs: match.rules.map(\.id)
            )
        }
    }
}

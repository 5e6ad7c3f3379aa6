package import TwitchlessCore
import TwitchlessReference

/// A medicine as people give it (name, schedule, optional course dates and product choice), checked as `medicine add` checks it.
package enum MedicineEntry {
    /// The medicine and what the interaction sources say about its name.
    /// - Throws: `invalidInput` for a schedule or date that can't be read, a course that ends before it starts,
    ///   or a medicine whose products the sources treat differently until one is chosen.
    package static func make(
        name rawName: String,
        schedule: String,
        start: String?,
        end: String?,
        product: String?,
        context: AppContext
    ) throws(TwitchlessError) -> (Medicine, MedicineMatcher.Match) {
        let name = rawName.trimmingWhitespace()
        guard !name.isEmpty else { throw .invalidInput("Please give the medicine's name.", fix: "Use the generic name on the box or leaflet.") }
        guard name.count <= 100 else {
            throw .invalidInput("The medicine's name is longer than 100 characters.", fix: "Please use its generic name.")
        }
        let parsedSchedule = try MedicineSchedule(parsing: schedule)
        let startDate = try start.map { text throws(TwitchlessError) in try MedicineDates.parse(text, today: context.today) }
        let endDate = try end.map { text throws(TwitchlessError) in try MedicineDates.parse(text, today: context.today, allowFuture: true) }
        if let startDate, let endDate, endDate < startDate {
            throw .invalidInput(
                "The course ends (\(DateWords.day(endDate))) before it starts (\(DateWords.day(startDate))).",
                fix: "Please check the dates."
            )
        }
        let matcher = try context.reference.medicineMatcher()
        let match = matcher.match(name, chosen: product)
        if !match.choices.isEmpty {
            let options = match.choices.map { "\($0.id) (\($0.drugClass))" }.joined(separator: "; ")
            throw .invalidInput(
                "The sources give different timing for different \(match.generics.joined(separator: ", ")) products: \(options).",
                fix: "Say which product is yours, e.g. \(match.choices[0].id). The leaflet or your pharmacist can tell you.",
                next: .give(.medicineProduct, example: match.choices[0].id)
            )
        }
        if let product, !match.rules.contains(where: { $0.id == product }) {
            throw .invalidInput(
                "\"\(product)\" is not a product choice for \(name).",
                fix: "Leave the product choice empty unless Twitchless asks for it."
            )
        }
        return (Medicine(name: name, schedule: parsedSchedule, startDate: startDate, endDate: endDate, chosenRule: product), match)
    }
}

/// Dates for medicine courses.
package enum MedicineDates {
    package static func parse(_ text: String, today: LocalDate, allowFuture: Bool = false) throws(TwitchlessError) -> LocalDate {
        if allowFuture, let date = LocalDate(iso: text.trimmingWhitespace()) {
            try LocalDate.checkLoggable(date, what: "date")
            return date
        }
        return try FriendlyTime.parseDate(text, today: today)
    }
}

extension MedicineEntry {
    /// What Twitchless recognised in a medicine's name: the brand it is, or that it doesn't know it (never "no interaction").
    package static func recognitionNotices(_ match: MedicineMatcher.Match, name: String, context: AppContext) throws(TwitchlessError) -> [Notice] {
        let book = try context.reference.noticeBook()
        if !match.isKnown {
            return [book.notice(.medicineUnknown, ["name": name])].compactMap { $0 }
        }
        return match.brands.compactMap { brand in
            let others = brand.ingredients.filter { !brand.generics.contains($0) }
            let values = ["name": brand.name, "generics": brand.generics.joined(separator: " and "), "others": others.joined(separator: " and ")]
            guard var notice = book.notice(others.isEmpty ? .medicineBrand : .medicineBrandCombination, values) else { return nil }
            notice.id = NoticeID.medicineBrand.rawValue
            notice.source = brand.source
            return notice
        }
    }
}

/// What was found that raised a red flag, worded for the person ("You logged …") or for their doctor ("The person logged …").
public enum RedFlagFinding: Hashable, Sendable {
    /// Twitching at one region from the count's first day to its latest episode.
    case duration(region: Label, from: LocalDate, to: LocalDate)
    /// Twitching in several regions within the window.
    case places(regions: [Label], windowDays: Int)
    /// A cramp longer than the source's limit.
    case longCramp(seconds: Int, on: LocalDate)
    /// Logged signs (symptoms, or episodes standing for one), with when, and why they count ("while taking magnesium …").
    case signs(names: [Label], dates: [LocalDate], context: Label?)

    /// A phrase in both wordings: the person's ("your eyelids") and the doctor's ("the eyelids").
    public struct Label: Hashable, Sendable {
        public var person: String
        public var doctor: String

        public init(person: String, doctor: String) {
            self.person = person
            self.doctor = doctor
        }

        func text(_ audience: Audience) -> String { audience == .person ? person : doctor }
    }

    /// Who reads it.
    public enum Audience: Sendable {
        case person, doctor
    }

    /// One sentence: "You logged twitching in your eyelids from 2026-11-01 to 2026-11-20 (19 days)."
    public func sentence(for audience: Audience) -> String {
        let subject = audience == .person ? "You logged" : "The person logged"
        switch self {
        case .duration(let region, let from, let to):
            return "\(subject) twitching in \(region.text(audience)) from \(DateWords.span(from, to)) (\(from.days(until: to)) days)."
        case .places(let regions, let days):
            return "\(subject) twitching in more than one place within \(days) days: \(regions.map { $0.text(audience) }.joined(separator: ", "))."
        case .longCramp(let seconds, let date):
            return "\(subject) a cramp of \(DurationText.format(seconds: seconds)) on \(DateWords.day(date))."
        case .signs(let names, let dates, let context):
            let what = names.map { $0.text(audience) }.joined(separator: ", ")
            var text = "\(subject): \(what) \(Self.dateText(dates))"
            if let context { text += " \(context.text(audience))" }
            return text + "."
        }
    }

    /// What was logged, for the follow-up of an emergency sign ("difficulty breathing").
    public func signNames(for audience: Audience) -> String {
        switch self {
        case .signs(let names, _, _): names.map { $0.text(audience) }.joined(separator: ", ")
        default: sentence(for: audience)
        }
    }

    /// "on 2026-11-24", "on 2026-11-20 and 2026-11-24", "on 4 days, the latest 2026-11-24".
    static func dateText(_ dates: [LocalDate]) -> String {
        let days = Array(Set(dates)).sorted()
        switch days.count {
        case 0: return ""
        case 1: return "on \(days[0])"
        case 2: return "on \(days[0]) and \(days[1])"
        default: return "on \(days.count) days from \(DateWords.span(days[0], days[days.count - 1]))"
        }
    }
}

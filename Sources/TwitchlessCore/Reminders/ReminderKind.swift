/// What a reminder is for. Its words are all a notification or an email says: never a health value.
public enum ReminderKind: String, CaseIterable, Sendable, Codable {
    case checkIn = "check_in"
    case magnesium
    case trial

    /// The notification's text.
    public var message: String {
        switch self {
        case .checkIn: "Time for your check-in"
        case .magnesium: "Time for your magnesium"
        case .trial: "Your trial: see what to take today"
        }
    }

    /// Where the notification opens.
    public var path: String {
        switch self {
        case .checkIn: "/#quick-check-in"
        case .magnesium: "/magnesium"
        case .trial: "/trial"
        }
    }

    /// "the check-in reminder": for Settings.
    public var displayName: String {
        switch self {
        case .checkIn: "Check-in"
        case .magnesium: "Magnesium"
        case .trial: "Trial"
        }
    }
}

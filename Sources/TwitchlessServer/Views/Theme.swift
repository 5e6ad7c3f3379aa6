/// Light or dark colours, chosen in Settings for this device; without a choice the page follows the system.
enum Theme: String, CaseIterable, Sendable {
    case light
    case dark

    /// The cookie that keeps the choice on this device.
    static let cookie = "twitchless_theme"
}

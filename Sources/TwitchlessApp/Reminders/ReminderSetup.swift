package import TwitchlessCore
package import TwitchlessStore

/// The person's reminders as Settings shows and saves them: a time for each kind (or off), the magnesium reminder at
/// the planner's time, quiet hours, and an email address.
package enum ReminderSetup {
    /// The form as typed: times like "21:15" or "9pm", empty for off.
    package struct Request: Sendable {
        package var times: [ReminderKind: String]
        package var magnesiumFollowsPlan: Bool
        package var quietStart: String?
        package var quietEnd: String?
        package var email: String?

        package init(times: [ReminderKind: String], magnesiumFollowsPlan: Bool, quietStart: String?, quietEnd: String?, email: String?) {
            self.times = times
            self.magnesiumFollowsPlan = magnesiumFollowsPlan
            self.quietStart = quietStart
            self.quietEnd = quietEnd
            self.email = email
        }
    }

    /// What Settings shows: the saved reminders, the planner's magnesium time today, the browsers subscribed, and how
    /// the last week's reminders went.
    package struct Overview: Sendable {
        package var settings: ReminderSettings
        package var plannedMagnesium: Int?
        package var subscriptions: [PushSubscription]
        package var sends: [ReminderSend]
    }

    package static func overview(context: AppContext) async throws(TwitchlessError) -> Overview {
        let today = context.today
        let (settings, subscriptions, sends) = try await context.read { session in
            (
                try await session.reminderSettings(), try await session.pushSubscriptions(),
                try await session.reminderSends(since: today.adding(days: -6))
            )
        }
        return Overview(
            settings: settings ?? ReminderSettings(),
            plannedMagnesium: try await plannedMagnesium(context: context, on: today),
            subscriptions: subscriptions,
            sends: sends
        )
    }

    /// The planner's suggested magnesium time on `day`, or nil when it plans none (or magnesium is not advised now).
    package static func plannedMagnesium(context: AppContext, on day: LocalDate) async throws(TwitchlessError) -> Int? {
        guard case .planned(let plan, _, _) = try await MagnesiumSchedulePlanner.plan(context: context, on: day) else { return nil }
        return plan.suggestion
    }

    /// Checks and saves the reminders.
    /// - Throws: `invalidInput` naming a time that is not a time, quiet hours with one end only, or an address that
    ///   is not an email address.
    package static func save(_ request: Request, context: AppContext) async throws(TwitchlessError) -> ReminderSettings {
        var settings = ReminderSettings(magnesiumFollowsPlan: request.magnesiumFollowsPlan)
        for kind in ReminderKind.allCases {
            guard let text = InputText.given(request.times[kind]) else { continue }
            settings.times[kind] = try time(text, "The \(kind.displayName.lowercased()) reminder's time")
        }
        let start = try InputText.given(request.quietStart).map { text throws(TwitchlessError) in try time(text, "The start of quiet hours") }
        let end = try InputText.given(request.quietEnd).map { text throws(TwitchlessError) in try time(text, "The end of quiet hours") }
        guard (start == nil) == (end == nil) else {
            throw .invalidInput("Quiet hours need a start and an end.", fix: "Please give both times, like 22:00 and 07:00, or neither.")
        }
        settings.quietStart = start
        settings.quietEnd = end
        if let email = InputText.given(request.email) {
            guard isEmail(email) else {
                throw .invalidInput("\"\(email)\" is not an email address.", fix: "Please give an address like name@example.org, or leave it empty.")
            }
            settings.email = email
        }
        let saved = settings
        try await context.write { session in try await session.saveReminderSettings(saved) }
        return saved
    }

    static func time(_ text: String, _ what: String) throws(TwitchlessError) -> Int {
        guard let seconds = FriendlyTime.timeOfDay(text), (0..<86_400).contains(seconds) else {
            throw .invalidInput("\(what), \"\(text)\", is not a time of day.", fix: "Please give a time like 08:30 or 9pm.")
        }
        return seconds
    }

    /// A plain address check: one @, something before it, a dot in the domain, no spaces, 254 characters at most.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
        else { return false }
        return true
    }
}

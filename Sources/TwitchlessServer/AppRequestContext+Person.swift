import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

extension AppRequestContext {
    /// The signed-in person's context (their profile, zone and clock), from the server's cache when it has one.
    /// - Throws: `unauthorized` when no one is signed in.
    func person(_ store: TwitchlessStore) async throws -> AppContext {
        let user = try requireUser()
        guard let personCache else { return try await AppContext.forOwner(user.owner, store: store, now: store.clock.now()) }
        return try await personCache.context(for: user, store: store)
    }

    /// The record id in the path (`/api/v1/episodes/{id}`), typed by the kind of record the route is about.
    func recordID<Kind>(_ name: String = "id") throws -> RecordID<Kind> {
        RecordID(typed: try parameters.require(name))
    }
}

extension [String: String] {
    /// A form field's text without surrounding spaces, or nil when the field is absent or empty (a web form's empty
    /// field means "not given").
    func given(_ key: String) -> String? { InputText.given(self[key]) }
}

extension RequestInput {
    /// The `days` query parameter.
    /// - Throws: `invalidInput` for a value that isn't a whole number in `allowed`.
    static func days(_ request: Request, allowed: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let text = request.uri.queryParameters["days"].map(String.init), !text.isEmpty else { return value }
        guard let days = Int(text), allowed.contains(days) else {
            throw TwitchlessError.invalidInput(
                "\"\(text)\" is not a number of days we can show.",
                fix: "Use a whole number from \(allowed.lowerBound) to \(allowed.upperBound), like 30 or 90."
            )
        }
        return days
    }
}

package import TwitchlessCore
import TwitchlessStore

extension SafetyReview {
    /// Records "I have talked to my doctor about this" for an active red flag (`check --talked-to-doctor`):
    /// it then returns only for a new sign.
    /// - Returns: the flag acknowledged.
    /// - Throws: `notFound` when no red flag with this id is active for this person.
    package static func acknowledge(flagID raw: String, context: AppContext) async throws(TwitchlessError) -> RaisedRedFlag {
        let id = raw.trimmingWhitespace()
        let active = try await activeRedFlags(context: context).filter { $0.flag.id.lowercased() == id.lowercased() }
        guard let first = active.first else {
            throw .notFound("There is no active red flag \"\(id)\" to mark.", fix: "See the active ones among your notices.")
        }
        let acks = active.map(\.acknowledgement)
        try await context.write { try await $0.insertAcknowledgements(acks) }
        return first
    }
}

import Foundation
package import TwitchlessCore
import TwitchlessStore

extension SafetyReview {
    /// Records "I have talked to my doctor about this" (or, for an emergency sign, "I got help") for an active red
    /// flag, at any time, the first 24 hours included: it then returns only for a new sign.
    /// - Returns: the flag acknowledged.
    /// - Throws: `notFound` when no red flag with this id is active for this person.
    package static func acknowledge(flagID raw: String, context: AppContext) async throws(TwitchlessError) -> RaisedRedFlag {
        let id = raw.trimmingWhitespace()
        let active = try await activeRedFlags(context: context).filter { $0.flag.id.lowercased() == id.lowercased() }
        guard let first = active.first else {
            throw .notFound("There is no active red flag \"\(id)\" to mark.", fix: "See the active ones among your notices.")
        }
        let acks = active.map(\.acknowledgement)
        let now = context.now
        try await context.write { try await $0.insertAcknowledgements(acks, at: now) }
        return first
    }

    /// What every surface says after a flag is marked.
    package static func acknowledgementMessage(_ flag: RaisedRedFlag) -> String {
        flag.flag.urgency == .emergency
            ? "Noted that you got help for this. It comes back only if you log it again."
            : "Noted that you have talked to a doctor about this. It will come back only for a new sign."
    }
}

/// A red flag that applies now, with what it is about.
public struct ActiveRedFlag: Hashable, Sendable {
    public var flag: RedFlag
    /// The region(s), symptom or subject: what an acknowledgement covers.
    public var covers: String
    /// A duration's first day, or the latest sign's date.
    public var since: LocalDate
    /// What was found, in plain words ("Twitching in your eyelids from 2026-11-01 to 2026-11-20 (19 days).").
    public var detail: String

    /// The notice for it: the source's exact advice first, then what was found.
    public func notice() -> Notice {
        Notice(
            id: flag.id, severity: flag.urgency.severity,
            message: flag.message + " " + detail + " This is not a diagnosis.",
            fix: "When you have talked to a doctor about this: twitchless check --talked-to-doctor \(flag.id)",
            source: flag.source
        )
    }

    /// The acknowledgement that covers it.
    public var acknowledgement: RedFlagAcknowledgement { RedFlagAcknowledgement(flagID: flag.id, covers: covers, since: since) }
}

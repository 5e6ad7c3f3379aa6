/// A red flag raised by what was logged, over its life: shown (and how), marked, or ended (POLICIES.md: How long a
/// red flag is shown).
public struct RaisedRedFlag: Hashable, Sendable {
    /// Where the flag is in its life now.
    public enum Status: Hashable, Sendable {
        /// Shown now.
        case active
        /// The person marked it ("I have talked to a doctor about this", or "I got help").
        case marked
        /// Its time is over: the pattern stopped, or the days after the latest sign have passed.
        case ended
    }

    /// How an active flag is shown.
    public enum Phase: Hashable, Sendable {
        /// An emergency sign logged less than the policy's hours ago: "Get help now", first on every screen.
        case getHelpNow
        /// An emergency sign after those hours: an urgent follow-up.
        case followUp
        /// Every other flag, at its source's urgency.
        case standing
    }

    public var flag: RedFlag
    /// What an acknowledgement covers: a region, regions, or a subject with the time of the latest sign covered.
    public var covers: String
    /// The first day of the count or the first sign.
    public var since: LocalDate
    /// The day of the latest sign (or the pattern's latest episode).
    public var lastSign: LocalDate
    /// The instant the latest sign was logged for, for signs that have one.
    public var lastSignAt: Timestamp?
    /// The last day it is shown unless marked.
    public var shownThrough: LocalDate
    public var finding: RedFlagFinding
    public var status: Status
    public var phase: Phase
    /// The day it was marked, when it was and the day is known.
    public var markedOn: LocalDate?
    /// The person's emergency number and the follow-up wording.
    public var wording: RedFlagWording

    public init(
        flag: RedFlag,
        covers: String,
        since: LocalDate,
        lastSign: LocalDate,
        lastSignAt: Timestamp?,
        shownThrough: LocalDate,
        finding: RedFlagFinding,
        status: Status = .active,
        phase: Phase = .standing,
        markedOn: LocalDate? = nil,
        wording: RedFlagWording = RedFlagWording()
    ) {
        self.flag = flag
        self.covers = covers
        self.since = since
        self.lastSign = lastSign
        self.lastSignAt = lastSignAt
        self.shownThrough = shownThrough
        self.finding = finding
        self.status = status
        self.phase = phase
        self.markedOn = markedOn
        self.wording = wording
    }

    /// What was found, in the person's words.
    public var detail: String { finding.sentence(for: .person) }

    /// How urgent it is shown: an emergency becomes urgent once its "get help now" hours have passed.
    public var severity: Notice.Severity { phase == .followUp ? .urgent : flag.urgency.severity }

    /// The notice for it: the source's advice with the person's emergency number, then what was found.
    public func notice() -> Notice {
        let id = flag.id
        let contact = wording.emergency
        var notice: Notice
        switch phase {
        case .followUp:
            // The wording is `notices.csv` row `emergency_follow_up`; without it, the source's own advice at the urgent level.
            guard let template = wording.followUp else {
                notice = Notice(
                    id: id,
                    severity: .urgent,
                    message: contact.localize(flag.message) + " " + detail + " This is not a diagnosis.",
                    fix: "When you have got help or seen a doctor about it, mark it.",
                    next: .markGotHelp(flag: id),
                    source: flag.source
                )
                break
            }
            notice = template.notice(["what": finding.signNames(for: .person), "date": lastSign.description, "number": contact.spoken, "id": id])
            notice.id = id
            notice.severity = .urgent
            notice.source = flag.source + (template.source.isEmpty ? "" : " ; " + template.source)
        case .getHelpNow:
            notice = Notice(
                id: id,
                severity: .emergency,
                message: contact.localize(flag.message) + " " + detail + " This is not a diagnosis.",
                fix: "If you got help, or a doctor has seen you about it, mark it.",
                next: .markGotHelp(flag: id),
                source: flag.source
            )
        case .standing:
            notice = Notice(
                id: id,
                severity: flag.urgency.severity,
                message: contact.localize(flag.message) + " " + detail + " This is not a diagnosis.",
                fix: "When you have talked to a doctor about this, mark it.",
                next: .markTalkedToDoctor(flag: id),
                source: flag.source
            )
        }
        // Only where the message says to call the number (the source's own "999", or the follow-up).
        if let number = contact.number, phase == .followUp || flag.message.contains("999") { notice.emergencyNumber = number }
        return notice
    }

    /// The acknowledgement that covers it.
    public var acknowledgement: RedFlagAcknowledgement { RedFlagAcknowledgement(flagID: flag.id, covers: covers, since: since) }
}

/// What a red flag's notice needs besides the flag: the person's emergency number and the follow-up wording
/// (`notices.csv` row `emergency_follow_up`).
public struct RedFlagWording: Hashable, Sendable {
    public var emergency: EmergencyContact
    public var followUp: NoticeText?

    public init(emergency: EmergencyContact = .unknown, followUp: NoticeText? = nil) {
        self.emergency = emergency
        self.followUp = followUp
    }
}

/// One log of a sign: a symptom, or an episode standing for one, with what it was in both wordings.
struct SignEvent: Hashable, Sendable {
    var at: Timestamp
    var name: RedFlagFinding.Label
    /// Why it counts ("while taking magnesium supplements above the upper limit"), when that depends on the log.
    var context: RedFlagFinding.Label?
    /// Inferred from a pattern of episodes (RF15): while the pattern goes on, a mark keeps covering it.
    var isPattern = false
}

extension RedFlagEvaluator {
    /// The flags raised by the logs of one sign (POLICIES.md: How long a red flag is shown).
    ///
    /// Logs belong together while the flag is shown: a log more than `days` calendar days after the previous one, or
    /// after the person marked the flag, raises it again; an inferred pattern that simply goes on after the mark (no
    /// gap of more than `patternGapDays`) stays marked. An emergency is "get help now" for the policy's hours after
    /// its latest log, then a follow-up.
    /// - Parameters:
    ///   - subject: what an acknowledgement names, with the instant of the latest log it covered ("subject@epoch").
    ///   - days: how many calendar days after the latest log the flag is shown (day 0 is the day of the log).
    ///   - finding: what was found, from the logs of one raising.
    func signFlags(
        flag: RedFlag,
        subject: String,
        events: [SignEvent],
        days: Int,
        patternGapDays: Int = 0,
        input: Input,
        finding: ([SignEvent]) -> RedFlagFinding
    ) -> [RaisedRedFlag] {
        let marks = input.acknowledgements.compactMap { ack -> (epoch: Int64, ack: RedFlagAcknowledgement)? in
            guard ack.flagID == flag.id, let (name, epoch) = ack.subjectAndInstant, name == subject else { return nil }
            return (epoch, ack)
        }.sorted { $0.epoch < $1.epoch }
        var groups: [(events: [SignEvent], marked: RedFlagAcknowledgement?)] = []
        for event in events.filter({ $0.at.epochSeconds <= input.now }).sorted(by: { $0.at < $1.at }) {
            if let current = groups.last, let last = current.events.last {
                if current.marked == nil, let mark = marks.first(where: { $0.epoch >= last.at.epochSeconds && $0.epoch < event.at.epochSeconds }) {
                    groups[groups.count - 1].marked = mark.ack
                }
                let gap = last.at.localDate.days(until: event.at.localDate)
                if groups[groups.count - 1].marked == nil ? gap <= days : (event.isPattern && last.isPattern && gap <= patternGapDays) {
                    groups[groups.count - 1].events.append(event)
                    continue
                }
            }
            groups.append(([event], nil))
        }
        return groups.indices.map { index in
            let group = groups[index]
            let first = group.events[0]
            let last = group.events[group.events.count - 1]
            // A mark made after this raising's latest log, and before the next raising began.
            let next = index + 1 < groups.count ? groups[index + 1].events[0].at.epochSeconds : Int64.max
            let marked = group.marked ?? marks.first { $0.epoch >= last.at.epochSeconds && $0.epoch < next }?.ack
            let through = last.at.localDate.adding(days: days)
            let status = Self.status(marked: marked, shownThrough: through, today: input.today)
            var phase = RaisedRedFlag.Phase.standing
            if status == .active, flag.urgency == .emergency {
                phase = input.now - last.at.epochSeconds < Int64(policy.emergencyGetHelpHours) * 3600 ? .getHelpNow : .followUp
            }
            return RaisedRedFlag(
                flag: flag,
                covers: "\(subject)@\(last.at.epochSeconds)",
                since: first.at.localDate,
                lastSign: last.at.localDate,
                lastSignAt: last.at,
                shownThrough: through,
                finding: finding(group.events),
                status: status,
                phase: phase,
                markedOn: marked?.markedOn
            )
        }
    }

    /// The `.signs` finding of a group of logs: each sign named once, in order, with every date, and why the latest
    /// log counts (its own reason, else `context`).
    static func signsFinding(_ events: [SignEvent], context: RedFlagFinding.Label? = nil) -> RedFlagFinding {
        var names: [RedFlagFinding.Label] = []
        for event in events where !names.contains(event.name) { names.append(event.name) }
        return .signs(names: names, dates: events.map(\.at.localDate), context: events.last?.context ?? context)
    }

    func event(_ logged: LoggedSymptom) -> SignEvent? {
        guard let symptom = symptoms[logged.key] else { return nil }
        return SignEvent(at: logged.at, name: .init(person: symptom.label.lowercased(), doctor: symptom.doctorLabel))
    }
}

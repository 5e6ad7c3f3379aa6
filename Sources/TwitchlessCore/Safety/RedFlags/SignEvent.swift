/// One log of a sign: a symptom, or an episode standing for one, with what it was in both wordings.
struct SignEvent: Hashable, Sendable {
    var at: Timestamp
    var name: RedFlagFinding.Label
}

extension RedFlagEvaluator {
    /// The flags raised by the logs of one sign (POLICIES.md: How long a red flag is shown).
    ///
    /// Logs belong together while the flag is shown: a log more than `days` calendar days after the previous one, or
    /// after the person marked the flag, raises it again. An emergency is "get help now" for the policy's hours after
    /// its latest log, then a follow-up.
    /// - Parameters:
    ///   - subject: what an acknowledgement names, with the instant of the latest log it covered ("subject@epoch").
    ///   - days: how many calendar days after the latest log the flag is shown (day 0 is the day of the log).
    ///   - finding: what was found, from the logs of one raising.
    func signFlags(flag: RedFlag, subject: String, events: [SignEvent], days: Int, input: Input,
                   finding: ([SignEvent]) -> RedFlagFinding) -> [RaisedRedFlag] {
        let marks = input.acknowledgements.compactMap { ack -> (epoch: Int64, ack: RedFlagAcknowledgement)? in
            guard ack.flagID == flag.id, let (name, epoch) = ack.subjectAndInstant, name == subject else { return nil }
            return (epoch, ack)
        }.sorted { $0.epoch < $1.epoch }
        var groups: [(events: [SignEvent], marked: RedFlagAcknowledgement?)] = []
        for event in events.filter({ $0.at.epochSeconds <= input.now }).sorted(by: { $0.at < $1.at }) {
            if let current = groups.last, current.marked == nil, let last = current.events.last {
                if let mark = marks.first(where: { $0.epoch >= last.at.epochSeconds && $0.epoch < event.at.epochSeconds }) {
                    groups[groups.count - 1].marked = mark.ack
                } else if event.at.localDate <= last.at.localDate.adding(days: days) {
                    groups[groups.count - 1].events.append(event)
                    continue
                }
            }
            groups.append(([event], nil))
        }
        return groups.map { group in
            let first = group.events[0], last = group.events[group.events.count - 1]
            let marked = group.marked ?? marks.first { $0.epoch >= last.at.epochSeconds }?.ack
            let through = last.at.localDate.adding(days: days)
            let status = Self.status(marked: marked, shownThrough: through, today: input.today)
            var phase = RaisedRedFlag.Phase.standing
            if status == .active, flag.urgency == .emergency {
                phase = input.now - last.at.epochSeconds < Int64(policy.emergencyGetHelpHours) * 3600 ? .getHelpNow : .followUp
            }
            return RaisedRedFlag(
                flag: flag, covers: "\(subject)@\(last.at.epochSeconds)", since: first.at.localDate, lastSign: last.at.localDate,
                lastSignAt: last.at, shownThrough: through, finding: finding(group.events), status: status, phase: phase,
                markedOn: marked?.markedOn)
        }
    }

    /// The `.signs` finding of a group of logs: each sign named once, in order, with every date.
    static func signsFinding(_ events: [SignEvent], context: RedFlagFinding.Label? = nil) -> RedFlagFinding {
        var names: [RedFlagFinding.Label] = []
        for event in events where !names.contains(event.name) { names.append(event.name) }
        return .signs(names: names, dates: events.map(\.at.localDate), context: context)
    }

    func event(_ logged: LoggedSymptom) -> SignEvent? {
        guard let symptom = symptoms[logged.key] else { return nil }
        return SignEvent(at: logged.at, name: .init(person: symptom.label.lowercased(), doctor: symptom.doctorLabel))
    }
}

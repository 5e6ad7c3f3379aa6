extension RedFlagEvaluator {
    /// Logged symptoms raise their rows directly; RF15 is also inferred from face twitches after eyelid twitching, as
    /// logs of the symptom that raises it.
    func symptomFlags(_ input: Input) -> [RaisedRedFlag] {
        let byKey = Dictionary(grouping: input.symptoms, by: \.key)
        // The logs of each (flag, symptom) pair: what an acknowledgement covers.
        var signs: [String: (flag: RedFlag, subject: String, events: [SignEvent])] = [:]
        for symptom in symptoms.values {
            for id in symptom.redFlags {
                guard let flag = flags[id] else { continue }
                signs[id + "|" + symptom.key] = (flag, symptom.key, (byKey[symptom.key] ?? []).compactMap(event))
            }
        }
        let spreadID = "RF15_face_spread"
        if let flag = flags[spreadID] {
            let subject = symptoms.values.filter { $0.redFlags.contains(spreadID) }.map(\.key).min() ?? "twitch_spreading"
            signs[spreadID + "|" + subject, default: (flag, subject, [])].events += faceSpreadEvents(input)
        }
        return signs.values.filter { !$0.events.isEmpty }.flatMap { sign in
            signFlags(
                flag: sign.flag,
                subject: sign.subject,
                events: sign.events,
                days: policy.signDays(for: sign.flag.urgency),
                patternGapDays: policy.faceSpreadWindowDays,
                input: input
            ) { Self.signsFinding($0) }
        }
    }

    /// The days of the too-much-magnesium look-back ending on `date` (the last 3 days, `date` included).
    func lookback(_ date: LocalDate) -> ClosedRange<LocalDate> {
        date.adding(days: -(policy.magnesiumSignsLookbackDays - 1))...date
    }

    /// RF25 and RF26, in a magnesium user (POLICIES.md: Too much magnesium).
    func magnesiumFlags(_ input: Input) -> [RaisedRedFlag] {
        func any(_ days: Set<LocalDate>, in range: ClosedRange<LocalDate>) -> Bool { days.contains { range.contains($0) } }
        func roleOf(_ logged: LoggedSymptom) -> Symptom.MagnesiumRole? { symptoms[logged.key]?.magnesiumRole }
        var early: [SignEvent] = []
        var severe: [SignEvent] = []
        for logged in input.symptoms.sorted(by: { $0.at < $1.at }) {
            let range = lookback(logged.at.localDate)
            guard let event = event(logged), any(input.magnesiumDays, in: range), let role = roleOf(logged) else { continue }
            let recent = input.symptoms.filter { range.contains($0.at.localDate) && $0.at <= logged.at }
            let overLimit = any(input.overLimitDays, in: range)
            switch role {
            case .early:
                let signs = recent.filter { roleOf($0) == .early }
                guard Set(signs.map(\.key)).count >= 2, overLimit || input.hasKidneyDisease else { continue }
                let person =
                    overLimit
                    ? "while taking magnesium supplements above the upper limit"
                    : input.kidneyNotSure
                        ? "while taking magnesium supplements, unsure about your kidneys" : "while taking magnesium supplements with kidney disease"
                let doctor =
                    overLimit
                    ? "while taking magnesium supplements above the upper limit"
                    : input.kidneyNotSure
                        ? "while taking magnesium supplements, unsure about their kidneys" : "while taking magnesium supplements with kidney disease"
                // Every early sign that counts together, each once; the reason goes with this log.
                for sign in signs.compactMap(self.event) where !early.contains(where: { $0.at == sign.at && $0.name == sign.name }) {
                    early.append(sign)
                }
                early.removeAll { $0.at == event.at && $0.name == event.name }
                early.append(SignEvent(at: event.at, name: event.name, context: .init(person: person, doctor: doctor)))
            case .severe:
                severe.append(event)
            case .weakness:
                let withSevere = recent.contains { roleOf($0) == .severe }
                if input.hasKidneyDisease || overLimit || withSevere { severe.append(event) }
            case .diarrhoea:
                continue
            }
        }
        var found: [RaisedRedFlag] = []
        if let flag = flags["RF25_too_much_mg_early"], !early.isEmpty {
            found += signFlags(flag: flag, subject: "magnesium", events: early, days: policy.signDays(for: flag.urgency), input: input) {
                Self.signsFinding($0)
            }
        }
        if let flag = flags["RF26_too_much_mg_severe"], !severe.isEmpty {
            let context = RedFlagFinding.Label(person: "while taking magnesium supplements", doctor: "while taking magnesium supplements")
            found += signFlags(flag: flag, subject: "magnesium-severe", events: severe, days: policy.signDays(for: flag.urgency), input: input) {
                Self.signsFinding($0, context: context)
            }
        }
        return found
    }

    /// RF27: an abnormal heartbeat, palpitations, muscle spasm, tremor or a seizure logged while taking a PPI.
    func acidReducerFlags(_ input: Input) -> [RaisedRedFlag] {
        guard let flag = flags["RF27_ppi_low_mg"] else { return [] }
        let events = input.symptoms.filter { logged in
            symptoms[logged.key]?.isPPISign == true && input.acidReducers.contains { $0.isInEffect(on: logged.at.localDate) }
        }.compactMap(event)
        guard !events.isEmpty else { return [] }
        let context = RedFlagFinding.Label(person: "while taking an acid reducer (PPI)", doctor: "while taking an acid reducer (PPI)")
        return signFlags(flag: flag, subject: "ppi", events: events, days: policy.signDays(for: flag.urgency), input: input) {
            Self.signsFinding($0, context: context)
        }
    }
}

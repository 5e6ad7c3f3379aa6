/// Works out which red flags apply, over the whole logged history (POLICIES.md: Red flags).
///
/// A flag stays until the person marks it "I have talked to a doctor about this"; after that it returns only for a
/// new sign: a new duration count, a new region, or a symptom logged again.
public struct RedFlagEvaluator: Sendable {
    public var flags: [String: RedFlag]
    public var symptoms: [String: Symptom]
    /// Body site → (region key, region label).
    public var regions: [BodySite: (key: String, label: String)]
    public var policy: SafetyPolicy

    public init(flags: [RedFlag], symptoms: [Symptom], regions: [BodySite: (key: String, label: String)], policy: SafetyPolicy) {
        self.flags = Dictionary(flags.filter(\.isActive).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.symptoms = Dictionary(symptoms.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        self.regions = regions
        self.policy = policy
    }

    /// What the evaluation needs to know.
    public struct Input: Sendable {
        public var episodes: [Episode]
        public var symptoms: [LoggedSymptom]
        public var acknowledgements: [RedFlagAcknowledgement]
        public var today: LocalDate
        /// Whether a magnesium supplement was logged in the last few days (`magnesium_signs_lookback_days`).
        public var tookMagnesiumRecently: Bool
        /// Whether supplemental magnesium was above the upper limit on one of those days.
        public var overUpperLimitRecently: Bool
        public var hasKidneyDisease: Bool
        /// Whether a prescription acid reducer (PPI) is among the medicines in effect.
        public var takesPPI: Bool
        /// When the person said twitching in a region started (region key → date), if they did.
        public var reportedStarts: [String: LocalDate]
        /// The earliest start date of the acid reducers in effect; nil when not given (then any date counts).
        public var ppiSince: LocalDate?
        /// Whether the kidney answer was "not sure" rather than yes or dialysis.
        public var kidneyNotSure: Bool

        public init(episodes: [Episode], symptoms: [LoggedSymptom], acknowledgements: [RedFlagAcknowledgement], today: LocalDate,
                    tookMagnesiumRecently: Bool, overUpperLimitRecently: Bool, hasKidneyDisease: Bool, takesPPI: Bool,
                    reportedStarts: [String: LocalDate] = [:], ppiSince: LocalDate? = nil, kidneyNotSure: Bool = false) {
            self.reportedStarts = reportedStarts
            self.ppiSince = ppiSince
            self.kidneyNotSure = kidneyNotSure
            self.episodes = episodes
            self.symptoms = symptoms
            self.acknowledgements = acknowledgements
            self.today = today
            self.tookMagnesiumRecently = tookMagnesiumRecently
            self.overUpperLimitRecently = overUpperLimitRecently
            self.hasKidneyDisease = hasKidneyDisease
            self.takesPPI = takesPPI
        }
    }

    /// The active flags, most urgent first, without those a doctor has already been told about.
    public func evaluate(_ input: Input) -> [ActiveRedFlag] {
        var found: [ActiveRedFlag] = []
        found += durationFlags(input.episodes, reportedStarts: input.reportedStarts)
        found += multisiteFlags(input.episodes, acknowledgements: input.acknowledgements)
        found += crampFlags(input.episodes)
        found += symptomFlags(input)
        // Emergency advice is never hidden (POLICIES.md), even after "I have talked to a doctor".
        let visible = found.filter { flag in
            flag.flag.urgency == .emergency || !input.acknowledgements.contains { ack in
                guard ack.flagID == flag.flag.id, ack.since >= flag.since else { return false }
                if case .bodySites = flag.flag.threshold {
                    return Set(flag.covers.split(separator: ",")).isSubset(of: Set(ack.covers.split(separator: ",")))
                }
                return ack.covers == flag.covers
            }
        }
        let rank: [RedFlag.Urgency: Int] = [.emergency: 0, .urgent: 1, .routineGP: 2]
        return visible.sorted { (rank[$0.flag.urgency]!, $0.flag.id, $0.covers) < (rank[$1.flag.urgency]!, $1.flag.id, $1.covers) }
    }

    /// Twitches and spasms (not cramps) count for the duration and more-than-one-place rules.
    static func isTwitch(_ episode: Episode) -> Bool { episode.kind != .cramp }

    /// RF01: per region, a count of days that restarts after a long gap; flagged when it exceeds the source's days.
    func durationFlags(_ episodes: [Episode], reportedStarts: [String: LocalDate] = [:]) -> [ActiveRedFlag] {
        guard let flag = flags.values.first(where: { if case .durationDays = $0.threshold { true } else { false } }),
              case .durationDays(let limit) = flag.threshold else { return [] }
        var datesByRegion: [String: [LocalDate]] = [:]
        for episode in episodes where Self.isTwitch(episode) {
            guard let region = regions[episode.site] else { continue }
            datesByRegion[region.key, default: []].append(episode.localDate)
        }
        var found: [ActiveRedFlag] = []
        for (region, dates) in datesByRegion {
            let sorted = Array(Set(dates)).sorted()
            var start = sorted[0]
            var previous = sorted[0]
            var streaks: [(LocalDate, LocalDate)] = []
            for date in sorted.dropFirst() {
                // Days without an episode between the two: one less than the difference of the dates.
                if previous.days(until: date) - 1 > policy.twitchNewCountGapDays {
                    streaks.append((start, previous))
                    start = date
                }
                previous = date
            }
            streaks.append((start, previous))
            // A start the person reported, earlier than the first logged episode, begins the current count
            // (POLICIES.md: the reported start, or the first logged episode's date).
            if let reported = reportedStarts[region] {
                for index in streaks.indices where reported < streaks[index].0 {
                    let previousEnd = index > 0 ? streaks[index - 1].1 : nil
                    if previousEnd.map({ $0.days(until: reported) - 1 > policy.twitchNewCountGapDays }) ?? true {
                        streaks[index].0 = reported
                    }
                    break
                }
            }
            // The latest count that went on too long.
            if let (first, last) = streaks.last(where: { $0.0.days(until: $0.1) > limit }) {
                let label = regions.values.first { $0.key == region }?.label ?? region
                found.append(ActiveRedFlag(flag: flag, covers: region, since: first,
                    detail: "You logged twitching in \(label) from \(first) to \(last) (\(first.days(until: last)) days)."))
            }
        }
        return found
    }

    /// RF02: twitches in two or more regions within the window; the flag covers every region seen together.
    func multisiteFlags(_ episodes: [Episode], acknowledgements: [RedFlagAcknowledgement]) -> [ActiveRedFlag] {
        guard let flag = flags.values.first(where: { if case .bodySites = $0.threshold { true } else { false } }),
              case .bodySites(let minimum) = flag.threshold else { return [] }
        // Day numbers instead of dates: this runs over the whole history.
        let twitches = episodes.filter(Self.isTwitch).compactMap { episode -> (Int, String)? in
            regions[episode.site].map { (episode.localDate.dayNumber, $0.key) }
        }.sorted { $0.0 < $1.0 }
        var together = Set<String>()
        var firstDay: Int?
        var windowStart = 0
        // Regions in the current window, with how many of its twitches each has (kept as the window slides).
        var inWindow: [String: Int] = [:]
        for (index, item) in twitches.enumerated() {
            inWindow[item.1, default: 0] += 1
            while item.0 - twitches[windowStart].0 >= policy.multisiteWindowDays {
                let leaving = twitches[windowStart].1
                inWindow[leaving]! -= 1
                if inWindow[leaving] == 0 { inWindow[leaving] = nil }
                windowStart += 1
            }
            if inWindow.count >= minimum {
                together.formUnion(inWindow.keys)
                if firstDay == nil { firstDay = twitches[windowStart].0 }
            }
            _ = index
        }
        guard let firstDay, !together.isEmpty else { return [] }
        let first = LocalDate(dayNumber: firstDay)
        let labels = together.sorted().map { key in regions.values.first { $0.key == key }?.label ?? key }
        return [ActiveRedFlag(flag: flag, covers: together.sorted().joined(separator: ","), since: first,
            detail: "You logged twitching in more than one place within \(policy.multisiteWindowDays) days: \(labels.joined(separator: ", ")).")]
    }

    /// RF20: a cramp longer than the source's minutes, at any site.
    func crampFlags(_ episodes: [Episode]) -> [ActiveRedFlag] {
        guard let flag = flags.values.first(where: { if case .durationMinutes = $0.threshold { true } else { false } }),
              case .durationMinutes(let limit) = flag.threshold else { return [] }
        let long = episodes.filter { $0.kind == .cramp && ($0.durationSeconds ?? 0) > limit * 60 }
        guard let latest = long.max(by: { $0.startedAt < $1.startedAt }) else { return [] }
        return [ActiveRedFlag(flag: flag, covers: "cramp@\(latest.startedAt.epochSeconds)", since: latest.localDate,
            detail: "You logged a cramp of \(DurationText.format(seconds: latest.durationSeconds ?? 0)) on \(latest.localDate).")]
    }

    /// Symptoms raise their rows directly; the too-much-magnesium and acid-reducer rows need their conditions.
    func symptomFlags(_ input: Input) -> [ActiveRedFlag] {
        var found: [ActiveRedFlag] = []
        var latest: [String: LoggedSymptom] = [:]
        for logged in input.symptoms where (latest[logged.key]?.at ?? .init(epochSeconds: .min, utcOffsetSeconds: 0)) < logged.at {
            latest[logged.key] = logged
        }
        for (key, logged) in latest {
            guard let symptom = symptoms[key] else { continue }
            for id in symptom.redFlags {
                guard let flag = flags[id] else { continue }
                found.append(ActiveRedFlag(flag: flag, covers: "\(key)@\(logged.at.epochSeconds)", since: logged.at.localDate,
                    detail: "You logged: \(symptom.label.lowercased()) on \(logged.at.localDate)."))
            }
        }
        let recentStart = input.today.adding(days: -(policy.magnesiumSignsLookbackDays - 1))
        let recent = input.symptoms.filter { $0.at.localDate >= recentStart }
        func recentKeys(_ role: Symptom.MagnesiumRole) -> [LoggedSymptom] {
            recent.filter { symptoms[$0.key]?.magnesiumRole == role }
        }
        if input.tookMagnesiumRecently {
            let early = recentKeys(.early)
            if (input.overUpperLimitRecently || input.hasKidneyDisease), Set(early.map(\.key)).count >= 2, let flag = flags["RF25_too_much_mg_early"] {
                let names = Set(early.compactMap { symptoms[$0.key]?.label.lowercased() }).sorted()
                let latest = early.max { $0.at < $1.at }!
                let why = input.overUpperLimitRecently ? " above the upper limit" : input.kidneyNotSure ? " while unsure about your kidneys" : " with kidney disease"
                found.append(ActiveRedFlag(flag: flag, covers: "magnesium@\(latest.at.epochSeconds)", since: latest.at.localDate,
                    detail: "You logged \(names.joined(separator: ", ")) while taking magnesium supplements\(why)."))
            }
            let severe = recentKeys(.severe)
            let weakness = recentKeys(.weakness)
            let weaknessCounts = !weakness.isEmpty && (input.hasKidneyDisease || input.overUpperLimitRecently)
            if (!severe.isEmpty || weaknessCounts), let flag = flags["RF26_too_much_mg_severe"] {
                let signs = severe.isEmpty ? weakness : severe
                let latest = signs.max { $0.at < $1.at }!
                found.append(ActiveRedFlag(flag: flag, covers: "magnesium-severe@\(latest.at.epochSeconds)", since: latest.at.localDate,
                    detail: "You logged \(Set(signs.compactMap { symptoms[$0.key]?.label.lowercased() }).sorted().joined(separator: ", ")) while taking magnesium supplements."))
            }
        }
        if input.takesPPI, let flag = flags["RF27_ppi_low_mg"] {
            // Only signs logged while taking it (from its start date, when given).
            let signs = input.symptoms.filter { symptoms[$0.key]?.isPPISign == true && $0.at.localDate >= (input.ppiSince ?? $0.at.localDate) }
            if let last = signs.max(by: { $0.at < $1.at }) {
                found.append(ActiveRedFlag(flag: flag, covers: "\(last.key)@\(last.at.epochSeconds)", since: last.at.localDate,
                    detail: "You logged \(symptoms[last.key]!.label.lowercased()) on \(last.at.localDate) while taking an acid reducer."))
            }
        }
        return found
    }
}

/// The red-flag numbers of POLICIES.md (`policies.csv`).
public struct SafetyPolicy: Hashable, Sendable {
    /// More than this many days without an episode in a region starts a new duration count.
    public var twitchNewCountGapDays: Int
    /// "More than one place" looks at twitches within this many days.
    public var multisiteWindowDays: Int
    /// The too-much-magnesium rules look at the last this many days.
    public var magnesiumSignsLookbackDays: Int

    public init(twitchNewCountGapDays: Int, multisiteWindowDays: Int, magnesiumSignsLookbackDays: Int) {
        self.twitchNewCountGapDays = twitchNewCountGapDays
        self.multisiteWindowDays = multisiteWindowDays
        self.magnesiumSignsLookbackDays = magnesiumSignsLookbackDays
    }
}

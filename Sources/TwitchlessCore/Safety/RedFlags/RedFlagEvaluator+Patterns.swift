extension RedFlagEvaluator {
    /// RF01: per region, a count of days that restarts after a long gap; raised when it exceeds the source's days,
    /// shown while the region has had an episode in the policy's recent days.
    func durationFlags(_ input: Input) -> [RaisedRedFlag] {
        guard let flag = flags.values.first(where: { if case .durationDays = $0.threshold { true } else { false } }),
            case .durationDays(let limit) = flag.threshold
        else { return [] }
        var datesByRegion: [String: [LocalDate]] = [:]
        for episode in input.episodes where Self.isTwitch(episode) {
            guard let region = regions[episode.site] else { continue }
            datesByRegion[region.key, default: []].append(episode.localDate)
        }
        var found: [RaisedRedFlag] = []
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
            // A start the person reported, earlier than the first logged episode, begins the count it falls in
            // (POLICIES.md: the reported start, or the first logged episode's date).
            if let reported = input.reportedStarts[region] {
                for index in streaks.indices where reported < streaks[index].0 {
                    let previousEnd = index > 0 ? streaks[index - 1].1 : nil
                    if previousEnd.map({ $0.days(until: reported) - 1 > policy.twitchNewCountGapDays }) ?? true {
                        streaks[index].0 = reported
                    }
                    break
                }
            }
            for (first, last) in streaks where first.days(until: last) > limit {
                let marked = input.acknowledgements.first { ack in
                    ack.flagID == flag.id && ack.covers == region && ack.since >= first && ack.since <= last
                }
                let through = last.adding(days: policy.durationFlagCurrentDays)
                found.append(
                    RaisedRedFlag(
                        flag: flag,
                        covers: region,
                        since: first,
                        lastSign: last,
                        lastSignAt: nil,
                        shownThrough: through,
                        finding: .duration(region: regionLabel(region), from: first, to: last),
                        status: Self.status(marked: marked, shownThrough: through, today: input.today),
                        markedOn: marked?.markedOn
                    )
                )
            }
        }
        return found
    }

    /// RF02: twitches in two or more regions within the window; shown through the policy's days after the latest
    /// episode that is part of the pattern. A pattern that lapses and comes back is raised again.
    func multisiteFlags(_ input: Input) -> [RaisedRedFlag] {
        guard let flag = flags.values.first(where: { if case .bodySites = $0.threshold { true } else { false } }),
            case .bodySites(let minimum) = flag.threshold
        else { return [] }
        // Day numbers instead of dates: this runs over the whole history.
        let twitches = input.episodes.filter(Self.isTwitch).compactMap { episode -> (Int, String)? in
            regions[episode.site].map { (episode.localDate.dayNumber, $0.key) }
        }.sorted { $0.0 < $1.0 }
        var patterns: [(since: Int, last: Int, regions: Set<String>)] = []
        var windowStart = 0
        // Regions in the current window, with how many of its twitches each has (kept as the window slides).
        var inWindow: [String: Int] = [:]
        for item in twitches {
            inWindow[item.1, default: 0] += 1
            while item.0 - twitches[windowStart].0 >= policy.multisiteWindowDays {
                let leaving = twitches[windowStart].1
                inWindow[leaving]! -= 1
                if inWindow[leaving] == 0 { inWindow[leaving] = nil }
                windowStart += 1
            }
            guard inWindow.count >= minimum else { continue }
            if let current = patterns.last, item.0 <= current.last + policy.multisiteFlagCurrentDays {
                patterns[patterns.count - 1].last = item.0
                patterns[patterns.count - 1].regions.formUnion(inWindow.keys)
            } else {
                patterns.append((twitches[windowStart].0, item.0, Set(inWindow.keys)))
            }
        }
        return patterns.map { pattern in
            let since = LocalDate(dayNumber: pattern.since)
            let last = LocalDate(dayNumber: pattern.last)
            let covers = pattern.regions.sorted()
            let marked = input.acknowledgements.first { ack in
                ack.flagID == flag.id && ack.since >= since && ack.since <= last
                    && Set(covers).isSubset(of: Set(ack.covers.split(separator: ",").map(String.init)))
            }
            let through = last.adding(days: policy.multisiteFlagCurrentDays)
            return RaisedRedFlag(
                flag: flag,
                covers: covers.joined(separator: ","),
                since: since,
                lastSign: last,
                lastSignAt: nil,
                shownThrough: through,
                finding: .places(regions: covers.map(regionLabel), windowDays: policy.multisiteWindowDays),
                status: Self.status(marked: marked, shownThrough: through, today: input.today),
                markedOn: marked?.markedOn
            )
        }
    }

    /// RF20: a cramp longer than the source's minutes, at any site, shown for the policy's days after it.
    func crampFlags(_ input: Input) -> [RaisedRedFlag] {
        guard let flag = flags.values.first(where: { if case .durationMinutes = $0.threshold { true } else { false } }),
            case .durationMinutes(let limit) = flag.threshold
        else { return [] }
        let long = input.episodes.filter { $0.kind == .cramp && ($0.durationSeconds ?? 0) > limit * 60 }
        let seconds = Dictionary(long.map { ($0.startedAt.epochSeconds, $0.durationSeconds ?? 0) }, uniquingKeysWith: max)
        let events = long.map { SignEvent(at: $0.startedAt, name: .init(person: "a long cramp", doctor: "a long cramp")) }
        return signFlags(flag: flag, subject: "cramp", events: events, days: policy.longCrampFlagDays, input: input) { group in
            let latest = group.last!
            return .longCramp(seconds: seconds[latest.at.epochSeconds] ?? 0, on: latest.at.localDate)
        }
    }

    /// RF15 inferred: face twitches that follow eyelid twitching within the policy's days, each standing for the sign
    /// "twitching spreads to other parts of the face".
    func faceSpreadEvents(_ input: Input) -> [SignEvent] {
        // Only the eyelid and face twitches matter here, in time order.
        let twitches = input.episodes.filter { Self.isTwitch($0) && ["eyelids", "face"].contains(regions[$0.site]?.key ?? "") }
            .sorted { $0.startedAt < $1.startedAt }
        guard twitches.contains(where: { regions[$0.site]?.key == "face" }) else { return [] }
        var lastEyelid: Timestamp?
        var events: [SignEvent] = []
        for episode in twitches {
            switch regions[episode.site]?.key {
            case "eyelids": lastEyelid = episode.startedAt
            case "face":
                guard let eyelid = lastEyelid, eyelid.localDate.days(until: episode.localDate) < policy.faceSpreadWindowDays else { continue }
                events.append(
                    SignEvent(
                        at: episode.startedAt,
                        name: .init(
                            person: "twitching in \(regionLabel("face").person) after twitching in \(regionLabel("eyelids").person)",
                            doctor: "twitching in \(regionLabel("face").doctor) after twitching in \(regionLabel("eyelids").doctor)"
                        ),
                        isPattern: true
                    )
                )
            default: continue
            }
        }
        return events
    }
}

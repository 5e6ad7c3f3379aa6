import TwitchlessCore

extension FHIRBundleWriter {
    /// An episode: its kind as the code, the body site, and intensity, duration and pain as components.
    func episodeObservation(_ episode: Episode) -> JSONValue {
        let name = "episode/\(episode.startedAt.epochSeconds)/\(episode.site.rawValue)/\(episode.kind.rawValue)"
        let site = codes["site_" + episode.site.rawValue]
        var components: [JSONValue] = []
        if let intensity = episode.intensity { components.append(component("episode_intensity", Double(intensity))) }
        if let duration = episode.durationSeconds { components.append(component("episode_duration", Double(duration))) }
        if let pain = episode.pain { components.append(component("episode_pain", Double(pain))) }
        var members: [String: JSONValue] = [
            "resourceType": "Observation",
            "id": .string(ids.uuid(name)),
            "status": "final",
            "code": codes["episode_" + episode.kind.rawValue].concept(
                text: episode.kind.rawValue.prefix(1).uppercased() + episode.kind.rawValue.dropFirst()
            ),
            "subject": patientReference,
            "performer": [patientReference],
            "effectiveDateTime": .string(episode.startedAt.iso8601),
            "bodySite": site.concept(text: episode.site.displayName),
        ]
        if !components.isEmpty { members["component"] = .array(components) }
        if let note = episode.note, !note.isEmpty { members["note"] = [["text": .string(note)]] }
        return .object(members)
    }

    /// One Observation per logged factor of a day, plus "checked in" for a tracked day.
    func dayObservations(_ day: DayLog) -> [JSONValue] {
        var observations: [JSONValue] = []
        func observation(_ key: String, _ value: (String, JSONValue), imported: Bool = false) {
            var resource: [String: JSONValue] = [
                "resourceType": "Observation",
                "id": .string(ids.uuid("day/\(day.date)/\(key)")),
                "status": "final",
                "code": codes[key].concept(),
                "subject": patientReference,
                "effectiveDateTime": .string(day.date.description),
                value.0: value.1,
            ]
            // The person's own entries are theirs; values another app recorded name that app instead.
            if imported {
                resource["device"] = ["display": "Apple Health"]
            } else {
                resource["performer"] = [patientReference]
            }
            observations.append(.object(resource))
        }
        if day.isTracked { observation("tracked_day", ("valueBoolean", true)) }
        for factor in DayFactor.allCases {
            guard let value = day.value(of: factor) else { continue }
            if factor.isYesNo {
                observation(factor.rawValue, ("valueBoolean", .bool(value != 0)), imported: day.importedFactors.contains(factor))
            } else {
                observation(
                    factor.rawValue,
                    ("valueQuantity", codes[factor.rawValue].quantity(value)),
                    imported: day.importedFactors.contains(factor)
                )
            }
        }
        if let reported = day.reportedSupplementMagnesium {
            observation(
                "reported_supplement_magnesium",
                ("valueQuantity", codes["reported_supplement_magnesium"].quantity(reported.value)),
                imported: day.isSupplementMagnesiumImported
            )
        }
        return observations
    }

    /// A trial's result so far: the statistics as components, the design and adherence in a note. Not a diagnosis.
    func trialObservation(_ report: TrialReport, today: LocalDate) -> JSONValue {
        let design = report.design
        let statistics = report.statistics
        let last = max(design.startDate, min(design.endDate, today))
        var components: [JSONValue] = []
        let values: [(String, Double?)] = [
            ("trial_difference", statistics.estimate), ("trial_ci_low", statistics.ciLow), ("trial_ci_high", statistics.ciHigh),
            ("trial_p_randomization", statistics.pRandomization), ("trial_probability_of_benefit", statistics.probabilityOfBenefit),
        ]
        for (key, value) in values { if let value { components.append(component(key, value)) } }
        let adherence = report.adherence
        let note = """
            A randomized N-of-1 trial the person ran with Twitchless: \(design.blocks) blocks of one magnesium and one control \
            period of \(design.periodDays) days each (the first \(design.washoutDays) days of each period not analysed), \
            from \(design.startDate) to \(design.endDate). Magnesium periods: \(DecimalText.format(design.servings)) × \(design.product) \
            a day; control periods: \(design.usesPlacebo ? "a placebo" : "no magnesium supplement"). Analysed days: \
            \(adherence.magnesiumDays) magnesium (product logged on \(adherence.magnesiumDaysTaken)), \(adherence.controlDays) control \
            (product logged on \(adherence.controlDaysTaken)); \(report.untrackedDaysExcluded) days without a check-in were left out.\
            \(report.isInterim ? " The trial is still running, so this is an interim result." : "") This is a personal experiment, not a diagnosis.
            """
        var members: [String: JSONValue] = [
            "resourceType": "Observation",
            "id": .string(ids.uuid("trial/\(design.startDate)/\(design.seed)")),
            "status": report.isInterim ? "preliminary" : "final",
            "code": codes["trial_result"].concept(text: "N-of-1 trial of magnesium"),
            "subject": patientReference,
            "performer": [patientReference],
            "effectivePeriod": ["start": .string(design.startDate.description), "end": .string(last.description)],
            "note": [["text": .string(note)]],
        ]
        if !components.isEmpty { members["component"] = .array(components) }
        return .object(members)
    }

    /// An Observation component with a UCUM quantity.
    func component(_ key: String, _ value: Double) -> JSONValue {
        ["code": codes[key].concept(), "valueQuantity": codes[key].quantity(value)]
    }
}

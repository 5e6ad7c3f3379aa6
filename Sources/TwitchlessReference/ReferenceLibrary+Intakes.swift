public import TwitchlessCore
import TwitchlessIO

extension ReferenceLibrary {
    /// The RDA/AI and UL tables with the product policy, for `IntakeReference`.
    public func intakeReference() throws(TwitchlessError) -> IntakeReference {
        try cached("intakeReference") { () throws(TwitchlessError) in
            IntakeReference(recommendedRows: try recommendedRows(), upperLimitRows: try upperLimitRows(), policy: try policy())
        }
    }

    /// Rows of `magnesium_rda.csv`.
    public func recommendedRows() throws(TwitchlessError) -> [MagnesiumRDARow] {
        let table = try table("magnesium_rda.csv")
        var rows: [MagnesiumRDARow] = []
        for row in table.rows {
            let stage = table.value(row, "life_stage")
            guard let kind = MagnesiumRDARow.Kind(rawValue: table.value(row, "kind")) else {
                throw TwitchlessError(
                    .internalFailure,
                    "magnesium_rda.csv line \(row.line) has an unknown kind.",
                    fix: "Please reinstall Twitchless."
                )
            }
            rows.append(
                MagnesiumRDARow(
                    lifeStage: stage,
                    ageMinYears: try table.requiredNumber(row, "age_min_years"),
                    ageMaxYears: try table.number(row, "age_max_years"),
                    sex: table.value(row, "sex"),
                    condition: table.value(row, "condition"),
                    value: Milligrams(try table.requiredNumber(row, "value_mg")),
                    kind: kind,
                    citation: SourceCitation(
                        source: table.value(row, "source"),
                        row: "magnesium_rda.csv: \(stage), \(table.value(row, "sex")), \(table.value(row, "condition"))"
                    )
                )
            )
        }
        return rows
    }

    /// Rows of `magnesium_ul.csv`.
    public func upperLimitRows() throws(TwitchlessError) -> [MagnesiumULRow] {
        let table = try table("magnesium_ul.csv")
        var rows: [MagnesiumULRow] = []
        for row in table.rows {
            let stage = table.value(row, "life_stage")
            let established = table.value(row, "established") == "yes"
            let limit = try table.number(row, "ul_mg_per_day")
            rows.append(
                MagnesiumULRow(
                    jurisdiction: table.value(row, "jurisdiction"),
                    lifeStage: stage,
                    ageMinYears: try table.requiredNumber(row, "age_min_years"),
                    ageMaxYears: try table.number(row, "age_max_years"),
                    condition: table.value(row, "condition"),
                    limit: established ? limit.map { Milligrams($0) } : nil,
                    appliesTo: table.value(row, "applies_to"),
                    citation: SourceCitation(
                        source: table.value(row, "source"),
                        row: "magnesium_ul.csv: \(table.value(row, "jurisdiction")), \(stage), \(table.value(row, "condition"))"
                    )
                )
            )
        }
        return rows
    }

    /// The numbered product decisions of `app/policies.csv`.
    public func policy() throws(TwitchlessError) -> ReferencePolicy {
        let table = try table("app/policies.csv")
        var values: [String: Double] = [:]
        for row in table.rows { values[table.value(row, "id")] = try table.number(row, "value") }
        guard let infant = values["infant_age_below_years"], let planning = values["supplement_planning_min_age_years"],
            let start = values["plan_day_start_hour"], let end = values["plan_day_end_hour"]
        else {
            throw TwitchlessError(.internalFailure, "app/policies.csv is missing a policy value.", fix: "Please reinstall Twitchless.")
        }
        guard let window = values["below_rda_window_days"], let minimum = values["below_rda_min_food_days"] else {
            throw TwitchlessError(.internalFailure, "app/policies.csv is missing a policy value.", fix: "Please reinstall Twitchless.")
        }
        return ReferencePolicy(
            infantAgeBelowYears: infant,
            supplementPlanningMinAgeYears: planning,
            planDayStartHour: Int(start),
            planDayEndHour: Int(end),
            belowRDAWindowDays: Int(window),
            belowRDAMinFoodDays: Int(minimum)
        )
    }

    /// Every notice's wording: `app/notices.csv` plus the kidney row of `medication_interactions.csv`.
    public func noticeBook() throws(TwitchlessError) -> NoticeBook {
        try cached("noticeBook") { () throws(TwitchlessError) in
            let table = try table("app/notices.csv")
            var texts: [NoticeText] = []
            for row in table.rows {
                let fix = table.value(row, "fix")
                let step = table.value(row, "next_step")
                texts.append(
                    NoticeText(
                        id: table.value(row, "id"),
                        severity: Notice.Severity(rawValue: table.value(row, "severity")) ?? .info,
                        message: table.value(row, "message"),
                        fix: fix.isEmpty ? nil : fix,
                        nextStep: step.isEmpty ? nil : step,
                        source: table.value(row, "source")
                    )
                )
            }
            let interactions = try self.table("medication_interactions.csv")
            // The source's own wording, unless notices.csv words it for the person.
            if !texts.contains(where: { $0.id == NoticeID.kidneyDisease.rawValue }),
                let kidney = interactions.rows.first(where: { interactions.value($0, "id") == "kidney_disease" })
            {
                texts.append(
                    NoticeText(
                        id: NoticeID.kidneyDisease.rawValue,
                        severity: .warning,
                        message: interactions.value(kidney, "advice_plain") + " Twitchless still records what you take.",
                        fix: "Ask your doctor before taking any magnesium product.",
                        source: interactions.value(kidney, "source")
                    )
                )
            }
            return NoticeBook(texts: texts)
        }
    }
}

extension ReferenceLibrary {
    /// The rows of `medication_interactions.csv`.
    public func interactionRules() throws(TwitchlessError) -> [InteractionRule] {
        try cached("interactionRules") { () throws(TwitchlessError) in
            let table = try table("medication_interactions.csv")
            let policies = try self.table("app/interaction_policies.csv")
            let antacid = Set(policies.rows.filter { policies.value($0, "antacid_precaution") == "yes" }.map { policies.value($0, "id") })
            let longTerm = Set(policies.rows.filter { policies.value($0, "long_term_monitor") == "yes" }.map { policies.value($0, "id") })
            var rules: [InteractionRule] = []
            for row in table.rows {
                guard let kind = InteractionRule.Kind(rawValue: table.value(row, "rule_kind")) else {
                    throw TwitchlessError(
                        .internalFailure,
                        "medication_interactions.csv line \(row.line) has an unknown rule kind.",
                        fix: "Please reinstall Twitchless."
                    )
                }
                rules.append(
                    InteractionRule(
                        id: table.value(row, "id"),
                        drugClass: table.value(row, "drug_class"),
                        generics: table.value(row, "example_generics").split(separator: ";").map { String($0).trimmingWhitespace().lowercased() }
                            .filter { !$0.isEmpty },
                        effect: table.value(row, "effect"),
                        kind: kind,
                        beforeHours: try table.number(row, "separate_before_hours"),
                        afterHours: try table.number(row, "separate_after_hours"),
                        advice: table.value(row, "advice_plain"),
                        source: table.value(row, "source"),
                        evidenceNote: table.value(row, "evidence_note")
                    )
                )
                rules[rules.count - 1].isAntacidPrecaution = antacid.contains(rules[rules.count - 1].id)
                rules[rules.count - 1].isLongTermMonitor = longTerm.contains(rules[rules.count - 1].id)
            }
            return rules
        }
    }
}

extension ReferenceLibrary {
    /// The rows of `red_flags.csv`, with whether the app raises each (`app/red_flag_rules.csv`).
    public func redFlags() throws(TwitchlessError) -> [RedFlag] {
        let table = try table("red_flags.csv")
        let rules = try self.table("app/red_flag_rules.csv")
        let active = Set(rules.rows.filter { rules.value($0, "active") == "yes" }.map { rules.value($0, "id") })
        var flags: [RedFlag] = []
        for row in table.rows {
            guard let urgency = RedFlag.Urgency(rawValue: table.value(row, "urgency")) else {
                throw TwitchlessError(.internalFailure, "red_flags.csv line \(row.line) has an unknown urgency.", fix: "Please reinstall Twitchless.")
            }
            let id = table.value(row, "id")
            flags.append(
                RedFlag(
                    id: id,
                    sign: table.value(row, "sign"),
                    threshold: RedFlag.Threshold(parsing: table.value(row, "threshold")),
                    urgency: urgency,
                    message: table.value(row, "message_plain"),
                    source: table.value(row, "source"),
                    isActive: active.contains(id)
                )
            )
        }
        return flags
    }

    /// The symptoms a person can log (`app/symptoms.csv`).
    public func symptoms() throws(TwitchlessError) -> [Symptom] {
        let table = try table("app/symptoms.csv")
        return table.rows.map { row in
            Symptom(
                key: table.value(row, "key"),
                label: table.value(row, "label"),
                doctorLabel: table.value(row, "doctor_label"),
                redFlags: table.value(row, "red_flags").split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty },
                magnesiumRole: Symptom.MagnesiumRole(rawValue: table.value(row, "magnesium_role")),
                isPPISign: table.value(row, "ppi_sign") == "yes"
            )
        }
    }

    /// Body site → region (`app/regions.csv`).
    public func regions() throws(TwitchlessError) -> [BodySite: (key: String, label: String)] {
        let table = try table("app/regions.csv")
        var regions: [BodySite: (key: String, label: String)] = [:]
        for row in table.rows {
            guard let site = BodySite(rawValue: table.value(row, "site")) else { continue }
            regions[site] = (table.value(row, "region"), table.value(row, "region_label"))
        }
        return regions
    }

    /// Region key → the region in the doctor report's words (`app/regions.csv`, `doctor_label`).
    public func doctorRegionLabels() throws(TwitchlessError) -> [String: String] {
        let table = try table("app/regions.csv")
        var labels: [String: String] = [:]
        for row in table.rows { labels[table.value(row, "region")] = table.value(row, "doctor_label") }
        return labels
    }

    /// The red-flag numbers of `app/policies.csv`.
    public func safetyPolicy() throws(TwitchlessError) -> SafetyPolicy {
        let table = try table("app/policies.csv")
        var values: [String: Double] = [:]
        for row in table.rows { values[table.value(row, "id")] = try table.number(row, "value") }
        func value(_ id: String) throws(TwitchlessError) -> Int {
            guard let number = values[id] else {
                throw TwitchlessError(.internalFailure, "app/policies.csv is missing the red-flag value \(id).", fix: "Please reinstall Twitchless.")
            }
            return Int(number)
        }
        return SafetyPolicy(
            twitchNewCountGapDays: try value("twitch_new_count_gap_days"),
            multisiteWindowDays: try value("multisite_window_days"),
            magnesiumSignsLookbackDays: try value("magnesium_signs_lookback_days"),
            emergencyGetHelpHours: try value("emergency_get_help_hours"),
            emergencyFollowUpDays: try value("emergency_follow_up_days"),
            symptomFlagDays: try value("symptom_flag_days"),
            durationFlagCurrentDays: try value("duration_flag_current_days"),
            multisiteFlagCurrentDays: try value("multisite_flag_current_days"),
            longCrampFlagDays: try value("long_cramp_flag_days"),
            faceSpreadWindowDays: try value("face_spread_window_days")
        )
    }

    /// The red-flag evaluator with its data.
    public func redFlagEvaluator() throws(TwitchlessError) -> RedFlagEvaluator {
        try cached("redFlagEvaluator") { () throws(TwitchlessError) in
            RedFlagEvaluator(
                flags: try redFlags(),
                symptoms: try symptoms(),
                regions: try regions(),
                policy: try safetyPolicy(),
                doctorRegionLabels: try doctorRegionLabels(),
                followUp: try noticeBook().texts[NoticeID.emergencyFollowUp.rawValue]
            )
        }
    }
}

extension ReferenceLibrary {
    /// Short, sourced statements of what the evidence says (`app/evidence_points.csv`, from `evidence.md`).
    public func evidencePoints() throws(TwitchlessError) -> [(topic: String, text: String, source: String)] {
        let table = try table("app/evidence_points.csv")
        return table.rows.map { (table.value($0, "topic"), table.value($0, "text"), table.value($0, "source")) }
    }
}

extension ReferenceLibrary {
    /// The unit each factor's rate ratio is reported per (`app/reporting_units.csv`).
    public func reportingUnits() throws(TwitchlessError) -> [DayFactor: Double] {
        let table = try table("app/reporting_units.csv")
        var units: [DayFactor: Double] = [:]
        for row in table.rows {
            guard let factor = DayFactor(rawValue: table.value(row, "factor")) else { continue }
            units[factor] = try table.requiredNumber(row, "unit")
        }
        return units
    }
}

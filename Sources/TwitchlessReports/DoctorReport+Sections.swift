import Foundation
import TwitchlessCore

extension DoctorReport {
    func aboutSection() -> HTML {
        let profile = input.profile
        var who: [String] = []
        if let age = input.targets.age { who.append("age \(Int(age.years))\(age.isEstimated ? " (from birth year)" : "")") }
        if profile.sex != .unspecified { who.append(profile.sex.rawValue) }
        if profile.reproductiveStatus != .none { who.append(profile.reproductiveStatus.rawValue) }
        if profile.kidneyDisease != .none { who.append("kidney disease: \(profile.kidneyDisease.rawValue.replacingOccurrences(of: "_", with: " "))") }
        let trackedDays = input.days.filter { $0.isTracked && input.period.contains($0.date) }.count
        return """
            <section aria-labelledby="about"><h2 id="about">About this report</h2>
            <p>Made by Twitchless on \(input.generatedOn) from what the person logged themselves\(who.isEmpty ? "" : " (\(who.joined(separator: ", ")))"). \
            Period: \(input.period.lowerBound) to \(input.period.upperBound) (\(dates.count) days, \(trackedDays) of them checked in), time zone \(input.timeZone).</p>
            <p class="note">Twitchless is a personal log. It is not a medical device, makes no diagnosis and was not reviewed by a clinician. \
            Red flags below are the published advice of the sources named, matched to what was logged. A day the person did not check in is unknown, not zero.</p>
            </section>
            """
    }

    func redFlagSection(_ cite: (String) -> Void) -> HTML {
        guard !input.redFlags.isEmpty else {
            return
                "<section aria-labelledby=\"flags\"><h2 id=\"flags\">Red flags</h2><p>None of the sources' red flags matches what was logged now.</p></section>"
        }
        var html: HTML = "<section aria-labelledby=\"flags\"><h2 id=\"flags\">Red flags now (\(input.redFlags.count))</h2>"
        for flag in input.redFlags {
            cite(flag.flag.source)
            let urgency =
                switch flag.severity {
                case .emergency: "Emergency"
                case .urgent: flag.phase == .followUp ? "Emergency sign, now a follow-up" : "Urgent"
                default: "See a GP"
                }
            let style = flag.severity == .emergency ? "emergency" : flag.severity == .urgent ? "urgent" : ""
            html += "<div class=\"flag \(style)\"><h3>\(urgency): \(flag.flag.sign)</h3>"
            html += "<p>\(flag.finding.sentence(for: .doctor))</p>"
            html += "<p>The source's advice to the person: \(flag.wording.emergency.localize(flag.flag.message))</p>"
            if flag.covers == "eyelids", let note = input.eyelidWeekNote {
                cite(note.source)
                html += "<p class=\"note\">\(note.text)</p>"
            }
            html += "</div>"
        }
        return html + "</section>"
    }

    /// Every red flag ever raised, with its dates and whether the person marked it (POLICIES.md: nothing is forgotten).
    func redFlagHistorySection(_ cite: (String) -> Void) -> HTML {
        guard !input.redFlagHistory.isEmpty else { return "" }
        let rows = input.redFlagHistory.map { flag -> [String] in
            cite(flag.flag.source)
            let urgency =
                switch flag.flag.urgency {
                case .emergency: "Emergency"
                case .urgent: "Urgent"
                case .routineGP: "See a GP"
                }
            let status =
                switch flag.status {
                case .active: "Shown now"
                case .marked:
                    (flag.flag.urgency == .emergency ? "Marked \"I got help\"" : "Marked as talked over with a doctor")
                        + (flag.markedOn.map { " on \($0)" } ?? "")
                case .ended: "Ended on \(flag.shownThrough.adding(days: 1))"
                }
            let dates = flag.since == flag.lastSign ? flag.since.description : "\(flag.since) to \(flag.lastSign)"
            return [
                flag.flag.sign, urgency, dates, flag.finding.sentence(for: .doctor), status,
            ]
        }
        var note = HTML()
        if input.redFlagHistory.contains(where: { $0.covers == "eyelids" }), !input.redFlags.contains(where: { $0.covers == "eyelids" }),
            let eyelid = input.eyelidWeekNote
        {
            cite(eyelid.source)
            note = "<p class=\"note\">\(eyelid.text)</p>"
        }
        return "<section aria-labelledby=\"flag-history\"><h2 id=\"flag-history\">Red-flag history</h2>"
            + "<p>Every red flag raised by what the person logged, from the first, with when it was shown and whether they marked it as talked over with a doctor. A sign removed as logged by mistake is not included.</p>"
            + ReportHTML.table(caption: "Red flags raised", headers: ["Sign", "Urgency", "Signs logged", "What was logged", "Status"], rows: rows)
            + note
            + "</section>"
    }

    func episodesSection() -> HTML {
        let episodes = input.episodes.filter { input.period.contains($0.localDate) }
        let tracked = Set(input.days.filter(\.isTracked).map(\.date))
        var counts: [LocalDate: Int] = [:]
        for episode in episodes { counts[episode.localDate, default: 0] += 1 }
        let values: [Double?] = dates.map { date in
            if let count = counts[date] { return Double(count) }
            return tracked.contains(date) ? 0 : nil
        }
        // 7-day average over the days with data.
        let average: [Double?] = values.indices.map { index in
            let window = values[max(0, index - 6)...index].compactMap { $0 }
            return window.isEmpty ? nil : window.reduce(0, +) / Double(window.count)
        }
        var html: HTML = "<section aria-labelledby=\"episodes\"><h2 id=\"episodes\">Episodes</h2>"
        guard !episodes.isEmpty else { return html + "<p>No episodes were logged in this period.</p></section>" }
        let byKind = EpisodeKind.allCases.map { kind in
            let count = episodes.filter { $0.kind == kind }.count
            return "\(count) \(kind.rawValue)\(count == 1 ? "" : kind == .twitch ? "es" : "s")"
        }
        html += "<p>\(episodes.count) episode\(episodes.count == 1 ? "" : "s"): \(byKind.joined(separator: ", ")).</p>"
        html += SVGChart.dailyBars(
            title: "Episodes per day",
            description:
                "Bars: episodes logged each day; grey ticks: days not checked in; line: 7-day average. The most on one day was \(counts.values.max() ?? 0).",
            dates: dates,
            values: values,
            line: average,
            unit: "episodes"
        )
        var bySite: [(String, Int)] = []
        for site in BodySite.allCases {
            let n = episodes.filter { $0.site == site }.count
            if n > 0 { bySite.append((site.displayName, n)) }
        }
        html += "<h3>By body site</h3>"
        html += SVGChart.horizontalBars(
            title: "Episodes by body site",
            description: bySite.map { "\($0.0): \($0.1)" }.joined(separator: ", "),
            items: bySite
        )
        let intensities = episodes.compactMap(\.intensity).map(Double.init).sorted()
        let durations = episodes.compactMap(\.durationSeconds).map(Double.init).sorted()
        let pains = episodes.compactMap(\.pain).map(Double.init).sorted()
        func summary(_ values: [Double], _ format: (Double) -> String) -> [String] {
            guard !values.isEmpty else { return ["0", "–", "–", "–"] }
            let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
            return [String(values.count), format(median), format(values.first!), format(values.last!)]
        }
        let plain = { (v: Double) in DecimalText.format(v, digits: 1) }
        html += ReportHTML.table(
            caption: "Intensity, pain and duration",
            headers: ["Measure", "Episodes with it", "Median", "Lowest", "Highest"],
            rows: [
                ["Intensity (1–10)"] + summary(intensities, plain), ["Pain (0–10)"] + summary(pains, plain),
                ["Duration"] + summary(durations) { DurationText.format(seconds: Int($0)) },
            ],
            numeric: [1, 2, 3, 4]
        )
        return html + "</section>"
    }

    func symptomsSection() -> HTML {
        let symptoms = input.symptoms.filter { input.period.contains($0.at.localDate) }
        guard !symptoms.isEmpty else { return "" }
        let rows = symptoms.map {
            ["\($0.at.localDate) \($0.at.clockText)", input.symptomLabels[$0.key] ?? $0.key, $0.note ?? ""]
        }
        return "<section aria-labelledby=\"symptoms\"><h2 id=\"symptoms\">Other symptoms logged</h2>"
            + ReportHTML.table(caption: "Symptoms", headers: ["When", "Symptom", "Note"], rows: rows) + "</section>"
    }

    func factorsSection() -> HTML {
        let days = input.days.filter { $0.isTracked && input.period.contains($0.date) }
        guard !days.isEmpty else { return "" }
        var rows: [[String]] = []
        for factor in DayFactor.allCases {
            let values = days.compactMap { $0.value(of: factor) }
            guard !values.isEmpty else { continue }
            let mean = values.reduce(0, +) / Double(values.count)
            if factor.isYesNo {
                rows.append([factor.displayName, String(values.count), "yes on \(values.filter { $0 != 0 }.count) days", "–", "–"])
            } else {
                rows.append([
                    factor.displayName + (factor.unit.isEmpty ? "" : " (\(factor.unit))"), String(values.count),
                    DecimalText.format(mean, digits: 1), DecimalText.format(values.min()!, digits: 1), DecimalText.format(values.max()!, digits: 1),
                ])
            }
        }
        let imported = DayFactor.allCases.filter { factor in days.contains { $0.importedFactors.contains(factor) } }
        let note: HTML =
            imported.isEmpty
            ? ""
            : "<p>Some values of \(imported.map { $0.displayName.lowercased() }.joined(separator: ", "))"
                + " come from Apple Health, where the person left the factor empty; the rest are the person's own entries.</p>"
        return "<section aria-labelledby=\"factors\"><h2 id=\"factors\">Daily factors</h2>"
            + ReportHTML.table(
                caption: "Factors on checked-in days",
                headers: ["Factor", "Days logged", "Average", "Lowest", "Highest"],
                rows: rows,
                numeric: [1, 2, 3, 4]
            )
            + note + "</section>"
    }

    func magnesiumSection(_ cite: (String) -> Void) -> HTML {
        let food = dates.map { input.foodMagnesium[$0]?.value }
        let supplements = dates.map { input.supplementMagnesium[$0]?.value }
        var html: HTML = "<section aria-labelledby=\"magnesium\"><h2 id=\"magnesium\">Magnesium</h2>"
        let foodDays = food.compactMap { $0 }
        let supplementDays = supplements.compactMap { $0 }
        guard !foodDays.isEmpty || !supplementDays.isEmpty else {
            return html + "<p>No food or supplements were logged in this period.</p></section>"
        }
        var lines: [String] = []
        if let recommended = input.targets.recommended {
            lines.append(
                "Recommended intake (\(recommended.kind.rawValue), all sources): \(recommended.text) a day (\(recommended.lifeStage))."
            )
        }
        switch input.targets.upperLimit {
        case .established(let limit, let body, _):
            let over = supplementDays.filter { $0 > limit.value }.count
            lines.append(
                "Upper limit for supplements and magnesium medicines (not food): \(limit.rounded) mg a day (\(body.displayName)); above it on \(over) of \(supplementDays.count) days with supplements."
            )
            if input.profile.kidneyDisease.needsDoctorForSupplements {
                lines.append(
                    "Kidney disease (\(input.profile.kidneyDisease.rawValue.replacingOccurrences(of: "_", with: " "))): the general upper limit is for healthy kidneys and does not say what is safe here; magnesium supplements need the doctor's agreement."
                )
            }
        case .notEstablished(let body, _):
            lines.append("No upper limit for supplements is established for this life stage (\(body.displayName)).")
        case .unknown:
            lines.append("Age not given, so the reference values could not be chosen.")
        }
        if !foodDays.isEmpty {
            let totals = dates.indices.compactMap { i in food[i].map { $0 + (supplements[i] ?? 0) } }
            lines.append(
                "On the \(foodDays.count) days with food logged, total magnesium averaged \(DecimalText.format(totals.reduce(0, +) / Double(totals.count), digits: 0)) mg (food \(DecimalText.format(foodDays.reduce(0, +) / Double(foodDays.count), digits: 0)) mg)."
            )
        }
        if !supplementDays.isEmpty {
            lines.append(
                "Supplements were logged on \(supplementDays.count) days, \(DecimalText.format(supplementDays.reduce(0, +) / Double(supplementDays.count), digits: 0)) mg on average on those days."
            )
        }
        let importedDays = input.days.filter {
            input.period.contains($0.date) && ($0.isSupplementMagnesiumImported || $0.importedFoodMagnesium != nil)
        }
        if !importedDays.isEmpty {
            lines.append(
                "On \(importedDays.count) day\(importedDays.count == 1 ? "" : "s") the magnesium amounts come from Apple Health rather than from products or foods logged here."
            )
        }
        html += "<ul>" + lines.map { "<li>\($0)</li>" }.joined() + "</ul>"
        let reference = input.targets.recommended.map { (value: $0.target.value, label: "\($0.kind.rawValue) \($0.text)") }
        html +=
            "<p class=\"note\"><span class=\"key bar\"></span>food <span class=\"key bar2\"></span>supplements <span class=\"key ref\"></span>recommended intake</p>"
        html += SVGChart.dailyBars(
            title: "Magnesium per day",
            description:
                "Stacked bars: magnesium from food (green, below) and supplements (orange, above) per day, against the recommended intake (dashed). Days without food logged show supplements only.",
            dates: dates,
            values: food.map { $0 ?? 0 },
            stacked: supplements,
            reference: reference,
            unit: "mg"
        )
        return html + "</section>"
    }

    func supplementsSection() -> HTML {
        guard !input.products.isEmpty else { return "" }
        let rows = input.products.map { product -> [String] in
            [
                product.name, product.kind.rawValue, product.form ?? "–",
                product.elementalText + " per " + product.servingUnit,
                product.basis == .label ? "label" : "computed from the compound weight",
            ]
        }
        return "<section aria-labelledby=\"supplements\"><h2 id=\"supplements\">Magnesium products</h2>"
            + ReportHTML.table(caption: "Products the person takes", headers: ["Product", "Kind", "Form", "Elemental magnesium", "From"], rows: rows)
            + "</section>"
    }

    func medicinesSection(_ cite: (String) -> Void) -> HTML {
        guard !input.medicines.isEmpty else { return "" }
        let rows = input.medicines.map { medicine -> [String] in
            let rules = input.medicineRules[medicine.name] ?? []
            for rule in rules { cite(rule.source) }
            var parts: [String] = []
            if let window = TimingWindow(rules: rules) { parts.append("Keep apart from magnesium: \(window.plainText).") }
            parts += rules.filter { $0.kind != .separateTiming }.map(\.advice)
            let note = parts.isEmpty ? "Not listed in the app's sources as interacting with magnesium." : parts.joined(separator: " ")
            var when = medicine.schedule.description
            if let start = medicine.startDate { when += ", from \(start)" }
            if let end = medicine.endDate { when += " until \(end)" }
            return [medicine.name, when, note]
        }
        return "<section aria-labelledby=\"medicines\"><h2 id=\"medicines\">Medicines</h2>"
            + ReportHTML.table(caption: "Medicines and magnesium", headers: ["Medicine", "Taken", "With magnesium"], rows: rows) + "</section>"
    }

    func noticesSection(_ cite: (String) -> Void) -> HTML {
        guard !input.notices.isEmpty else { return "" }
        var html: HTML =
            "<section aria-labelledby=\"notices\"><h2 id=\"notices\">Other notices</h2><p>What Twitchless told the person, in the words it used:</p><ul>"
        for notice in input.notices {
            cite(notice.source)
            html += "<li>\(notice.message)</li>"
        }
        return html + "</ul></section>"
    }

    func evidenceSection(_ cite: (String) -> Void) -> HTML {
        guard !input.evidence.isEmpty else { return "" }
        var html: HTML = "<section aria-labelledby=\"evidence\"><h2 id=\"evidence\">What the evidence says</h2><ul>"
        for item in input.evidence {
            cite(item.source)
            html += "<li>\(item.text)</li>"
        }
        return html + "</ul></section>"
    }
}

extension DoctorReport {
    func triggersSection() -> HTML {
        guard let result = input.triggers, let model = result.leadsWithNegativeBinomial ? result.negativeBinomial : result.poisson else { return "" }
        let rows = result.factorsUsed.compactMap { name -> (label: String, ratio: Double, low: Double, high: Double)? in
            model.factors[name].map { TriggerAnalysis.reading(name, $0) }.map { ($0.label, $0.ratio, $0.low, $0.high) }
        }
        guard !rows.isEmpty else { return "" }
        var html: HTML = "<section aria-labelledby=\"triggers\"><h2 id=\"triggers\">Day factors and episodes</h2>"
        html +=
            "<p>Rate ratios with 95% intervals from a \(result.leadsWithNegativeBinomial ? "negative binomial" : "Poisson") model over \(result.daysUsed) checked-in days (\(result.episodesUsed) episodes): each is the ratio of episodes with the amount named (an hour less sleep, a point more stress, 100 mg more caffeine, a drink, a litre of water, 30 minutes of exercise, a processed meal); above 1, more episodes. An association, not proof of cause.</p>"
        html += SVGChart.forestPlot(
            title: "Rate ratios by day factor",
            description: rows.map {
                "\($0.label): \(DecimalText.format($0.ratio, digits: 2)) (\(DecimalText.format($0.low, digits: 2)) to \(DecimalText.format($0.high, digits: 2)))"
            }.joined(separator: "; "),
            rows: rows
        )
        return html + "</section>"
    }

    func trialSection() -> HTML {
        guard let report = input.trial else { return "" }
        let design = report.design
        let stats = report.statistics
        var html: HTML = "<section aria-labelledby=\"trial\"><h2 id=\"trial\">Magnesium trial (N-of-1)\(report.isInterim ? ", interim" : "")</h2>"
        html +=
            "<p>\(design.blocks) blocks of two \(design.periodDays)-day periods from \(design.startDate) to \(design.endDate), order randomized within each block; the first \(design.washoutDays) days of each period are not analysed. Magnesium: \(DecimalText.format(design.servings)) × \(design.product) a day; control: \(design.usesPlacebo ? "placebo" : "no supplement").</p>"
        if let stop = design.stop {
            html +=
                "<p><strong>Stopped early</strong> on \(stop.date) (planned to end on \(design.endDate)). Reason given: \u{201C}\(stop.reason)\u{201D}. Only the days before it are analysed.</p>"
        }
        if let estimate = stats.estimate {
            var line = "Control minus magnesium: \(DecimalText.format(estimate, digits: 2)) episodes a day"
            if let low = stats.ciLow, let high = stats.ciHigh {
                line += " (95% interval \(DecimalText.format(low, digits: 2)) to \(DecimalText.format(high, digits: 2)))"
            }
            if let p = stats.pRandomization { line += "; randomization p = \(DecimalText.format(p, digits: 3))" }
            if let p = stats.pT { line += "; paired t p = \(DecimalText.format(p, digits: 3))" }
            html += "<p>\(line).</p>"
        }
        let last = min(design.lastDay, input.generatedOn)
        var values: [(count: Double?, arm: String?, washout: Bool)] = []
        var date = design.startDate
        let tracked = Set(input.days.filter(\.isTracked).map(\.date))
        var counts: [LocalDate: Int] = [:]
        for episode in input.episodes { counts[episode.localDate, default: 0] += 1 }
        while date <= last {
            let position = design.position(on: date)
            let known = tracked.contains(date) || counts[date] != nil
            values.append((known ? Double(counts[date] ?? 0) : nil, position?.arm.rawValue, position?.isWashout ?? false))
            date = date.adding(days: 1)
        }
        if !values.isEmpty {
            html +=
                "<p class=\"note\"><span class=\"key bar\"></span>magnesium <span class=\"key bar2\"></span>control <span class=\"key missing\"></span>washout, or a tick: not checked in</p>"
            html += SVGChart.trialBars(
                title: "Daily episodes during the trial",
                description:
                    "Daily episode counts: green on magnesium days, orange on control days, grey in washouts; a grey tick is a day not checked in.",
                values: values,
                first: design.startDate,
                last: last
            )
        }
        return html + "</section>"
    }
}

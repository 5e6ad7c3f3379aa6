import Foundation
public import TwitchlessCore

/// The doctor-ready report: one self-contained HTML page (inline CSS and SVG, no scripts, no network).
public struct DoctorReport: Sendable {
    /// Everything the report shows, gathered by the caller.
    public struct Input: Sendable {
        public var period: ClosedRange<LocalDate>
        public var generatedOn: LocalDate
        public var profile: Profile
        public var targets: IntakeTargets
        public var timeZone: String
        public var episodes: [Episode]
        public var days: [DayLog]
        public var foodMagnesium: [LocalDate: Milligrams]
        public var supplementMagnesium: [LocalDate: Milligrams]
        public var products: [SupplementProduct]
        public var medicines: [Medicine]
        public var medicineRules: [String: [InteractionRule]]
        public var redFlags: [RaisedRedFlag]
        /// Every red flag ever raised, with its status.
        public var redFlagHistory: [RaisedRedFlag] = []
        public var notices: [Notice]
        public var symptoms: [LoggedSymptom]
        public var symptomLabels: [String: String]
        /// Wording about the evidence and what the app is, with their sources.
        public var evidence: [(text: String, source: String)]
        /// The ophthalmology society's one-week suggestion for eyelids (POLICIES.md: the report mentions it).
        public var eyelidWeekNote: (text: String, source: String)?
        /// The trigger analysis over the person's history, if it could be run.
        public var triggers: TriggerAnalysis.Result?
        /// A trial that overlaps the period, with its report.
        public var trial: TrialReport?

        public init(
            period: ClosedRange<LocalDate>,
            generatedOn: LocalDate,
            profile: Profile,
            targets: IntakeTargets,
            timeZone: String,
            episodes: [Episode],
            days: [DayLog],
            foodMagnesium: [LocalDate: Milligrams],
            supplementMagnesium: [LocalDate: Milligrams],
            products: [SupplementProduct],
            medicines: [Medicine],
            medicineRules: [String: [InteractionRule]],
            redFlags: [RaisedRedFlag],
            notices: [Notice],
            symptoms: [LoggedSymptom],
            symptomLabels: [String: String],
            evidence: [(text: String, source: String)],
            eyelidWeekNote: (text: String, source: String)? = nil
        ) {
            self.eyelidWeekNote = eyelidWeekNote
            self.period = period
            self.generatedOn = generatedOn
            self.profile = profile
            self.targets = targets
            self.timeZone = timeZone
            self.episodes = episodes
            self.days = days
            self.foodMagnesium = foodMagnesium
            self.supplementMagnesium = supplementMagnesium
            self.products = products
            self.medicines = medicines
            self.medicineRules = medicineRules
            self.redFlags = redFlags
            self.notices = notices
            self.symptoms = symptoms
            self.symptomLabels = symptomLabels
            self.evidence = evidence
        }
    }

    public let input: Input

    public init(_ input: Input) { self.input = input }

    /// The dates of the period, in order.
    var dates: [LocalDate] {
        (0...input.period.lowerBound.days(until: input.period.upperBound)).map { input.period.lowerBound.adding(days: $0) }
    }

    /// The whole page.
    public func html() -> String {
        var sources: [String] = []
        func cite(_ source: String) {
            if !source.isEmpty, !sources.contains(source) { sources.append(source) }
        }
        let sections = [
            aboutSection(), redFlagSection(cite), redFlagHistorySection(cite), episodesSection(), symptomsSection(), factorsSection(),
            magnesiumSection(cite), triggersSection(), trialSection(), supplementsSection(), medicinesSection(cite), noticesSection(cite),
            evidenceSection(cite),
        ].filter { !$0.isEmpty }
        for citation in input.targets.recommended?.citations ?? [] { cite(citation.source) }
        if let row = input.targets.upperLimit.row { cite(row.citation.source) }
        let page: HTML = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Twitchless report, \(input.period.lowerBound) to \(input.period.upperBound)</title>
            <style>\(HTML.trusted(Self.css))</style>
            </head>
            <body>
            <main>
            <h1>Muscle twitching and magnesium: report for \(input.period.lowerBound) to \(input.period.upperBound)</h1>
            \(sections.joined(separator: "\n"))
            <section aria-labelledby="sources"><h2 id="sources">Sources</h2><ol class="sources">\(sources.map { source -> HTML in "<li>\(source)</li>" })</ol></section>
            </main>
            </body>
            </html>
            """
        return page.markup
    }

    static let css = """
        @page { margin: 14mm; }
        :root { color: #1b1f24; background: #fff; }
        body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0; }
        main { max-width: 190mm; margin: 0 auto; padding: 12px; }
        h1 { font-size: 1.45em; margin: 0 0 .4em; }
        h2 { font-size: 1.15em; margin: 1.4em 0 .4em; border-bottom: 1px solid #c9d1d9; padding-bottom: .15em; }
        h3 { font-size: 1em; margin: 1em 0 .3em; }
        section { break-inside: auto; }
        table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; break-inside: avoid; }
        .table-scroll { overflow-x: auto; max-width: 100%; }
        .table-scroll:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
        caption { text-align: left; font-weight: 600; padding: .2em 0; }
        th, td { border: 1px solid #c9d1d9; padding: .25em .45em; text-align: left; vertical-align: top; }
        thead th { background: #eef2f5; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        \(SVGChart.css)
        .chart { break-inside: avoid; }
        .flag { border-left: 5px solid #b58100; padding: .4em .7em; margin: .5em 0; background: #fbf7ea; break-inside: avoid; }
        .flag.urgent { border-color: #a34a00; } .flag.emergency { border-color: #a00000; background: #fcefef; }
        .note { color: #3a4148; }
        .sources li { margin-bottom: .2em; overflow-wrap: anywhere; }
        @media (max-width: 480px) { th, td { padding: .2em .3em; } }
        @media print { main { max-width: none; padding: 0; } a { color: inherit; } .table-scroll { overflow: visible; } }
        """
}

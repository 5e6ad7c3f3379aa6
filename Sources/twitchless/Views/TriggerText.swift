import TwitchlessApp
import TwitchlessCore

/// The trigger analysis in plain words.
enum TriggerText {
    static func render(_ result: TriggerAnalysis.Result) -> String {
        var lines: [String] = []
        if case .notEnoughData(let reason) = result.status {
            lines.append(Output.wrap("Not enough data yet. \(reason)"))
            lines.append(Output.wrap("Keep checking in every day (twitchless log day), including days without twitches: they count too."))
            return lines.joined(separator: "\n")
        }
        guard let model = result.leadsWithNegativeBinomial ? result.negativeBinomial : result.poisson else {
            if case .notEstimable(let reason) = result.status { lines.append(Output.wrap(reason)) }
            return lines.joined(separator: "\n")
        }
        lines.append(Output.wrap(TriggerWording.basis(result)))
        lines.append("")
        for name in result.factorsUsed {
            guard let estimate = model.factors[name] else { continue }
            lines.append(Output.wrap(sentence(name, estimate), indent: "  "))
        }
        for (name, reason) in result.factorsExcluded.sorted(by: { $0.key < $1.key }) {
            lines.append(Output.wrap("\(label(name)): left out, \(reason).", indent: "  "))
        }
        if case .notEstimable(let reason) = result.status { lines.append(Output.wrap(reason, indent: "  ")) }
        lines.append("")
        lines.append(Output.wrap(TriggerWording.modelNote(result, model)))
        lines.append(Output.wrap(TriggerWording.caveat))
        return lines.joined(separator: "\n")
    }

    static func label(_ name: String) -> String { TriggerWording.label(name) }
    static func sentence(_ name: String, _ estimate: TriggerAnalysis.Estimate) -> String { TriggerWording.sentence(name, estimate) }
}

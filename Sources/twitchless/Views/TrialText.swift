import TwitchlessApp
import TwitchlessCore

/// A trial's result in plain words, honest about uncertainty.
enum TrialText {
    static func render(_ report: TrialReport) -> String {
        TrialWording.lines(report).map { line in
            switch line {
            case .sentence(let text): Output.wrap(text)
            case .plain(let text): text
            case .detail(let text): "  " + text
            case .blank: ""
            }
        }.joined(separator: "\n")
    }
}

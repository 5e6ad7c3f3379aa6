import TwitchlessApp
import TwitchlessCore

extension SafetyReview {
    /// Prints a command's outcome with the red flags it raised: emergencies before anything else, the others after.
    static func report(_ lines: [String], raised: [RaisedRedFlag]) {
        let emergencies = raised.filter { $0.flag.urgency == .emergency }
        for flag in emergencies { print(NoticeLines.render(flag.notice()) + "\n") }
        for line in lines { print(line) }
        for flag in raised where flag.flag.urgency != .emergency { print("\n" + NoticeLines.render(flag.notice())) }
    }
}

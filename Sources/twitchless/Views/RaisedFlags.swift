import TwitchlessApp
import TwitchlessCore

extension NoticeLines {
    /// Prints a command's outcome with its notices: emergencies before anything else, the others after.
    static func report(_ lines: [String], notices: [Notice]) {
        for notice in notices where notice.severity == .emergency { Output.print(render(notice) + "\n") }
        for line in lines { Output.print(line) }
        for notice in notices where notice.severity != .emergency { Output.print("\n" + render(notice)) }
    }
}

/// What the episode felt like.
public enum EpisodeKind: String, CaseIterable, Sendable, Codable {
    case twitch
    case spasm
    case cramp

    /// Reads a kind name, forgiving case and a plural "s".
    /// - Throws: `invalidInput` listing the valid names.
    public init(parsing text: String) throws(TwitchlessError) {
        var key = text.trimmingWhitespace().lowercased()
        if key.hasSuffix("es"), EpisodeKind(rawValue: String(key.dropLast(2))) != nil { key.removeLast(2) }
        if key.hasSuffix("s"), EpisodeKind(rawValue: String(key.dropLast())) != nil { key.removeLast() }
        guard let kind = EpisodeKind(rawValue: key) else {
            throw .invalidInput(
                "\"\(text)\" is not a kind of episode we know.",
                fix: "Please use twitch, spasm or cramp."
            )
        }
        self = kind
    }
}

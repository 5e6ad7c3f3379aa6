public import TwitchlessCore

/// One row of `episodes.csv` with the line it came from.
public struct EpisodeRecord: Hashable, Sendable {
    public var episode: Episode
    public var line: Int

    public init(episode: Episode, line: Int) {
        self.episode = episode
        self.line = line
    }
}

/// One episode of twitching, spasm or cramp, as the person logged it.
public struct Episode: Hashable, Sendable {
    /// When it started, in the offset it was written with; its local date is the day it belongs to.
    public var startedAt: Timestamp
    public var site: BodySite
    public var kind: EpisodeKind
    /// How strong it felt, 1 (barely) to 10 (strongest).
    public var intensity: Int?
    /// How long it lasted, in seconds.
    public var durationSeconds: Int?
    /// Pain, 0 (none) to 10 (worst).
    public var pain: Int?
    public var note: String?

    public init(
        startedAt: Timestamp,
        site: BodySite,
        kind: EpisodeKind,
        intensity: Int? = nil,
        durationSeconds: Int? = nil,
        pain: Int? = nil,
        note: String? = nil
    ) {
        self.startedAt = startedAt
        self.site = site
        self.kind = kind
        self.intensity = intensity
        self.durationSeconds = durationSeconds
        self.pain = pain
        self.note = note
    }

    /// The natural key: the same instant, site and kind is the same episode.
    public struct Key: Hashable, Sendable {
        public var epochSeconds: Int64
        public var site: BodySite
        public var kind: EpisodeKind

        public init(epochSeconds: Int64, site: BodySite, kind: EpisodeKind) {
            self.epochSeconds = epochSeconds
            self.site = site
            self.kind = kind
        }
    }

    public var key: Key { Key(epochSeconds: startedAt.epochSeconds, site: site, kind: kind) }

    /// The local date the episode belongs to.
    public var localDate: LocalDate { startedAt.localDate }

    /// Checks the ranges of intensity, pain and duration.
    /// - Throws: `invalidInput` naming the value that is out of range.
    public func validate() throws(TwitchlessError) {
        if let intensity, !(1...10).contains(intensity) {
            throw .invalidInput("Intensity \(intensity) is outside the scale.", fix: "Please use a number from 1 (barely) to 10 (strongest).")
        }
        if let pain, !(0...10).contains(pain) {
            throw .invalidInput("Pain \(pain) is outside the scale.", fix: "Please use a number from 0 (none) to 10 (worst).")
        }
        if let durationSeconds, durationSeconds < 0 || durationSeconds > 7 * 86_400 {
            throw .invalidInput(
                "A duration of \(durationSeconds) seconds can't be right.",
                fix: "Please give how long this episode lasted, for example 30s or 5m."
            )
        }
    }
}

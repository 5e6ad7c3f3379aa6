package import TwitchlessCore

/// The minute a removal points at: something logged by mistake is found by its time to the minute.
package enum RemoveTime {
    /// The start of the minute `text` names ("20:30", "yesterday 21:15").
    /// - Throws: `invalidInput` for a time that can't be read or is in the future.
    package static func minute(_ text: String, context: AppContext) throws(TwitchlessError) -> Timestamp {
        let time = try FriendlyTime.parse(text, now: context.now, clock: context.clock)
        let start = time.epochSeconds - Int64(time.secondsOfDay % 60)
        return Timestamp(epochSeconds: start, utcOffsetSeconds: time.utcOffsetSeconds)
    }
}

import Foundation
import Synchronization
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// What the server computed for each person, kept while their data version stays the same.
///
/// Every write raises the owner's data version in the database (whichever server made it), and each request reads
/// the version with the session, so a cached value is used only while it is current. Nothing here is needed for
/// correctness: a second server instance simply computes its own.
final class PersonCache: Sendable {
    struct Today: Sendable {
        var summary: DaySummary
        /// The day's episodes with their ids, read with the summary.
        var episodes: [StoredEpisode]
        var notices: [Notice]
    }

    private struct Entry<Value: Sendable>: Sendable {
        var version: Int64
        var date: LocalDate?
        var value: Value
        /// Entries also expire, so a version raise lost to a crash can't keep a stale view for long.
        var expires = ContinuousClock.now + .seconds(60)

        func isCurrent(version: Int64, date: LocalDate?) -> Bool {
            self.version == version && self.date == date && ContinuousClock.now < expires
        }
    }

    private let todays = Mutex<[OwnerID: Entry<Today>]>([:])
    /// The Today page as sent, by session (its CSRF token is in the page).
    private let pages = Mutex<[String: Entry<String>]>([:])
    /// Beyond this many people, the cache starts again rather than grow; 0 keeps nothing.
    private let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The person's context: their profile (read with the session or token), zone and the current time.
    func context(for user: User, store: TwitchlessStore) async throws(TwitchlessError) -> AppContext {
        let now = store.clock.now()
        let profile: Profile
        if let read = user.profile {
            profile = read
        } else {
            profile = try await store.read(user.owner) { try await $0.profile() } ?? Profile()
        }
        return AppContext(
            store: store,
            reference: .shipped,
            owner: user.owner,
            profile: profile,
            clock: AppContext.clock(for: profile, computer: store.clock),
            now: now
        )
    }

    /// A page rendered for a session, while the data version and date are the same.
    func page(session: String, version: Int64, date: LocalDate) -> String? {
        pages.withLock { entries in
            guard let entry = entries[session], entry.isCurrent(version: version, date: date) else { return nil }
            return entry.value
        }
    }

    func savePage(_ html: String, session: String, version: Int64, date: LocalDate) {
        pages.withLock { keep(Entry(version: version, date: date, value: html), for: session, in: &$0) }
    }

    /// Keeps `entry` under `key`, starting again past the capacity; with a capacity of 0 keeps nothing.
    private func keep<Key: Hashable, Value>(_ entry: Entry<Value>, for key: Key, in entries: inout [Key: Entry<Value>]) {
        guard capacity > 0 else { return }
        if entries.count >= capacity { entries.removeAll() }
        entries[key] = entry
    }

    /// Today's summary and notices (cached by data version and date).
    func today(for user: User, context: AppContext) async throws(TwitchlessError) -> Today {
        let date = context.today
        if let cached = todays.withLock({ $0[user.owner] }), cached.isCurrent(version: user.dataVersion, date: date) {
            return cached.value
        }
        // One snapshot for every read, and the summary read once for the page and its notices.
        let today = try await context.readTogether {
            let (summary, episodes) = try await DaySummaryLoader.loadWithEpisodes(context: context, date: date)
            return Today(summary: summary, episodes: episodes, notices: try await SafetyReview.notices(context: context, summary: summary))
        }
        todays.withLock { keep(Entry(version: user.dataVersion, date: date, value: today), for: user.owner, in: &$0) }
        return today
    }
}

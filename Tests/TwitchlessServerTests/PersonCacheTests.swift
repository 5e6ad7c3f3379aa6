import Testing
import TwitchlessCore

@testable import TwitchlessServer

/// The Today pages kept between visits: while the data version and the day are the same, within the capacity, and
/// none at all when the capacity is 0 (`serve --cache-people 0`).
@Suite("The person cache")
struct PersonCacheTests {
    static let day = LocalDate(year: 2026, month: 12, day: 4)!

    @Test("A page is kept for its session while the version and the day are the same")
    func keeps() {
        let cache = PersonCache(capacity: 2)
        cache.savePage("<p>today</p>", session: "a", version: 3, date: Self.day)
        #expect(cache.page(session: "a", version: 3, date: Self.day) == "<p>today</p>")
        #expect(cache.page(session: "a", version: 4, date: Self.day) == nil)
        #expect(cache.page(session: "a", version: 3, date: Self.day.adding(days: 1)) == nil)
        #expect(cache.page(session: "b", version: 3, date: Self.day) == nil)
    }

    @Test("Past its capacity the cache starts again; with a capacity of 0 it keeps nothing")
    func capacity() {
        let cache = PersonCache(capacity: 2)
        cache.savePage("1", session: "a", version: 1, date: Self.day)
        cache.savePage("2", session: "b", version: 1, date: Self.day)
        cache.savePage("3", session: "c", version: 1, date: Self.day)
        #expect(cache.page(session: "a", version: 1, date: Self.day) == nil)
        #expect(cache.page(session: "c", version: 1, date: Self.day) == "3")
        let none = PersonCache(capacity: 0)
        none.savePage("1", session: "a", version: 1, date: Self.day)
        #expect(none.page(session: "a", version: 1, date: Self.day) == nil)
    }
}

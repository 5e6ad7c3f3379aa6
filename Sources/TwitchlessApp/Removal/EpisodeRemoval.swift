package import TwitchlessCore
package import TwitchlessStore

/// Removing an episode logged by mistake: by its id (web and API), or by its site and minute (command line).
package enum EpisodeRemoval {
    package enum Selector: Sendable {
        case id(EpisodeID)
        /// The site, the minute it started ("21:15", "2026-11-20 06:40") and, when several share it, the kind.
        case logged(site: String, kind: String?, at: String)
    }

    package struct Outcome: Sendable {
        package var removed: [Episode]
        /// "Removed the twitch in your eyelid (left) at 21:15 on 2026-11-24."
        package var message: String
    }

    /// - Throws: `notFound` when no such episode is in the person's log (another person's id included);
    ///   `invalidInput` for a site, kind or time that can't be read, or a minute with episodes of several kinds.
    package static func remove(_ selector: Selector, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let removed: [Episode]
        switch selector {
        case .id(let id):
            removed = try await context.write { session -> [Episode] in
                guard let stored = try await session.storedEpisode(id: id), try await session.deleteEpisode(id: id) else { return [] }
                return [stored.episode]
            }
            guard !removed.isEmpty else { throw notFound }
        case .logged(let siteText, let kindText, let at):
            let site = try BodySite(parsing: siteText)
            let kind = try kindText.map { text throws(TwitchlessError) in try EpisodeKind(parsing: text) }
            let minute = try RemoveTime.minute(at, context: context)
            removed = try await context.write { session -> [Episode] in
                let found = try await session.episodes(inMinuteStarting: minute.epochSeconds, site: site, kind: kind)
                let kinds = Set(found.map(\.kind))
                guard kinds.count <= 1 else {
                    throw TwitchlessError.invalidInput(
                        "There are \(found.count) episodes in your \(site.displayName) at \(minute.clockText) on \(minute.localDate).",
                        fix: "Say which kind to remove: \(kinds.map(\.rawValue).sorted().joined(separator: " or "))."
                    )
                }
                guard !found.isEmpty else {
                    throw TwitchlessError.notFound(
                        "No episode in your \(site.displayName) started at \(minute.clockText) on \(minute.localDate).",
                        fix: "See that day's episodes.",
                        next: .seeDay(minute.localDate)
                    )
                }
                for episode in found { _ = try await session.deleteEpisode(episode.key) }
                return found
            }
        }
        let first = removed[0]
        let what =
            removed.count == 1 ? "the \(first.kind.rawValue)" : "\(removed.count) \(first.kind == .twitch ? "twitches" : first.kind.rawValue + "s")"
        return Outcome(
            removed: removed,
            message: "Removed \(what) in your \(first.site.displayName) at \(first.startedAt.clockText) on \(first.localDate)."
        )
    }

    package static let notFound = TwitchlessError(
        .notFound,
        "There is no episode with this id in your log.",
        fix: "It may have been removed already; the list of your episodes has the ids."
    )
}

/// Removing a food logged by mistake, found by the minute it was eaten (and its number when several share it).
package enum FoodRemoval {
    /// - Returns: what was removed, in a sentence.
    /// - Throws: `notFound` when nothing was logged then; `invalidInput` when several foods share the minute and no number says which.
    package static func remove(at: String, foodID: String?, context: AppContext) async throws(TwitchlessError) -> String {
        let minute = try RemoveTime.minute(at, context: context)
        let removed = try await context.write { session -> FoodIntake in
            let found = try await session.foodIntakes(inMinuteStarting: minute.epochSeconds).filter { foodID == nil || $0.intake.foodID == foodID }
            guard !found.isEmpty else {
                throw TwitchlessError.notFound(
                    "No food was logged at \(minute.clockText) on \(minute.localDate).",
                    fix: "See that day's foods.",
                    next: .seeDay(minute.localDate)
                )
            }
            guard found.count == 1 else {
                let list = found.map { "\($0.intake.foodID) \($0.intake.description)" }.joined(separator: "; ")
                throw TwitchlessError.invalidInput(
                    "Several foods were logged at \(minute.clockText): \(list).",
                    fix: "Give the number of the one to remove."
                )
            }
            try await session.deleteFoodIntakes(ids: [found[0].id])
            return found[0].intake
        }
        return "Removed \(removed.portion) of \(removed.description) at \(removed.eatenAt.clockText) on \(removed.eatenAt.localDate)."
    }
}

/// Removing a supplement intake logged by mistake, found by its product and minute.
package enum SupplementRemoval {
    /// - Returns: what was removed, in a sentence.
    /// - Throws: `notFound` for a product the person doesn't have, or no intake of it then.
    package static func remove(product choice: ProductChoice, at: String, context: AppContext) async throws(TwitchlessError) -> String {
        let minute = try RemoveTime.minute(at, context: context)
        let (name, count) = try await context.write { session -> (String, Int) in
            let stored = try await choice.find(in: session)
            let removed = try await session.deleteSupplementIntakes(productID: stored.id, inMinuteStarting: minute.epochSeconds)
            guard removed > 0 else {
                throw TwitchlessError.notFound(
                    "No \(stored.product.name) was logged at \(minute.clockText) on \(minute.localDate).",
                    fix: "See that day's intakes.",
                    next: .seeDay(minute.localDate)
                )
            }
            return (stored.product.name, removed)
        }
        return "Removed \(count == 1 ? "" : "\(count) intakes of ")\(name) taken at \(minute.clockText) on \(minute.localDate)."
    }
}

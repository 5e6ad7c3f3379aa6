package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Notices shown wherever a supplement is planned or logged.
package enum SupplementNotices {
    /// Kidney and young-child notices for the person's profile today.
    package static func forPlanning(context: AppContext) throws(TwitchlessError) -> [Notice] {
        let book = try context.reference.noticeBook()
        let targets = try context.targets(on: context.today)
        var notices = targets.noticeIDs.filter { $0 != .profileNeedsBirth }.compactMap { book.notice($0) }
        if let kidney = book.kidneyNotice(for: context.profile.kidneyDisease) { notices.append(kidney) }
        return notices.sortedByUrgency()
    }
}

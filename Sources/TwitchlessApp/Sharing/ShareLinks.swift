import Foundation
package import TwitchlessCore
package import TwitchlessStore

/// Share links: the doctor report for a chosen period, read-only, for someone without an account.
package enum ShareLinks {
    /// How long a link works unless the person says otherwise, and the longest it may.
    package static let defaultDays = 14
    package static let longestDays = 90
    package static let shortestPasscode = 6

    /// A link the person asked for, checked: its period, when it stops working, and its passcode if it has one.
    package struct Plan: Sendable, Equatable {
        package var period: ClosedRange<LocalDate>
        package var expiresAt: Int64
        package var passcode: String?
    }

    /// Checks what the person asked for.
    /// - Throws: `invalidInput` for dates that can't be read or a period longer than the report's longest, a number of
    ///   days outside 1 to 90, or a passcode that isn't at least 6 digits.
    package static func plan(from: String?, to: String?, days: String?, passcode: String?, context: AppContext) throws(TwitchlessError) -> Plan {
        let period = try DateRange.past(from: from, to: to, maximumDays: DoctorReportLoader.maximumDays, what: "shared report", context: context)
        let days =
            try InputText.given(days).map { text throws(TwitchlessError) -> Int in
                guard let days = Int(text), (1...longestDays).contains(days) else {
                    throw .invalidInput(
                        "A share link can work for 1 to \(longestDays) days, not \"\(text)\".",
                        fix: "Choose a number of days from 1 to \(longestDays) (\(defaultDays) is usual)."
                    )
                }
                return days
            } ?? defaultDays
        let passcode = InputText.given(passcode)
        if let passcode, passcode.count < shortestPasscode || passcode.count > 20 || !passcode.allSatisfy({ $0.isASCII && $0.isNumber }) {
            throw .invalidInput(
                "A passcode is \(shortestPasscode) to 20 digits, and nothing else.",
                fix: "Choose at least \(shortestPasscode) digits to tell your doctor separately, or leave it empty."
            )
        }
        return Plan(period: period, expiresAt: Int64(context.now.timeIntervalSince1970) + Int64(days) * 86_400, passcode: passcode)
    }

    /// Keeps a new link: its token's hash and its passcode's hash (the token itself is shown once and never stored).
    package static func create(_ plan: Plan, tokenHash: String, passcodeHash: String?, context: AppContext) async throws(TwitchlessError) -> ShareLink
    {
        try await context.write { session in
            try await session.createShareLink(tokenHash: tokenHash, period: plan.period, expiresAt: plan.expiresAt, passcodeHash: passcodeHash)
        }
    }

    package static func list(context: AppContext) async throws(TwitchlessError) -> [ShareLink] {
        try await context.read { session in try await session.shareLinks() }
    }

    /// Turns a link off for good.
    /// - Throws: `notFound` when the person has no such link still on.
    package static func revoke(_ id: ShareLinkID, context: AppContext) async throws(TwitchlessError) {
        guard try await context.write({ session in try await session.revokeShareLink(id) }) else {
            throw .notFound("There is no such share link still on.", fix: "See your share links on the Report page.")
        }
    }

    /// Opens again a link that too many wrong passcodes turned off.
    /// - Throws: `notFound` when the person has no such link still on.
    package static func unlock(_ id: ShareLinkID, context: AppContext) async throws(TwitchlessError) {
        guard try await context.write({ session in try await session.unlockShareLink(id) }) else {
            throw .notFound("There is no such share link still on.", fix: "See your share links on the Report page.")
        }
    }
}

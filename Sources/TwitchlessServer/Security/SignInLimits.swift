import TwitchlessStore

/// How failed sign-ins slow the attempts after them, so guessing is slow but a stranger can't lock a person out.
///
/// - An account from one address (or from one device it signed in on before): `freeFailures` failures, then each
///   further attempt waits twice as long as the last, from 1 second up to `longestWaitSeconds`.
/// - The account from any other address, and any accounts from one address: slowed the same way only after
///   `sharedFailuresPerHour` failures within an hour.
/// - A device that signed in to the account before is slowed by its own failures only.
///
/// Only failures count: a sign-in that succeeds takes its own attempt back.
public struct SignInLimits: Hashable, Sendable {
    public var freeFailures: Int
    public var sharedFailuresPerHour: Int
    public var longestWaitSeconds: Int64
    /// The first wait, after the free failures (1 second; tests that can't be sure of the next second set more).
    public var firstWaitSeconds: Int64
    /// How long a count lasts: the shared counts an hour from their first failure, the others an hour after their last.
    public var windowSeconds: Int64

    public init(
        freeFailures: Int = 5,
        sharedFailuresPerHour: Int = 50,
        longestWaitSeconds: Int64 = 900,
        firstWaitSeconds: Int64 = 1,
        windowSeconds: Int64 = 3_600
    ) {
        self.freeFailures = freeFailures
        self.sharedFailuresPerHour = sharedFailuresPerHour
        self.longestWaitSeconds = longestWaitSeconds
        self.firstWaitSeconds = firstWaitSeconds
        self.windowSeconds = windowSeconds
    }

    /// What a count is kept under and how it slows attempts.
    struct Key: Hashable, Sendable {
        enum Scope: Hashable, Sendable {
            /// The account from one address: the first to slow, cleared by a sign-in that succeeds.
            case accountFromAddress
            /// The account from a device that signed in to it before: counts that device's own failures only.
            case accountFromDevice
            /// The account from everywhere: slows attempts without the device cookie, after many failures.
            case account
            /// Every account from one address: slows spraying many accounts, after many failures.
            case address
        }

        var scope: Scope
        /// The hashed key stored (emails and addresses are not kept as they are).
        var stored: String

        /// True for the counts one person's own mistakes build up: a success clears them.
        var clearedBySuccess: Bool { scope == .accountFromAddress || scope == .accountFromDevice }
    }

    /// The keys counted for an attempt: with a device that signed in to this account before, its own count and the
    /// account's (which then never slows it); otherwise the account from this address, the account, and the address.
    func keys(email: String, address: String, device: String?) -> [Key] {
        if let device {
            return [
                Key(scope: .accountFromDevice, stored: "device:" + Tokens.hash("\(email)\n\(device)")),
                Key(scope: .account, stored: "account:" + Tokens.hash(email)),
            ]
        }
        return [
            Key(scope: .accountFromAddress, stored: "pair:" + Tokens.hash("\(email)\n\(address)")),
            Key(scope: .account, stored: "account:" + Tokens.hash(email)),
            Key(scope: .address, stored: "address:" + Tokens.hash(address)),
        ]
    }

    /// The failures that slow attempts under this key before the first wait.
    func allowance(_ key: Key, withDevice: Bool) -> Int? {
        switch key.scope {
        case .accountFromAddress, .accountFromDevice: freeFailures
        case .account: withDevice ? nil : sharedFailuresPerHour
        case .address: sharedFailuresPerHour
        }
    }

    /// The seconds to wait after `failures` when `allowance` come free: 1 after the last free one, doubling, at most
    /// `longestWaitSeconds`.
    func wait(after failures: Int, allowance: Int) -> Int64 {
        guard failures >= allowance else { return 0 }
        let doublings = failures - allowance
        return doublings >= 30 ? longestWaitSeconds : min(longestWaitSeconds, firstWaitSeconds << doublings)
    }

    /// The count as it stands at `now`: started again once its window has passed.
    func current(_ count: SignInFailures, key: Key, now: Int64) -> SignInFailures {
        let since = key.scope == .account || key.scope == .address ? count.firstAt : count.lastAt
        guard count.failures > 0, now - since < windowSeconds else { return SignInFailures(failures: 0, firstAt: now, lastAt: now) }
        return count
    }

    /// The seconds still to wait at `now` before another attempt under this count.
    func remaining(_ count: SignInFailures, allowance: Int, now: Int64) -> Int64 {
        max(0, count.lastAt + wait(after: count.failures, allowance: allowance) - now)
    }
}

import TwitchlessCore
import TwitchlessStore

/// Lets a sign-in attempt through the limits, or says how long to wait. An attempt let through is counted as a failure
/// at once (so many attempts sent together are counted one after the other, not all let through), and a sign-in that
/// succeeds takes it back.
struct SignInGate {
    let store: TwitchlessStore
    let limits: SignInLimits

    /// An attempt let through: the counts it was added to.
    struct Claim {
        var keys: [SignInLimits.Key]
    }

    enum Decision {
        case proceed(Claim)
        /// Too many failures: the seconds before the next attempt is let through.
        case wait(seconds: Int64)
    }

    /// - Parameter device: the device id of a signed device cookie for this email's account, if the request has one.
    func claim(email: String, address: String, device: String?, now: Int64) async throws -> Decision {
        let limits = limits
        let keys = limits.keys(email: email, address: address, device: device)
        return try await store.accounts { accounts in
            var counts: [(SignInLimits.Key, SignInFailures)] = []
            for key in keys {
                counts.append((key, limits.current(try await accounts.lockSignInFailures(key: key.stored, now: now), key: key, now: now)))
            }
            let wait =
                counts.compactMap { key, count in
                    limits.allowance(key, withDevice: device != nil).map { limits.remaining(count, allowance: $0, now: now) }
                }.max() ?? 0
            if wait > 0 { return .wait(seconds: wait) }
            for (key, count) in counts {
                try await accounts.saveSignInFailures(
                    key: key.stored,
                    SignInFailures(failures: count.failures + 1, firstAt: count.firstAt, lastAt: now)
                )
            }
            return .proceed(Claim(keys: keys))
        }
    }

    /// The attempt signed in: the person's own counts start again, and the shared ones lose this attempt.
    func succeeded(_ claim: Claim, now: Int64) async throws {
        try await store.accounts { accounts in
            for key in claim.keys {
                if key.clearedBySuccess {
                    try await accounts.deleteSignInFailures(key: key.stored)
                } else {
                    var count = try await accounts.lockSignInFailures(key: key.stored, now: now)
                    count.failures = max(0, count.failures - 1)
                    try await accounts.saveSignInFailures(key: key.stored, count)
                }
            }
        }
    }
}

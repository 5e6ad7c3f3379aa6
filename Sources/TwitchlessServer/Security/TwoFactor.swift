import Foundation
import HummingbirdOTP

/// Two-step sign-in: time-based codes (RFC 6238: 6 digits, 30-second steps, HMAC-SHA-1, what authenticator apps use
/// unless told otherwise) and recovery codes.
enum TwoFactor {
    static let stepSeconds: Int64 = 30
    /// A code is taken for the step before or after the server's too, so a phone whose clock is up to 30 seconds off
    /// (or a code typed as it changed) still works.
    static let window: Int64 = 1
    static let recoveryCodeCount = 10
    /// How long a sign-in whose password was right waits for its code.
    static let pendingSeconds: Int64 = 300
    /// Wrong codes a waiting sign-in may have before it must start again from the password.
    static let wrongCodesAllowed = 5
    static let issuer = "Twitchless"

    /// A new secret: 25 characters from 62 (148 bits, above RFC 4226's 128), whose UTF-8 bytes are the HMAC key.
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<25).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] })
    }

    /// The address authenticator apps read (`otpauth://totp/Twitchless:EMAIL?secret=…&issuer=Twitchless`).
    static func authenticatorURL(secret: String, email: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: "\(issuer):\(email)", issuer: issuer)
    }

    /// The key as a person types it into an app: its base32, in groups of four.
    static func typedKey(secret: String) -> String {
        let url = URLComponents(string: authenticatorURL(secret: secret, email: "key"))
        let base32 = url?.queryItems?.first { $0.name == "secret" }?.value ?? ""
        return stride(from: 0, to: base32.count, by: 4).map { start in
            let from = base32.index(base32.startIndex, offsetBy: start)
            return String(base32[from..<(base32.index(from, offsetBy: 4, limitedBy: base32.endIndex) ?? base32.endIndex)])
        }.joined(separator: " ")
    }

    /// The 6-digit code for a 30-second step (Unix seconds / 30).
    static func code(secret: String, step: Int64) -> String {
        let value = TOTP(secret: secret).compute(date: Date(timeIntervalSince1970: TimeInterval(step * stepSeconds)))
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    static func step(at epochSeconds: Int64) -> Int64 { epochSeconds / stepSeconds }

    /// The steps around `now` that `code` is the code of, latest first: usually one, none when it is wrong.
    static func steps(matching code: String, secret: String, now: Int64) -> [Int64] {
        let current = step(at: now)
        return stride(from: current + window, through: current - window, by: -1).filter {
            Tokens.constantTimeEqual(self.code(secret: secret, step: $0), code)
        }
    }

    /// What was typed in the code field, read as a 6-digit code (spaces and dashes allowed), or nil when it isn't one.
    static func typedCode(_ typed: String) -> String? {
        let digits = typed.filter { $0 != " " && $0 != "-" }
        return digits.count == 6 && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? digits : nil
    }

    // MARK: Recovery codes

    /// Letters and digits that can't be mistaken for each other (no 0/o, 1/l/i).
    private static let recoveryLetters = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// Ten new recovery codes, each 10 characters (49 bits) shown as two groups of five.
    static func newRecoveryCodes() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<recoveryCodeCount).map { _ in
            let letters = (0..<10).map { _ in recoveryLetters[Int.random(in: 0..<recoveryLetters.count, using: &generator)] }
            return String(letters[0..<5]) + "-" + String(letters[5...])
        }
    }

    /// A typed recovery code as it is hashed: lower case, without spaces or dashes.
    static func typedRecoveryCode(_ typed: String) -> String {
        String(typed.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// What the database keeps of a recovery code.
    static func hash(recoveryCode: String) -> String { Tokens.hash("recovery:" + typedRecoveryCode(recoveryCode)) }
}

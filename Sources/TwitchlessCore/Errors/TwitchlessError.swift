/// An error with a plain message for the person using Twitchless and, where there is one, what to do next.
///
/// The `code` decides the CLI exit status and the HTTP status; `message` and `fix` are shown as they are;
/// `cause` is for logs only and never shown.
public struct TwitchlessError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. A struct over a private enum, so new codes break no `switch`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case invalidInput, conflict, notFound, unavailable, internalFailure
            case badRequest, unauthorized, forbidden, tooManyRequests, payloadTooLarge
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The input could not be understood or is out of range.
        public static let invalidInput = Code(.invalidInput)
        /// The input clashes with something already stored.
        public static let conflict = Code(.conflict)
        /// The thing asked for does not exist (or belongs to someone else).
        public static let notFound = Code(.notFound)
        /// Storage or a file could not be reached.
        public static let unavailable = Code(.unavailable)
        /// Something went wrong inside Twitchless.
        public static let internalFailure = Code(.internalFailure)
        /// The request itself could not be read (malformed JSON, a form that isn't one).
        public static let badRequest = Code(.badRequest)
        /// Signing in is needed, or the session or token has expired.
        public static let unauthorized = Code(.unauthorized)
        /// The request is not allowed (a form without its CSRF token).
        public static let forbidden = Code(.forbidden)
        /// Too many attempts in a short time.
        public static let tooManyRequests = Code(.tooManyRequests)
        /// The request body is larger than the server accepts.
        public static let payloadTooLarge = Code(.payloadTooLarge)

        public var description: String { base.rawValue }
    }

    public var code: Code
    /// What happened, in plain words.
    public var message: String
    /// What to do next, if there is something to do.
    public var fix: String?
    /// The step `fix` points at, which each surface words its own way (a command, a link to a page, a field).
    public var next: NextStep?
    /// The underlying error, for logs only.
    public var cause: (any Error)?

    public init(_ code: Code, _ message: String, fix: String? = nil, next: NextStep? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.fix = fix
        self.next = next
        self.cause = cause
    }

    public static func invalidInput(_ message: String, fix: String? = nil, next: NextStep? = nil) -> TwitchlessError {
        TwitchlessError(.invalidInput, message, fix: fix, next: next)
    }

    public static func notFound(_ message: String, fix: String? = nil, next: NextStep? = nil) -> TwitchlessError {
        TwitchlessError(.notFound, message, fix: fix, next: next)
    }

    public var description: String {
        if let fix { return "\(message) \(fix)" }
        return message
    }
}

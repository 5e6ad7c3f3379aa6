import Hummingbird
import TwitchlessCore

extension FormState {
    /// The refusals a form shows at its top: input that can't be used, that clashes with what is stored, or that names
    /// something that isn't there. Everything else (a missing CSRF token, signing in, trouble on the server) goes on
    /// to the error pages.
    static let redisplayedCodes: Set<TwitchlessError.Code> = [.invalidInput, .conflict, .notFound]

    /// Does what a page form asks: `work` checks the fields and stores them, then `answer` makes the page that follows.
    /// When `work` refuses the input, answers instead with the form's page again, built by `redisplay` from what was
    /// sent and the reason, with the status the error page would have had (422, 409 or 404).
    ///
    /// `work` must store nothing before it throws, as every form's checks already ensure; errors from `answer`
    /// (after storing) go to the error pages, so a page never says "nothing was saved" when something was.
    static func submit<Saved>(
        _ fields: [String: String],
        form: String,
        _ work: () async throws -> Saved,
        then answer: (Saved) async throws -> Response,
        redisplay: (FormState) async throws -> Response
    ) async throws -> Response {
        let saved: Saved
        do {
            saved = try await work()
        } catch let error as TwitchlessError where redisplayedCodes.contains(error.code) {
            var response = try await redisplay(FormState(form: form, fields: fields, error: error))
            response.status = Problem.status(for: error.code)
            return response
        }
        return try await answer(saved)
    }
}

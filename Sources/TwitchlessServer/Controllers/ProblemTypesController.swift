import Hummingbird
import TwitchlessCore
import TwitchlessReports

/// The pages behind the `type` of the API's problem documents (RFC 9457): what each kind of problem means and what to
/// do about it. Open to everyone, like the documents that link to them.
struct ProblemTypesController {
    struct ProblemType {
        let code: TwitchlessError.Code
        let meaning: String
        let action: String
    }

    static let types: [ProblemType] = [
        .init(
            code: .badRequest,
            meaning: "The request itself could not be read: the body is not the JSON object or form the route takes, or a header is malformed.",
            action: "Send a JSON object with the fields the OpenAPI document lists for the route."
        ),
        .init(
            code: .invalidInput,
            meaning: "The request was read, but a value is missing, unknown or out of range. The detail says which.",
            action: "Correct the value the detail names and send the request again. Nothing was stored."
        ),
        .init(
            code: .unauthorized,
            meaning: "The request needs a signed-in person: no API token was sent, or it was revoked.",
            action: "Send Authorization: Bearer YOUR_TOKEN with a token from Settings, API tokens."
        ),
        .init(
            code: .forbidden,
            meaning: "The request is not allowed, for example a form sent without its security token.",
            action: "Reload the page the form is on and try again."
        ),
        .init(
            code: .notFound,
            meaning: "There is nothing at this address for you. Other people's data is never shown, so their ids are not found either.",
            action: "Check the id, for example by listing your own entries first."
        ),
        .init(
            code: .conflict,
            meaning: "The request clashes with something already stored, for example an Idempotency-Key used for a different request.",
            action: "Use a new Idempotency-Key for a new request, or read what is stored first."
        ),
        .init(
            code: .payloadTooLarge,
            meaning: "The request body is larger than this server accepts.",
            action: "Send a smaller body. For large Apple Health exports, import the zip from the Import page or the command line."
        ),
        .init(
            code: .tooManyRequests,
            meaning: "Too many attempts in a short time, for example signing in.",
            action: "Wait a few minutes, then try again."
        ),
        .init(
            code: .unavailable,
            meaning:
                "The database could not be reached, so nothing was changed; or it stopped answering while a change was being saved, and the detail says it may or may not have been saved.",
            action:
                "Try again after the seconds in the Retry-After header. A POST sent again with the same Idempotency-Key is safe either way: it is done once, and if the first attempt was saved you get its answer."
        ),
        .init(
            code: .internalFailure,
            meaning: "Something went wrong on the server, so nothing was changed.",
            action: "Try again. If it keeps happening, tell the person who runs this server, with the request id from the response's headers."
        ),
    ]

    /// "invalid-input" for `invalidInput`: the last part of a problem type's address.
    static func slug(_ code: TwitchlessError.Code) -> String {
        code.description.reduce(into: "") { slug, character in
            if character.isUppercase { slug += "-" + character.lowercased() } else { slug.append(character) }
        }
    }

    /// The `type` of a problem document: a relative reference, so it resolves to this page on whichever server answered.
    static func typeReference(_ code: TwitchlessError.Code) -> String { "/problems/\(slug(code))" }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/problems", use: list)
        router.get("/problems/:type", use: page)
    }

    func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let items = Self.types.map { type -> HTML in
            "<li><a href=\"\(Self.typeReference(type.code))\">\(Problem.status(for: type.code).reasonPhrase)</a>"
                + "<span class=\"hint\">\(type.meaning)</span></li>"
        }
        let body: HTML =
            "<h1>API problems</h1><p>When the JSON API can't do what was asked, it answers with a problem document "
            + "(<code>application/problem+json</code>) whose <code>type</code> is one of these pages. Its <code>detail</code> says "
            + "what happened in plain words, and <code>fix</code> what to do next.</p><ul class=\"links\">" + items.joined() + "</ul>"
        return Pages.page("API problems", context: context, body: body)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("type")
        guard let type = Self.types.first(where: { Self.slug($0.code) == slug }) else {
            throw TwitchlessError.notFound("There is no problem type \"\(slug)\".", fix: "See the list of problem types at /problems.")
        }
        let status = Problem.status(for: type.code)
        let body: HTML =
            "<p><a href=\"/problems\">All problem types</a></p><h1>\(status.reasonPhrase)</h1>"
            + "<p>HTTP status \(status.code).</p><p>\(type.meaning)</p><h2>What to do</h2><p>\(type.action)</p>"
        return Pages.page(status.reasonPhrase, context: context, body: body)
    }
}

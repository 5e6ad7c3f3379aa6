import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// The guide's topics, every point with its source; and More, the pages that don't fit in the main navigation.
struct GuideController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/guide", use: topics)
        router.get("/guide/:topic", use: topic)
        router.get("/more", use: more)
    }

    func topics(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let body: HTML =
            "<h1>Guide</h1><p>Short, plain topics from Twitchless's sources. Every point names its source.</p><ul class=\"links\">"
            + Guide.topics.map { "<li><a href=\"/guide/\($0.id)\">\($0.title)</a></li>" }.joined() + "</ul>"
        return Pages.page("Guide", context: context, current: "/guide", body: body)
    }

    func topic(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let id = try context.parameters.require("topic").lowercased()
        guard Guide.topics.contains(where: { $0.id == id }) else {
            throw TwitchlessError.notFound("There is no guide topic \"\(id)\".", fix: "See the list of topics on the Guide page.")
        }
        let found = try Guide(library: person.reference, targets: try person.targets(on: person.today)).topic(id)
        var body: HTML = "<p><a href=\"/guide\">All topics</a></p><h1>\(found.title)</h1>"
        if id == "doctor" {
            body += "<p><strong>If something feels like an emergency, call your local emergency number first.</strong></p>"
        }
        body +=
            "<ul>"
            + found.points.map {
                "<li><p>\($0.text)\($0.next.flatMap(NextStepLink.link).map { " <a href=\"\($0.path)\">\($0.text)</a>" } ?? "")</p><p class=\"source\">Source: \(SourceLinks.html($0.source))</p></li>"
            }.joined() + "</ul>"
        if id == "evidence" || id == "magnesium" {
            body +=
                "<p>To find out whether magnesium helps you, keep logging your days and episodes: a day with no twitches is information too. The <a href=\"/trial\">trial</a> can test it.</p>"
        }
        return Pages.page(found.title, context: context, current: "/guide", body: body)
    }

    func more(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let body: HTML =
            "<h1>More</h1><ul class=\"links\">"
            + Layout.more.map { "<li><a href=\"\($0.path)\">\($0.label)</a><span class=\"hint\">\($0.hint)</span></li>" }
            .joined() + "</ul>"
        return Pages.page("More", context: context, current: "/more", body: body)
    }
}

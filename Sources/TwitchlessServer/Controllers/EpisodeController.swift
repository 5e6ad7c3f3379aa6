import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// One episode on the web: change it, say a cramp has stopped, undo a one-tap log, delete it (after asking once).
struct EpisodeController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/episodes/:id/edit", use: editPage)
        router.post("/episodes/:id", use: save)
        router.post("/episodes/:id/stop", use: stop)
        router.post("/episodes/:id/undo", use: undo)
        router.get("/episodes/:id/delete", use: confirmDelete)
        router.post("/episodes/:id/delete", use: delete)
    }

    func editPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await EpisodeList.episode(id: try context.recordID(), context: person)
        return render(stored, person: person, context: context, failed: nil)
    }

    func render(_ stored: StoredEpisode, person: AppContext, context: AppRequestContext, failed: FormState?) -> Response {
        Pages.page(
            "Change an episode",
            context: context,
            body: EpisodePage.editForm(
                stored,
                now: person.clock.timestamp(person.now),
                today: person.today,
                csrf: context.csrfToken,
                failed: failed
            )
        )
    }

    func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let id: EpisodeID = try context.recordID()
        let stored = try await EpisodeList.episode(id: id, context: person)
        return try await FormState.submit(form, form: "edit") {
            try await EpisodeEditing.edit(id, try Self.changes(form, stored: stored.episode), context: person)
        } then: { outcome in
            .redirect(to: "/days/\(outcome.stored.episode.localDate)?saved=\(outcome.isChanged ? "episode" : "nothing")", type: .normal)
        } redisplay: { failed in
            render(stored, person: person, context: context, failed: failed)
        }
    }

    /// The edit form's fields as changes: every field is sent, so an emptied one clears its detail.
    static func changes(_ form: [String: String], stored: Episode) throws -> EpisodeEditing.Changes {
        func scale(_ key: String, _ name: String) throws -> EpisodeEditing.Change<Int> {
            try InputText.whole(form[key], name).map { .set($0) } ?? .clear
        }
        var changes = EpisodeEditing.Changes()
        changes.site = form.given("site")
        changes.kind = form.given("kind")
        changes.at = try WhenField.read(form, current: stored.startedAt)
        changes.intensity = try scale("intensity", "Intensity")
        changes.pain = try scale("pain", "Pain")
        changes.durationSeconds = try form.given("duration").map { .set(try DurationText.parseSeconds($0)) } ?? .clear
        changes.note = form.given("note").map { .set($0) } ?? .clear
        return changes
    }

    func stop(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let outcome = try await EpisodeEditing.stop(try context.recordID(), context: person)
        let seconds = outcome.stored.episode.durationSeconds ?? 0
        return .redirect(to: "/?stopped=\(seconds)", type: .normal)
    }

    func undo(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        _ = try await EpisodeRemoval.remove(.id(try context.recordID()), context: person)
        return .redirect(to: "/?undone=1", type: .normal)
    }

    func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await EpisodeList.episode(id: try context.recordID(), context: person)
        return Pages.page(
            "Delete this episode?",
            context: context,
            body: EpisodePage.confirmDelete(stored, today: person.today, csrf: context.csrfToken)
        )
    }

    func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let outcome = try await EpisodeRemoval.remove(.id(try context.recordID()), context: person)
        let date = outcome.removed.first?.localDate ?? person.today
        return .redirect(to: "/days/\(date)?saved=deleted", type: .normal)
    }
}

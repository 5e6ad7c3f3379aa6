import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

extension AccountController {
    /// The reminders section of Settings for the signed-in person.
    func reminders(context: AppRequestContext, saved: Bool = false, failed: FormState? = nil) async throws -> HTML {
        let person = try await context.person(store)
        return RemindersSection.render(
            try await ReminderSetup.overview(context: person),
            mailEnabled: settings.mail != nil,
            csrf: context.csrfToken,
            saved: saved,
            failed: failed,
            clock: person.clock,
            today: person.today
        )
    }

    func saveReminders(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let setup = ReminderSetup.Request(
            times: [.checkIn: form["check_in_at"] ?? "", .magnesium: form["magnesium_at"] ?? "", .trial: form["trial_at"] ?? ""],
            magnesiumFollowsPlan: form["magnesium_follows_plan"] == "yes",
            quietStart: form["quiet_start"],
            quietEnd: form["quiet_end"],
            email: form["email"]
        )
        return try await FormState.submit(form, form: "reminders") {
            try await ReminderSetup.save(setup, context: person)
        } then: { _ in
            .redirect(to: "/settings?reminders=saved#reminders", type: .found)
        } redisplay: { failed in
            let tokens = try await store.accounts { try await $0.apiTokens(userID: user.id) }
            return Pages.page(
                "Settings",
                context: context,
                current: "/settings",
                body: SettingsPage.render(
                    user: user,
                    tokens: tokens,
                    csrf: context.csrfToken,
                    created: nil,
                    theme: context.theme,
                    reminders: try await reminders(context: context, failed: failed)
                )
            )
        }
    }
}

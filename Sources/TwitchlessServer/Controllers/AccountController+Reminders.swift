import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

extension AccountController {
    /// The Settings page: what was just made, the form that was refused, and what was just saved.
    func settingsResponse(
        user: User,
        context: AppRequestContext,
        created: SettingsPage.Created? = nil,
        tokenFailed: FormState? = nil,
        remindersFailed: FormState? = nil,
        savedAppearance: Bool = false,
        savedReminders: Bool = false,
        passwordFailed: FormState? = nil,
        twoFactorFailed: FormState? = nil,
        notice: AccountSection.Notice? = nil,
        twoFactorNotice: TwoFactorSection.Notice? = nil
    ) async throws -> Response {
        let tokens = try await store.accounts { try await $0.apiTokens(userID: user.id) }
        let now = store.clock.epochSeconds
        let session = context.sessionHash
        let others = try await store.accountsLookup { try await $0.otherSessionCount(userID: user.id, besides: session, now: now) }
        let people = user.isAdmin ? try await store.accountsLookup { try await $0.users() } : []
        let withTwoFactor = user.isAdmin ? try await store.accountsLookup { try await $0.usersWithTwoFactor() } : []
        let twoFactor = TwoFactorSection.render(
            try await twoFactorStatus(user),
            csrf: context.csrfToken,
            failed: twoFactorFailed,
            notice: twoFactorNotice
        )
        return Pages.page(
            "Settings",
            context: context,
            current: "/settings",
            body: SettingsPage.render(
                user: user,
                tokens: tokens,
                csrf: context.csrfToken,
                created: created,
                failed: tokenFailed,
                theme: context.theme,
                savedAppearance: savedAppearance,
                reminders: try await reminders(context: context, saved: savedReminders, failed: remindersFailed),
                account: AccountSection.render(
                    user: user,
                    otherSessions: others,
                    csrf: context.csrfToken,
                    failed: passwordFailed,
                    notice: notice,
                    twoFactor: twoFactor
                ),
                people: user.isAdmin
                    ? AccountSection.people(people, viewer: user, withTwoFactor: withTwoFactor, csrf: context.csrfToken) : "",
                leaving: LeavingSection.render(user: user, people: people, backups: settings.backups, csrf: context.csrfToken)
            )
        )
    }

    /// The reminders section of Settings for the signed-in person.
    func reminders(context: AppRequestContext, saved: Bool = false, failed: FormState? = nil) async throws -> HTML {
        let person = try await context.person(store)
        return RemindersSection.render(
            try await ReminderSetup.overview(context: person),
            mailEnabled: settings.mail != nil,
            pushKey: try await push.vapid().publicKey,
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
            try await settingsResponse(user: user, context: context, remindersFailed: failed)
        }
    }

    /// A browser turning notifications on: its push address and keys, checked before they are kept.
    func subscribe(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let policy = PushEndpointPolicy(allowed: settings.pushAllowed)
        _ = try await PushSubscribing.save(
            endpoint: form["endpoint"],
            p256dh: form["p256dh"],
            auth: form["auth"],
            check: { endpoint, p256dh, auth throws(TwitchlessError) in
                _ = try policy.check(endpoint)
                guard let key = Base64URL.decode(p256dh), WebPushEncryption.isPublicKey(key) else {
                    throw .invalidInput("The browser's notification key is not a valid key.", fix: "Please turn notifications on again.")
                }
                guard Base64URL.decode(auth)?.count == 16 else {
                    throw .invalidInput("The browser's notification secret is not 16 bytes.", fix: "Please turn notifications on again.")
                }
            },
            context: try await context.person(store)
        )
        return .redirect(to: "/settings?push=on#push", type: .found)
    }

    func unsubscribe(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        try await PushSubscribing.remove(endpoint: form["endpoint"], context: try await context.person(store))
        return .redirect(to: "/settings?push=off#push", type: .found)
    }
}

package import Foundation
package import TwitchlessCore
package import TwitchlessStore

/// One pass over everyone's reminders: which are due now, each to every place it goes (each browser subscribed, and
/// the email address when the server can send email). Sending, and the claims that make each go out once, are the
/// server's; this only says what is due.
package enum ReminderRound {
    /// One reminder to one place.
    package struct Due: Sendable, Equatable {
        package var delivery: ReminderDelivery
        /// The push subscription it goes to (for push).
        package var subscription: PushSubscription?
        /// The address it goes to (for email).
        package var email: String?
    }

    /// What is due at `now` for everyone with reminders. One person's failure to load is skipped, not fatal.
    package static func due(
        store: TwitchlessStore,
        now: Date,
        channels: Set<String>,
        plan: ReminderPlan = ReminderPlan()
    )
        async throws(TwitchlessError) -> [Due]
    {
        let owners = try await store.accounts { try await $0.ownersWithReminders() }
        var due: [Due] = []
        for owner in owners {
            guard let context = try? await AppContext.forOwner(owner, store: store, now: now) else { continue }
            due += (try? await self.due(context: context, channels: channels, plan: plan)) ?? []
        }
        return due
    }

    /// What is due now for one person.
    /// `channels` are the ways this server can send: "push", "email".
    package static func due(context: AppContext, channels: Set<String>, plan: ReminderPlan = ReminderPlan()) async throws(TwitchlessError) -> [Due] {
        let today = context.today
        let (settings, log, supplements, trials, subscriptions) = try await context.read { session in
            (
                try await session.reminderSettings(), try await session.ownDayLog(on: today),
                try await session.supplementTotals(in: today...today), try await session.trials(),
                try await session.pushSubscriptions()
            )
        }
        guard let settings else { return [] }
        let wantsMagnesium = settings.times[.magnesium] != nil || settings.magnesiumFollowsPlan
        let day = ReminderPlan.Day(
            isCheckedIn: log?.isTracked ?? false,
            hasSupplement: (supplements[today]?.micrograms ?? 0) > 0,
            isTrialDay: trials.contains { $0.isRunning(on: today) },
            plannedMagnesium: wantsMagnesium ? try await ReminderSetup.plannedMagnesium(context: context, on: today) : nil
        )
        let kinds = plan.due(settings, day: day, secondsOfDay: context.clock.timestamp(context.now).secondsOfDay)
        var due: [Due] = []
        for kind in kinds {
            for subscription in subscriptions where channels.contains("push") {
                let delivery = ReminderDelivery(owner: context.owner, kind: kind, date: today, channel: "push", target: subscription.id.rawValue)
                due.append(Due(delivery: delivery, subscription: subscription))
            }
            if channels.contains("email"), let email = settings.email {
                due.append(
                    Due(delivery: ReminderDelivery(owner: context.owner, kind: kind, date: today, channel: "email", target: email), email: email)
                )
            }
        }
        return due
    }

    /// A delivery to try again: its subscription or address as stored now (nil when the subscription is gone).
    package static func retry(_ delivery: ReminderDelivery, store: TwitchlessStore) async throws(TwitchlessError) -> Due? {
        if delivery.channel == "email" { return Due(delivery: delivery, email: delivery.target) }
        let subscriptions = try await store.read(delivery.owner) { try await $0.pushSubscriptions() }
        return subscriptions.first { $0.id.rawValue == delivery.target }.map { Due(delivery: delivery, subscription: $0) }
    }
}

import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// The reminders on Settings: a time for each (empty is off), the magnesium one at the planner's time, quiet hours,
/// the email address, and how the last week's reminders went.
enum RemindersSection {
    static func render(
        _ overview: ReminderSetup.Overview,
        mailEnabled: Bool,
        pushKey: String,
        csrf: String?,
        saved: Bool,
        failed: FormState?,
        clock: ZonedClock,
        today: LocalDate
    ) -> HTML {
        let failed = failed?.matching("reminders")
        let settings = overview.settings
        func timeText(_ seconds: Int?) -> String { seconds.map { Timestamp.clockText(secondsOfDay: $0) } ?? "" }
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"reminders\"><h2 id=\"reminders\">Reminders</h2>"
            + "<p>A reminder comes once a day at its time, and not at all when you have already done it that day.</p>"
        if saved { html += "<p class=\"message\" role=\"status\">Your reminders are saved.</p>" }
        html += "<form method=\"post\" action=\"/settings/reminders\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        html += Pages.field(
            "check_in_at",
            label: "Check-in reminder",
            hint: "The time to be reminded to check in. Empty: no reminder.",
            type: "time",
            value: timeText(settings.times[.checkIn]),
            failed: failed
        )
        let planned = overview.plannedMagnesium.map { " (today \(Timestamp.clockText(secondsOfDay: $0)))" } ?? ""
        html +=
            "<fieldset><legend>Magnesium reminder</legend>"
            + "<label class=\"choice\"><input type=\"checkbox\" name=\"magnesium_follows_plan\" value=\"yes\"\(HTML.trusted(settings.magnesiumFollowsPlan ? " checked" : ""))>"
            + "<span>At the time planned around your medicines\(planned)</span></label>"
            + Pages.field(
                "magnesium_at",
                label: "Or at this time",
                hint: "Only on days magnesium is planned for you. Empty: no reminder, unless the box above is ticked.",
                type: "time",
                value: timeText(settings.times[.magnesium]),
                failed: failed
            ) + "</fieldset>"
        html += Pages.field(
            "trial_at",
            label: "Trial reminder",
            hint: "On the days of a trial: a reminder to see what to take. Empty: no reminder.",
            type: "time",
            value: timeText(settings.times[.trial]),
            failed: failed
        )
        html +=
            "<fieldset><legend>Quiet hours</legend><p class=\"hint\">Nothing is sent in them; a reminder due then comes when they end.</p><div class=\"date-pair\">"
            + "<p>" + Pages.field("quiet_start", label: "From", type: "time", value: timeText(settings.quietStart), failed: failed) + "</p>"
            + "<p>" + Pages.field("quiet_end", label: "To", type: "time", value: timeText(settings.quietEnd), failed: failed) + "</p>"
            + "</div></fieldset>"
        html += Pages.field(
            "email",
            label: "Email address for reminders (optional)",
            hint: mailEnabled
                ? "Reminders also go to this address. They say only what the reminder is for."
                : "This server is not set up to send email, so reminders can't go by email here yet.",
            type: "email",
            value: settings.email ?? "",
            attributes: "maxlength=\"254\" autocomplete=\"email\"",
            failed: failed
        )
        html += "<p><button type=\"submit\">Save the reminders</button></p></form>"
        html += push(overview.subscriptions, key: pushKey, csrf: csrf, today: today)
        html += history(overview.sends, today: today, clock: clock)
        return html + "</section>"
    }

    /// How the last week's reminders went, newest first: failures say why and when they are tried again.
    static func history(_ sends: [ReminderSend], today: LocalDate, clock: ZonedClock) -> HTML {
        guard !sends.isEmpty else { return "" }
        var html: HTML = "<h3>The last seven days</h3><ul class=\"entries\">"
        for send in sends.prefix(20) {
            let place = send.channel == "email" ? "by email to \(send.target)" : "to a browser"
            let when = DayText.relative(send.date, today: today)
            let status: String =
                switch send.status {
                case "sent": "sent \(place)"
                case "sending": "being sent \(place)"
                case "failed":
                    "not sent yet \(place): \(send.lastError ?? "it failed"). It is tried again"
                        + (send.nextAttemptAt.map { " at " + clock.timestamp(epochSeconds: $0).clockText } ?? " soon") + "."
                default: "not sent \(place): \(send.lastError ?? "it failed"). It was tried \(send.attempts) times."
                }
            html += "<li><span>\(send.kind.displayName) reminder, \(when): \(status)</span></li>"
        }
        return html + "</ul>"
    }

    /// Notifications: the browsers that get them, each with Stop, and a button (shown by the script where the browser
    /// can take them) to turn them on here.
    static func push(_ subscriptions: [PushSubscription], key: String, csrf: String?, today: LocalDate) -> HTML {
        var html: HTML =
            "<h3 id=\"push\">Notifications</h3>"
            + "<p class=\"hint\" data-push-hint>Reminders can also come as notifications to a phone or computer. That needs a browser that takes them, with this site opened over a secure (https) address, and JavaScript on.</p>"
            + "<p><button type=\"button\" class=\"secondary\" data-push-subscribe=\"\(key)\" hidden>Turn on notifications in this browser</button></p>"
        if !subscriptions.isEmpty {
            html += "<ul class=\"entries\">"
            for subscription in subscriptions {
                let since = String(subscription.createdAt.prefix(10))
                let date = LocalDate(iso: since).map { DayText.relative($0, today: today) } ?? since
                let host = URL(string: subscription.endpoint)?.host ?? "a push service"
                html +=
                    "<li><span>A browser, through \(host), since \(date)</span><form method=\"post\" action=\"/settings/push/remove\" class=\"inline\">"
                    + "\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"endpoint\" value=\"\(subscription.endpoint)\">"
                    + "<button type=\"submit\" class=\"secondary\">Stop</button></form></li>"
            }
            html += "</ul>"
        }
        return html
    }
}

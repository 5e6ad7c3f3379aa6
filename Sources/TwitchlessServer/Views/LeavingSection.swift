import TwitchlessApp
import TwitchlessReports
import TwitchlessStore

/// "Your data and your account" in Settings: the last offer to download everything, then deleting the account (or,
/// for the owner, handing the server on or erasing it), each with a typed confirmation and plain words about backups.
enum LeavingSection {
    static func render(user: User, people: [User], backups: ServerBackups?, csrf: String?) -> HTML {
        let others = people.filter { $0.id != user.id }
        let backupWords = Leaving.backupWords(backups)
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"leave\"><h2 id=\"leave\">Your data and your account</h2>"
            + "<p>Your data is yours. <a href=\"/export/all.zip\" download>Download all your data</a>: a backup you can restore here or on another server, the CSV files, a FHIR bundle and the doctor report, in one zip.</p>"
        if !user.isOwner {
            html +=
                "<h3 id=\"delete-account\">Delete my account</h3>"
                + "<p>This erases your account and everything you have logged from this server, now. It can't be undone, so download your data first if you may want it. \(backupWords)</p>"
                + "<form method=\"post\" action=\"/settings/account/delete\">\(HTML.csrfField(csrf))"
                + Pages.field(
                    "confirm",
                    id: "delete-confirm",
                    label: "To confirm, type your email address, \(user.email)",
                    type: "email",
                    attributes: "autocomplete=\"off\" required"
                )
                + "<p><button type=\"submit\" class=\"secondary\">Delete my account and my data</button></p></form>"
            return html + "</section>"
        }
        if !others.isEmpty {
            let options = others.map { person -> HTML in "<option value=\"\(person.id.rawValue)\">\(person.displayName) (\(person.email))</option>" }
            html +=
                "<h3 id=\"hand-over\">Hand this server to someone else</h3>"
                + "<p>You own this server. To delete your own account, first make another person the owner: they can then invite, make admins and remove people. You keep your account and your data until you delete them.</p>"
                + "<form method=\"post\" action=\"/settings/owner\">\(HTML.csrfField(csrf))"
                + "<label for=\"new-owner\">The new owner</label><select id=\"new-owner\" name=\"to\" required>\(options.joined())</select>"
                + "<p><button type=\"submit\" class=\"secondary\">Make them the owner</button></p></form>"
        }
        html +=
            "<h3 id=\"erase-server\">Erase the whole server</h3>"
            + "<p>This erases every account and everything everyone has logged on this server, yours too, now; the server then starts again at its first page. It can't be undone. \(backupWords)</p>"
            + "<form method=\"post\" action=\"/settings/erase\">\(HTML.csrfField(csrf))"
            + Pages.field(
                "confirm",
                id: "erase-confirm",
                label: "To confirm, type \(Leaving.eraseEverythingPhrase)",
                attributes: "autocomplete=\"off\" required"
            )
            + "<p><button type=\"submit\" class=\"secondary\">Erase everything on this server</button></p></form>"
        return html + "</section>"
    }

    /// The owner's "Remove access" for one person: a typed confirmation of their email.
    static func removeForm(_ person: User, csrf: String?) -> HTML {
        "<details><summary>Remove access</summary>"
            + "<p>This erases \(person.displayName)\u{2019}s account and everything they have logged, now; you never see it. Ask them to download their data first.</p>"
            + "<form method=\"post\" action=\"/settings/people/\(person.id.rawValue)/remove\">\(HTML.csrfField(csrf))"
            + Pages.field(
                "confirm",
                id: "remove-\(person.id.rawValue)",
                label: "To confirm, type their email address, \(person.email)",
                type: "email",
                attributes: "autocomplete=\"off\" required"
            )
            + "<p><button type=\"submit\" class=\"secondary\">Remove \(person.displayName) and their data</button></p></form></details>"
    }
}

import Foundation
import TwitchlessCore
import TwitchlessReports

/// A next step in the web app's words: a link to the page where it is done.
enum NextStepLink {
    /// The page's path and the link's words ("Open Notices"), or nil for a step the web app has no page for.
    static func link(_ step: NextStep) -> (path: String, text: String)? {
        switch step {
        case .markTalkedToDoctor, .markGotHelp, .seeNotices: ("/notices", "Open Notices")
        case .editProfile: ("/profile", "Open Profile")
        case .seeMagnesiumForms, .seeMagnesiumFoods, .seeMagnesiumSchedule, .addProduct, .seeProducts: ("/magnesium", "Open Magnesium")
        case .addMedicine, .seeMedicines: ("/medicines", "Open Medicines")
        case .searchFoods(let query):
            (query.map { "/log?food=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? "/log", "Open Log")
        case .seeDay(let date): ("/days/\(date)", "Open that day")
        case .checkIn(let date?): ("/days/\(date)#check-in", "Check in for that day")
        case .checkIn(nil), .seeSymptoms: ("/log", "Open Log")
        case .designTrial, .seeTrialReport: ("/trial", "Open Trial")
        case .give(.symptom, _): ("/log", "Open Log")
        case .importSkippingUnknownUnits, .importReplacing, .chooseDatabase, .give, .removeEpisode, .removeSupplementIntake: nil
        }
    }

    /// The fix as HTML: its words, then the link to the page that does it.
    static func fixHTML(_ fix: String?, next: NextStep?) -> HTML {
        let link = next.flatMap(link)
        guard fix != nil || link != nil else { return "" }
        var html: HTML = "<p>" + HTML.text(fix ?? "")
        if let link { html += (fix == nil ? "" : " ") + "<a href=\"\(link.path)\">\(link.text)</a>" }
        return html + "</p>"
    }
}

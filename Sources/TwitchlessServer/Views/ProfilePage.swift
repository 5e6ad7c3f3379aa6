import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// The profile: what sets the reference values, with the values it gives and the notices they bring.
enum ProfilePage {
    static func render(
        profile: Profile,
        targets: IntakeTargets,
        notices: [Notice],
        zone: String,
        kidneyAgreement: LocalDate?,
        emergency: EmergencyContact = .unknown,
        countryName: String? = nil,
        directory: EmergencyDirectory,
        csrf: String?,
        message: String?,
        failed: FormState? = nil
    ) -> HTML {
        let failed = failed?.matching("profile")
        var html = notices.filter { $0.severity == .emergency }.map(Pages.notice).joined()
        html += "<h1>Profile</h1>" + Pages.message(message)
        html += "<section class=\"card\" aria-labelledby=\"values\"><h2 id=\"values\">Your reference values</h2>"
        if let recommended = targets.recommended {
            let kind = recommended.kind == .rda ? "Recommended Dietary Allowance (RDA)" : "Adequate Intake (AI)"
            html += "<p>Your magnesium \(kind): \(recommended.text) a day, from all sources (\(recommended.lifeStage)).</p>"
            if recommended.single == nil {
                html += "<p class=\"muted\">Your sex isn't set, so both values are shown; suggestions use the higher one.</p>"
            }
        } else {
            html += "<p>Add your birth date or year to see your recommended intake.</p>"
        }
        switch targets.upperLimit {
        case .established(let limit, let body, _):
            html +=
                "<p>Upper limit for supplements: \(limit.rounded) mg a day, set by the \(body.displayName). It counts supplements and magnesium medicines such as antacids and laxatives, never food.</p>"
        case .notEstablished(let body, _):
            html +=
                "<p>Upper limit for supplements: the \(body.displayName) sets none for your life stage. Supplements are for a doctor to decide.</p>"
        case .unknown:
            break
        }
        html += "</section>" + notices.filter { $0.severity != .emergency }.map(Pages.notice).joined()
        html +=
            "<form method=\"post\" action=\"/profile\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.field(
                "birth",
                label: "Birth date or year",
                hint: "Like 1988-04-02, or just 1988.",
                value: profile.birth?.text ?? "",
                attributes: "maxlength=\"10\" inputmode=\"numeric\"",
                failed: failed
            )
            + Pages.select(
                "sex",
                label: "Sex",
                hint: "Unspecified shows both reference values as a range.",
                options: [("unspecified", "Unspecified"), ("female", "Female"), ("male", "Male")],
                selected: profile.sex.rawValue,
                failed: failed
            )
            + Pages.select(
                "pregnancy",
                label: "Pregnancy or breastfeeding",
                options: [("none", "Neither"), ("pregnant", "Pregnant"), ("breastfeeding", "Breastfeeding")],
                selected: profile.reproductiveStatus.rawValue,
                failed: failed
            )
            + Pages.select(
                "kidney",
                label: "Kidney disease",
                hint: "It changes the advice about supplements.",
                options: [("none", "No"), ("yes", "Yes"), ("dialysis", "Yes, on dialysis"), ("not_sure", "Not sure")],
                selected: profile.kidneyDisease.rawValue,
                failed: failed
            )
        // The doctor's agreement is asked for with kidney disease, stored or just chosen, and kept when it was sent.
        let chosenKidney = failed.flatMap { Profile.KidneyStatus(rawValue: $0.value(for: "kidney")) }
        if profile.kidneyDisease.needsDoctorForSupplements || chosenKidney?.needsDoctorForSupplements == true
            || failed?.fields["kidney_doctor_agreed"] != nil
        {
            html += Pages.field(
                "kidney_doctor_agreed",
                label: "The day your doctor agreed to magnesium (optional)",
                hint: "Only when they have: it unlocks the trial's magnesium periods.",
                type: "date",
                value: kidneyAgreement?.description ?? "",
                failed: failed
            )
        }
        html +=
            Pages.select(
                "time_zone",
                label: "Time zone",
                hint: "Where you are: it decides which day an entry belongs to."
                    + (profile.timeZone == nil ? " Not chosen yet: this device's time zone is picked for you." : ""),
                options: ZoneChoices.zones(directory),
                selected: zone,
                failed: failed,
                attributes: profile.timeZone == nil && failed == nil ? " data-device-default" : ""
            )
            + Pages.select(
                "country",
                label: "Country (optional)",
                hint: "For the emergency number. Emergency advice says to call \(emergency.spoken).",
                options: [("", "The time zone's country" + (profile.country == nil ? countryName.map { " (now \($0))" } ?? "" : ""))]
                    + ZoneChoices.countries(directory),
                selected: profile.country ?? "",
                failed: failed
            )
            + Pages.select(
                "upper_limit",
                label: "Whose upper limit to use",
                options: [("us", "US (IOM)"), ("eu", "EU (EFSA)")],
                selected: profile.upperLimitBody.rawValue,
                failed: failed
            )
            + "<p><button type=\"submit\">Save the profile</button></p></form>"
        return html
    }
}

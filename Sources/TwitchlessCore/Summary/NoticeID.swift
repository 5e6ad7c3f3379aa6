/// The id of a notice the app raises from `notices.csv`: a named constant, so a misspelt id fails to build instead of
/// silently dropping a notice. `ReferenceDataTests` checks that every one of `all` has its row.
public struct NoticeID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    private init(_ rawValue: String) { self.rawValue = rawValue }

    public static let doseOverUL = NoticeID("dose_over_ul")
    public static let doseOverAnyUL = NoticeID("dose_over_any_ul")
    public static let kidneyDisease = NoticeID("kidney_disease")
    public static let kidneyDiseaseDialysis = NoticeID("kidney_disease_dialysis")
    public static let kidneyDiseaseNotSure = NoticeID("kidney_disease_not_sure")
    public static let infantNoSupplements = NoticeID("infant_no_supplements")
    public static let youngChildNoSupplementPlanning = NoticeID("young_child_no_supplement_planning")
    public static let profileNeedsBirth = NoticeID("profile_needs_birth")
    public static let tablesEndAt50 = NoticeID("tables_end_at_50")
    public static let diarrhoeaDose = NoticeID("diarrhoea_dose")
    public static let foodFirst = NoticeID("food_first")
    public static let emergencyFollowUp = NoticeID("emergency_follow_up")
    public static let medicineUnknown = NoticeID("medicine_unknown")
    public static let medicineBrand = NoticeID("medicine_brand")
    public static let medicineBrandCombination = NoticeID("medicine_brand_combination")

    /// Every id the app raises.
    public static let all: [NoticeID] = [
        doseOverUL, doseOverAnyUL, kidneyDisease, kidneyDiseaseDialysis, kidneyDiseaseNotSure, infantNoSupplements,
        youngChildNoSupplementPlanning, profileNeedsBirth, tablesEndAt50, diarrhoeaDose, foodFirst, emergencyFollowUp,
        medicineUnknown, medicineBrand, medicineBrandCombination,
    ]

    public var description: String { rawValue }
}

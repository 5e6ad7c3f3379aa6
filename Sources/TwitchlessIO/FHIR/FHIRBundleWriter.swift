import TwitchlessCore

/// Writes a FHIR R4 `Bundle` of type `collection` (JSON) from an export: a minimal Patient, episodes and day factors
/// as Observations, supplements and medicines as MedicationStatements, active red flags as Flags, and trial results.
///
/// Never a diagnosis: Observations are what the person logged, Flags carry the sources' advice in plain words.
/// Resource ids are name-based UUIDs of what each record is (`StableID`), so the same data and `now` give the same bytes.
public struct FHIRBundleWriter: Sendable {
    public var codes: FHIRCodeBook
    public var ids: StableID

    public init(codes: FHIRCodeBook, ids: StableID) {
        self.codes = codes
        self.ids = ids
    }

    /// The bundle's JSON text.
    public func write(_ export: FHIRExport) -> String { bundle(export).text }

    /// The bundle as a JSON value.
    public func bundle(_ export: FHIRExport) -> JSONValue {
        let patient = patientResource(export.profile)
        var resources: [JSONValue] = [patient]
        resources += export.episodes.sorted {
            ($0.startedAt, $0.site.rawValue, $0.kind.rawValue) < ($1.startedAt, $1.site.rawValue, $1.kind.rawValue)
        }
        .map(episodeObservation)
        for day in export.days.sorted(by: { $0.date < $1.date }) { resources += dayObservations(day) }
        resources += export.supplements.sorted { SupplementProduct.nameKey($0.product.name) < SupplementProduct.nameKey($1.product.name) }
            .compactMap { supplementStatement($0, dates: export.dates) }
        resources += export.medicines.sorted { Medicine.nameKey($0.medicine.name) < Medicine.nameKey($1.medicine.name) }
            .map { medicineStatement($0, dates: export.dates) }
        resources += export.redFlags.map { flagResource($0) }
        resources += export.trials.sorted { $0.design.startDate < $1.design.startDate }.map { trialObservation($0, today: export.now.localDate) }
        let now = Timestamp(epochSeconds: export.now.epochSeconds, utcOffsetSeconds: 0).iso8601
        return [
            "resourceType": "Bundle",
            "id": .string(ids.uuid("bundle/\(export.dates.lowerBound)/\(export.dates.upperBound)")),
            "meta": ["lastUpdated": .string(now)],
            "type": "collection",
            "timestamp": .string(now),
            "entry": .array(
                resources.map { resource in
                    guard case .object(let members) = resource, case .string(let id) = members["id"] else { return ["resource": resource] }
                    return ["fullUrl": .string("urn:uuid:" + id), "resource": resource]
                }
            ),
        ]
    }

    /// The reference to the person, used as subject and performer.
    var patientReference: JSONValue { ["reference": .string("urn:uuid:" + ids.uuid("patient"))] }

    /// A minimal Patient: no name, only the birth year and administrative gender when the profile has them.
    func patientResource(_ profile: Profile) -> JSONValue {
        var members: [String: JSONValue] = ["resourceType": "Patient", "id": .string(ids.uuid("patient"))]
        switch profile.birth {
        case .date(let date): members["birthDate"] = .string(String(date.year))
        case .year(let year): members["birthDate"] = .string(String(year))
        case nil: break
        }
        switch profile.sex {
        case .female: members["gender"] = "female"
        case .male: members["gender"] = "male"
        case .unspecified: break
        }
        return .object(members)
    }

    /// An active red flag: the source's advice and what was found, in the person's words; its code is the
    /// `red_flags.csv` id.
    func flagResource(_ active: RaisedRedFlag) -> JSONValue {
        let category = codes["red_flag"]
        return [
            "resourceType": "Flag",
            "id": .string(ids.uuid("flag/\(active.flag.id)/\(active.covers)")),
            "status": "active",
            "category": [category.concept(text: "A sign to discuss with a doctor")],
            "code": [
                "coding": [["system": .string(category.system), "code": .string(active.flag.id), "display": .string(active.flag.sign)]],
                "text": .string(active.notice().message),
            ],
            "subject": patientReference,
            "period": ["start": .string(active.since.description)],
        ]
    }
}

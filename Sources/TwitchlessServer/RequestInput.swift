import Foundation
import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore

/// Reading request bodies: size-limited, as a form or as strict JSON.
enum RequestInput {
    /// The body's bytes, refusing more than the context allows.
    static func bytes(_ request: Request, context: AppRequestContext) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            return Array(buffer.readableBytesView)
        } catch {
            throw TwitchlessError(
                .payloadTooLarge,
                "The request is larger than this server accepts (\(context.maxUploadSize / 1024) kB).",
                fix: "Send less at once."
            )
        }
    }

    /// A URL-encoded form's fields (the last value wins for a repeated name).
    static func form(_ request: Request, context: AppRequestContext) async throws -> [String: String] {
        let text = String(decoding: try await bytes(request, context: context), as: UTF8.self)
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// A JSON object whose keys are all in `allowed`.
    /// - Throws: `badRequest` for malformed JSON or a body that isn't an object; `invalidInput` naming unknown fields.
    static func object(_ body: [UInt8], allowed: Set<String>) throws -> JSONObject {
        guard case .object(let members)? = try? JSONDecoder().decode(JSONInput.self, from: Data(body)) else {
            throw TwitchlessError(.badRequest, "The request body is not a JSON object.", fix: "Send a JSON object, like {\"site\": \"eyelid_left\"}.")
        }
        let unknown = Set(members.keys).subtracting(allowed).sorted()
        guard unknown.isEmpty else {
            throw TwitchlessError.invalidInput(
                "Unknown field\(unknown.count == 1 ? "" : "s"): \(unknown.joined(separator: ", ")).",
                fix: "Use only: \(allowed.sorted().joined(separator: ", "))."
            )
        }
        return JSONObject(members: members)
    }
}

/// Any JSON value, decoded without losing the difference between numbers, booleans and null.
enum JSONInput: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONInput])
    case object([String: JSONInput])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONInput].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONInput].self))
        }
    }
}

/// Typed reads from a JSON object, with plain errors naming the field.
struct JSONObject {
    var members: [String: JSONInput]

    func string(_ key: String) throws -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw TwitchlessError.invalidInput("\(key) must be text.", fix: "Send \(key) as a JSON string.")
        }
    }

    func integer(_ key: String) throws -> Int? {
        switch members[key] {
        case nil, .null?: return nil
        case .number(let value)? where value.isFinite && value == value.rounded() && abs(value) < 1e15: return Int(value)
        default: throw TwitchlessError.invalidInput("\(key) must be a whole number.", fix: "Send \(key) as a JSON number, like 3.")
        }
    }

    func number(_ key: String) throws -> Double? {
        switch members[key] {
        case nil, .null?: return nil
        case .number(let value)? where value.isFinite: return value
        default: throw TwitchlessError.invalidInput("\(key) must be a number.", fix: "Send \(key) as a JSON number, like 7.5.")
        }
    }

    /// Whether the field was sent as JSON null (absent is not null).
    func isNull(_ key: String) -> Bool {
        if case .null? = members[key] { return true }
        return false
    }

    /// A whole number's change for a partial update: absent keeps it, null clears it, a number sets it.
    func integerChange(_ key: String) throws -> EpisodeEditing.Change<Int> {
        if isNull(key) { return .clear }
        return try integer(key).map { .set($0) } ?? .keep
    }

    /// A text's change for a partial update: absent keeps it, null clears it, text sets it.
    func stringChange(_ key: String) throws -> EpisodeEditing.Change<String> {
        if isNull(key) { return .clear }
        return try string(key).map { .set($0) } ?? .keep
    }

    /// Text that may be left out but not cleared (a site, a kind, a time).
    func requiredString(_ key: String) throws -> String? {
        guard !isNull(key) else {
            throw TwitchlessError.invalidInput("\(key) can't be cleared.", fix: "Leave \(key) out to keep it, or send a new value.")
        }
        return try string(key)
    }

    func bool(_ key: String) throws -> Bool? {
        switch members[key] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw TwitchlessError.invalidInput("\(key) must be true or false.", fix: "Send \(key) as a JSON boolean.")
        }
    }
}

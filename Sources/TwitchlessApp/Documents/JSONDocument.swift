package import Foundation

/// How every surface writes JSON: Swift's camelCase properties as snake_case keys, keys sorted, slashes left as they are.
///
/// The command line's `--json` and the API encode the same document types with this encoder, so the same fact has
/// the same name on both.
package enum JSONDocument {
    package static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static func encode(_ value: some Encodable, pretty: Bool = false) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    }
}

import Crypto
import Foundation

/// Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188): a new P-256 key pair and
/// salt for each message, keys derived with HKDF-SHA-256 from the ECDH secret and the browser's auth secret, one
/// AES-128-GCM record.
enum WebPushEncryption {
    /// The record size written in the header.
    static let recordSize: UInt32 = 4096

    struct BadKey: Error {}

    /// The body to POST to the push service for `plaintext`, for the browser whose public key is `userAgentPublic`
    /// (65 bytes, uncompressed) and secret `authSecret` (16 bytes). `sender` and `salt` are new for each message;
    /// they are given only to reproduce a known answer.
    static func encrypt(
        _ plaintext: Data,
        userAgentPublic: Data,
        authSecret: Data,
        sender: P256.KeyAgreement.PrivateKey = P256.KeyAgreement.PrivateKey(),
        salt: Data = Data((0..<16).map { _ in UInt8.random(in: 0...255) })
    ) throws -> Data {
        guard authSecret.count == 16, salt.count == 16 else { throw BadKey() }
        let browser = try P256.KeyAgreement.PublicKey(x963Representation: userAgentPublic)
        let senderPublic = sender.publicKey.x963Representation
        let shared = try sender.sharedSecretFromKeyAgreement(with: browser)
        // IKM = HKDF(salt: auth_secret, ikm: ecdh_secret, info: "WebPush: info" 0x00 ua_public as_public, 32 bytes)
        let keyInfo = Data("WebPush: info".utf8) + [0] + browser.x963Representation + senderPublic
        let inputKey = shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: authSecret, sharedInfo: keyInfo, outputByteCount: 32)
        let contentKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: inputKey,
            salt: salt,
            info: Data("Content-Encoding: aes128gcm".utf8) + [0],
            outputByteCount: 16
        )
        let nonce = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: inputKey,
            salt: salt,
            info: Data("Content-Encoding: nonce".utf8) + [0],
            outputByteCount: 12
        ).withUnsafeBytes { Data($0) }
        // One record: the plaintext and the last-record delimiter 0x02, no padding.
        let sealed = try AES.GCM.seal(plaintext + [2], using: contentKey, nonce: try AES.GCM.Nonce(data: nonce))
        var body = salt
        body.append(contentsOf: [UInt8(recordSize >> 24), UInt8(recordSize >> 16 & 0xFF), UInt8(recordSize >> 8 & 0xFF), UInt8(recordSize & 0xFF)])
        body.append(UInt8(senderPublic.count))
        body.append(senderPublic)
        body.append(sealed.ciphertext)
        body.append(sealed.tag)
        return body
    }

    /// Whether `key` is a point on P-256 in the uncompressed form browsers give.
    static func isPublicKey(_ key: Data) -> Bool {
        key.count == 65 && key.first == 4 && (try? P256.KeyAgreement.PublicKey(x963Representation: key)) != nil
    }
}

import Testing

@testable import TwitchlessIO

@Suite("Stable ids: SHA-1 and name-based UUIDs")
struct StableIDTests {
    @Test(
        "SHA-1 matches the FIPS 180 examples",
        arguments: zip(
            ["", "abc", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"],
            [
                "da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
            ]
        )
    )
    func sha1(input: String, expected: String) {
        let hex = SHA1.digest(Array(input.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        #expect(hex == expected)
    }

    @Test("A version 5 UUID matches Python's uuid.uuid5(NAMESPACE_DNS, 'python.org')")
    func uuidV5Oracle() {
        // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(StableID.uuidV5(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test("The same name gives the same id; another name or another person's key gives another")
    func stability() {
        let ids = StableID(exportKey: "local@2026-01-01T00:00:00Z")
        #expect(ids.uuid("episode/1/calf_left/cramp") == ids.uuid("episode/1/calf_left/cramp"))
        #expect(ids.uuid("episode/1/calf_left/cramp") != ids.uuid("episode/2/calf_left/cramp"))
        #expect(StableID(exportKey: "local@2026-02-01T00:00:00Z").uuid("patient") != ids.uuid("patient"))
    }
}

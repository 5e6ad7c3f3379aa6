import Foundation

/// The app's icon: a calm green square with a white wave, the small ripple of a twitch settling. Drawn here at any
/// size, as a rounded square for home screens and browser tabs, or full-bleed for systems that cut their own shape
/// ("maskable", with the wave inside the central 80% safe zone).
enum AppIcon {
    static let green: (UInt8, UInt8, UInt8) = (0x2F, 0x6B, 0x5E)

    /// The wave's points in a unit square: a ripple that fades to a line, inside the middle 60%.
    static let wave: [(Double, Double)] = (0...96).map { step in
        let t = Double(step) / 96
        let x = 0.2 + 0.6 * t
        return (x, 0.5 - 0.16 * sin(t * 3 * 2 * Double.pi) * (1 - t))
    }

    /// The icon as SVG (for browser tabs).
    static let svg: String = {
        let points = wave.map { "\(format($0.0 * 100)),\(format($0.1 * 100))" }.joined(separator: " ")
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="22" fill="#2f6b5e"/>\
            <polyline points="\(points)" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/></svg>
            """
    }()

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// The icon at `size` pixels; `maskable` fills the square and keeps the wave well inside the safe zone.
    static func png(size: Int, maskable: Bool) -> Data {
        let scale = maskable ? 0.8 : 1.0
        let half = 0.035 * scale * Double(size)
        let corner = maskable ? 0 : 0.22 * Double(size)
        let points = wave.map { point in
            (((point.0 - 0.5) * scale + 0.5) * Double(size), ((point.1 - 0.5) * scale + 0.5) * Double(size))
        }
        var pixels = [UInt8](repeating: 0, count: size * size * 4)
        for row in 0..<size {
            for column in 0..<size {
                let x = Double(column) + 0.5
                let y = Double(row) + 0.5
                let shape = coverage(x: x, y: y, size: Double(size), corner: corner)
                guard shape > 0 else { continue }
                let stroke = max(0, min(1, half - distance(x, y, to: points) + 0.5))
                let index = (row * size + column) * 4
                pixels[index] = mix(green.0, 255, stroke)
                pixels[index + 1] = mix(green.1, 255, stroke)
                pixels[index + 2] = mix(green.2, 255, stroke)
                pixels[index + 3] = UInt8((shape * 255).rounded())
            }
        }
        return PNGImage(width: size, height: size, pixels: pixels).data
    }

    static func mix(_ from: UInt8, _ to: UInt8, _ amount: Double) -> UInt8 {
        UInt8((Double(from) + (Double(to) - Double(from)) * amount).rounded())
    }

    /// How much of the pixel at (x, y) the rounded square covers, smoothed over one pixel at the corners.
    static func coverage(x: Double, y: Double, size: Double, corner: Double) -> Double {
        guard corner > 0 else { return 1 }
        let cx = min(max(x, corner), size - corner)
        let cy = min(max(y, corner), size - corner)
        let outside = ((x - cx) * (x - cx) + (y - cy) * (y - cy)).squareRoot() - corner
        return max(0, min(1, 0.5 - outside))
    }

    /// The distance from (x, y) to the nearest segment of the polyline.
    static func distance(_ x: Double, _ y: Double, to points: [(Double, Double)]) -> Double {
        var best = Double.infinity
        for index in 1..<points.count {
            let (ax, ay) = points[index - 1]
            let (bx, by) = points[index]
            let dx = bx - ax
            let dy = by - ay
            let length = dx * dx + dy * dy
            let t = length == 0 ? 0 : max(0, min(1, ((x - ax) * dx + (y - ay) * dy) / length))
            let px = ax + t * dx - x
            let py = ay + t * dy - y
            best = min(best, (px * px + py * py).squareRoot())
        }
        return best
    }
}

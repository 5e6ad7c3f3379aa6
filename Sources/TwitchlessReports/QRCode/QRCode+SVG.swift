extension QRCode {
    /// The code as an SVG image: dark modules on white, inside the standard's quiet zone of 4 modules (white in dark
    /// colours too, as scanners need), scaled by the page.
    package func svg(label: String) -> HTML {
        let side = size + 8
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard modules[y][x] else {
                    x += 1
                    continue
                }
                var run = 1
                while x + run < size && modules[y][x + run] { run += 1 }
                path += "M\(x + 4) \(y + 4)h\(run)v1h-\(run)z"
                x += run
            }
        }
        return
            "<svg class=\"qr\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" aria-label=\"\(label)\" shape-rendering=\"crispEdges\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}

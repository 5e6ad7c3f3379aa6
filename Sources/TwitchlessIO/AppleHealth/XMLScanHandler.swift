/// Receives the elements an `XMLByteScanner` finds. Text, comments, processing instructions and the DOCTYPE are skipped.
protocol XMLScanHandler {
    /// A start tag; `depth` is 1 for the root. An empty element (`<a/>`) is followed at once by its `endElement`.
    mutating func startElement(_ name: XMLBytes, _ attributes: XMLAttributes, depth: Int) throws
    /// The end of the element that started at `depth`.
    mutating func endElement(depth: Int) throws
}

import Foundation
import TwitchlessReference
import TwitchlessReports

/// The one stylesheet: calm colours with AA contrast, generous spacing, 44 px touch targets, visible focus.
enum Style {
    /// The light colours (the default) and the dark ones; each page meets WCAG AA contrast in both.
    static let light = """
        --ink: #1f2a30; --muted: #4a5a63; --paper: #fbfaf7; --card: #ffffff; --line: #d9dedf; --calm: #2f6b5e;
        --calm-ink: #ffffff; --soft: #e8f1ee; --warn: #7a4b00; --warn-bg: #fff4e0; --warn-line: #b7791f; --urgent: #9b1c1c;
        --urgent-bg: #fdecec; --field: #ffffff; --field-line: #6b777d; --focus: #1a5fb4;
        --chart-a: #2f6b5e; --chart-b: #b4570b; --chart-missing: #6b777d; --chart-grid: #dde2e3; --chart-ink: #1f2a30;
        --chart-ref: #1a5fb4; --chart-text: #4a5a63; --chart-paper: #ffffff; color-scheme: light;
        """
    static let dark = """
        --ink: #e8eef0; --muted: #b3c0c5; --paper: #111719; --card: #1a2326; --line: #34434a; --calm: #7fd1bb;
        --calm-ink: #0b1f1a; --soft: #1d3831; --warn: #f0c274; --warn-bg: #3a2c12; --warn-line: #c9922e; --urgent: #ffa3a3;
        --urgent-bg: #3d1a1a; --field: #111719; --field-line: #8a979d; --focus: #8ab4f8;
        --chart-a: #6cc4ae; --chart-b: #f0b35e; --chart-missing: #95a3a9; --chart-grid: #34434a; --chart-ink: #e8eef0;
        --chart-ref: #7fb0f0; --chart-text: #b3c0c5; --chart-paper: #1a2326; color-scheme: dark;
        """

    /// The theme follows the system unless the person chose one in Settings (`data-theme` on `<html>`).
    static let themes = """
        :root { \(light) }
        @media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { \(dark) } }
        :root[data-theme="dark"] { \(dark) }
        """

    static let css = themes + "\n" + SVGChart.css + "\n" + rules
    static let rules = """
        * { box-sizing: border-box; }
        html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { overflow-wrap: break-word; margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
               color: var(--ink); background: var(--paper); }
        header, main, footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: .75rem; }
        .brand { margin: 0; font-weight: 700; font-size: 1.25rem; }
        .brand a { color: var(--calm); text-decoration: none; }
        nav ul { display: flex; flex-wrap: wrap; gap: .125rem; list-style: none; margin: .5rem 0 0; padding: 0; }
        nav a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; padding: 0 .4rem; font-size: .95rem; border-radius: 22px;
                color: var(--ink); text-decoration: none; }
        nav a[aria-current] { background: var(--soft); font-weight: 600; }
        ul.links { list-style: none; padding: 0; margin: 0; }
        ul.links a { display: flex; align-items: center; min-height: 44px; padding: .25rem 0; color: var(--calm); font-weight: 600; }
        ul.links .hint { margin-bottom: .5rem; }
        details summary { min-height: 44px; display: flex; align-items: center; cursor: pointer; color: var(--calm); font-weight: 600; }
        .table-scroll { overflow-x: auto; }
        .choice { display: flex; gap: .5rem; align-items: flex-start; font-weight: 400; min-height: 44px; padding: .25rem 0; }
        .choice input { width: auto; min-height: 24px; min-width: 24px; margin-top: .1rem; }
        .inline { display: inline; }
        .scale-row { display: flex; flex-wrap: wrap; gap: .25rem; }
        .scale-choice { position: relative; margin: 0; font-weight: 600; }
        .scale-choice input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .scale-choice span { display: inline-flex; align-items: center; justify-content: center; min-width: 44px; min-height: 44px;
                             border: 1px solid var(--field-line); border-radius: 8px; background: var(--card); }
        .scale-choice input:checked + span { background: var(--calm); color: var(--calm-ink); border-color: var(--calm); }
        .scale-choice input:focus-visible + span { outline: 3px solid var(--focus); outline-offset: 2px; }
        select.count { width: auto; min-width: 5rem; }
        ul.entries { list-style: none; padding: 0; margin: 0; }
        ul.entries li { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; justify-content: space-between;
                        padding: .25rem 0; border-bottom: 1px solid var(--line); }
        ul.entries li span { flex: 1 1 12rem; }
        ul.entries a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; color: var(--calm); font-weight: 600; }
        .topbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0 1rem; }
        .signout { margin: 0; }
        .wide { width: 100%; }
        ul.periods { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; padding: 0; margin: .5rem 0; }
        ul.periods a { display: inline-flex; align-items: center; min-height: 44px; padding: 0 .75rem; border: 1px solid var(--field-line);
                       border-radius: 22px; color: var(--calm); font-weight: 600; text-decoration: none; }
        ul.periods a[aria-current] { background: var(--calm); border-color: var(--calm); color: var(--calm-ink); }
        .date-pair { display: flex; flex-wrap: wrap; gap: 0 1rem; } .date-pair p { flex: 1 1 9rem; margin: 0; }
        ul.readings { padding-left: 1.1rem; } ul.readings li { margin-bottom: .5rem; } ul.readings p { margin: .25rem 0 0; }
        h1 { font-size: 1.6rem; margin: 1.25rem 0 .5rem; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        p { margin: .5rem 0; }
        .muted { color: var(--muted); }
        .card > h2:first-child { margin-top: 0; }
        section.card, .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 1rem; margin: 1rem 0; }
        .tap-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .5rem; }
        button, .button { display: inline-flex; align-items: center; justify-content: center; min-height: 44px; min-width: 44px;
                 padding: .5rem 1rem; border-radius: 10px; border: 1px solid var(--calm); background: var(--calm);
                 color: var(--calm-ink); font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; }
        button.secondary, .button.secondary { background: var(--card); color: var(--calm); }
        button.link { background: none; border: none; color: var(--calm); text-decoration: underline; padding: 0 .5rem; font-weight: 400; }
        label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
        .hint { display: block; font-weight: 400; color: var(--muted); font-size: .95rem; }
        input, select, textarea { width: 100%; min-height: 44px; padding: .5rem .75rem; border: 1px solid var(--field-line); border-radius: 8px;
                 font: inherit; color: var(--ink); background: var(--field); }
        fieldset { border: 1px solid var(--line); border-radius: 10px; margin: 1rem 0; padding: .5rem 1rem 1rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--card); color: var(--calm); padding: .5rem; z-index: 2; }
        .notice { border-left: 6px solid var(--calm); background: var(--soft); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
        .notice.warning { border-color: var(--warn-line); background: var(--warn-bg); }
        .notice.urgent, .notice.emergency { border-color: var(--urgent); background: var(--urgent-bg); }
        .notice.emergency h3, .notice.urgent h3 { color: var(--urgent); }
        .notice h3 { margin: 0 0 .25rem; font-size: 1.05rem; }
        .notice a.call { font-weight: 700; white-space: nowrap; }
        .source { font-size: .85rem; color: var(--muted); }
        a, code { overflow-wrap: anywhere; }
        code.setup-key { font-size: 1.1rem; word-spacing: .35em; }
        svg.qr { display: block; width: 100%; max-width: 15rem; height: auto; margin: .5rem 0; }
        ol.recovery-codes code { font-size: 1.1rem; }
        a { color: var(--calm); }
        .message { background: var(--soft); border-radius: 8px; padding: .75rem 1rem; }
        .error { background: var(--urgent-bg); border-radius: 8px; padding: .75rem 1rem; color: var(--urgent); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        svg { max-width: 100%; height: auto; }
        footer { color: var(--muted); font-size: .9rem; padding-bottom: 2rem; }
        """
}

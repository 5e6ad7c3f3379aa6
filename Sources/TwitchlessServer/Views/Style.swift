import Foundation
import TwitchlessReference

/// The one stylesheet: calm colours with AA contrast, generous spacing, 44 px touch targets, visible focus.
enum Style {
    static let css = """
        :root { --ink: #1f2a30; --muted: #4a5a63; --paper: #fbfaf7; --card: #ffffff; --line: #d9dedf; --calm: #2f6b5e;
                --calm-ink: #ffffff; --soft: #e8f1ee; --warn: #7a4b00; --warn-bg: #fff4e0; --urgent: #9b1c1c; --urgent-bg: #fdecec; }
        * { box-sizing: border-box; }
        html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
               color: var(--ink); background: var(--paper); }
        header, main, footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: .75rem; position: relative; }
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
                             border: 1px solid #8a979d; border-radius: 8px; background: var(--card); }
        .scale-choice input:checked + span { background: var(--calm); color: var(--calm-ink); border-color: var(--calm); }
        .scale-choice input:focus-visible + span { outline: 3px solid #1a5fb4; outline-offset: 2px; }
        select.count { width: auto; min-width: 5rem; }
        ul.entries { list-style: none; padding: 0; margin: 0; }
        ul.entries li { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; justify-content: space-between;
                        padding: .25rem 0; border-bottom: 1px solid var(--line); }
        ul.entries li span { flex: 1 1 12rem; }
        ul.entries a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; color: var(--calm); font-weight: 600; }
        .chart .bar { fill: var(--calm); } .chart .bar2 { fill: #8fb8ad; } .chart .missing { fill: #a8b3b8; }
        .chart .grid { stroke: #e3e7e8; stroke-width: 1; } .chart .line { fill: none; stroke: var(--ink); stroke-width: 1.6; }
        .chart .ref { stroke: #7a4b00; stroke-width: 1.2; stroke-dasharray: 5 4; }
        .chart .axis, .chart .label { font-size: 11px; fill: var(--muted); }
        .signout { position: absolute; right: 1rem; top: .35rem; }
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
        input, select, textarea { width: 100%; min-height: 44px; padding: .5rem .75rem; border: 1px solid #8a979d; border-radius: 8px;
                 font: inherit; color: var(--ink); background: #fff; }
        fieldset { border: 1px solid var(--line); border-radius: 10px; margin: 1rem 0; padding: .5rem 1rem 1rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
        .notice { border-left: 6px solid var(--calm); background: var(--soft); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
        .notice.warning { border-color: #b7791f; background: var(--warn-bg); }
        .notice.urgent, .notice.emergency { border-color: var(--urgent); background: var(--urgent-bg); }
        .notice.emergency h3, .notice.urgent h3 { color: var(--urgent); }
        .notice h3 { margin: 0 0 .25rem; font-size: 1.05rem; }
        .notice a.call { font-weight: 700; white-space: nowrap; }
        .source { font-size: .85rem; color: var(--muted); }
        .message { background: var(--soft); border-radius: 8px; padding: .75rem 1rem; }
        .error { background: var(--urgent-bg); border-radius: 8px; padding: .75rem 1rem; color: var(--urgent); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        svg { max-width: 100%; height: auto; }
        footer { color: var(--muted); font-size: .9rem; padding-bottom: 2rem; }
        """
}

// The console's one stylesheet, served as /assets/console.css (the Content-Security-Policy
// allows styles from the console itself only, and no inline style or script at all).

/** The stylesheet. Colours keep a contrast of at least 4.5:1 (WCAG AA). */
export const CONSOLE_CSS = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #555; --line: #c8c8c8; --accent: #0b5394; --bg: #fff; --head: #f2f4f7; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "Hiragino Sans", "Yu Gothic UI", "IPAGothic", "IPAPGothic", Meiryo, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.5; font-size: 15px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 1; }
header { background: #12355b; color: #fff; padding: 0 16px; display: flex; align-items: center; gap: 24px; flex-wrap: wrap; }
header .app { font-weight: bold; margin: 10px 0; }
header ul { list-style: none; display: flex; gap: 4px; margin: 0; padding: 0; flex-wrap: wrap; }
header a { color: #fff; text-decoration: none; padding: 12px 10px; display: inline-block; }
header a[aria-current="page"] { background: #fff; color: #12355b; font-weight: bold; }
header a:hover, header a:focus { text-decoration: underline; }
main { padding: 8px 16px 32px; max-width: 1400px; }
h1 { font-size: 1.5rem; margin: 12px 0; }
h2 { font-size: 1.15rem; margin: 24px 0 8px; border-bottom: 2px solid var(--head); }
a { color: var(--accent); }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--head); }
tr.differs td { background: #fff4e5; }
.diff { color: #8a3b00; }
.muted { color: var(--muted); }
.reason { color: var(--muted); font-size: 0.9em; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 0.85em; border: 1px solid; }
.badge.sent { color: #0d5d1e; border-color: #0d5d1e; background: #eaf6ec; }
.badge.planned, .badge.sending { color: #0b4a85; border-color: #0b4a85; background: #eaf2fb; }
.badge.uncertain { color: #7a4100; border-color: #7a4100; background: #fff4e5; }
.badge.failed { color: #a00000; border-color: #a00000; background: #fdecec; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
ul.counts { list-style: none; display: flex; gap: 16px; padding: 0; flex-wrap: wrap; }
ul.plain { list-style: none; margin: 0; padding: 0; }
.filters { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; margin: 8px 0; }
.filters label { display: flex; flex-direction: column; font-size: 0.9em; }
.filters label.check { flex-direction: row; gap: 4px; align-items: center; }
input, select, button { font: inherit; }
input[type="text"], input[type="date"], select { padding: 2px 4px; border: 1px solid #767676; }
button { padding: 2px 10px; border: 1px solid #12355b; background: #12355b; color: #fff; border-radius: 3px; cursor: pointer; }
button:hover, button:focus { background: #0b2540; }
form.inline { display: inline-flex; gap: 4px; align-items: center; margin: 2px 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.notice { padding: 8px 12px; border-radius: 4px; margin: 8px 0; }
.notice.ok { background: #eaf6ec; border: 1px solid #0d5d1e; }
.notice.error { background: #fdecec; border: 1px solid #a00000; }
.banner { background: #fff4e5; border: 1px solid #7a4100; padding: 8px 12px; }
.pager { display: flex; gap: 16px; }
`;

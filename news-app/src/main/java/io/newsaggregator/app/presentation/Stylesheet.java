package io.newsaggregator.app.presentation;

/** The page's only CSS, inlined: light and dark schemes, narrow screens, and print. */
final class Stylesheet {
    static final String CSS = """
            :root{--bg:#ffffff;--fg:#1c2230;--muted:#5d6675;--grid:#e4e7ec;--card:#f5f6f8;--line:#d5d9e0;--accent:#2f5fb3;color-scheme:light dark}
            @media (prefers-color-scheme:dark){:root{--bg:#12151b;--fg:#e5e8ee;--muted:#a0a8b6;--grid:#2a303a;--card:#1b1f27;--line:#363d49;--accent:#8fb0ee}}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1120px;margin:0 auto;padding:28px 20px 48px}
            h1{font-size:1.9rem;margin:0 0 4px;letter-spacing:-.01em}
            h2{font-size:1.35rem;margin:0 0 12px;padding-top:8px}
            h3{font-size:1.05rem;margin:0 0 4px}
            a{color:var(--accent)}
            .period{margin:0 0 18px;color:var(--muted)}
            .period strong{color:var(--fg)}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:0 0 16px}
            .tile{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
            .tile .num{display:block;font-size:2rem;font-weight:650;line-height:1.15;font-variant-numeric:tabular-nums}
            .tile .label{color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.04em}
            nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;margin:0;padding:0}
            section{margin-top:36px;padding-top:20px;border-top:1px solid var(--line)}
            .intro{color:var(--muted);margin:-6px 0 12px}
            .empty{background:var(--card);border:1px dashed var(--line);border-radius:8px;padding:14px 16px;color:var(--muted)}
            .chart-wrap{overflow-x:auto}
            svg.chart{display:block;width:100%;min-width:620px;height:auto;font-family:inherit}
            svg.chart text{fill:var(--muted);font-size:13px}
            svg.chart .axis line{stroke:var(--grid);stroke-width:1}
            svg.chart .axis .baseline{stroke:var(--muted)}
            svg.chart .axis-label{font-size:12px}
            svg.chart .totals text{fill:var(--fg);font-size:12px;font-weight:600}
            svg.chart .label{fill:var(--fg)}
            svg.chart .value{fill:var(--fg);font-variant-numeric:tabular-nums}
            svg.chart .lag{stroke-width:2;stroke-opacity:.45}
            svg.chart .series rect:hover,svg.chart circle:hover{opacity:.8}
            .legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;margin:10px 0;padding:0;font-size:.9rem}
            .legend li{display:flex;align-items:center;gap:6px}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:3px;flex:none;margin-right:6px;vertical-align:-1px}
            .legend .swatch{margin-right:0}
            details{margin:8px 0}
            summary{cursor:pointer;color:var(--accent)}
            .table-wrap{overflow-x:auto;margin-top:8px}
            table.data{border-collapse:collapse;width:100%;font-size:.92rem}
            table.data caption{text-align:left;color:var(--muted);padding:0 0 6px;font-size:.85rem}
            table.data th,table.data td{padding:6px 10px;border-bottom:1px solid var(--grid);text-align:left;vertical-align:top}
            table.data thead th{border-bottom:2px solid var(--line);font-weight:600;white-space:nowrap}
            table.data tbody th{font-weight:500;white-space:nowrap}
            table.data tfoot th,table.data tfoot td{font-weight:600;border-top:2px solid var(--line)}
            table.data .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .bar-cell .value{display:block}
            .minibar{display:block;height:6px;margin-top:3px;background:var(--grid);border-radius:3px;min-width:80px}
            .minibar span{display:block;height:100%;border-radius:3px}
            .phrases{color:var(--muted)}
            .languages{white-space:nowrap}
            svg.chart .all-portals{fill:var(--muted)}
            ol.stories{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
            .story{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;min-width:0}
            h1,h2,h3,p,li,td,th{overflow-wrap:break-word}
            .story .meta{margin:0 0 8px;color:var(--muted)}
            .story .meta strong{color:var(--fg)}
            .terms{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px;padding:0}
            .terms li{border:1px solid var(--line);border-radius:999px;padding:1px 10px;font-size:.85rem;background:var(--bg)}
            footer{margin-top:40px;color:var(--muted);font-size:.85rem}
            @media (max-width:640px){main{padding:18px 12px 32px}h1{font-size:1.5rem}.tile .num{font-size:1.5rem}
            .tiles{grid-template-columns:repeat(auto-fit,minmax(140px,1fr))}.story{padding:12px}}
            @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--grid:#ddd;--card:#fff;--line:#bbb}
            main{max-width:none;padding:0}nav{display:none}section,.story,.tile{break-inside:avoid}
            .chart-wrap,.table-wrap{overflow:visible}svg.chart{min-width:0}
            details>summary{display:none}}
            """;

    private Stylesheet() {
    }
}

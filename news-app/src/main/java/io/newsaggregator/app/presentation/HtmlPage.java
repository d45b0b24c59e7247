package io.newsaggregator.app.presentation;

import java.time.Instant;

/** One dashboard page: the shared frame (navigation, search box, styles for light and dark, phone width) around sections. */
final class HtmlPage {
    private static final String STYLE = """
            :root{color-scheme:light dark;--fg:#1d2430;--bg:#fbfbfc;--muted:#5c6675;--line:#dde1e7;--card:#fff;--accent:#2563eb;
            --ok:#15803d;--warn:#b45309;--bad:#b91c1c}
            @media (prefers-color-scheme:dark){:root{--fg:#e5e7eb;--bg:#111418;--muted:#9aa3af;--line:#2a2f37;--card:#191d23;
            --accent:#60a5fa;--ok:#4ade80;--warn:#fbbf24;--bad:#f87171}}
            *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
            header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid var(--line)}
            header a{color:var(--fg);text-decoration:none}header a.here{font-weight:700}
            form{display:flex;gap:.5rem;flex:1 1 14rem;max-width:30rem}input{flex:1;min-width:0;padding:.35rem .5rem;font:inherit;
            color:var(--fg);background:var(--card);border:1px solid var(--line);border-radius:4px}button{font:inherit}
            main{max-width:72rem;margin:0 auto;padding:1rem;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),1fr))}
            section{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;min-width:0}
            h1{font-size:1.1rem;margin:0}h2{font-size:1rem;margin:.25rem 0 .5rem}
            a{color:var(--accent);overflow-wrap:anywhere}.meta,.empty{color:var(--muted);font-size:.875rem}
            .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.875rem}
            th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);white-space:nowrap}
            .bar{display:inline-block;height:.6rem;background:var(--accent);border-radius:2px;vertical-align:middle;max-width:6rem}
            tr.failed .status,tr.warn td:first-child{color:var(--bad)}tr.completed .status,tr.ok td:first-child{color:var(--ok)}
            tr.degraded td:first-child{color:var(--warn)}ul,ol{padding-left:1.2rem;margin:0}li{margin:.3rem 0}
            mark{background:#fde68a;color:#111}
            """;

    private final String title;
    private final String here;
    private final StringBuilder sections = new StringBuilder();

    HtmlPage(String title, String here) {
        this.title = title;
        this.here = here;
    }

    void section(String heading, String html) {
        sections.append("<section><h2>").append(escape(heading)).append("</h2>").append(html).append("</section>");
    }

    String render() {
        return render(null);
    }

    String render(String query) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><header><h1>news-aggregator</h1><nav>"
                + link("/", "overview", "Overview") + " · " + link("/report", "report", "Charts") + "</nav>"
                + "<form action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" placeholder=\"Search articles\""
                + " aria-label=\"Search articles\" value=\"" + escape(query == null ? "" : query) + "\"><button>Search</button></form>"
                + "</header><main>" + sections + "</main></body></html>";
    }

    private String link(String href, String name, String label) {
        return "<a href=\"" + href + "\"" + (name.equals(here) ? " class=\"here\"" : "") + ">" + label + "</a>";
    }

    static String escape(String text) {
        return Html.escape(text);
    }

    static String time(Instant instant) {
        return instant == null ? "never" : instant.toString().substring(0, 16).replace('T', ' ');
    }

    static String day(Instant instant) {
        return instant == null ? "undated" : instant.toString().substring(0, 10);
    }
}

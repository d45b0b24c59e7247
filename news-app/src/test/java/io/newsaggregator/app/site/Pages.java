package io.newsaggregator.app.site;

import java.util.List;

/** HTML of the test site: home, section and article pages written for these tests. */
final class Pages {
    private static final String[] TOPICS = {"harbour council", "tram line", "library budget", "river festival", "school meals"};

    private Pages() {
    }

    static String home(String base) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Harbour Herald</title>
                <link rel="alternate" type="application/rss+xml" title="Top stories" href="/rss.xml">
                <link rel="alternate" type="application/atom+xml" title="Latest" href="/atom.xml">
                </head><body><h1>Harbour Herald</h1><a href="/world/">World</a></body></html>
                """;
    }

    static String section(String base, List<Integer> articles) {
        StringBuilder links = new StringBuilder();
        for (int n : articles) {
            links.append("<li class=\"teaser\"><a href=\"").append(TestNewsSite.articlePath(n)).append("\">")
                    .append(title(n)).append("</a></li>\n");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><title>World - Harbour Herald</title></head><body>
                <nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/tag/politics/">Politics</a> <a href="/login">Log in</a></nav>
                <main><h1>World</h1><ul>
                %s</ul></main>
                <footer><a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="https://elsewhere.example/">Partner</a></footer>
                </body></html>
                """.formatted(links);
    }

    static String title(int n) {
        return "Story " + n + ": the " + TOPICS[n % TOPICS.length] + " decides on the new plan";
    }

    static List<String> paragraphs(int n) {
        String topic = TOPICS[n % TOPICS.length];
        return List.of(
                "The " + topic + " met on Tuesday evening and voted on the proposal numbered " + n + ", after a debate that lasted well past midnight.",
                "Supporters said the plan would bring work to the old docks; critics asked who would pay for it and how long the building would take.",
                "A spokesperson said the details of decision " + n + " would be published next week, together with the budget and a timetable.",
                "Residents who spoke at the meeting were divided, but most agreed that something had to be done before the winter storms.");
    }

    static String article(int n, String base, String extraParagraph) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs(n)) {
            body.append("<p>").append(p).append("</p>\n");
        }
        if (extraParagraph != null) {
            body.append("<p>").append(extraParagraph).append("</p>\n");
        }
        String url = base + TestNewsSite.articlePath(n);
        String published = "2026-11-" + String.format("%02d", 1 + n % 20) + "T08:30:00+01:00";
        String head = switch (n % 3) {
            case 0 -> """
                    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                    "headline":"%s","datePublished":"%s","author":{"@type":"Person","name":"Maria Jensen"},
                    "articleSection":"World","inLanguage":"en"}</script>
                    """.formatted(title(n), published);
            case 1 -> """
                    <meta property="og:title" content="%s"><meta property="og:type" content="article">
                    <meta property="og:url" content="%s"><meta property="article:published_time" content="%s">
                    <meta name="author" content="Tom Berg">
                    """.formatted(title(n), url, published);
            default -> "";
        };
        String byline = n % 3 == 2 ? "<p class=\"byline\">By Ann Lee</p><time datetime=\"" + published + "\">1 November 2026</time>" : "";
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Harbour Herald</title>
                <link rel="canonical" href="%s">
                %s</head><body>
                <header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/sport/">Sport</a></nav></header>
                <article><h1>%s</h1>%s
                <div class="share"><a href="#">Share on social</a> <a href="#">Email</a></div>
                %s
                <figure><img src="/img/%d.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
                </article>
                <aside class="related"><h3>Related</h3><ul><li><a href="/news/other.html">Another story entirely</a></li></ul></aside>
                <section class="comments"><p>First! Great article, thanks for sharing with all of us.</p></section>
                <footer>Copyright Harbour Herald</footer></body></html>
                """.formatted(title(n), url, head, title(n), byline, body, n);
    }

    static String latin1Article(String base) {
        return """
                <!DOCTYPE html><html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
                <title>Le café du port rouvre</title></head><body><article><h1>Le café du port rouvre</h1>
                <p>Après des mois de travaux, le café du port a rouvert ses portes ce matin à l'aube, à la grande joie des pêcheurs.</p>
                <p>Les habitués étaient déjà là à six heures et ont salué l'arrivée du nouveau propriétaire, Hélène Dupré.</p>
                </article></body></html>
                """;
    }
}

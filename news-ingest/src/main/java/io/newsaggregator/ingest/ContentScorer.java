package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the container of the main text: every paragraph-like block lends a score (length,
 * commas) to its parent and, diminishing, to higher ancestors; a container's score is weighted by
 * its tag and class hints and scaled by its link density. The best container is returned with
 * those siblings that look like part of the same article.
 */
final class ContentScorer {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "span", "font", "center");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    /** The chosen containers in document order; empty when nothing scored. */
    List<Element> select(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> all = body.getAllElements();
        for (Element element : all) {
            String tag = element.normalName();
            String text;
            if (PARAGRAPHS.contains(tag)) {
                text = element.text();
            } else if (TEXT_CONTAINERS.contains(tag)) {
                text = directText(element);
            } else {
                continue;
            }
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = TEXT_CONTAINERS.contains(tag) ? element : element.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (ancestor == body.parent()) {
                    break;
                }
                double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                // the tag and class weight is computed once per container, not once per paragraph below it
                Double old = scores.get(ancestor);
                scores.put(ancestor, (old == null ? initialScore(ancestor) : old) + share);
                ancestor = ancestor.parent();
            }
        }
        TextStats stats = new TextStats(body);
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        // document order, so that the first of equally scored containers wins on every run
        for (Element element : all) {
            Double raw = scores.get(element);
            if (raw == null) {
                continue;
            }
            double score = raw * (1 - stats.linkDensity(element));
            finals.put(element, score);
            if (top == null || score > topScore) {
                top = element;
                topScore = score;
            }
        }
        if (top == null) {
            return List.of();
        }
        List<Element> chosen = withSiblings(top, topScore, finals, stats);
        return withSplitParts(all, top, topScore, finals, chosen);
    }

    /**
     * Articles split into chunks between ad rails repeat the container class for each chunk; every
     * well-scored element with the top container's tag and class belongs to the text too. The
     * chunks' nearest common ancestor is returned, since the headings, lists and tables between
     * the chunks (in boxes of other classes) are part of the article as well; the ad rails between
     * them were already removed by the cleaner. A few short snippets that share a class are no
     * evidence of a split article, so under {@link TextCheck#SHORT_TEXT_WORDS} words the parts are
     * returned as they are.
     */
    private static List<Element> withSplitParts(List<Element> all, Element top, double topScore,
                                                Map<Element, Double> finals, List<Element> chosen) {
        if (top.className().isEmpty()) {
            return chosen;
        }
        Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        parts.addAll(chosen);
        boolean added = false;
        for (Map.Entry<Element, Double> e : finals.entrySet()) {
            Element candidate = e.getKey();
            if (!parts.contains(candidate) && e.getValue() >= Math.max(10, topScore * 0.2)
                    && candidate.normalName().equals(top.normalName())
                    && candidate.className().equals(top.className())) {
                parts.add(candidate);
                added = true;
            }
        }
        if (!added) {
            return chosen;
        }
        Element common = commonAncestor(parts);
        if (common != null && partWords(parts) >= TextCheck.SHORT_TEXT_WORDS) {
            return List.of(common);
        }
        List<Element> ordered = new ArrayList<>();
        for (Element element : all) {
            if (parts.contains(element) && !hasAncestorIn(element, parts)) {
                ordered.add(element);
            }
        }
        return ordered;
    }

    private static int partWords(Set<Element> parts) {
        int words = 0;
        for (Element part : parts) {
            if (!hasAncestorIn(part, parts)) {
                words += TextCheck.words(part.text());
            }
        }
        return words;
    }

    /** The nearest element that is or contains every one of {@code parts}. */
    private static Element commonAncestor(Set<Element> parts) {
        Element common = null;
        for (Element part : parts) {
            if (common == null) {
                common = part;
                continue;
            }
            while (common != null && common != part && !isAncestor(common, part)) {
                common = common.parent();
            }
        }
        return common;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestorIn(Element element, Set<Element> elements) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (elements.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> finals,
                                              TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = finals.get(sibling);
            if (score != null && score + bonus >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = stats.linkDensity(sibling);
                if ((text.length() > 80 && density < 0.25)
                        || (text.length() > 0 && density == 0 && text.matches("(?s).*[.!?]\\s*$"))) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private static double initialScore(Element element) {
        int base = switch (element.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassHints.weight(element);
    }

    private static String directText(Element element) {
        StringBuilder sb = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element e && Blocks.isInline(e)) {
                sb.append(e.text());
            }
        }
        return Texts.clean(sb.toString());
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }
}

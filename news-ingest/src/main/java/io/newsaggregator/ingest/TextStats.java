package io.newsaggregator.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Visible characters (whitespace not counted) below every element of a subtree and how many of
 * them sit inside links, computed in one pass so scoring does not re-read the text of every
 * ancestor. A snapshot: it does not follow later changes to the tree.
 */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    counts.put(element, new int[2]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root) {
                    return;
                }
                int[] parent = counts.get(node.parent());
                if (parent == null) {
                    return;
                }
                if (node instanceof TextNode text) {
                    parent[0] += visibleChars(text.getWholeText());
                } else if (node instanceof Element element) {
                    int[] own = counts.get(element);
                    if (element.normalName().equals("a")) {
                        own[1] = own[0];
                    }
                    parent[0] += own[0];
                    parent[1] += own[1];
                }
            }
        }, root);
    }

    int chars(Element element) {
        int[] c = counts.get(element);
        return c == null ? 0 : c[0];
    }

    double linkDensity(Element element) {
        int[] c = counts.get(element);
        return c == null || c[0] == 0 ? 0 : Math.min(1.0, (double) c[1] / c[0]);
    }

    private static int visibleChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }
}

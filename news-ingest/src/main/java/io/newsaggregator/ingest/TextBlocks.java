package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the text of article containers as blocks (paragraphs, headings, list items, quotes,
 * preformatted text, and bare text broken by {@code <br>}), drops blocks that are mostly links or
 * boilerplate lines, and joins the rest with newlines.
 */
final class TextBlocks {
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int LONG_LINKED_BLOCK = 200;

    /** A run of text and how much of it sat inside links. */
    record Block(String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    static String text(List<Element> containers) {
        List<String> kept = new ArrayList<>();
        for (Element container : containers) {
            for (Block block : blocks(container)) {
                if (keep(block)) {
                    kept.add(block.text());
                }
            }
        }
        return String.join("\n", BoilerplateLines.trimEdges(kept));
    }

    static boolean keep(Block block) {
        if (block.text().isEmpty() || block.tag().equals("h1")) {
            return false;
        }
        if (block.linkDensity() > MAX_LINK_DENSITY && block.text().length() < LONG_LINKED_BLOCK) {
            return false;
        }
        return !BoilerplateLines.isBoilerplate(block.text());
    }

    static List<Block> blocks(Element container) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, container);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final List<String> blockTags = new ArrayList<>();
        private int linkChars;
        private int linkDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String text = preDepth > 0 ? textNode.getWholeText() : textNode.text();
                if (linkDepth > 0) {
                    linkChars += Texts.clean(text).length();
                }
                current.append(text);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (!Blocks.isInline(element)) {
                    flush();
                    blockTags.add(tag);
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (!tag.equals("br") && !Blocks.isInline(element)) {
                    flush();
                    blockTags.remove(blockTags.size() - 1);
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                }
            }
        }

        void flush() {
            String text = Texts.clean(current.toString());
            if (!text.isEmpty()) {
                String tag = blockTags.isEmpty() ? "" : blockTags.get(blockTags.size() - 1);
                blocks.add(new Block(text, Math.min(linkChars, text.length()), tag));
            }
            current.setLength(0);
            linkChars = 0;
        }
    }
}

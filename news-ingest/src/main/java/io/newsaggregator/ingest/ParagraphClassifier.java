package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The last-resort main text, in the manner of jusText: every block of a cleaned page is classed
 * by itself (long, few links: article text), then short blocks are kept only where they sit in a
 * small gap between article blocks (headings, list items, short paragraphs of the same text) or
 * head the text as a sub-heading. Needs no container, so it reads pages whose builder scatters the
 * text over many small boxes.
 */
final class ParagraphClassifier {
    private static final int GOOD_CHARS = 80;
    private static final double GOOD_LINK_DENSITY = 0.2;
    private static final double SHORT_LINK_DENSITY = 0.5;
    /** The most short blocks in a row that still count as part of the text around them. */
    private static final int MAX_GAP = 4;

    private ParagraphClassifier() {
    }

    /** @param cleaned a page body already cleaned of boilerplate elements; it is not modified */
    static String text(Element cleaned) {
        List<TextBlocks.Block> blocks = TextBlocks.blocks(cleaned);
        int n = blocks.size();
        boolean[] good = new boolean[n];
        for (int i = 0; i < n; i++) {
            TextBlocks.Block b = blocks.get(i);
            good[i] = b.text().length() >= GOOD_CHARS && b.linkDensity() <= GOOD_LINK_DENSITY && TextBlocks.keep(b);
        }
        boolean[] kept = good.clone();
        int previousGood = -1;
        for (int i = 0; i < n; i++) {
            if (!good[i]) {
                continue;
            }
            int gapStart = previousGood < 0 ? Math.max(0, i - 1) : previousGood + 1;
            boolean smallGap = previousGood >= 0 ? i - previousGood - 1 <= MAX_GAP : isHeading(blocks.get(gapStart));
            if (smallGap) {
                for (int j = gapStart; j < i; j++) {
                    TextBlocks.Block b = blocks.get(j);
                    kept[j] = b.linkDensity() <= SHORT_LINK_DENSITY && TextBlocks.keep(b);
                }
            }
            previousGood = i;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                texts.add(blocks.get(i).text());
            }
        }
        return String.join("\n", BoilerplateLines.trimEdges(texts));
    }

    private static boolean isHeading(TextBlocks.Block block) {
        return block.tag().length() == 2 && block.tag().charAt(0) == 'h' && Character.isDigit(block.tag().charAt(1));
    }
}

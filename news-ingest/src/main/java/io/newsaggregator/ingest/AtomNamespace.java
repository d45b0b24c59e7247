package io.newsaggregator.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Puts an Atom feed written without its namespace ({@code <feed>} alone) into the Atom 1.0 namespace. */
final class AtomNamespace {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private AtomNamespace() {
    }

    static void addWhereMissing(Document document) {
        Element root = document.getRootElement();
        if (!root.getName().equals("feed") || !root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            return;
        }
        moveToAtom(root);
    }

    private static void moveToAtom(Element root) {
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            if (element.getNamespace().equals(Namespace.NO_NAMESPACE)) {
                element.setNamespace(ATOM);
            }
            element.getChildren().forEach(pending::push);
        }
    }
}

package org.newslens.web;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article's element in a page. Readability4J (Firefox reader view's algorithm) runs on a
 * copy of the page; every element of the page carries its index into that copy, so what
 * Readability kept is known on the original tree, where {@link Selection} then corrects it. When
 * Readability finds nothing, picks a container with far less prose than the page's main one, or
 * the page is too big for it (its cost grows with size times depth), the container that holds most
 * of the page's prose is the article.
 */
final class ArticleFinder {
    static final String MARK = "data-newslens-i";
    /** Larger or deeper pages skip Readability (seconds on them) for the prose container alone. */
    static final int READABILITY_MAX_ELEMENTS = 12_000;
    static final int READABILITY_MAX_DEPTH = 200;
    /** Readability's pick must hold at least this share of the prose container's prose. */
    static final double MIN_PROSE_SHARE = 0.3;
    /** Walking down from the body, a child holding this share of its parent's prose is the way on. */
    static final double DOMINANT_CHILD = 0.8;

    /** The article: the element to read and the elements inside it to leave out. */
    record Found(Element root, Selection skip) {
    }

    private ArticleFinder() {
    }

    /** @return the article, or null when the page holds none */
    static Found find(Document doc, String pageUrl) {
        Element body = doc.body();
        if (body == null) return null;
        List<Element> elements = new ArrayList<>();
        int[] maxDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    e.attributes().put(MARK, Integer.toString(elements.size())); // not attr(): that looks up the parser, O(depth)
                    elements.add(e);
                    maxDepth[0] = Math.max(maxDepth[0], depth);
                }
            }
        }, body);
        Element[] byIndex = elements.toArray(new Element[0]);
        TextStats stats = new TextStats(body, byIndex.length);
        Element proseRoot = proseContainer(body, stats);

        Element content = byIndex.length <= READABILITY_MAX_ELEMENTS && maxDepth[0] <= READABILITY_MAX_DEPTH
                ? readability(doc.clone(), pageUrl) : null;
        BitSet kept = new BitSet(byIndex.length);
        if (content != null) {
            for (Element e : content.getAllElements()) {
                int i = index(e);
                if (i >= 0 && i < byIndex.length) kept.set(i);
            }
        }
        if (kept.isEmpty()) return fallback(proseRoot, stats);
        Element root = commonAncestor(byIndex, kept);
        if (stats.prose(root) < MIN_PROSE_SHARE * stats.prose(proseRoot)) return fallback(proseRoot, stats);
        BitSet needed = (BitSet) kept.clone();
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            for (Element p = byIndex[i].parent(); p != null && p != root; p = p.parent()) {
                int j = index(p);
                if (j < 0 || needed.get(j)) break;
                needed.set(j);
            }
        }
        return new Found(root, new Selection(root, needed, stats));
    }

    private static Found fallback(Element proseRoot, TextStats stats) {
        if (proseRoot == null || stats.prose(proseRoot) == 0) return null;
        return new Found(proseRoot, new Selection(proseRoot, null, stats));
    }

    /** From the body down, while one child holds most of the prose: the deepest such element. */
    static Element proseContainer(Element body, TextStats stats) {
        Element at = body;
        while (true) {
            int prose = stats.prose(at);
            if (prose == 0) return at;
            Element next = null;
            for (Element c : at.children()) {
                if (stats.prose(c) >= DOMINANT_CHILD * prose && !Boilerplate.marked(c)) {
                    next = c;
                    break;
                }
            }
            if (next == null || next.normalName().equals("p")) return at;
            at = next;
        }
    }

    static int index(Element e) {
        String v = e.attr(MARK);
        if (v.isEmpty()) return -1;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static Element readability(Document copy, String pageUrl) {
        // Readability resolves links in its copy and complains without a base; ours come from the page itself
        String base = pageUrl != null && pageUrl.toLowerCase(Locale.ROOT).matches("https?://.+") ? pageUrl : "https://localhost/";
        try {
            Article a = new Readability4J(base, copy).parse();
            return a.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            return null; // pathological markup: the prose container instead
        }
    }

    /** The deepest element of the page that holds every kept element. */
    private static Element commonAncestor(Element[] byIndex, BitSet kept) {
        Element root = null;
        Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            Element e = byIndex[i];
            if (root == null) {
                root = e;
                for (Element p = e; p != null; p = p.parent()) up.add(p);
                continue;
            }
            Element p = e;
            while (p != null && !up.contains(p)) p = p.parent();
            if (p == null) return byIndex[0];
            if (p != root) {
                for (Element q = root; q != p; q = q.parent()) up.remove(q);
                root = p;
            }
        }
        return root;
    }
}

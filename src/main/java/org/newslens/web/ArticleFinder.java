package org.newslens.web;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.BitSet;
import java.util.function.Predicate;

/**
 * Finds the article's element in a page. Readability4J (Firefox reader view's algorithm) runs on a
 * copy of the page; every element of the page carries its index into that copy, so what
 * Readability kept is known on the original tree, where {@link Selection} then corrects it.
 */
final class ArticleFinder {
    static final String MARK = "data-newslens-i";

    /** The article: the element to read and the elements inside it to leave out. */
    record Found(Element root, Predicate<Element> skip) {
    }

    private ArticleFinder() {
    }

    /** @return the article, or null when the page holds none */
    static Found find(Document doc, String pageUrl) {
        Element body = doc.body();
        if (body == null) return null;
        Elements all = body.getAllElements();
        Element[] byIndex = all.toArray(new Element[0]);
        for (int i = 0; i < byIndex.length; i++) byIndex[i] = setMark(byIndex[i], i);

        Element content = readability(doc.clone(), pageUrl);
        if (content == null) return null;
        BitSet kept = new BitSet(byIndex.length);
        for (Element e : content.getAllElements()) {
            int i = index(e);
            if (i >= 0 && i < byIndex.length) kept.set(i);
        }
        if (kept.isEmpty()) return null;
        Element root = commonAncestor(byIndex, kept);
        BitSet needed = (BitSet) kept.clone();
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            for (Element p = byIndex[i].parent(); p != null && p != root; p = p.parent()) {
                int j = index(p);
                if (j < 0 || needed.get(j)) break;
                needed.set(j);
            }
        }
        return new Found(root, new Selection(root, needed, new TextStats(root, byIndex.length)));
    }

    private static Element setMark(Element e, int i) {
        e.attr(MARK, Integer.toString(i));
        return e;
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
        try {
            Article a = new Readability4J(pageUrl == null ? "" : pageUrl, copy).parse();
            return a.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            return null; // pathological markup: no article rather than a failure
        }
    }

    /** The deepest element of the page that holds every kept element. */
    private static Element commonAncestor(Element[] byIndex, BitSet kept) {
        Element root = null;
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            Element e = byIndex[i];
            if (root == null) {
                root = e;
            } else if (!isAncestor(root, e)) {
                root = lowestCommon(root, e);
            }
        }
        return root;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == a) return true;
        return false;
    }

    private static Element lowestCommon(Element a, Element b) {
        java.util.Set<Element> up = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p = a; p != null; p = p.parent()) up.add(p);
        for (Element p = b; p != null; p = p.parent()) if (up.contains(p)) return p;
        return a.ownerDocument() == null ? a : a.ownerDocument().body();
    }
}

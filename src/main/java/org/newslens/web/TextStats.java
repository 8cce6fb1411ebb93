package org.newslens.web;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Letters and digits under each element of a subtree, and how many of them sit inside links: the
 * sizes that text-density and link-density decisions need, computed in one pass. Elements are
 * numbered by {@link ArticleFinder#MARK}.
 */
final class TextStats {
    private final int[] chars;
    private final int[] linkChars;
    private final int[] prose;

    TextStats(Element root, int size) {
        chars = new int[size];
        linkChars = new int[size];
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = count(t.getWholeText());
                    if (n == 0) return;
                    for (Node p = t.parent(); p != null; p = p.parent()) {
                        if (!(p instanceof Element pe)) break;
                        int i = ArticleFinder.index(pe);
                        if (i >= 0 && i < size) {
                            chars[i] += n;
                            if (inLink > 0) linkChars[i] += n;
                        }
                        if (p == root) break;
                    }
                } else if (node instanceof Element e && e.normalName().equals("a")) {
                    inLink++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) inLink--;
            }
        }, root);
        prose = new int[size];
        for (Element p : root.getElementsByTag("p")) {
            int i = ArticleFinder.index(p);
            if (i < 0 || i >= size || chars[i] < PROSE_MIN_CHARS || linkChars[i] > PROSE_MAX_LINKS * chars[i]) continue;
            int n = chars[i] - linkChars[i];
            for (Element q = p; q != null; q = q.parent()) {
                int j = ArticleFinder.index(q);
                if (j >= 0 && j < size) prose[j] += n;
                if (q == root) break;
            }
        }
    }

    /** A paragraph of prose has at least this many letters and digits... */
    static final int PROSE_MIN_CHARS = 60;
    /** ...and at most this share of them in links. */
    static final double PROSE_MAX_LINKS = 0.3;

    /** Letters and digits in the paragraphs of prose under the element (outside their links). */
    int prose(Element e) {
        int i = ArticleFinder.index(e);
        return i >= 0 && i < prose.length ? prose[i] : 0;
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    int chars(Element e) {
        int i = ArticleFinder.index(e);
        return i >= 0 && i < chars.length ? chars[i] : 0;
    }

    double linkDensity(Element e) {
        int i = ArticleFinder.index(e);
        if (i < 0 || i >= chars.length || chars[i] == 0) return 0;
        return (double) linkChars[i] / chars[i];
    }
}

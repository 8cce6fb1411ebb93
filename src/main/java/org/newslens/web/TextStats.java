package org.newslens.web;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Letters and digits under each element, how many of them sit inside links, and how many are
 * prose (in paragraphs of some length with few links): the sizes that text-density and
 * link-density decisions need, computed bottom-up in one linear pass. Elements are numbered by
 * {@link ArticleFinder#MARK}; elements without a number count for their parent.
 */
final class TextStats {
    /** A paragraph of prose has at least this many letters and digits... */
    static final int PROSE_MIN_CHARS = 60;
    /** ...and at most this share of them in links. */
    static final double PROSE_MAX_LINKS = 0.3;

    private final int[] chars;
    private final int[] linkChars;
    private final int[] prose;

    TextStats(Element root, int size) {
        chars = new int[size];
        linkChars = new int[size];
        prose = new int[size];
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int i = slot(t.parent());
                    if (i < 0) return;
                    int n = count(t.getWholeText());
                    chars[i] += n;
                    if (inLink > 0) linkChars[i] += n;
                } else if (node instanceof Element e && e.normalName().equals("a")) {
                    inLink++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (e.normalName().equals("a")) inLink--;
                int i = slot(e);
                if (i < 0) return;
                if (e.normalName().equals("p") && chars[i] >= PROSE_MIN_CHARS && linkChars[i] <= PROSE_MAX_LINKS * chars[i]) {
                    prose[i] = Math.max(prose[i], chars[i] - linkChars[i]);
                }
                if (e == root) return;
                int p = slot(e.parent());
                if (p < 0 || p == i) return;
                chars[p] += chars[i];
                linkChars[p] += linkChars[i];
                prose[p] += prose[i];
            }

            private int slot(Node n) {
                if (!(n instanceof Element e)) return -1;
                int i = ArticleFinder.index(e);
                return i >= 0 && i < size ? i : -1;
            }
        }, root);
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

    /** Letters and digits in the paragraphs of prose under the element (outside their links). */
    int prose(Element e) {
        int i = ArticleFinder.index(e);
        return i >= 0 && i < prose.length ? prose[i] : 0;
    }
}

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

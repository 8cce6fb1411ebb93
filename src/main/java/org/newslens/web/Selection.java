package org.newslens.web;

import org.jsoup.nodes.Element;

import java.util.BitSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which elements inside the article's root to leave out: Readability's rejects (unless they are
 * prose it dropped by mistake), and what the page's markup or its link density shows to be
 * boilerplate — together with the short label ("Don't miss", "Tags") that introduces it.
 */
final class Selection implements Predicate<Element> {
    /** An element holding less than this share of the article's text may be dropped as boilerplate. */
    static final double MINOR_SHARE = 0.35;
    /** Above this share of text in links, a paragraph, list or box is navigation, not prose. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Letters of prose a section needs to be taken back from Readability's rejects. */
    static final int RESTORE_MIN_PROSE = 300;
    /** Share of a rejected element's text that must be prose to be taken back. */
    static final double RESTORE_PROSE_SHARE = 0.6;
    /** A label is shorter than this (letters and digits). */
    static final int LABEL_MAX_CHARS = 30;
    private static final Set<String> LINK_LISTS = Set.of("p", "ul", "ol", "div", "section", "table", "dl", "h2", "h3",
            "h4", "h5", "h6");

    private final Element root;
    private final BitSet kept;
    private final TextStats stats;
    private final int total;
    /** Rejected elements taken back, so that what they hold comes back with them (parents are tested first). */
    private final BitSet restoredSet = new BitSet();

    /**
     * @param kept elements (by {@link ArticleFinder#MARK}) Readability kept, and their ancestors up to
     *             root; null when Readability was not used
     */
    Selection(Element root, BitSet kept, TextStats stats) {
        this.root = root;
        this.kept = kept;
        this.stats = stats;
        this.total = stats.chars(root);
    }

    @Override
    public boolean test(Element e) {
        if (e == root) return false;
        if (boilerplate(e)) return true;
        if (rejected(e)) {
            Element parent = e.parent();
            int pi = parent == null ? -1 : ArticleFinder.index(parent);
            boolean inRestored = pi >= 0 && restoredSet.get(pi);
            if (!inRestored && !restored(e)) return true;
            int i = ArticleFinder.index(e);
            if (i >= 0) restoredSet.set(i);
        }
        return label(e);
    }

    private boolean boilerplate(Element e) {
        int chars = stats.chars(e);
        if (chars >= MINOR_SHARE * total) return false;
        if (Boilerplate.marked(e)) return true;
        return LINK_LISTS.contains(e.normalName()) && chars > 0 && stats.linkDensity(e) > MAX_LINK_DENSITY;
    }

    /** Readability left the element out: only block elements count (it unwraps and rewrites inline ones). */
    private boolean rejected(Element e) {
        if (kept == null || !BlockBuilder.BLOCK_TAGS.contains(e.normalName()) && !e.normalName().equals("img")) return false;
        int i = ArticleFinder.index(e);
        return i >= 0 && !kept.get(i);
    }

    /**
     * Readability sometimes drops prose: a whole section (one with a video or a pull quote in it),
     * or a single paragraph with a link between two it kept. Mostly prose, few links: taken back.
     */
    private boolean restored(Element e) {
        int prose = stats.prose(e);
        if (prose < RESTORE_PROSE_SHARE * stats.chars(e) || stats.linkDensity(e) >= TextStats.PROSE_MAX_LINKS) return false;
        if (prose >= RESTORE_MIN_PROSE) return true;
        Element prev = e.previousElementSibling(), next = e.nextElementSibling();
        return prose > 0 && prev != null && next != null && !rejected(prev) && !rejected(next);
    }

    /** A short line without links right before boilerplate is that boilerplate's heading. */
    private boolean label(Element e) {
        int chars = stats.chars(e);
        if (chars == 0 || chars > LABEL_MAX_CHARS || stats.linkDensity(e) > 0) return false;
        Element next = e.nextElementSibling();
        return next != null && stats.chars(next) > 0 && boilerplate(next);
    }
}

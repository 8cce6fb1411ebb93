package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;
import org.newslens.model.ArticleExtraction.ArticleActor;
import org.newslens.model.ArticleExtraction.DateMention;
import org.newslens.model.ArticleExtraction.TextSpan;
import org.newslens.ui.sidebar.DateLabels;

/**
 * The article's paragraphs cut into runs at every mention (and quote) boundary, each run knowing
 * its place in the body and, for a mention, what it refers to. Pure: built off the FX thread.
 */
public final class MarkedText {
    /** What a highlighted run is. */
    public enum Kind { PERSON, ORGANISATION, PLACE, DATE }

    /** A mention: its kind, the actor (0 for a date), the canonical name and what hovering shows. */
    public record Mark(Kind kind, long actorId, String name, String tooltip) {
    }

    /**
     * A stretch of one paragraph: body offsets [bodyStart, bodyEnd), its mark or null, the address
     * of the link it is part of (already checked by {@code Block.safeHref}) or null, and whether the
     * search matched it.
     */
    public record Run(String text, int bodyStart, int bodyEnd, Mark mark, String href, boolean match) {
        public Run(String text, int bodyStart, int bodyEnd, Mark mark) {
            this(text, bodyStart, bodyEnd, mark, null, false);
        }

        public Run(String text, int bodyStart, int bodyEnd, Mark mark, String href) {
            this(text, bodyStart, bodyEnd, mark, href, false);
        }

        public Run(String text, int bodyStart, int bodyEnd, Mark mark, boolean match) {
            this(text, bodyStart, bodyEnd, mark, null, match);
        }
    }

    /**
     * One block as the reader draws it: its runs, its place in the body, the structure's block (null for
     * a body without structure: a plain paragraph) and, for a list item, its bullet or number.
     * An image has no runs and no place in the body (bodyStart and bodyEnd are -1).
     */
    public record Paragraph(List<Run> runs, int bodyStart, int bodyEnd, Block block, String marker) {
        public Paragraph(List<Run> runs, int bodyStart, int bodyEnd) {
            this(runs, bodyStart, bodyEnd, null, "");
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }

        /** True for the paragraphs drawn as text (not an image's placeholder). */
        public boolean isText() {
            return block == null || block.kind() != Block.Kind.IMAGE;
        }
    }

    private record Span(int start, int end, Mark mark) {
    }

    private record LinkSpan(int start, int end, String href) {
    }

    private MarkedText() {
    }

    public static List<Paragraph> build(String body, ArticleExtraction x) {
        return build(body, null, x, List.of());
    }

    /** As {@link #build(String, ArticleExtraction)}, the runs inside {@code matches} (body offsets [start, end)) marked as search matches. */
    public static List<Paragraph> build(String body, ArticleExtraction x, List<int[]> matches) {
        return build(body, null, x, matches);
    }

    public static List<Paragraph> build(String body, ArticleStructure structure, ArticleExtraction x) {
        return build(body, structure, x, List.of());
    }

    /**
     * The body's blocks cut into runs. With a structure that is this body's, one paragraph per block
     * (images included, as placeholders), runs also cut at links; otherwise the body's paragraphs. The runs
     * inside {@code matches} (body offsets [start, end)) are marked as search matches.
     */
    public static List<Paragraph> build(String body, ArticleStructure structure, ArticleExtraction x, List<int[]> matches) {
        boolean structured = structure != null && body != null && structure.plainText().equals(body);
        List<Span> spans = spans(x);
        List<LinkSpan> links = structured ? links(structure) : List.of();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int[] m : matches) {
            cuts.add(m[0]);
            cuts.add(m[1]);
        }
        for (Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (ArticleExtraction.QuoteMention q : x.quotes()) {
            cuts.add(q.start());
            cuts.add(q.end());
        }
        for (LinkSpan l : links) {
            cuts.add(l.start());
            cuts.add(l.end());
        }
        List<Paragraphs.Piece> pieces = Paragraphs.pieces(body, structured ? structure : null);
        List<Paragraph> out = new ArrayList<>();
        int[] next = {0, 0};
        if (!structured) {
            for (Paragraphs.Piece p : pieces) {
                out.add(new Paragraph(runs(p, spans, links, matches, cuts, next), p.bodyStart(), p.bodyEnd()));
            }
            return List.copyOf(out);
        }
        int piece = 0;
        Markers markers = new Markers();
        for (Block b : structure.blocks()) {
            String marker = markers.next(b);
            if (!b.isText()) {
                if (b.kind() == Block.Kind.IMAGE) {
                    out.add(new Paragraph(List.of(), -1, -1, b, ""));
                }
                continue;
            }
            Paragraphs.Piece p = pieces.get(piece++);
            out.add(new Paragraph(runs(p, spans, links, matches, cuts, next), p.bodyStart(), p.bodyEnd(), b, marker));
        }
        return List.copyOf(out);
    }

    /** One piece's runs; {@code next} holds the first span and link not yet passed (pieces come in body order). */
    private static List<Run> runs(Paragraphs.Piece p, List<Span> spans, List<LinkSpan> links, List<int[]> matches,
                                  TreeSet<Integer> cuts, int[] next) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int n = p.text().length();
        while (i < n) {
            int bodyAt = p.offsets()[i];
            while (next[0] < spans.size() && spans.get(next[0]).end() <= bodyAt) {
                next[0]++;
            }
            while (next[1] < links.size() && links.get(next[1]).end() <= bodyAt) {
                next[1]++;
            }
            Span span = next[0] < spans.size() && spans.get(next[0]).start() <= bodyAt ? spans.get(next[0]) : null;
            LinkSpan link = next[1] < links.size() && links.get(next[1]).start() <= bodyAt ? links.get(next[1]) : null;
            Integer cut = cuts.higher(bodyAt);
            int j = cut == null ? n : Math.min(n, p.indexOf(cut));
            j = Math.max(j, i + 1);
            int at = bodyAt;
            boolean match = matches.stream().anyMatch(m -> m[0] <= at && at < m[1]);
            runs.add(new Run(p.text().substring(i, j), bodyAt, j < n ? p.offsets()[j] : p.bodyEnd(),
                    span == null ? null : span.mark(), link == null ? null : link.href(), match));
            i = j;
        }
        return List.copyOf(runs);
    }

    /**
     * Where the words of a search query occur in {@code body}, as the full-text search finds them: whole
     * words, case-insensitive, the last word also as a prefix ("tarif" finds "tariffs"); quotes and
     * operators are ignored. Body offsets [start, end), in text order.
     */
    public static List<int[]> matches(String body, String query) {
        List<int[]> out = new ArrayList<>();
        if (query == null || query.isBlank() || body == null) {
            return out;
        }
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(query);
        while (w.find()) {
            if (!List.of("AND", "OR", "NOT", "NEAR").contains(w.group())) {
                words.add(w.group());
            }
        }
        for (int k = 0; k < words.size(); k++) {
            boolean prefix = k == words.size() - 1 && !query.strip().endsWith("\"");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(words.get(k))
                    + (prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])"),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(body);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** The structure's links in body offsets, in order, each address checked again. */
    private static List<LinkSpan> links(ArticleStructure structure) {
        List<LinkSpan> out = new ArrayList<>();
        int[] starts = structure.starts();
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0) {
                continue;
            }
            for (Block.Link l : structure.blocks().get(i).links()) {
                String href = Block.safeHref(l.href());
                if (href != null && l.end() > l.start()) {
                    out.add(new LinkSpan(starts[i] + l.start(), starts[i] + l.end(), href));
                }
            }
        }
        return out;
    }

    /** Bullets by nesting depth, and numbers that count the items of one ordered list at one depth. */
    static final class Markers {
        private static final String[] BULLETS = {"•", "◦", "▪"};
        private final int[] counters = new int[16];

        String next(Block b) {
            int level = Math.max(1, Math.min(counters.length - 1, b.level()));
            switch (b.kind()) {
                case ORDERED_ITEM -> {
                    java.util.Arrays.fill(counters, level + 1, counters.length, 0);
                    return ++counters[level] + ".";
                }
                case LIST_ITEM -> {
                    java.util.Arrays.fill(counters, level, counters.length, 0);
                    return BULLETS[(level - 1) % BULLETS.length];
                }
                case IMAGE -> {
                    return "";
                }
                default -> {
                    java.util.Arrays.fill(counters, 0);
                    return "";
                }
            }
        }
    }

    /** Mentions of visible actors and dates, in text order, without overlaps (the first one wins). */
    private static List<Span> spans(ArticleExtraction x) {
        List<Span> all = new ArrayList<>();
        for (ArticleActor a : x.actors()) {
            if (a.hidden()) {
                continue;
            }
            Kind kind = switch (a.type()) {
                case "PERSON" -> Kind.PERSON;
                case "ORGANIZATION" -> Kind.ORGANISATION;
                default -> Kind.PLACE;
            };
            String what = switch (kind) {
                case PERSON -> "Person";
                case ORGANISATION -> "Organisation";
                default -> "Place";
            };
            String tip = a.name() + "\n" + (a.roles().isEmpty() ? what : String.join(" · ", a.roles()))
                    + "\n" + a.mentionCount() + (a.mentionCount() == 1 ? " mention" : " mentions")
                    + "  ·  click to select, double-click to filter";
            Mark mark = new Mark(kind, a.actorId(), a.name(), tip);
            for (TextSpan m : a.mentions()) {
                all.add(new Span(m.start(), m.end(), mark));
            }
        }
        for (DateMention d : x.dates()) {
            String label = DateLabels.label(d.value());
            all.add(new Span(d.start(), d.end(), new Mark(Kind.DATE, 0, label,
                    label + (label.equalsIgnoreCase(d.text()) ? "" : "\n“" + d.text() + "”"))));
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        List<Span> out = new ArrayList<>();
        int end = -1;
        for (Span s : all) {
            if (s.start() >= end && s.end() > s.start()) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }
}

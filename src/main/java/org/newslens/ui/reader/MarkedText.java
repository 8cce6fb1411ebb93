package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.newslens.model.ArticleExtraction;
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

    /** A stretch of one paragraph: body offsets [bodyStart, bodyEnd), its mark or null, and whether the search matched it. */
    public record Run(String text, int bodyStart, int bodyEnd, Mark mark, boolean match) {
        public Run(String text, int bodyStart, int bodyEnd, Mark mark) {
            this(text, bodyStart, bodyEnd, mark, false);
        }
    }

    public record Paragraph(List<Run> runs, int bodyStart, int bodyEnd) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    private record Span(int start, int end, Mark mark) {
    }

    private MarkedText() {
    }

    public static List<Paragraph> build(String body, ArticleExtraction x) {
        return build(body, x, List.of());
    }

    /** As {@link #build(String, ArticleExtraction)}, the runs inside {@code matches} (body offsets [start, end)) marked as search matches. */
    public static List<Paragraph> build(String body, ArticleExtraction x, List<int[]> matches) {
        List<Span> spans = spans(x);
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
        List<Paragraph> out = new ArrayList<>();
        int next = 0;
        for (Paragraphs.Piece p : Paragraphs.pieces(body)) {
            List<Run> runs = new ArrayList<>();
            int i = 0;
            int n = p.text().length();
            while (i < n) {
                int bodyAt = p.offsets()[i];
                while (next < spans.size() && spans.get(next).end() <= bodyAt) {
                    next++;
                }
                Span span = next < spans.size() && spans.get(next).start() <= bodyAt ? spans.get(next) : null;
                Integer cut = cuts.higher(bodyAt);
                int j = cut == null ? n : Math.min(n, p.indexOf(cut));
                j = Math.max(j, i + 1);
                int at = bodyAt;
                boolean match = matches.stream().anyMatch(m -> m[0] <= at && at < m[1]);
                runs.add(new Run(p.text().substring(i, j), bodyAt, j < n ? p.offsets()[j] : p.bodyEnd(), span == null ? null : span.mark(),
                        match));
                i = j;
            }
            out.add(new Paragraph(List.copyOf(runs), p.bodyStart(), p.bodyEnd()));
        }
        return List.copyOf(out);
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

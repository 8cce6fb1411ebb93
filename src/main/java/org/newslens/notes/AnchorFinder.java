package org.newslens.notes;

import org.newslens.model.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a highlight again in a (possibly changed) body: by its exact offsets, else by its quote with
 * its context, else by the quote alone nearest to the old offset (whitespace may differ), else it is
 * orphaned.
 */
public final class AnchorFinder {
    private AnchorFinder() {
    }

    /** How a highlight was found. */
    public enum Match { EXACT, CONTEXT, QUOTE, ORPHANED }

    /** Where a highlight is in the body now; {@code start}/{@code end} are -1 when orphaned. */
    public record Location(Match match, int start, int end) {
        public boolean found() {
            return match != Match.ORPHANED;
        }

        static final Location ORPHANED = new Location(Match.ORPHANED, -1, -1);
    }

    public static Location locate(String body, Anchor a) {
        if (a.quote().isEmpty()) {
            return Location.ORPHANED;
        }
        if (a.start() >= 0 && a.end() <= body.length() && a.start() < a.end()
                && body.startsWith(a.quote(), a.start()) && a.end() - a.start() == a.quote().length()) {
            return new Location(Match.EXACT, a.start(), a.end());
        }
        List<Integer> hits = occurrences(body, a.quote());
        int best = -1;
        for (int at : hits) {
            if (contextMatches(body, at, at + a.quote().length(), a) && closer(at, best, a.start())) {
                best = at;
            }
        }
        if (best >= 0) {
            return new Location(Match.CONTEXT, best, best + a.quote().length());
        }
        for (int at : hits) {
            if (closer(at, best, a.start())) {
                best = at;
            }
        }
        if (best >= 0) {
            return new Location(Match.QUOTE, best, best + a.quote().length());
        }
        return loose(body, a);
    }

    private static boolean closer(int at, int best, int old) {
        return best < 0 || Math.abs(at - old) < Math.abs(best - old);
    }

    private static List<Integer> occurrences(String body, String quote) {
        List<Integer> out = new ArrayList<>();
        for (int i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) {
            out.add(i);
        }
        return out;
    }

    private static boolean contextMatches(String body, int start, int end, Anchor a) {
        if (a.prefix().isEmpty() && a.suffix().isEmpty()) {
            return false;
        }
        return body.substring(0, start).endsWith(a.prefix()) && body.startsWith(a.suffix(), end);
    }

    /** The quote with any run of whitespace matching any other (line endings, re-wrapped paragraphs). */
    private static Location loose(String body, Anchor a) {
        String[] words = a.quote().strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Location.ORPHANED;
        }
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            if (re.length() > 0) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(body);
        int bestStart = -1;
        int bestEnd = -1;
        while (m.find()) {
            if (closer(m.start(), bestStart, a.start())) {
                bestStart = m.start();
                bestEnd = m.end();
            }
        }
        return bestStart < 0 ? Location.ORPHANED : new Location(Match.QUOTE, bestStart, bestEnd);
    }
}

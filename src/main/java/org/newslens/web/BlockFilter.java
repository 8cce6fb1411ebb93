package org.newslens.web;

import org.newslens.model.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Last pass over the blocks: what no markup marked but no article says as a paragraph of its own —
 * a dateline of only a date and time ("Updated 12:24 am EST, Wednesday, November 20, 2019"), a bare
 * URL, and the headline again.
 */
final class BlockFilter {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> DATE_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am",
            "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et",
            "pt", "hst", "ist", "aest", "updated", "published", "posted", "last", "modified", "on", "at", "first",
            "st", "nd", "rd", "th", "date", "time", "h");
    private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    /** A dateline has at most this many words. */
    static final int DATELINE_MAX_WORDS = 16;

    private BlockFilter() {
    }

    static List<Block> apply(List<Block> blocks, String title) {
        String t = Text.normalise(title);
        boolean titleSeen = false;
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isText()) {
                out.add(b);
                continue;
            }
            String text = b.text();
            if (!titleSeen && i < 6 && b.kind() == Block.Kind.HEADING && text.equalsIgnoreCase(t)) {
                titleSeen = true; // the headline repeated as the body's first heading is the title
                continue;
            }
            if (b.kind() != Block.Kind.PREFORMATTED && (dateline(text) || URL.matcher(text).matches())) continue;
            out.add(b);
        }
        return out;
    }

    /** Only a date and a time: numbers, month and day names, time zones, "updated"/"published". */
    static boolean dateline(String text) {
        var m = TOKEN.matcher(text);
        int words = 0, other = 0, numbers = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (words > DATELINE_MAX_WORDS) return false;
            if (Character.isDigit(w.charAt(0))) numbers++;
            else if (!DATE_WORDS.contains(w)) other++;
        }
        return numbers >= 2 && other == 0;
    }
}

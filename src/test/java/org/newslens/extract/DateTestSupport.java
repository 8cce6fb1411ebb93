package org.newslens.extract;

import java.time.LocalDate;
import java.util.List;

/** Shared helpers of the date-engine tests: run the whole engine on a made-up text. */
final class DateTestSupport {
    private DateTestSupport() {}

    static List<ExtractedDate> dates(String text, LocalDate dct) {
        return NlpExtractor.shared().extract(text, dct).dates();
    }

    /** The value of the expression written exactly {@code span}; fails listing all when there is none. */
    static String value(List<ExtractedDate> ds, String span) {
        return ds.stream().filter(d -> d.text().equals(span)).map(ExtractedDate::value).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + span + "' in " + ds));
    }

    static boolean none(List<ExtractedDate> ds, String word) {
        return ds.stream().noneMatch(d -> d.text().toLowerCase(java.util.Locale.ROOT).contains(word));
    }
}

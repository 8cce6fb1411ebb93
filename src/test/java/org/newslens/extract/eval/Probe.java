package org.newslens.extract.eval;

import org.newslens.extract.NlpExtractor;
import java.time.LocalDate;

/** Prints the engine's dates for one sentence: Probe "text" yyyy-mm-dd. */
public final class Probe {
    public static void main(String[] a) {
        var e = NlpExtractor.shared().extract(a[0], LocalDate.parse(a[1]));
        e.dates().forEach(System.out::println);
        e.quotes().forEach(System.out::println);
        e.actors().forEach(x -> System.out.println(x.type() + " " + x.name()));
    }
}

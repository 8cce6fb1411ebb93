package org.newslens.extract.eval;

import org.newslens.extract.NlpExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints the engine's dates, quotes and actors for a text: Probe "text" yyyy-mm-dd, or Probe @file yyyy-mm-dd (texts split by lines of ----). */
public final class Probe {
    public static void main(String[] a) throws Exception {
        String[] texts = a[0].startsWith("@") ? Files.readString(Path.of(a[0].substring(1))).split("\n----\n") : new String[] {a[0]};
        for (String t : texts) {
            var e = NlpExtractor.shared().extract(t.strip(), LocalDate.parse(a[1]));
            System.out.println("=== " + t.strip().substring(0, Math.min(60, t.strip().length())));
            e.dates().forEach(System.out::println);
            e.quotes().forEach(q -> System.out.println("Q [" + q.speaker() + "] " + q.text()));
            e.actors().forEach(x -> System.out.println(x.type() + " " + x.name() + " " + x.aliases() + " " + x.roles()));
        }
    }
}

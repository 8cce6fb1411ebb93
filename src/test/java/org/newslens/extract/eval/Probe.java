package org.newslens.extract.eval;

import org.newslens.extract.NlpExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Prints the engine's dates for sentences: {@code Probe "text" yyyy-mm-dd}, or {@code Probe @FILE}
 * with one {@code yyyy-mm-dd|text} per line (one pipeline load for all), or {@code Probe =GOLD.json} (a gold
 * article: its dates, quotes and actors).
 */
public final class Probe {
    public static void main(String[] a) throws Exception {
        if (a[0].startsWith("=")) {
            var g = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[0].substring(1)).toFile());
            print(g.get("text").asText(), LocalDate.parse(g.get("dct").asText()), true);
        } else if (a[0].startsWith("@")) {
            for (String line : Files.readAllLines(Path.of(a[0].substring(1)))) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int bar = line.indexOf('|');
                System.out.println("== " + line);
                print(line.substring(bar + 1), LocalDate.parse(line.substring(0, bar)), System.getProperty("all") != null);
            }
        } else {
            print(a[0], LocalDate.parse(a[1]), true);
        }
    }

    private static void print(String text, LocalDate dct, boolean all) {
        var e = NlpExtractor.shared().extract(text, dct);
        e.dates().forEach(d -> System.out.println("   " + d.text() + " = " + d.value() + " " + d.type()));
        if (!all) return;
        e.quotes().forEach(System.out::println);
        e.actors().forEach(x -> System.out.println(x.type() + " " + x.name() + " " + x.aliases()));
    }
}

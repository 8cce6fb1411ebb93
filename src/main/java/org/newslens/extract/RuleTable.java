package org.newslens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractor's rule files next to its classes ({@code places.txt}, {@code well-known-people.txt}):
 * UTF-8, one row per line, fields split at {@code |} and stripped, blank lines and {@code #} comments
 * skipped. Read once by each table's holder; a missing file is a broken build, not a missing rule.
 */
final class RuleTable {
    private RuleTable() {}

    static List<String[]> rows(String name) {
        try (InputStream in = RuleTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] fields = line.split("\\|");
                for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
                out.add(fields);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

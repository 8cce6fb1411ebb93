package org.newslens.extract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.time.LocalDate;

/** Developer tool: prints the tokens (word/POS/NER) of a gold article around each given substring. {@code TokDump GOLD.json TEXT...} */
public final class TokDump {
    public static void main(String[] a) throws Exception {
        var g = new ObjectMapper().readTree(Path.of(a[0]).toFile());
        String text = g.get("text").asText();
        Doc doc = Pipeline.get().annotate(text, LocalDate.parse(g.get("dct").asText()));
        for (int k = 1; k < a.length; k++) {
            int at = text.indexOf(a[k].replace('_', ' '));
            StringBuilder sb = new StringBuilder("== " + a[k] + ":");
            for (Doc.Tok t : doc.toks) {
                if (t.end() > at - 40 && t.start() < at + a[k].length() + 40) sb.append(' ').append(t.word()).append('/').append(t.pos()).append('/').append(t.ner()).append('/').append(t.sent());
            }
            System.out.println(sb);
        }
    }
}

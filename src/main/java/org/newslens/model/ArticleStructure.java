package org.newslens.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's cleaned structure. Its {@link #plainText()} is the body that is stored, searched and
 * analysed: the text blocks joined by a blank line, so every extraction offset indexes it, and
 * {@link #starts()} says where each block begins in it (the reader uses the same numbers).
 */
public record ArticleStructure(List<Block> blocks) {
    public static final String SEPARATOR = "\n\n";

    public ArticleStructure {
        blocks = List.copyOf(blocks);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!b.isText()) continue;
            if (!sb.isEmpty()) sb.append(SEPARATOR);
            sb.append(b.text());
        }
        return sb.toString();
    }

    /** For each block, its start offset in {@link #plainText()}; -1 for blocks without text (images). */
    public int[] starts() {
        int[] out = new int[blocks.size()];
        int pos = 0;
        boolean first = true;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isText()) {
                out[i] = -1;
                continue;
            }
            if (!first) pos += SEPARATOR.length();
            first = false;
            out[i] = pos;
            pos += b.text().length();
        }
        return out;
    }

    /** Plain text split at blank lines into paragraphs: the structure of a .txt file. */
    public static ArticleStructure ofPlainText(String text) {
        List<Block> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            String t = p.strip();
            if (!t.isEmpty()) out.add(Block.paragraph(t));
        }
        return new ArticleStructure(out);
    }
}

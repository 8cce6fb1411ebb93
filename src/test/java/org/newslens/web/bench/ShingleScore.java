package org.newslens.web.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The webbench metric, ported from {@code ../shared/webbench/score.py} (and checked against it):
 * texts become word tokens (Python's {@code \w+}), each text a multiset of 4-word shingles; per page
 * tp/fp/fn over shingles are normalised to sum to 1; precision and recall are averaged over pages
 * and F1 is computed from the two averages.
 */
public final class ShingleScore {
    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private int pages;
    private int exact;

    /** One page's normalised true positives, false positives and false negatives. */
    public record Counts(double tp, double fp, double fn) {
    }

    public void add(String truth, String predicted) {
        Counts c = counts(truth, predicted);
        boolean both = c.fp == 0 && c.fn == 0;
        if (c.tp + c.fp > 0 || both) precisions.add(ratio(c.tp, c.fp, both));
        if (c.tp + c.fn > 0 || both) recalls.add(ratio(c.tp, c.fn, both));
        if (tokens(truth).equals(tokens(predicted))) exact++;
        pages++;
    }

    public double precision() {
        return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double recall() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int pages() {
        return pages;
    }

    public double exact() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "f1=%.3f precision=%.3f recall=%.3f exact=%.3f pages=%d",
                f1(), precision(), recall(), exact(), pages);
    }

    private static double ratio(double a, double b, boolean emptyBoth) {
        if (emptyBoth) return 1.0;
        return a + b > 0 ? a / (a + b) : 0.0;
    }

    public static Counts counts(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth), p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        long tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int a = t.getOrDefault(k, 0), b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        return s == 0 ? new Counts(0, 0, 0) : new Counts(tp / s, fp / s, fn / s);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        int n = 4;
        for (int i = 0; i < Math.max(1, toks.size() - n + 1); i++) {
            List<String> sh = toks.subList(i, Math.min(toks.size(), i + n));
            if (!sh.isEmpty()) out.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return out;
    }

    /** Python's {@code re.findall(r"\w+", text)}: runs of letters, numbers and underscores. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean w = isWord(cp);
            if (w && start < 0) start = i;
            if (!w && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}

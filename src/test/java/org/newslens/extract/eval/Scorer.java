package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A faithful port of {@code shared/eval/score.py}: person P/R/F1 (strict and lenient), date-value
 * P/R/F1, quote F1 and quote-attribution F1, micro-averaged over documents.
 */
public final class Scorer {
    private int pTpG, pNG, pTpS, pNS, pLtpG, pLtpS;
    private int dTpG, dNG, dTpS, dNS;
    private int qTpG, qNG, qTpS, qNS, qAtpG, qAtpS, qStrictG, qStrictN;
    /** Found quotes whose speaker is right only by the lenient rule (a shared surname or a part of the name): not in {@link #errors}. */
    public final List<String> strictSpeakerErrors = new ArrayList<>();
    /** Error lines for the verbose listing. */
    public final List<String> errors = new ArrayList<>();

    static String norm(String s) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{Mn}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^(mr|mrs|ms|dr|president|sir|lord)\\.?\\s+", "");
        s = s.replaceFirst("['’]s$", "");
        return s.replaceAll("[^a-z0-9]+", " ").strip();
    }

    static String surname(String n) {
        if (n.isEmpty()) return "";
        String[] p = n.split(" ");
        return p[p.length - 1];
    }

    static boolean overlaps(String a, String b) {
        a = norm(a); b = norm(b);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    static boolean sameSpeaker(String sys, JsonNode gold) {
        if (gold == null || gold.isNull()) return true;
        String a = norm(sys == null ? "" : sys), b = norm(gold.asText());
        return !a.isEmpty() && (a.equals(b) || surname(a).equals(surname(b)) || a.contains(b) || b.contains(a));
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Adds one document (gold JSON, system JSON in the extract contract). */
    public void add(String id, JsonNode g, JsonNode s) {
        JsonNode persons = g.get("persons");
        if (persons != null && !persons.isNull()) {
            Set<String> gold = new LinkedHashSet<>();
            for (JsonNode p : persons) if (!norm(p.asText()).isEmpty()) gold.add(norm(p.asText()));
            List<Set<String>> sysn = new ArrayList<>();
            List<String> sysNames = new ArrayList<>();
            for (JsonNode a : s.path("actors")) {
                if (!a.path("type").asText("").toUpperCase(Locale.ROOT).equals("PERSON")) continue;
                Set<String> ns = new HashSet<>();
                String name = a.path("name").asText("");
                if (!name.isEmpty()) ns.add(norm(name));
                for (JsonNode al : a.path("aliases")) if (!al.asText("").isEmpty()) ns.add(norm(al.asText()));
                sysn.add(ns);
                sysNames.add(name);
            }
            Set<String> all = new HashSet<>();
            sysn.forEach(all::addAll);
            Set<String> allSur = new HashSet<>();
            for (String n : all) allSur.add(surname(n));
            for (String p : gold) {
                pNG++;
                if (all.contains(p)) pTpG++;
                if (all.contains(p) || allSur.contains(surname(p))) pLtpG++;
                else errors.add(id + ": missed person '" + p + "'");
                if (!all.contains(p) && allSur.contains(surname(p))) errors.add(id + ": person '" + p + "' found by surname only (strict miss)");
            }
            Set<String> gSur = new HashSet<>();
            for (String p : gold) gSur.add(surname(p));
            for (int i = 0; i < sysn.size(); i++) {
                Set<String> names = sysn.get(i);
                pNS++;
                boolean hit = names.stream().anyMatch(gold::contains);
                if (hit) pTpS++;
                if (hit || names.stream().map(Scorer::surname).anyMatch(gSur::contains)) pLtpS++;
                else errors.add(id + ": spurious person '" + sysNames.get(i) + "'");
                if (!hit && names.stream().map(Scorer::surname).anyMatch(gSur::contains)) errors.add(id + ": person '" + sysNames.get(i) + "' " + names + " matches gold by surname only (strict miss)");
            }
        }
        JsonNode gdates = g.get("dates");
        if (gdates != null && !gdates.isNull()) {
            List<JsonNode> gd = new ArrayList<>(), sd = new ArrayList<>();
            for (JsonNode d : gdates) if (nonEmpty(text(d, "value"))) gd.add(d);
            for (JsonNode d : s.path("dates")) if (nonEmpty(text(d, "value"))) sd.add(d);
            Set<Integer> used = new HashSet<>();
            for (JsonNode d : gd) {
                dNG++;
                Integer hit = null;
                for (int i = 0; i < sd.size(); i++) {
                    JsonNode x = sd.get(i);
                    if (!used.contains(i) && text(x, "value").equals(text(d, "value"))
                            && overlaps(x.path("text").asText(""), text(d, "text"))) { hit = i; break; }
                }
                if (hit != null) { used.add(hit); dTpG++; }
                else {
                    List<String> cand = new ArrayList<>();
                    for (JsonNode x : sd) if (overlaps(x.path("text").asText(""), text(d, "text"))) cand.add(x.path("text").asText() + "=" + text(x, "value"));
                    errors.add(id + ": missed date '" + text(d, "text") + "'=" + text(d, "value") + " sys=" + cand);
                }
            }
            for (int i = 0; i < sd.size(); i++) {
                if (!used.contains(i)) errors.add(id + ": extra date '" + sd.get(i).path("text").asText() + "'=" + text(sd.get(i), "value"));
            }
            dNS += sd.size();
            dTpS += used.size();
        }
        JsonNode gq = g.get("quotes");
        if (gq != null && !gq.isNull()) {
            List<JsonNode> sq = new ArrayList<>();
            s.path("quotes").forEach(sq::add);
            qNG += gq.size();
            qNS += sq.size();
            Set<Integer> found = new HashSet<>(), attr = new HashSet<>();
            for (JsonNode q : gq) {
                List<Integer> hits = new ArrayList<>();
                for (int i = 0; i < sq.size(); i++) if (spanOverlap(sq.get(i), q)) hits.add(i);
                if (!hits.isEmpty()) { qTpG++; found.addAll(hits); }
                List<Integer> good = new ArrayList<>();
                for (int i : hits) if (sameSpeaker(text(sq.get(i), "speaker"), q.get("speaker"))) good.add(i);
                if (!good.isEmpty()) { qAtpG++; attr.addAll(good); }
                else {
                    List<String> sp = new ArrayList<>();
                    for (int i : hits) sp.add(text(sq.get(i), "speaker"));
                    String t = q.path("text").asText();
                    errors.add(id + ": quote '" + t.substring(0, Math.min(40, t.length())) + "' by " + text(q, "speaker") + ": sys " + sp);
                }
                if (!hits.isEmpty() && q.get("speaker") != null && !q.get("speaker").isNull()) {
                    String exact = norm(q.get("speaker").asText());
                    if (hits.stream().anyMatch(i -> norm(String.valueOf(text(sq.get(i), "speaker"))).equals(exact))) qStrictG++;
                    else if (!good.isEmpty()) {
                        String t = q.path("text").asText();
                        strictSpeakerErrors.add(id + ": quote '" + t.substring(0, Math.min(40, t.length())) + "' by " + text(q, "speaker")
                                + ": sys " + hits.stream().map(i -> text(sq.get(i), "speaker")).toList() + " (shares the surname only)");
                    }
                    qStrictN++;
                }
            }
            for (int i = 0; i < sq.size(); i++) {
                if (!found.contains(i)) errors.add(id + ": extra quote '" + sq.get(i).path("text").asText() + "'");
            }
            qTpS += found.size();
            qAtpS += attr.size();
        }
    }

    private static boolean nonEmpty(String s) { return s != null && !s.isEmpty(); }

    private static boolean spanOverlap(JsonNode a, JsonNode b) {
        return a.hasNonNull("start") && b.hasNonNull("start")
                && a.get("start").asInt() < b.get("end").asInt() && b.get("start").asInt() < a.get("end").asInt();
    }

    private static double[] f(int tpG, int nG, int tpS, int nS) {
        double r = nG == 0 ? 0 : (double) tpG / nG, p = nS == 0 ? 0 : (double) tpS / nS;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    public double[] persons() { return f(pTpG, pNG, pTpS, pNS); }
    public double[] personsLenient() { return f(pLtpG, pNG, pLtpS, pNS); }
    public double[] dates() { return f(dTpG, dNG, dTpS, dNS); }
    public double quoteF1() { return f(qTpG, qNG, qTpS, qNS)[2]; }
    /** Of the found gold quotes with a speaker, the share whose system speaker is exactly the gold name (no surname leniency). */
    public double strictSpeakerShare() { return qStrictN == 0 ? 1.0 : (double) qStrictG / qStrictN; }

    public double quoteAttrF1() { return f(qAtpG, qNG, qAtpS, qNS)[2]; }

    public String summary() {
        double[] p = persons(), l = personsLenient(), d = dates();
        return String.format(Locale.ROOT,
                "person P/R/F1 %.3f/%.3f/%.3f (lenient F1 %.3f)  date P/R/F1 %.3f/%.3f/%.3f  quote F1 %.3f  quote-attr F1 %.3f",
                p[0], p[1], p[2], l[2], d[0], d[1], d[2], quoteF1(), quoteAttrF1());
    }
}

package org.newslens.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP layer: tokenize, ssplit, pos, lemma, 3-class CRF NER (no fine-grained, no numeric
 * classifiers) and SUTime run separately, so that dates can be re-resolved against another
 * published date without re-running the taggers. Loaded once, lazily; thread-safe.
 */
final class Pipeline {
    /** Paragraphs longer than this are cut (at a sentence end if possible) to bound sentence length. */
    static final int MAX_PIECE = 2000;

    private static volatile Pipeline instance;

    private final StanfordCoreNLP nlp;
    private final TimeAnnotator sutime;
    final long loadMillis;

    private Pipeline() {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        nlp = new StanfordCoreNLP(p);
        Properties tp = new Properties();
        tp.setProperty("sutime.includeRange", "true");
        sutime = new TimeAnnotator("sutime", tp);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    static Pipeline get() {
        Pipeline p = instance;
        if (p == null) {
            synchronized (Pipeline.class) {
                p = instance;
                if (p == null) instance = p = new Pipeline();
            }
        }
        return p;
    }

    /** Tokenises and tags the body, piece by piece (paragraphs, long ones cut). */
    Doc annotate(String text) {
        List<Doc.Tok> toks = new ArrayList<>();
        List<Doc.Sent> sents = new ArrayList<>();
        List<Doc.Piece> pieces = new ArrayList<>();
        for (int[] r : pieces(text)) {
            String s = text.substring(r[0], r[1]);
            if (s.isBlank()) continue;
            Annotation a = new Annotation(s);
            nlp.annotate(a);
            pieces.add(new Doc.Piece(r[0], a, toks.size()));
            for (CoreMap sm : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tl = sm.get(CoreAnnotations.TokensAnnotation.class);
                if (tl.isEmpty()) continue;
                int from = toks.size();
                for (CoreLabel t : tl) {
                    int b = r[0] + t.beginPosition(), e = r[0] + t.endPosition();
                    toks.add(new Doc.Tok(toks.size(), b, e, text.substring(b, e), t.tag(),
                            t.lemma(), t.ner() == null ? "O" : t.ner(), sents.size()));
                }
                sents.add(new Doc.Sent(sents.size(), toks.get(from).start(), toks.get(toks.size() - 1).end(), from, toks.size()));
            }
        }
        return new Doc(text, toks, sents, pieces);
    }

    /** A SUTime expression with body offsets. */
    record RawTimex(int start, int end, String text, String value, String altValue, String type) {}

    /** Runs SUTime over the annotated body with the given reference date (null: none). */
    List<RawTimex> timexes(Doc doc, LocalDate ref) {
        List<RawTimex> out = new ArrayList<>();
        for (Doc.Piece piece : doc.pieces) {
            // A shallow copy so that concurrent calls with other dates do not share results.
            Annotation a = new Annotation(piece.annotation());
            if (ref != null) a.set(CoreAnnotations.DocDateAnnotation.class, ref.toString());
            else a.remove(CoreAnnotations.DocDateAnnotation.class);
            sutime.annotate(a);
            List<CoreMap> tx = a.get(TimeAnnotations.TimexAnnotations.class);
            if (tx == null) continue;
            for (CoreMap m : tx) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                int b = piece.offset() + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = piece.offset() + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                out.add(new RawTimex(b, e, doc.text.substring(b, e), t.value(), t.altVal(), t.timexType()));
            }
        }
        return out;
    }

    /** Splits the body into paragraph pieces of at most {@link #MAX_PIECE} characters. */
    static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i;
            while (end - s > MAX_PIECE) {
                int cut = cutPoint(text, s, s + MAX_PIECE);
                out.add(new int[]{s, cut});
                s = cut;
            }
            if (end > s) out.add(new int[]{s, end});
            i = end + 1;
        }
        return out;
    }

    /** Last sentence end, else last whitespace, in (from + MAX_PIECE/2, limit]; else limit. */
    private static int cutPoint(String text, int from, int limit) {
        int half = from + MAX_PIECE / 2;
        for (int k = limit - 1; k > half; k--) {
            char c = text.charAt(k - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k))) return k;
        }
        for (int k = limit - 1; k > half; k--) if (Character.isWhitespace(text.charAt(k))) return k;
        // Do not split a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}

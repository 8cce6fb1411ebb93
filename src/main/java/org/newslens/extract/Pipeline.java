package org.newslens.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The CoreNLP layer: tokenize, ssplit, pos, lemma, 3-class CRF NER (no fine-grained) with SUTime
 * inside NER (measured faster than a separate TimeAnnotator pass). The published date is known
 * before annotation (given or inferred from the text by pattern), so one pass suffices.
 * Loaded once, lazily, with the POS tagger loading on a second thread while the NER models load
 * (see {@link #load}); thread-safe (CoreNLP annotators are stateless per document).
 */
final class Pipeline {
    /** Paragraphs longer than this are cut (at a sentence end if possible) to bound sentence length. */
    static final int MAX_PIECE = 2000;

    private static volatile Pipeline instance;

    private final Annotator nlp;
    final long loadMillis;

    private Pipeline() {
        long t0 = System.nanoTime();
        nlp = load(properties());
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Our CoreNLP options, written once: {@link #load} builds from them, and so would {@code new StanfordCoreNLP(properties())}.
     * The NER model is CoreNLP's {@code english.all.3class.distsim.crf.ser.gz} in the form {@link CompactCrfModel}
     * writes at build time (the same classifier, read about twice as fast).
     */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", CompactCrfModel.onClassPath()); // CoreNLP's 3-class distsim model, rewritten to load faster
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /**
     * The annotators {@code new StanfordCoreNLP(p)} builds for tokenize,ssplit,pos,lemma,ner, built
     * the way CoreNLP 4.5.10 builds them (its {@code AnnotatorImplementations}: each from the same
     * properties, ssplit inside the tokenizer) and run in the same order, so that the annotations are
     * identical ({@code PipelineLoadTest}); but the POS tagger (about a third of the load) is read on
     * a second thread while this one reads the NER model and SUTime's rules.
     * <p>Why only that split: SUTime's classes (and Joda-Time's) have static initialisers that
     * depend on each other in a cycle ({@code SUTime} and its {@code TimeUnit} and
     * {@code StandardTemporalType} enums), so two threads initialising them from different ends can
     * deadlock; everything that touches them (SUTime, its JollyDay holidays) stays on this thread.
     * The tokenizer is built first, here, so that the logging and I/O classes both threads use are
     * initialised before the second one starts; after that the two share only leaf classes.
     */
    static AnnotationPipeline load(Properties p) {
        Annotator tokenize = new TokenizerAnnotator(p);
        CompletableFuture<Annotator> pos = CompletableFuture.supplyAsync(() -> new POSTaggerAnnotator("pos", p), task -> {
            Thread t = new Thread(task, "corenlp-pos-load");
            t.setDaemon(true);
            t.start();
        });
        Annotator lemma = new MorphaAnnotator(false);
        Annotator ner;
        try {
            ner = new NERCombinerAnnotator(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the named-entity model: " + e.getMessage(), e);
        }
        AnnotationPipeline pipeline = new AnnotationPipeline();
        pipeline.addAnnotator(tokenize);
        try {
            pipeline.addAnnotator(pos.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
        pipeline.addAnnotator(lemma);
        pipeline.addAnnotator(ner);
        return pipeline;
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

    /** Tokenises and tags the body, piece by piece (paragraphs, long ones cut); dates resolve against ref (nullable). */
    Doc annotate(String text, LocalDate ref) {
        List<Doc.Tok> toks = new ArrayList<>();
        List<Doc.Sent> sents = new ArrayList<>();
        List<Doc.Piece> pieces = new ArrayList<>();
        for (int[] r : pieces(text)) {
            String s = text.substring(r[0], r[1]);
            if (s.isBlank()) continue;
            Annotation a = annotatePiece(s, ref);
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

    /** One piece through CoreNLP, its dates resolved against ref (nullable). */
    Annotation annotatePiece(String piece, LocalDate ref) {
        Annotation a = new Annotation(piece);
        if (ref != null) a.set(CoreAnnotations.DocDateAnnotation.class, ref.toString());
        nlp.annotate(a);
        return a;
    }

    /** A SUTime expression with body offsets. */
    record RawTimex(int start, int end, String text, String value, String altValue, String type) {}

    /** The SUTime expressions NER found: runs of tokens sharing one Timex. */
    List<RawTimex> timexes(Doc doc) {
        List<RawTimex> out = new ArrayList<>();
        for (Doc.Piece piece : doc.pieces) {
            List<CoreLabel> tl = piece.annotation().get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tl.size()) {
                Timex t = tl.get(i).get(TimeAnnotations.TimexAnnotation.class);
                if (t == null) { i++; continue; }
                int j = i + 1;
                while (j < tl.size() && sameTimex(t, tl.get(j).get(TimeAnnotations.TimexAnnotation.class))) j++;
                int b = piece.offset() + tl.get(i).beginPosition(), e = piece.offset() + tl.get(j - 1).endPosition();
                out.add(new RawTimex(b, e, doc.text.substring(b, e), t.value(), t.altVal(), t.timexType()));
                i = j;
            }
        }
        return out;
    }

    private static boolean sameTimex(Timex a, Timex b) {
        return b != null && (a == b || a.tid() != null && a.tid().equals(b.tid()));
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

package org.newslens.extract;

import edu.stanford.nlp.pipeline.Annotation;

import java.util.List;

/** An annotated body: tokens and sentences with offsets into the body (internal model). */
final class Doc {
    /** One token; {@code ner} is PERSON, ORGANIZATION, LOCATION or O. */
    record Tok(int index, int start, int end, String word, String pos, String lemma, String ner, int sent) {}

    /** One sentence: body offsets and token range [tokFrom, tokTo). */
    record Sent(int index, int start, int end, int tokFrom, int tokTo) {}

    /** A CoreNLP annotation of one piece of the body, starting at {@code offset}. */
    record Piece(int offset, Annotation annotation, int tokFrom) {}

    final String text;
    final List<Tok> toks;
    final List<Sent> sents;
    final List<Piece> pieces;

    Doc(String text, List<Tok> toks, List<Sent> sents, List<Piece> pieces) {
        this.text = text;
        this.toks = toks;
        this.sents = sents;
        this.pieces = pieces;
    }

    Sent sentenceAt(int offset) {
        int lo = 0, hi = sents.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sent s = sents.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        // Between sentences: the next one (or the last); null only for a body without tokens.
        return sents.isEmpty() ? null : sents.get(Math.min(lo, sents.size() - 1));
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

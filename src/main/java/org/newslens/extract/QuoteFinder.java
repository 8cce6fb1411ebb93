package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations (spans between quotation marks) and attributes them to a speaker:
 * {@code "…," Putin said}, {@code said Peskov}, {@code Zelensky said: "…"}, "he said" (the most
 * recent person), "the company said" (the most recent organisation); a quote without attribution
 * continues the previous quote's speaker when it follows it closely. Scare quotes, titles,
 * nicknames, single quoted terms and inch marks are not quotes.
 */
final class QuoteFinder {
    /** A quotation span: marks at open and close (close == end of paragraph when unclosed). */
    record Marked(int open, int close, int start, int end) {}

    private static final Set<String> NAMING = Set.of("called", "dubbed", "named", "nicknamed", "titled", "entitled",
            "known", "labelled", "labeled", "branded", "termed", "so-called", "as", "term", "word", "phrase", "the",
            "a", "an", "its", "their", "his", "her", "our", "this", "that");
    private static final int MAX_WINDOW = 14;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** The quoted words end like a sentence or clause (an editorial "]" may follow). */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.,!?…:;]\\]?$");

    private QuoteFinder() {}

    static List<ExtractedQuote> find(Doc doc, ActorResolver.Result res) {
        List<Marked> spans = markedSpans(doc.text);
        boolean[] inQuote = new boolean[doc.toks.size()];
        for (Marked m : spans) {
            for (int t = doc.tokenAtOrAfter(m.start()); t < doc.toks.size() && doc.toks.get(t).start() < m.end(); t++) inQuote[t] = true;
        }
        List<ExtractedQuote> out = new ArrayList<>();
        ExtractedQuote prev = null;
        Marked prevSpan = null;
        for (Marked m : spans) {
            String text = doc.text.substring(m.start(), m.end());
            if (!isQuote(doc, m, text)) continue;
            boolean close = prev != null && prev.speaker() != null && (closeAfter(doc, prevSpan, m) || nextParagraph(doc, prevSpan, m));
            String speaker = Attribution.speaker(doc, res, m, inQuote, close ? prev.speaker() : null);
            if (speaker == null && close) {
                speaker = prev.speaker();
            }
            if (speaker == null) speaker = Attribution.previousSentenceSpeaker(doc, res, m, inQuote);
            if (Attribution.UNNAMED.equals(speaker)) speaker = null;
            ExtractedQuote q = new ExtractedQuote(speaker, text, m.start(), m.end());
            out.add(q);
            prev = q;
            prevSpan = m;
        }
        return out;
    }

    /** The new quote starts in the same or the next sentence as the previous one ended. */
    private static boolean closeAfter(Doc doc, Marked prev, Marked m) {
        Doc.Sent a = doc.sentenceAt(Math.max(prev.start(), prev.close() - 1)), b = doc.sentenceAt(m.start());
        return a != null && b != null && b.index() - a.index() <= 1;
    }

    /**
     * The quote opens the paragraph right after the one the previous quote ended (or left open): a
     * speech running over paragraphs, or the same speaker going on.
     */
    private static boolean nextParagraph(Doc doc, Marked prev, Marked m) {
        int lineStart = doc.text.lastIndexOf('\n', m.open()) + 1;
        if (lineStart == 0 || !doc.text.substring(lineStart, m.open()).isBlank()) return false;
        int prevEnd = doc.text.indexOf('\n', prev.close());
        if (prevEnd < 0 || prevEnd >= lineStart) return false;
        // Only the previous quote's end (and punctuation) between it and the paragraph break.
        String tail = doc.text.substring(Math.min(prev.close() + 1, prevEnd), prevEnd);
        if (!QUOTE_TAIL.matcher(tail).matches()) return false;
        return doc.text.substring(prevEnd, lineStart).isBlank();
    }

    /** What may follow a quote's closing mark at the end of its paragraph: punctuation, or a short attribution. */
    private static final java.util.regex.Pattern QUOTE_TAIL = java.util.regex.Pattern.compile(
            "[\\s\\p{Punct}”’»]*(?:(?:he|she|[A-Z][\\p{L}.-]*(?: [A-Z][\\p{L}.-]*){0,3}) (?:said|says|added|adds|told \\p{L}+)[\\s\\p{Punct}]*)?");

    /** Filters scare quotes, titles, nicknames and single terms. */
    private static boolean isQuote(Doc doc, Marked m, String text) {
        if (text.isBlank()) return false;
        String[] words = SPACES.split(text.trim());
        boolean endsSentence = SENTENCE_END.matcher(text).find() || text.endsWith("...");
        // '"We're on Mars," he said.': words that open a sentence, closed on a comma and attributed by a
        // speech verb are speech, however capitalised ('won for "The English Patient," said she' is a title).
        if (words.length >= 2 && text.strip().endsWith(",") && opensSentence(doc, m) && attributedAfter(doc, m)) return true;
        // Answer words ('"Yes," Marsh said', '"Never," she replied'): one interjection or adverb that opens a sentence,
        // closed on a comma and attributed by a speech verb, is an answer, not a term.
        if (words.length == 1 && text.strip().endsWith(",") && opensSentence(doc, m) && attributedAfter(doc, m)
                && answerWord(doc, m)) return true;
        // "Late Show With David Letterman", "The Tonight Show With Jay Leno.": a title, whatever its length.
        if (words.length >= 2 && looksLikeTitle(text.strip().replaceFirst("[.,]$", ""), 10)) return false;
        if (words.length >= 5) return true;
        // Short, unpunctuated: a title, name or term unless it continues a verb ("would be 'solidly profitable'").
        boolean titleCase = true;
        for (String w : words) if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Words.capitalised(w)) titleCase = false;
        if (words.length == 1 && !endsSentence && titleCase) return false;
        if (endsSentence && words.length >= 2) return true;
        if (titleCase) return false;
        int t = doc.tokenAtOrAfter(m.open()) - 1;
        if (t < 0) return false;
        Doc.Tok before = doc.toks.get(t);
        String w = Words.lc(before.word());
        // A clause with its own finite verb ("saying that the "Fed was asleep"") is someone's words, not a term.
        if (words.length >= 3 && hasFiniteVerb(doc, m)) return true;
        if (TERM_NAMING.contains(w) || termBefore(doc.text, m.open())) return false;
        // "mouthed "thank you"": a speech verb right before, whatever the tagger made of it.
        if (Words.isSpeechVerb(w) && !NAMING.contains(w)) return true;
        // Lower-case words in someone's reported speech ("described it as "a nominal charge"", "called the
        // plan "the same old politics"", "claims ... the "iconic" Falcon") reproduce that speaker's words.
        // ... but a noun or two alone is a term ("the company's "poison pill" defense"), not a description.
        if (reportedSpeech(doc, t) && !(words.length <= 2 && onlyNouns(doc, m))) return true;
        if (words.length == 1 && !endsSentence) return false;
        if (NAMING.contains(w)) return false;
        if (before.pos().startsWith("VB") || w.equals("that") || w.equals("and") || w.equals(":")) return true;
        // Inside reported speech ("The Fed said inflation "remains elevated""): a speech verb earlier in the sentence.
        if (before.pos().equals("DT") || before.pos().equals("PRP$") || before.pos().startsWith("JJ") || before.pos().equals("POS")) return false;
        Doc.Sent s = doc.sentenceAt(before.start());
        for (int k = s.tokFrom(); k < t; k++) {
            Doc.Tok v = doc.toks.get(k);
            if (Words.isSpeechVerb(v.word()) && v.pos().startsWith("VB") && !NAMING.contains(Words.lc(v.word()))) return true;
        }
        return false;
    }

    /** The first word inside the marks is an interjection or adverb ("Yes", "No", "Never", "Absolutely"). */
    private static boolean answerWord(Doc doc, Marked m) {
        int t = doc.tokenAtOrAfter(m.start());
        if (t >= doc.toks.size()) return false;
        String pos = doc.toks.get(t).pos();
        return pos.equals("UH") || pos.startsWith("RB") || ANSWERS.contains(Words.lc(doc.toks.get(t).word()));
    }

    private static final java.util.Set<String> ANSWERS = java.util.Set.of("yes", "no", "yeah", "nope", "never", "absolutely", "sure", "maybe");

    /** The opening mark starts a sentence or a paragraph. */
    private static boolean opensSentence(Doc doc, Marked m) {
        int mark = doc.tokenAtOrAfter(m.open());
        if (mark == 0 || mark >= doc.toks.size()) return true;
        Doc.Tok before = doc.toks.get(mark - 1);
        return doc.text.substring(before.end(), m.open()).indexOf('\n') >= 0 || Set.of(".", "!", "?").contains(before.word())
                || before.word().equals("''") || before.word().equals("\"");
    }

    /**
     * Right after the closing mark comes an attribution: a speech verb ("said Smith"), or a pronoun or up
     * to three proper nouns and then a speech verb ("he said", "Steve Jobs told").
     */
    static boolean attributedAfter(Doc doc, Marked m) {
        int i = doc.tokenAtOrAfter(m.close() + 1);
        for (int k = i; k < Math.min(doc.toks.size(), i + 4); k++) {
            Doc.Tok t = doc.toks.get(k);
            if (Words.isSpeechVerb(t.word()) && t.pos().startsWith("VB") && !NAMING.contains(Words.lc(t.word()))) return true;
            String w = Words.lc(t.word());
            boolean subject = k == i && (w.equals("he") || w.equals("she")) || t.pos().startsWith("NNP");
            if (!subject) return false;
        }
        return false;
    }

    /** Words that introduce a name or a term rather than someone's words ("the so-called "experts""). */
    private static final Set<String> TERM_NAMING = Set.of("dubbed", "named", "nicknamed", "titled", "entitled", "known",
            "labelled", "labeled", "branded", "termed", "so-called", "term", "word", "phrase", "slogan", "motto");

    /** The text right before a quotation mark ends with a naming word ("so-called", which the tokenizer splits). */
    private static boolean termBefore(String text, int open) {
        String lead = text.substring(Math.max(0, open - 12), open).strip().toLowerCase(java.util.Locale.ROOT);
        int sp = Math.max(lead.lastIndexOf(' '), lead.lastIndexOf('('));
        return TERM_NAMING.contains(lead.substring(sp + 1));
    }

    /**
     * The sentence of token {@code t} reports a named speaker's words before it: a finite speech verb
     * (including "called", "described"; not a passive "a fault called ...", VBN) after a person, an
     * organisation or "he"/"she" ("Critics called it a "vanity project"" names no one: a scare quote).
     */
    private static boolean reportedSpeech(Doc doc, int t) {
        Doc.Sent s = doc.sentenceAt(doc.toks.get(t).start());
        boolean named = false;
        for (int k = s.tokFrom(); k <= t; k++) {
            Doc.Tok v = doc.toks.get(k);
            String w = Words.lc(v.word());
            if (v.ner().equals("PERSON") || v.ner().equals("ORGANIZATION") || w.equals("he") || w.equals("she")) named = true;
            if (named && Words.isSpeechVerb(v.word()) && (v.pos().equals("VBD") || v.pos().equals("VBZ") || v.pos().equals("VBP"))
                    && !w.equals("according")) return true;
        }
        return false;
    }

    /** Small words a title may keep in lower case ("Evenings with Tom Hale"). */
    private static final Set<String> TITLE_SMALL = Set.of("a", "an", "the", "and", "or", "of", "with", "in", "on", "at",
            "for", "to", "from", "by");

    /**
     * Quoted words that read as a title or a name, not as speech: at most six words, not ending like a
     * sentence, every word capitalised except small ones ("Evenings with Tom Hale", "Snow Leopard").
     */
    static boolean looksLikeTitle(String text) {
        return looksLikeTitle(text, 6);
    }

    /** {@link #looksLikeTitle(String)} with at most {@code maxWords} words. */
    static boolean looksLikeTitle(String text, int maxWords) {
        String t = text.strip();
        if (t.isEmpty() || SENTENCE_END.matcher(t).find()) return false;
        String[] words = SPACES.split(t);
        if (words.length > maxWords) return false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            if (!Words.capitalised(w) && (i == 0 || !TITLE_SMALL.contains(Words.lc(w)))) return false;
        }
        return true;
    }

    private static boolean onlyNouns(Doc doc, Marked m) {
        boolean any = false;
        for (int t = doc.tokenAtOrAfter(m.start()); t < doc.toks.size() && doc.toks.get(t).start() < m.end(); t++) {
            Doc.Tok k = doc.toks.get(t);
            if (!k.word().codePoints().anyMatch(Character::isLetter)) continue;
            if (!k.pos().startsWith("NN")) return false;
            any = true;
        }
        return any;
    }

    private static boolean hasFiniteVerb(Doc doc, Marked m) {
        for (int t = doc.tokenAtOrAfter(m.start()); t < doc.toks.size() && doc.toks.get(t).start() < m.end(); t++) {
            String pos = doc.toks.get(t).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
        }
        return false;
    }

    /** Pairs quotation marks into spans, paragraph by paragraph. */
    static List<Marked> markedSpans(String s) {
        List<Marked> out = new ArrayList<>();
        int n = s.length();
        int open = -1;
        char openCh = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (open >= 0) addSpan(s, out, open, i, false);
                open = -1;
                continue;
            }
            if (open < 0) {
                if (isOpening(s, i)) { open = i; openCh = c; }
            } else if (closes(openCh, c, s, i)) {
                addSpan(s, out, open, i, true);
                open = -1;
            }
        }
        if (open >= 0) addSpan(s, out, open, n, false);
        return out;
    }

    private static void addSpan(String s, List<Marked> out, int open, int close, boolean closed) {
        int a = open + 1, b = close;
        while (a < b && Character.isWhitespace(s.charAt(a))) a++;
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
        if (b > a) out.add(new Marked(open, closed ? close : b, a, b));
    }

    private static boolean isOpening(String s, int i) {
        char c = s.charAt(i);
        if (c == '“' || c == '„' || c == '«') return true;
        if (c != '"' && c != '‘') return false;
        // A straight or single opening mark follows a space or bracket and precedes a word; "15"" is an inch mark.
        char prev = i == 0 ? ' ' : s.charAt(i - 1);
        // "13.3 "widescreen": an inch mark after a number, even with a space between.
        if (c == '"' && Character.isWhitespace(prev) && i >= 2 && Character.isDigit(s.charAt(i - 2))) return false;
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (Character.isWhitespace(next)) return false;
        // 'said,"We' (no space after the comma) opens too; a closing ',"' is followed by a space.
        return Character.isWhitespace(prev) || "([{—–-:".indexOf(prev) >= 0 || (prev == ',' || prev == ';') && Character.isLetter(next);
    }

    private static boolean closes(char openCh, char c, String s, int i) {
        switch (openCh) {
            case '“': return c == '”';
            case '„': return c == '“' || c == '”';  // German „…“
            case '«': return c == '»';
            case '"': return c == '"';
            case '‘': {
                if (c != '’') return false;
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                return !Character.isLetter(next); // an apostrophe ("don’t") is followed by a letter
            }
            default: return false;
        }
    }
}

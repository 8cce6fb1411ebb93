package org.newslens.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the speaker of one quotation from the words around it: a speech verb after the quote
 * ({@code ," Putin said}, {@code said Apple CEO Steve Jobs}) or before it in the same sentence
 * ({@code Zelensky said: "}), resolving "he"/"she" to the most recent person and "the company" to
 * the most recent organisation.
 */
final class Attribution {
    private static final int WINDOW = 20;
    /** Attributed to an unnamed person ("his family said"): no speaker, and no fallback either. */
    static final String UNNAMED = "";

    private Attribution() {}

    /**
     * @param previous the speaker of the quote just before, when it is close (null otherwise): "he
     *                 added" after it continues that speaker
     */
    static String speaker(Doc doc, ActorResolver.Result res, QuoteFinder.Marked m, boolean[] inQuote, String previous) {
        List<Doc.Tok> toks = doc.toks;
        // 1. After the closing mark, up to the next quote or the end of the sentence. A quote that ends its
        // own sentence ("... face." Analyst X said) is not attributed by the next sentence.
        int from = doc.tokenAtOrAfter(m.close() + 1);
        int to = from;
        int closeSent = from > 0 ? toks.get(from - 1).sent() : -1;
        boolean crossOk = from < toks.size() && !Words.capitalised(toks.get(from).word());
        while (to < toks.size() && to - from < WINDOW && !inQuote[to] && !isQuoteMark(toks.get(to))
                && !newlineBetween(doc, m.close(), toks.get(to).start())
                && (joined(doc, from - 1, to) || crossOk && joined(doc, from, to))) {
            String w = toks.get(to).word();
            to++;
            if ((w.equals(".") || w.equals("!") || w.equals("?")) && to - from > 1 && sentenceEnd(doc, to - 1)) break;
        }
        String quoted = doc.text.substring(m.start(), m.end());
        // '"...", and described ...': the sentence goes on with its own subject's next clause.
        boolean goesOn = from < toks.size() && (COORDINATORS.contains(Words.lc(toks.get(from).word()))
                || toks.get(from).word().equals(",") && from + 1 < toks.size() && COORDINATORS.contains(Words.lc(toks.get(from + 1).word())));
        // '"... program." Henry Paulson explained ...': a quote that ends its own sentence with a full stop is
        // not the next sentence's ('"Why now?" Smith asked' still is).
        if (quoted.endsWith(".") && !quoted.endsWith("...") && from < toks.size() && Words.capitalised(toks.get(from).word())) {
            // Cataphoric attribution: '"…." That is how Dr X described the find.' names the speaker in the next sentence.
            String how = thatIsHow(doc, res, from, inQuote);
            if (how != null) return how;
            goesOn = true;
        }
        // '"...," enthused Scott Fancher': a quote closed on its own comma, then a verb, is attributed by it.
        boolean attributive = CLAUSE_END.contains(quoted.isEmpty() ? ' ' : quoted.charAt(quoted.length() - 1));
        for (int v = from; v < to && !goesOn; v++) {
            boolean verb = isSpeech(toks, v) || attributive && v == from && isVerbLike(toks.get(v))
                    // '"...," enthused Scott Fancher': a lower-case word between the quote and a person is the verb.
                    || attributive && v == from && !Words.capitalised(toks.get(v).word()) && toks.get(v).word().chars().allMatch(Character::isLetter)
                        && v + 1 < toks.size() && res.actorAt()[v + 1] >= 0 && res.actors().get(res.actorAt()[v + 1]).type == ActorType.PERSON
                    || attributive && v == from + 1 && isVerbLike(toks.get(v)) && res.actorAt()[from] >= 0;
            if (!verb) continue;
            // '"a fantastic moment" for British sport and called for ...': a verb after "and"/"but" is the next predicate
            // of the sentence's own subject, not an attribution of the quote.
            if (coordinatorBetween(toks, from, v)) break;
            // "he added" right after a quote continues the speaker of the quote before.
            if (previous != null && v > from && v - from <= 2 && CONTINUING.contains(Words.lc(toks.get(v).word()))
                    && HE_SHE.contains(Words.lc(toks.get(v - 1).word()))) return previous;
            // Subject before the verb ("Putin said"), else after it ("said Peskov").
            String s = lastSpeakerIn(doc, res, from, v, inQuote);
            if (s == null) s = firstSpeakerAfter(doc, res, v + 1, to, inQuote);
            if (s != null) return s;
        }
        // '"...," Jesse Toprak, an analyst at a bank.': a person named right after the quote, no verb.
        if (attributive && !goesOn && from < toks.size() && res.actorAt()[from] >= 0
                && res.actors().get(res.actorAt()[from]).type == ActorType.PERSON) {
            int a = res.actorAt()[from], e = from;
            while (e < toks.size() && res.actorAt()[e] == a) e++;
            if (e < toks.size() && (toks.get(e).word().equals(",") || toks.get(e).word().equals(".") && sentenceEnd(doc, e))) {
                return res.actors().get(a).name;
            }
        }
        // 2. Before the opening mark, in the same sentence: "Zelensky said on April 21 that ...: “". A quote
        // that opens its own sentence is not attributed by the sentence before it.
        int open = doc.tokenAtOrAfter(m.open()) - 1;
        if (open < 0) return null;
        String before = toks.get(open).word();
        if ((before.equals(".") || before.equals("!") || before.equals("?")) && sentenceEnd(doc, open)) return null;
        Doc.Sent sent = doc.sentenceAt(toks.get(open).start());
        int sStart = Math.max(sent.tokFrom(), lineStart(doc, m.open()));
        for (int v = open; v >= sStart; v--) {
            if (inQuote[v] || !isSpeech(toks, v) || inRelativeClause(doc, sStart, v)) continue;
            // 'He added: "..."': a continuing verb with a pronoun subject goes on with the speaker of the quote before.
            if (previous != null && v > sStart && CONTINUING.contains(Words.lc(toks.get(v).word()))
                    && HE_SHE.contains(Words.lc(toks.get(v - 1).word()))) return previous;
            String s;
            if (Words.lc(toks.get(v).word()).endsWith("ing")) {
                s = firstPerson(doc, res, sStart, v, inQuote);
            } else {
                s = lastSpeakerIn(doc, res, sStart, v, inQuote);
            }
            if (s == null) s = firstSpeakerAfter(doc, res, v + 1, open + 1, inQuote);
            if (s != null) return s;
        }
        return null;
    }

    /**
     * Cataphoric attribution: a sentence right after a quote that opens "That is how" / "That was how" / "This is how"
     * and names a person before a verb of describing ("That was how Ann Roe, 37, described the storm", "That is how
     * the mayor's aide Tom Bell put it"): that person spoke the quote. Null for any other sentence.
     */
    private static String thatIsHow(Doc doc, ActorResolver.Result res, int from, boolean[] inQuote) {
        List<Doc.Tok> toks = doc.toks;
        if (from + 3 >= toks.size()) return null;
        String a = Words.lc(toks.get(from).word()), b = Words.lc(toks.get(from + 1).word());
        int k = from + 2;
        if (b.equals("'s")) b = "is";
        if (!(a.equals("that") || a.equals("this")) || !(b.equals("is") || b.equals("was")) || !Words.lc(toks.get(k).word()).equals("how")) return null;
        int sent = toks.get(from).sent();
        for (int i = k + 1; i < toks.size() && toks.get(i).sent() == sent && i <= k + 15; i++) {
            if (inQuote[i]) return null;
            int p = res.actorAt()[i];
            if (p >= 0 && res.actors().get(p).type == ActorType.PERSON) return res.actors().get(p).name;
            if (toks.get(i).pos().startsWith("VB")) return null;   // the verb came first: no person is its subject
        }
        return null;
    }

    /**
     * "He praised X, who announced his release, as "…"": the verb is inside a relative clause (a "who" or
     * "which" after the last comma before it), so it does not introduce the quote.
     */
    private static boolean inRelativeClause(Doc doc, int from, int v) {
        for (int k = v - 1; k >= from; k--) {
            String w = Words.lc(doc.toks.get(k).word());
            if (w.equals(",")) return false;
            if ((w.equals("who") || w.equals("which")) && k > from && doc.toks.get(k - 1).word().equals(",")) return true;
        }
        return false;
    }

    /** Fallback: the last person named (outside quotes) in the sentence before the quote's, or in its own. */
    static String previousSentenceSpeaker(Doc doc, ActorResolver.Result res, QuoteFinder.Marked m, boolean[] inQuote) {
        int t = doc.tokenAtOrAfter(m.open()) - 1;
        if (t < 0) return null;
        Doc.Sent own = doc.sentenceAt(doc.toks.get(t).start());
        int lo = own.index() > 0 ? doc.sents.get(own.index() - 1).tokFrom() : own.tokFrom();
        for (int i = t; i >= lo; i--) {
            if (inQuote[i]) continue;
            int a = res.actorAt()[i];
            if (a >= 0 && res.actors().get(a).type == ActorType.PERSON) return res.actors().get(a).name;
        }
        return null;
    }

    private static boolean coordinatorBetween(List<Doc.Tok> toks, int from, int v) {
        for (int k = from; k < v; k++) if (COORDINATORS.contains(Words.lc(toks.get(k).word()))) return true;
        return false;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "while", "whereas");
    private static final Set<Character> CLAUSE_END = Set.of(',', '?', '!', '—', '–');
    /** Verbs that go on with the same speaker ("he added"). */
    private static final Set<String> CONTINUING = Set.of("added", "adds", "continued", "continues", "went", "goes");
    private static final Set<String> HE_SHE = Set.of("he", "she");

    /** A finite verb form, or a speech verb whatever the tagger made of it ("claims" as a noun). */
    private static boolean isVerbLike(Doc.Tok t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBN")
                || Words.isSpeechVerb(t.word());
    }

    private static boolean isSpeech(List<Doc.Tok> toks, int v) {
        Doc.Tok t = toks.get(v);
        if (!Words.isSpeechVerb(t.word())) return false;
        if (Words.lc(t.word()).equals("according")) return v + 1 < toks.size() && Words.lc(toks.get(v + 1).word()).equals("to");
        return t.pos().startsWith("VB");
    }

    /** Token i ends its sentence (a "." inside "Inc. CEO" does not). */
    private static boolean sentenceEnd(Doc doc, int i) {
        return i + 1 >= doc.toks.size() || doc.toks.get(i + 1).sent() != doc.toks.get(i).sent() && !falseBreak(doc, i);
    }

    private static final java.util.Set<String> ABBREV = java.util.Set.of("inc", "corp", "co", "ltd", "jr", "sr",
            "st", "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "plc", "bros", "no", "u.s", "u.k");

    /** A sentence break after an abbreviation ("Apple Inc. CEO Steve Jobs") that CoreNLP made by mistake. */
    private static boolean falseBreak(Doc doc, int last) {
        Doc.Tok t = doc.toks.get(last);
        String w = Words.lc(t.word());
        if (w.equals(".") && last > 0) w = Words.lc(doc.toks.get(last - 1).word());
        return ABBREV.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** Tokens a..b are in one sentence, ignoring false breaks. */
    private static boolean joined(Doc doc, int a, int b) {
        if (a < 0) return true;
        for (int i = a; i < b; i++) {
            if (doc.toks.get(i + 1).sent() != doc.toks.get(i).sent() && !falseBreak(doc, i)) return false;
        }
        return true;
    }

    private static boolean isQuoteMark(Doc.Tok t) {
        return t.pos().equals("``") || t.pos().equals("''");
    }

    private static boolean newlineBetween(Doc doc, int a, int b) {
        return a < b && doc.text.substring(a, b).indexOf('\n') >= 0;
    }

    private static int lineStart(Doc doc, int pos) {
        int nl = doc.text.lastIndexOf('\n', Math.max(0, pos - 1));
        return doc.tokenAtOrAfter(nl + 1);
    }

    /** The speaker expression nearest before {@code end} in [from, end): a person (or he/she) preferred. */
    private static String lastSpeakerIn(Doc doc, ActorResolver.Result res, int from, int end, boolean[] inQuote) {
        end = skipRelativeClause(doc, res, from, end);
        String unnamed = unnamedSubject(doc, res, from, end);
        if (unnamed != null) return unnamed;
        String other = null;
        for (int i = end - 1; i >= from; i--) {
            if (inQuote[i]) continue;
            int a = res.actorAt()[i];
            String w = Words.lc(doc.toks.get(i).word());
            if (a >= 0 && res.actors().get(a).type == ActorType.PERSON) {
                int k = i;
                while (k > from && res.actorAt()[k - 1] == a) k--;
                if (possessiveApposition(doc, from, k, i)) { i = k; continue; }
                return firstOfPair(doc, res, from, i);
            }
            if (w.equals("he") || w.equals("she")) {
                return speakerAt(doc, res, i, inQuote);
            }
            if (other == null) other = speakerAt(doc, res, i, inQuote);
        }
        return other;
    }

    /**
     * "Fred Goldman, Ronald Goldman's father, said": a person named in the possessive inside an apposition
     * (", Y's father,") after someone else describes that one, and is not the subject.
     */
    private static boolean possessiveApposition(Doc doc, int from, int first, int last) {
        List<Doc.Tok> toks = doc.toks;
        if (first - 1 <= from || !toks.get(first - 1).word().equals(",") || last + 1 >= toks.size() || !toks.get(last + 1).pos().equals("POS")) return false;
        for (int k = last + 2; k < toks.size() && k <= last + 5; k++) {
            Doc.Tok t = toks.get(k);
            if (t.word().equals(",")) return k > last + 2;
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ")) || Words.capitalised(t.word())) return false;
        }
        return false;
    }

    /**
     * "Prime Minister Ann Holt and industry minister Ian Reed announced": words spoken by two people
     * jointly are the first one's. {@code last} is a token of the person found nearest the verb.
     */
    private static String firstOfPair(Doc doc, ActorResolver.Result res, int from, int last) {
        int a = res.actorAt()[last];
        int k = last;
        while (k > from && res.actorAt()[k - 1] == a) k--;
        // Skip the second person's title ("federal industry minister"), then "and".
        int j = k - 1;
        while (j > from && res.actorAt()[j] < 0 && !doc.toks.get(j).word().equals("and")
                && (doc.toks.get(j).pos().startsWith("NN") || doc.toks.get(j).pos().startsWith("JJ")) && k - j <= 4) j--;
        if (j > from && doc.toks.get(j).word().equals("and")) {
            int b = res.actorAt()[j - 1];
            if (b >= 0 && b != a && res.actors().get(b).type == ActorType.PERSON) return res.actors().get(b).name;
        }
        return res.actors().get(a).name;
    }

    /**
     * "The commission, which worked with Dell, said": the subject is before the relative clause, so the
     * clause (", which/who ... ,") right before the verb is skipped.
     */
    private static boolean personAt(ActorResolver.Result res, int t) {
        return t >= 0 && res.actorAt()[t] >= 0 && res.actors().get(res.actorAt()[t]).type == ActorType.PERSON;
    }

    private static int skipRelativeClause(Doc doc, ActorResolver.Result res, int from, int end) {
        if (end - 1 <= from || !doc.toks.get(end - 1).word().equals(",")) return end;
        for (int i = end - 2; i > from; i--) {
            if (!doc.toks.get(i).word().equals(",")) continue;
            Doc.Tok first = doc.toks.get(i + 1);
            String next = Words.lc(first.word());
            // ", who ...," ", speaking at a press conference alongside X," ", asked about X,"
            boolean clause = next.equals("which") || next.equals("who") || next.equals("whose")
                    || first.pos().equals("VBG") || first.pos().equals("VBN")
                    // "Buchanan, asked whether he would ..., replied:": a participle the tagger read as a past tense.
                    || PARTICIPLE_CLAUSE.contains(next) && !Words.capitalised(first.word())
                    // "Bill Gates, the co-founder of Microsoft and a rival of Jobs, said": an appositive after a person.
                    || (first.pos().equals("DT") || first.pos().equals("PRP$")) && personAt(res, i - 1);
            return clause && res(doc, i) ? i : end;
        }
        return end;
    }

    /** Past participles that open a clause between a subject and its verb (", asked about ...,", ", pressed on ..."). */
    private static final Set<String> PARTICIPLE_CLAUSE = Set.of("asked", "pressed", "questioned", "challenged", "interviewed", "told", "reached", "contacted");

    /** The token before the clause's opening comma belongs to a subject (not the start of the sentence). */
    private static boolean res(Doc doc, int comma) {
        return comma > 0 && doc.toks.get(comma - 1).sent() == doc.toks.get(comma).sent();
    }

    /**
     * A common noun right before the verb ("His family said", "the minister said"): the person whose
     * role has that noun, else {@link #UNNAMED}; null when the subject is something else.
     */
    private static String unnamedSubject(Doc doc, ActorResolver.Result res, int from, int verb) {
        int i = verb - 1;
        // "X today announced", "X also said": adverbs, modals and time words stand between subject and verb.
        while (i >= from && (doc.toks.get(i).pos().startsWith("RB") || doc.toks.get(i).pos().equals("MD")
                || doc.toks.get(i).ner().equals("DATE") || doc.toks.get(i).ner().equals("TIME")
                || frequency(doc, i, from))) {
            i -= frequency(doc, i, from) ? 2 : 1;
        }
        if (i < from) return null;
        Doc.Tok t = doc.toks.get(i);
        if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || res.actorAt()[i] >= 0) return null;
        // An upper-case acronym ("a spokesman for the FA said") is a name, not a description: its organisation or
        // nothing (the subject is then looked for further back).
        if (t.word().length() >= 2 && t.word().chars().allMatch(c -> c >= 'A' && c <= 'Z')) return acronymOrganisation(res, t.word());
        String w = Words.lc(t.word());
        // Organisation head noun: "the association said", "the hospital said" is the latest organisation named whose
        // name ends in that noun ("the Hungarian Pilots' Association", "St. Columba's Hospital").
        String headOrg = headNounOrganisation(doc, res, from, i);
        if (headOrg != null) return headOrg;
        if (Words.ORG_NOUNS.contains(w) || WRITINGS.contains(w)) return null;
        if (Words.isRoleNoun(w)) {
            // Role modifiers: "the Rovers manager added" is the manager whose role also has "Rovers", even when
            // another manager was named since.
            List<String> mods = new java.util.ArrayList<>();
            for (int d = i - 1; d >= from && d >= i - 3; d--) {
                Doc.Tok t2 = doc.toks.get(d);
                if (!t2.pos().startsWith("NN") && !t2.pos().startsWith("JJ") || res.actorAt()[d] >= 0 && res.actors().get(res.actorAt()[d]).type == ActorType.PERSON) break;
                mods.add(Words.lc(t2.word()));
            }
            if (!mods.isEmpty()) {
                for (int k = i - 1; k >= 0; k--) {
                    int a = res.actorAt()[k];
                    if (a < 0 || res.actors().get(a).type != ActorType.PERSON) continue;
                    for (String role : res.actors().get(a).roles) {
                        String r = Words.lc(role);
                        if (roleHas(r, w) && mods.stream().allMatch(x -> hasWord(r, x))) return res.actors().get(a).name;
                    }
                }
            }
            for (int k = i - 1; k >= 0; k--) {
                int a = res.actorAt()[k];
                if (a < 0 || res.actors().get(a).type != ActorType.PERSON) continue;
                for (String role : res.actors().get(a).roles) {
                    if (roleHas(Words.lc(role), w)) return res.actors().get(a).name;
                }
            }
            // "the new pope told the crowd", "the ailing leader wrote": a definite description of the story's
            // main person (see mainPerson), named in the last few sentences.
            int d = i - 1;
            if (d >= from && doc.toks.get(d).pos().startsWith("JJ")) d--;
            if (d >= from && Words.lc(doc.toks.get(d).word()).equals("the")) {
                String main = mainPerson(doc, res, i);
                if (main != null) return main;
            }
        }
        return UNNAMED;
    }

    /**
     * Abbreviated titles: a role "Gov." is a governor's, "Sen." a senator's, "Sgt." a sergeant's ("Gov. Ann Roe ... the
     * governor said"). True when {@code role} (lower case) has the noun or its abbreviation as a word.
     */
    static boolean roleHas(String role, String noun) {
        if (hasWord(role, noun)) return true;
        String abbr = TITLE_ABBREVIATIONS.get(noun);
        return abbr != null && hasWord(role, abbr);
    }

    private static final java.util.Map<String, String> TITLE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("governor", "gov"), java.util.Map.entry("senator", "sen"), java.util.Map.entry("representative", "rep"),
            java.util.Map.entry("sergeant", "sgt"), java.util.Map.entry("colonel", "col"), java.util.Map.entry("general", "gen"),
            java.util.Map.entry("captain", "capt"), java.util.Map.entry("lieutenant", "lt"), java.util.Map.entry("professor", "prof"),
            java.util.Map.entry("doctor", "dr"), java.util.Map.entry("inspector", "insp"), java.util.Map.entry("superintendent", "supt"),
            java.util.Map.entry("detective", "det"), java.util.Map.entry("councillor", "cllr"), java.util.Map.entry("major", "maj"));

    /**
     * "the association said": token {@code i} is a lower-case noun after "the" (an adjective may stand between) and the
     * latest organisation named before it whose name's last word is that noun (case aside); null otherwise.
     */
    private static String headNounOrganisation(Doc doc, ActorResolver.Result res, int from, int i) {
        Doc.Tok t = doc.toks.get(i);
        if (Words.capitalised(t.word())) return null;
        int d = i - 1;
        if (d >= from && doc.toks.get(d).pos().startsWith("JJ")) d--;
        if (d < from || !Words.lc(doc.toks.get(d).word()).equals("the")) return null;
        String w = Words.lc(t.word());
        return latestOrganisation(res, d, null, name -> {
            String[] parts = name.split("\\s+");
            return parts.length >= 2 && Words.lc(parts[parts.length - 1]).equals(w);
        });
    }

    /**
     * The person the story is about: named at least three times, more often than anyone else, and named (outside
     * its quotes) in one of the four sentences before token {@code i}'s; null when there is no such person.
     */
    static String mainPerson(Doc doc, ActorResolver.Result res, int i) {
        ActorResolver.Actor best = null;
        int bestN = 0, second = 0;
        for (ActorResolver.Actor a : res.actors()) {
            if (a.type != ActorType.PERSON) continue;
            int n = a.mentions.size();
            if (n > bestN) { second = bestN; bestN = n; best = a; }
            else if (n > second) second = n;
        }
        if (best == null || bestN < 3 || bestN == second) return null;
        int sent = doc.toks.get(i).sent();
        for (ActorResolver.Mention m : best.mentions) {
            int s = doc.toks.get(m.from()).sent();
            if (m.from() < i && s >= sent - 4) return best.name;
        }
        return null;
    }

    /** "several times", "many times", "three times": a frequency between subject and verb, not the subject. */
    private static boolean frequency(Doc doc, int i, int from) {
        if (i - 1 < from || !Words.lc(doc.toks.get(i).word()).equals("times")) return false;
        String q = doc.toks.get(i - 1).pos();
        return q.equals("CD") || q.startsWith("JJ") || q.equals("DT");
    }

    /** {@code word} occurs in {@code text} as a whole word (no letter or digit on either side). */
    static boolean hasWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean right = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (left && right) return true;
        }
        return false;
    }

    /** The first speaker after a verb up to the clause end, a person preferred ("said Apple CEO Steve Jobs"). */
    private static String firstSpeakerAfter(Doc doc, ActorResolver.Result res, int from, int end, boolean[] inQuote) {
        String first = null;
        for (int i = from; i < end && i < doc.toks.size(); i++) {
            if (inQuote[i]) break;
            Doc.Tok t = doc.toks.get(i);
            if (i > from && Words.lc(t.word()).equals("who")) {
                String named = givenNameIn(doc, res, i + 1);
                if (named != null) return named;
            }
            if (i > from && (t.pos().startsWith("VB") || t.pos().equals("MD") || t.word().equals(".") && sentenceEnd(doc, i)
                    || Words.lc(t.word()).equals("who") || Words.lc(t.word()).equals("which"))) break;
            int a = res.actorAt()[i];
            if (a >= 0 && res.actors().get(a).type == ActorType.PERSON) return res.actors().get(a).name;
            if (first == null) first = speakerAt(doc, res, i, inQuote);
        }
        return first;
    }

    /**
     * "said a resident who gave her name only as Noi", "who asked to be identified only as Noi": a relative clause
     * (from token {@code from}, to its sentence's end) that names the speaker with "name"/"identified"/"known"/"called"
     * and then "as" and a person; null otherwise.
     */
    private static String givenNameIn(Doc doc, ActorResolver.Result res, int from) {
        List<Doc.Tok> toks = doc.toks;
        boolean naming = false;
        for (int k = from; k < toks.size() && toks.get(k).sent() == toks.get(from - 1).sent(); k++) {
            String w = Words.lc(toks.get(k).word());
            if (Set.of("name", "named", "identified", "known", "called").contains(w)) naming = true;
            if (naming && w.equals("as") && k + 1 < toks.size()) {
                int a = res.actorAt()[k + 1];
                return a >= 0 && res.actors().get(a).type == ActorType.PERSON ? res.actors().get(a).name : null;
            }
        }
        return null;
    }

    private static String firstPerson(Doc doc, ActorResolver.Result res, int from, int end, boolean[] inQuote) {
        for (int i = from; i < end; i++) {
            int a = res.actorAt()[i];
            if (!inQuote[i] && a >= 0 && res.actors().get(a).type == ActorType.PERSON) return res.actors().get(a).name;
        }
        return lastSpeakerIn(doc, res, from, end, inQuote);
    }

    /** The speaker named by token i: an actor, "he"/"she", or "the company"/"a spokesman for X". */
    private static String speakerAt(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote) {
        int a = res.actorAt()[i];
        if (a >= 0 && res.actors().get(a).type != ActorType.LOCATION) return res.actors().get(a).name;
        String w = Words.lc(doc.toks.get(i).word());
        if (w.equals("he") || w.equals("she")) return subjectPreferred(doc, res, afterIntroPhrase(doc, i), inQuote, Gender.ofPronoun(w));
        // "President Clinton ... sent a message read by X. "…," the message said.": the sender, the previous sentence's subject.
        if (WRITINGS.contains(w) && i > 0 && Set.of("the", "his", "her", "their").contains(Words.lc(doc.toks.get(i - 1).word()))
                && i + 1 < doc.toks.size() && isSpeech(doc.toks, i + 1)) return previousSubject(doc, res, i, inQuote);
        // "It said that ...": the organisation named last.
        if (w.equals("it") && i + 1 < doc.toks.size() && isSpeech(doc.toks, i + 1)) return recent(doc, res, i, ActorType.ORGANIZATION, inQuote);
        if (Words.ORG_NOUNS.contains(w) && i > 0) {
            // "A Cargolux spokesman", "the Airbus statement"
            int before = res.actorAt()[i - 1];
            if (before >= 0 && res.actors().get(before).type == ActorType.ORGANIZATION) return res.actors().get(before).name;
            // "a police spokesman", "a hospital spokeswoman": the noun names the kind of body that speaks. Unless
            // it is a word an organisation is referred back to by ("an airline spokeswoman" is the airline named
            // before), the body is the organisation whose name has that noun ("Oslo Police"), or no actor at all:
            // not whichever organisation the story named last.
            Doc.Tok kind = doc.toks.get(i - 1);
            if (SPOKES.contains(w) && kind.pos().startsWith("NN") && !Words.capitalised(kind.word())
                    && !Words.ORG_NOUNS.contains(Words.lc(kind.word()))) {
                String body = organisationNamedWith(res, i, Words.lc(kind.word()), inQuote);
                return body != null ? body : UNNAMED;
            }
            // "a British government spokesman", "an Israeli army spokeswoman": a capitalised modifier that is a place or
            // no actor (a nationality, a name the tagger missed) says whose body it is; the organisation with that word in its
            // name, or no actor, rather than the organisation named last.
            if (SPOKES.contains(w)) {
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    Doc.Tok m = doc.toks.get(k);
                    if (!(m.pos().startsWith("JJ") || m.pos().startsWith("NN"))) break;
                    int ma = res.actorAt()[k];
                    if (Words.capitalised(m.word()) && (ma < 0 || res.actors().get(ma).type == ActorType.LOCATION) && !(k == 0 || doc.sentenceAt(m.start()).tokFrom() == k)) {
                        String body = organisationNamedWith(res, i, Words.lc(m.word()), inQuote);
                        if (body != null) return body;
                        // No such organisation: the body as the text writes it ("British government"), when the
                        // spokesperson's noun follows a word for a body.
                        Doc.Tok kindNoun = doc.toks.get(i - 1);
                        return k < i - 1 && !Words.capitalised(kindNoun.word()) && kindNoun.pos().startsWith("NN")
                                ? doc.text.substring(m.start(), kindNoun.end()) : UNNAMED;
                    }
                }
            }
            String det = Words.lc(doc.toks.get(i - 1).word());
            boolean determined = det.equals("the") || det.equals("a") || det.equals("an") || det.equals("its")
                    || doc.toks.get(i - 1).pos().startsWith("JJ") || doc.toks.get(i - 1).pos().startsWith("NN");
            if (!determined) return null;
            // "a spokesman for Airbus", "a statement from the Boeing Company"
            if (i + 2 < doc.toks.size() && Set.of("for", "of", "from", "at").contains(Words.lc(doc.toks.get(i + 1).word()))) {
                int k = Words.lc(doc.toks.get(i + 2).word()).equals("the") ? i + 3 : i + 2;
                int b = k < doc.toks.size() ? res.actorAt()[k] : -1;
                if (b >= 0 && res.actors().get(b).type == ActorType.ORGANIZATION) return res.actors().get(b).name;
                // "a spokeswoman for Heathrow Airport": a body the tagger typed as a place still speaks through its spokesperson.
                if (b >= 0 && res.actors().get(b).type == ActorType.LOCATION && SPOKES.contains(w)) return res.actors().get(b).name;
                // "a spokesman for the FA": an acronym the tagger did not type is the organisation it abbreviates.
                if (b < 0 && k < doc.toks.size()) {
                    String byInitials = acronymOrganisation(res, doc.toks.get(k).word());
                    if (byInitials != null) return byInitials;
                }
            }
            // "in a statement" alone names no one; "the company said" is the latest organisation.
            // "the statement said" / "its statement said" (subject of the verb) is the one mentioned
            // before: the organisation that made it.
            if (w.equals("statement")) {
                boolean subject = i + 1 < doc.toks.size() && Words.isSpeechVerb(doc.toks.get(i + 1).word())
                        && doc.toks.get(i + 1).pos().startsWith("VB");
                if (!subject || !(det.equals("the") || det.equals("its"))) return null;
                String maker = statementMaker(doc, res, i, inQuote);
                return maker != null ? maker : recent(doc, res, i, ActorType.ORGANIZATION, inQuote);
            }
            return subjectOrganisation(doc, res, i, inQuote);
        }
        return null;
    }

    /**
     * "the company said": the latest organisation named before token i, unless it is named after the verb of
     * its sentence while another organisation is that sentence's subject ("Halvern said its board would meet
     * and had retained Goldman, Sachs & Co. as its adviser. "…," the company said." is Halvern): like a
     * pronoun, "the company" continues the subject.
     */
    private static String subjectOrganisation(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote) {
        String near = recent(doc, res, i, ActorType.ORGANIZATION, inQuote);
        if (near == null) return null;
        Doc.Sent own = doc.sentenceAt(doc.toks.get(i).start());
        for (int k = i - 1; k >= 0; k--) {
            int a = res.actorAt()[k];
            if (inQuote[k] || a < 0 || !res.actors().get(a).name.equals(near)) continue;
            Doc.Sent s = doc.sentenceAt(doc.toks.get(k).start());
            if (s.index() == own.index()) return near;
            for (int t = s.tokFrom(); t < k; t++) {
                Doc.Tok tok = doc.toks.get(t);
                if (inQuote[t]) return near;
                if (tok.pos().equals("VBD") || tok.pos().equals("VBZ") || tok.pos().equals("VBP") || tok.pos().equals("MD")) {
                    // The subject is the organisation before the sentence's first verb, when there is one (after a
                    // dateline's dash: "MIAMI (AP) — Strikers kept ..." has no organisation subject).
                    int from = s.tokFrom();
                    for (int u = s.tokFrom(); u < t; u++) if (DASHES.contains(doc.toks.get(u).word())) from = u + 1;
                    for (int u = from; u < t; u++) {
                        int b = res.actorAt()[u];
                        if (!inQuote[u] && b >= 0 && res.actors().get(b).type == ActorType.ORGANIZATION) return res.actors().get(b).name;
                    }
                    return near;
                }
            }
            return near;
        }
        return near;
    }

    private static final Set<String> DASHES = Set.of("—", "–", "--", "-", "_");

    /**
     * "In a statement read by his friend X, Y accused ... "…," the statement said.": the statement introduced by "In a
     * statement ..., " in one of the two sentences before is the subject's of that sentence: the first actor (not a
     * place) after the phrase's closing comma, followed by a verb. Null when there is no such sentence.
     */
    private static String statementMaker(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote) {
        List<Doc.Tok> toks = doc.toks;
        int sent = toks.get(i).sent();
        for (int k = i - 1; k >= 2 && toks.get(k).sent() >= sent - 2; k--) {
            if (inQuote[k] || !Words.lc(toks.get(k).word()).equals("statement") || toks.get(k).sent() == sent) continue;
            Doc.Sent s = doc.sentenceAt(toks.get(k).start());
            if (k - 2 != s.tokFrom() || !Words.lc(toks.get(k - 2).word()).equals("in")) continue;   // "In a statement ..."
            int c = k + 1;
            while (c < s.tokTo() && !toks.get(c).word().equals(",")) c++;
            int a = c + 1 < s.tokTo() ? res.actorAt()[c + 1] : -1;
            if (a < 0 || res.actors().get(a).type == ActorType.LOCATION) return null;
            int e = c + 1;
            while (e < s.tokTo() && res.actorAt()[e] == a) e++;
            return e < s.tokTo() && toks.get(e).pos().startsWith("VB") ? res.actors().get(a).name : null;
        }
        return null;
    }

    /**
     * The latest organisation named (outside quotes) before token i with a word of its name equal to {@code noun}, in the
     * singular or the plural ("police" in "Oslo Police", "hospital" in "St Mary's Hospitals"); null when none.
     */
    private static String organisationNamedWith(ActorResolver.Result res, int i, String noun, boolean[] inQuote) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : null;
        return latestOrganisation(res, i, inQuote, name -> java.util.Arrays.stream(name.split("[\\s-]+")).map(Words::lc)
                .anyMatch(p -> p.equals(noun) || p.equals(noun + "s") || p.equals(singular)));
    }

    /**
     * The latest organisation mentioned before token i (outside quotes, when {@code inQuote} is given) whose name
     * passes {@code fits}; null when none.
     */
    private static String latestOrganisation(ActorResolver.Result res, int i, boolean[] inQuote,
            java.util.function.Predicate<String> fits) {
        for (int k = i - 1; k >= 0; k--) {
            int a = res.actorAt()[k];
            if (inQuote != null && inQuote[k] || a < 0 || res.actors().get(a).type != ActorType.ORGANIZATION) continue;
            if (fits.test(res.actors().get(a).name)) return res.actors().get(a).name;
        }
        return null;
    }

    /**
     * Acronyms: an upper-case word of two to six letters ("FA", "NUM") is the organisation among the actors whose
     * capitalised words' initials spell it ("Football Association", "National Union of Mineworkers"); null when
     * none or more than one does.
     */
    static String acronymOrganisation(ActorResolver.Result res, String word) {
        if (word.length() < 2 || word.length() > 6 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return null;
        String found = null;
        for (ActorResolver.Actor a : res.actors()) {
            if (a.type != ActorType.ORGANIZATION) continue;
            StringBuilder in = new StringBuilder();
            for (String part : a.name.split("\\s+")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) in.append(part.charAt(0));
            }
            if (in.length() >= 2 && in.toString().equals(word)) {
                if (found != null && !found.equals(a.name)) return null;
                found = a.name;
            }
        }
        return found;
    }

    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");
    /** Written messages that "say" what their sender wrote. */
    private static final Set<String> WRITINGS = Set.of("message", "letter", "note", "memo", "e-mail", "email", "telegram", "communique");

    /**
     * "In a statement read by his son Jason, he said": a pronoun subject right after a sentence's opening
     * prepositional phrase does not refer to a name inside that phrase; its search starts before the sentence.
     */
    private static int afterIntroPhrase(Doc doc, int i) {
        Doc.Sent s = doc.sentenceAt(doc.toks.get(i).start());
        if (i - 1 <= s.tokFrom() || !doc.toks.get(i - 1).word().equals(",")) return i;
        Doc.Tok first = doc.toks.get(s.tokFrom());
        if (!first.pos().equals("IN") && !first.pos().equals("VBG")) return i;
        for (int k = s.tokFrom() + 1; k < i - 1; k++) if (doc.toks.get(k).word().equals(",")) return i;
        return s.tokFrom();
    }

    /** The first actor (not a place) of the sentence before token i's sentence, outside quotes. */
    private static String previousSubject(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote) {
        Doc.Sent own = doc.sentenceAt(doc.toks.get(i).start());
        for (int si = own.index() - 1; si >= Math.max(0, own.index() - 2); si--) {
            Doc.Sent s = doc.sents.get(si);
            for (int k = s.tokFrom(); k < s.tokTo(); k++) {
                int a = res.actorAt()[k];
                if (!inQuote[k] && a >= 0 && res.actors().get(a).type != ActorType.LOCATION) return res.actors().get(a).name;
            }
        }
        return null;
    }

    /**
     * The most recent actor of a type mentioned (outside quotes) before token i. For "he"/"she", a
     * spokesperson mentioned more recently than any person is the one meant ("A Cargolux spokesman
     * said ... he said" speaks for Cargolux).
     */
    /**
     * "He"/"she" at token i: the most recent person ({@link #recent}), unless that person is the object of an
     * earlier sentence whose subject is another person ("Gephardt pleaded with Hyde to stop. "…," he said."
     * is Gephardt): a pronoun subject continues the previous sentence's subject.
     */
    private static String subjectPreferred(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote, char gender) {
        String described = describedSubject(doc, res, i, inQuote);
        if (described != null) return described;
        String near = recent(doc, res, i, ActorType.PERSON, inQuote);
        // "Her husband, Carl Moe, ... "…," she said": "she" skips a person known to be a man (and "he" a woman).
        if (near != null && contradicts(doc, res, near, gender)) {
            String fit = recentOfGender(doc, res, i, inQuote, gender);
            if (fit != null) return fit;
        }
        if (near == null) return null;
        Doc.Sent own = i < doc.toks.size() ? doc.sentenceAt(doc.toks.get(Math.min(i, doc.toks.size() - 1)).start()) : null;
        for (int k = i - 1; k >= 0; k--) {
            int a = res.actorAt()[k];
            if (inQuote[k] || a < 0 || !res.actors().get(a).name.equals(near)) continue;
            Doc.Sent s = doc.sentenceAt(doc.toks.get(k).start());
            if (own != null && s.index() == own.index()) return near;  // named in the pronoun's own sentence
            String subject = null;
            for (int t = s.tokFrom(); t < k; t++) {
                Doc.Tok tok = doc.toks.get(t);
                if (inQuote[t]) return near;
                if (tok.pos().equals("VBD") || tok.pos().equals("VBZ") || tok.pos().equals("VBP") || tok.pos().equals("MD")) break;
                int b = res.actorAt()[t];
                if (b >= 0 && res.actors().get(b).type == ActorType.PERSON) { subject = res.actors().get(b).name; break; }
            }
            return subject != null && !subject.equals(near) && hasVerbBetween(doc, s.tokFrom(), k)
                    && !contradicts(doc, res, subject, gender) ? subject : near;
        }
        return near;
    }

    /** The person called {@code name} is known to be of the other gender than {@code gender}. */
    private static boolean contradicts(Doc doc, ActorResolver.Result res, String name, char gender) {
        if (gender == Gender.UNKNOWN) return false;
        for (ActorResolver.Actor a : res.actors()) {
            if (a.type == ActorType.PERSON && a.name.equals(name)) {
                char g = ActorResolver.genderOf(doc, a);
                return g != Gender.UNKNOWN && g != gender;
            }
        }
        return false;
    }

    /** The most recent person (outside quotes) before token i who is not known to be of the other gender. */
    private static String recentOfGender(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote, char gender) {
        for (int k = Math.min(i, doc.toks.size()) - 1; k >= 0; k--) {
            if (inQuote[k]) continue;
            int a = res.actorAt()[k];
            if (a >= 0 && res.actors().get(a).type == ActorType.PERSON && !contradicts(doc, res, res.actors().get(a).name, gender)) {
                return res.actors().get(a).name;
            }
        }
        return null;
    }

    /**
     * "... the president again apologized. "…," he said.": a subject "the" + role noun in the pronoun's
     * sentence or the one before, with no person named after it, is the person who has that role.
     */
    private static String describedSubject(Doc doc, ActorResolver.Result res, int i, boolean[] inQuote) {
        if (i <= 0 || i > doc.toks.size()) return null;
        Doc.Sent own = doc.sentenceAt(doc.toks.get(i - 1).start());
        int lo = own.index() > 0 ? doc.sents.get(own.index() - 1).tokFrom() : own.tokFrom();
        for (int k = i - 1; k > lo; k--) {
            if (inQuote[k]) continue;
            int a = res.actorAt()[k];
            if (a >= 0 && res.actors().get(a).type == ActorType.PERSON) return null;   // a person named nearer
            Doc.Tok t = doc.toks.get(k);
            String w = Words.lc(t.word());
            if (!t.pos().equals("NN") || Words.capitalised(t.word()) || !Words.isRoleNoun(w) || !Words.lc(doc.toks.get(k - 1).word()).equals("the")) continue;
            if (k + 1 >= doc.toks.size() || !(doc.toks.get(k + 1).pos().startsWith("VB") || doc.toks.get(k + 1).pos().startsWith("RB"))) continue;
            String found = null;
            for (ActorResolver.Actor p : res.actors()) {
                if (p.type != ActorType.PERSON) continue;
                for (String role : p.roles) {
                    if (roleHas(Words.lc(role), w)) {
                        if (found != null && !found.equals(p.name)) return null;  // two people with that role
                        found = p.name;
                    }
                }
            }
            return found;
        }
        return null;
    }

    private static boolean hasVerbBetween(Doc doc, int from, int to) {
        for (int t = from; t < to; t++) {
            String p = doc.toks.get(t).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) return true;
        }
        return false;
    }

    static String recent(Doc doc, ActorResolver.Result res, int i, ActorType type, boolean[] inQuote) {
        for (int k = i - 1; k >= 0; k--) {
            if (inQuote[k]) continue;
            int a = res.actorAt()[k];
            if (a >= 0 && res.actors().get(a).type == type) return res.actors().get(a).name;
            if (type == ActorType.PERSON && SPOKES.contains(Words.lc(doc.toks.get(k).word()))) {
                // "Julien Talavan, a spokesman for X": the spokesman is that person.
                for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                    int p = res.actorAt()[j];
                    if (p >= 0 && res.actors().get(p).type == ActorType.PERSON) return res.actors().get(p).name;
                }
                String org = speakerAt(doc, res, k, inQuote);
                if (org != null) return org;
            }
        }
        return null;
    }
}

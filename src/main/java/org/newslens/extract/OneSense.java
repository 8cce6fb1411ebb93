package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sense per article for names NER took for people. A name is not a person when the same article
 * <ul>
 *   <li>writes it with a corporate suffix ("Bramwell" when the text also says "Bramwell Holdings PLC"):
 *       it is that organisation;</li>
 *   <li>uses it as an organisation's name where no person of that surname is named ("Bramwell" tagged
 *       once as an organisation, once as a person): it is the organisation;</li>
 *   <li>writes it right after an organisation's name ("Holden Commodore" where Holden is a company): a
 *       product or brand of that organisation, not an actor;</li>
 *   <li>writes it inside a title: a short title-case quoted span ("the show "Evenings With Tom Hale"") or
 *       a run joined by a capitalised function word ("This Week With David Brinkley"). Such a mention is
 *       not a person; the name stays a person only where it also occurs outside titles.</li>
 *   <li>follows a person and "of" ("Analyst Maryann Keller of Furman Selz"), a job noun and "at" or "with"
 *       ("an analyst at Drexel Burnham") or a spokesperson and "for": an employer, an organisation;</li>
 *   <li>names a thing by a cue noun: a storm, ship or work before it ("Hurricane Hugo", "the freighter Margaret
 *       Ellison", "its operating system, Snow Leopard") or after it in an appositive ("Snow Leopard, the
 *       next version of ..."); the name is that thing everywhere in the article ("The Margaret Ellison
 *       ..."). A name followed by a place or institution noun ("Victor Verster prison", "Karl Marx
 *       Theater") is inside that place's name there.</li>
 * </ul>
 */
final class OneSense {
    /** Function words that stay lower case in running text; capitalised inside a name, they mark a title. */
    private static final Set<String> TITLE_GLUE = Set.of("with", "and", "of", "the", "in", "on", "at", "for", "to", "from");

    /** Nouns that name a thing by the name written right after them (lower case). */
    private static final Set<String> THING_BEFORE = Set.of("hurricane", "typhoon", "cyclone", "storm", "freighter",
            "tanker", "ship", "vessel", "ferry", "liner", "yacht", "submarine", "cruiser", "destroyer", "frigate",
            "schooner", "trawler", "barge", "boat", "uss", "hms", "shuttle", "spacecraft", "probe", "rover",
            "album", "film", "movie", "novel", "memoir", "musical", "opera", "song", "single", "software", "browser",
            "game", "drug", "sedan", "racehorse", "horse", "satellite", "telescope", "codenamed", "code-named");
    /** Nouns that make a thing of a name in an appositive after it ("X, the latest version of ..."). */
    private static final Set<String> THING_APPOSITIVE = Set.of("version", "release", "edition", "update",
            "album", "film", "movie", "novel", "book", "memoir", "song", "single", "software", "browser", "game",
            "drug", "sedan", "vessel", "tanker", "freighter", "hurricane", "storm", "system", "satellite");
    /** Adjectives that make a following name a product's ("the new X", "its latest X"). */
    private static final Set<String> NEWNESS = Set.of("new", "latest", "all-new", "redesigned", "upgraded", "updated", "revamped", "next-generation");
    /** Nouns after a name that make it part of a place's or institution's name ("Victor Verster prison"). */
    private static final Set<String> PLACE_AFTER = Set.of("prison", "jail", "airport", "memorial", "hospital",
            "university", "college", "school", "center", "centre", "stadium", "arena", "bridge", "street", "avenue",
            "boulevard", "road", "foundation", "award", "awards", "prize", "trophy", "cup", "museum", "theater",
            "theatre", "library", "institute", "park", "hall", "tower", "square", "building", "dam", "highway",
            "station", "fund", "doctrine", "medal", "lecture", "scholarship", "show", "hotel", "expressway", "tunnel");

    private OneSense() {}

    /** Names of two or more words NER tagged as people inside titles ("The Tonight Show With Jay Leno"). */
    static List<String> titleNames(Doc doc, List<ActorResolver.Raw> raws) {
        List<QuoteFinder.Marked> marked = QuoteFinder.markedSpans(doc.text);
        List<String> out = new ArrayList<>();
        for (ActorResolver.Raw r : raws) {
            if (r.type == ActorType.PERSON && r.to - r.from >= 2 && inTitle(doc, r, marked)) out.add(r.name);
        }
        return out;
    }

    /** The titles the article writes in quotation marks ("The Oprah Winfrey Show"), which NER may not split into names. */
    static List<String> quotedTitles(Doc doc) {
        List<String> out = new ArrayList<>();
        for (QuoteFinder.Marked m : QuoteFinder.markedSpans(doc.text)) {
            String t = doc.text.substring(m.start(), m.end()).strip().replaceFirst("[.,]$", "");
            if (t.contains(" ") && QuoteFinder.looksLikeTitle(t, 10)) out.add(t);
        }
        return out;
    }

    /** Capitalised function words of a title, never a first name. */
    static boolean titleGlue(String w) {
        return TITLE_GLUE.contains(Words.lc(w)) || Words.lc(w).equals("a") || Words.lc(w).equals("an");
    }

    static List<ActorResolver.Raw> apply(Doc doc, List<ActorResolver.Raw> raws) {
        Set<String> corporateStems = corporateStems(doc);
        Set<String> orgKeys = new HashSet<>();
        Set<String> personSurnames = new HashSet<>();
        for (ActorResolver.Raw r : raws) {
            if (r.type == ActorType.ORGANIZATION) orgKeys.add(NameKeys.key(r.name));
            if (r.type == ActorType.PERSON && r.to - r.from >= 2) {
                String n = ActorResolver.stripSuffix(r.name);
                personSurnames.add(NameKeys.key(n.substring(n.lastIndexOf(' ') + 1)));
                if (ActorResolver.surnameFirst(n)) personSurnames.add(NameKeys.key(n.substring(0, n.indexOf(' '))));
            }
        }
        List<QuoteFinder.Marked> marked = QuoteFinder.markedSpans(doc.text);
        Set<String> things = new HashSet<>();
        for (ActorResolver.Raw r : raws) {
            if (r.type != ActorType.PERSON) continue;
            String thing = thingName(doc, r);
            if (thing != null) things.add(NameKeys.key(thing));
        }
        Set<String> companies = usedAsCompanies(doc, raws);
        Set<Integer> personEnds = new HashSet<>();
        for (ActorResolver.Raw r : raws) if (r.type == ActorType.PERSON) personEnds.add(r.to - 1);
        List<ActorResolver.Raw> out = new ArrayList<>(raws.size());
        for (ActorResolver.Raw r : raws) {
            if (r.type != ActorType.PERSON) { out.add(r); continue; }
            // "Analyst Maryann Keller of Furman Selz": a name after a person and "of" is where that person works.
            if (r.from >= 2 && doc.toks.get(r.from - 2).sent() == doc.toks.get(r.from).sent()
                    && (Words.lc(doc.toks.get(r.from - 1).word()).equals("of") && personEnds.contains(r.from - 2) || employer(doc, r))) {
                r.type = ActorType.ORGANIZATION;
                out.add(r);
                continue;
            }
            // "Clann Nua leader Tomas Brennan": a name, a title and a person's name: the name is the person's party or employer.
            if (beforeTitledPerson(doc, r, raws)) {
                r.type = ActorType.ORGANIZATION;
                out.add(r);
                continue;
            }
            // "Jane Doe, 41, of Braintree": in the wire's age-and-hometown appositive, the name after "of" is a place.
            // "a teacher from Sligo": a one-word name after a job noun and "from" is where the person comes from.
            if (hometown(doc, r, personEnds) || fromPlace(doc, r, personSurnames)) {
                r.type = ActorType.LOCATION;
                out.add(r);
                continue;
            }
            String key = NameKeys.key(r.name);
            if (inTitle(doc, r, marked) || afterOrganisation(doc, r, orgKeys)) continue;
            if (things.contains(key) || things.contains(NameKeys.key(withoutCue(r.name))) || insidePlaceName(doc, r)) continue;
            boolean oneWord = r.to - r.from == 1;
            if (companies.contains(key) || corporateStems.contains(key) || oneWord && orgKeys.contains(key) && !personSurnames.contains(key)) {
                r.type = ActorType.ORGANIZATION;
            }
            out.add(r);
        }
        return out;
    }

    /** Nouns that make the name before them a brand ("its Hummer brand"). */
    private static final Set<String> BRAND = Set.of("brand", "brands", "marque", "label", "trademark");

    /** Nouns of a company's results: "X reported a loss". */
    private static final Set<String> RESULTS = Set.of("profit", "profits", "loss", "losses", "earnings", "revenue", "revenues", "sales", "results");
    private static final Set<String> REPORTING = Set.of("reported", "reports", "posted", "posts", "announced", "announces", "forecast");

    /**
     * Names tagged as persons that the article uses only as a company: "Lehman said it had enough capital",
     * "Walt Disney reported higher profits", "shares of X", "X's shares", "X, which makes engines", with no
     * mention that reads as a person (a title or honorific before it, ", who" or ", the chief executive"
     * after it). By key, with the surname of a full name so converted ("Disney" for "Walt Disney").
     */
    static Set<String> usedAsCompanies(Doc doc, List<ActorResolver.Raw> raws) {
        java.util.Map<String, Boolean> company = new java.util.HashMap<>(), person = new java.util.HashMap<>();
        java.util.Map<String, String> surnameOf = new java.util.HashMap<>();
        List<Doc.Tok> toks = doc.toks;
        Set<String> brands = new HashSet<>();
        // "its Hummer brand", whatever NER made of that mention (untagged, an organisation): the name is a brand's.
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (toks.get(i).pos().startsWith("NNP") && BRAND.contains(Words.lc(toks.get(i + 1).word()))) brands.add(NameKeys.key(toks.get(i).word()));
        }
        for (String b : brands) company.put(b, true);
        for (ActorResolver.Raw r : raws) {
            if (r.type != ActorType.PERSON) continue;
            String key = NameKeys.key(r.name);
            if (r.to - r.from >= 2) surnameOf.put(key, NameKeys.key(ActorResolver.stripSuffix(r.name).substring(ActorResolver.stripSuffix(r.name).lastIndexOf(' ') + 1)));
            boolean corp = false, human = false;
            Doc.Tok prev = r.from > 0 ? toks.get(r.from - 1) : null;
            if (prev != null && (Words.isRoleNoun(prev.word()) || NameKeys.isHonorific(prev.word()))) human = true;
            int n = r.to;
            String w1 = n < toks.size() ? Words.lc(toks.get(n).word()) : "";
            String w2 = n + 1 < toks.size() ? Words.lc(toks.get(n + 1).word()) : "";
            String w3 = n + 2 < toks.size() ? Words.lc(toks.get(n + 2).word()) : "";
            // "Hummer, whose vehicles ...": "whose" does not make a brand a person.
            if (w1.equals(",") && (w2.equals("who") || w2.equals("whose") && !brands.contains(key) || Words.isRoleNoun(w3) || (w2.equals("the") || w2.equals("a") || w2.equals("an"))
                    && n + 3 < toks.size() && Words.isRoleNoun(toks.get(n + 3).word()))) human = true;
            // "X said it would", "X said its profit fell": "it" the subject of the reported clause (not "X welcomed it.").
            String p3 = n + 2 < toks.size() ? toks.get(n + 2).pos() : "";
            if (Words.isSpeechVerb(w1) && (w2.equals("it") && (p3.startsWith("VB") || p3.equals("MD") || p3.startsWith("RB")) || w2.equals("its"))) corp = true;
            if (w1.equals(",") && w2.equals("which")) corp = true;                                              // "X, which makes"
            if ((w1.equals("'s") || w1.equals("’s")) && (w2.equals("shares") || w2.equals("stock"))) corp = true;
            if (w1.equals("shares") || w1.equals("stock")) corp = true;
            // "its Hummer brand", "the Saab marque": a name before a brand noun is the brand's.
            if (BRAND.contains(w1)) corp = true;
            if (prev != null && r.from > 1 && Words.lc(prev.word()).equals("of") && Words.lc(toks.get(r.from - 2).word()).equals("shares")) corp = true;
            if (REPORTING.contains(w1)) {
                for (int k = n + 1; k < Math.min(toks.size(), n + 5); k++) if (RESULTS.contains(Words.lc(toks.get(k).word()))) corp = true;
            }
            if (corp) company.put(key, true);
            if (human) person.put(key, true);
        }
        Set<String> out = new HashSet<>();
        for (String k : company.keySet()) {
            if (person.containsKey(k)) continue;
            // "Dell's shares" beside "Michael Dell" (not a company-only name): the surname stays his.
            boolean surnameOfPerson = false;
            for (var e : surnameOf.entrySet()) if (e.getValue().equals(k) && !company.containsKey(e.getKey())) surnameOfPerson = true;
            if (surnameOfPerson) continue;
            String sur = surnameOf.get(k);
            if (sur != null && person.containsKey(sur)) continue;
            out.add(k);
            if (sur != null) out.add(sur);
        }
        return out;
    }

    /**
     * Names the text writes with a corporate suffix: the capitalised words right before "Holdings",
     * "PLC", "Inc." ... ("Bramwell Holdings PLC" gives "bramwell" and "bramwell holdings"), by key.
     */
    static Set<String> corporateStems(Doc doc) {
        Set<String> out = new HashSet<>();
        List<Doc.Tok> toks = doc.toks;
        for (int i = 1; i < toks.size(); i++) {
            Doc.Tok t = toks.get(i);
            if (!ActorResolver.CORP_SUFFIX.contains(Words.lc(t.word())) || t.word().equals("&") || !Words.capitalised(t.word())) continue;
            int b = i;
            while (b - 1 >= 0 && toks.get(b - 1).sent() == t.sent() && toks.get(b - 1).pos().startsWith("NNP")
                    && Words.capitalised(toks.get(b - 1).word()) && i - b < 4) b--;
            if (b == i) continue;
            // Every prefix ending before a suffix word: "Bramwell", "Bramwell Holdings".
            for (int e = b + 1; e <= i; e++) {
                if (e < i && !ActorResolver.CORP_SUFFIX.contains(Words.lc(toks.get(e).word()))) continue;
                out.add(NameKeys.key(doc.text.substring(toks.get(b).start(), toks.get(e - 1).end())));
            }
        }
        return out;
    }

    /** The name a cue noun makes a thing of ("Hurricane Hugo" gives "Hugo"), or null. */
    private static String thingName(Doc doc, ActorResolver.Raw r) {
        List<Doc.Tok> toks = doc.toks;
        String first = Words.lc(toks.get(r.from).word());
        if (r.to - r.from >= 2 && THING_BEFORE.contains(first)) return withoutCue(r.name);
        // "the completely new Holden Commodore", "its latest Falcon": a name made new is a product.
        if (r.from >= 2 && NEWNESS.contains(Words.lc(toks.get(r.from - 1).word())) && toks.get(r.from - 1).sent() == toks.get(r.from).sent()) {
            Doc.Tok d = toks.get(r.from - 2);
            if (d.pos().equals("DT") || d.pos().equals("PRP$") || d.pos().startsWith("RB") || d.pos().equals("POS")) return r.name;
        }
        int p = r.from - 1;
        // "its new operating system, Snow Leopard,": across a comma only when the name closes an appositive.
        boolean closed = r.to < toks.size() && (toks.get(r.to).word().equals(",") || toks.get(r.to).word().equals("."));
        if (p >= 1 && closed && toks.get(p).word().equals(",") && toks.get(p).sent() == toks.get(r.from).sent()
                && (toks.get(p - 2 < 0 ? 0 : p - 2).pos().matches("JJ.*|NN.*|PRP\\$|DT|VBG"))) p--;
        if (p >= 0 && toks.get(p).sent() == toks.get(r.from).sent()) {
            String w = Words.lc(toks.get(p).word());
            if (THING_BEFORE.contains(w) || w.equals("system") && p > 0 && Words.lc(toks.get(p - 1).word()).equals("operating")) return r.name;
        }
        // "Snow Leopard, the next version of Mac OS X": an appositive headed by a thing noun.
        int k = r.to;
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            for (int j = k + 1; j < Math.min(toks.size(), k + 6) && toks.get(j).sent() == toks.get(r.from).sent(); j++) {
                Doc.Tok t = toks.get(j);
                String w = Words.lc(t.word());
                if (j == k + 1 && !(w.equals("the") || w.equals("its") || w.equals("a") || w.equals("an") || w.equals("their"))) break;
                boolean head = j + 1 >= toks.size() || !(toks.get(j + 1).pos().startsWith("NN") || toks.get(j + 1).pos().equals("POS"));
                if (THING_APPOSITIVE.contains(w) && t.pos().startsWith("NN") && head) {
                    // "system" only as "operating system"
                    return !w.equals("system") || Words.lc(toks.get(j - 1).word()).equals("operating") ? r.name : null;
                }
                if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("DT") || t.pos().equals("PRP$")
                        || t.pos().equals("POS") || t.pos().equals("CD") || t.pos().equals("VBN"))) break;
            }
        }
        return null;
    }

    /**
     * "an analyst at Drexel Burnham", "an economist with Smith Barney", "a spokesman for Kidder Peabody": a
     * name after a job noun and "at"/"with" (or a spokesperson and "for") is an employer ("a lawyer for
     * John Doe" is a client: "for" only after a spokesperson).
     */
    private static boolean employer(Doc doc, ActorResolver.Raw r) {
        String prep = Words.lc(doc.toks.get(r.from - 1).word());
        Doc.Tok job = doc.toks.get(r.from - 2);
        String j = Words.lc(job.word());
        if (Words.capitalised(job.word()) || !job.pos().startsWith("NN")) return false;
        if (prep.equals("for")) return j.equals("spokesman") || j.equals("spokeswoman") || j.equals("spokesperson");
        return (prep.equals("at") || prep.equals("with")) && Words.isRoleNoun(j);
    }

    /** The mention follows a person's name, a comma, an age, a comma and "of" ("Jane Doe, 41, of Braintree"). */
    static boolean hometown(Doc doc, ActorResolver.Raw r, Set<Integer> personEnds) {
        int f = r.from;
        if (f < 5) return false;
        List<Doc.Tok> t = doc.toks;
        for (int k = f - 5; k < f; k++) if (t.get(k).sent() != t.get(f).sent()) return false;
        return Words.lc(t.get(f - 1).word()).equals("of") && t.get(f - 2).word().equals(",")
                && t.get(f - 3).word().matches("\\d{1,3}") && t.get(f - 4).word().equals(",") && personEnds.contains(f - 5);
    }

    /** A title in lower case, then a person's name of two or more words, right after the mention, in its sentence. */
    static boolean beforeTitledPerson(Doc doc, ActorResolver.Raw r, List<ActorResolver.Raw> raws) {
        List<Doc.Tok> t = doc.toks;
        int k = r.to;
        while (k < t.size() && k - r.to < 2 && t.get(k).sent() == t.get(r.from).sent() && !Words.capitalised(t.get(k).word())
                && Words.isRoleNoun(t.get(k).word())) k++;
        if (k == r.to) return false;
        for (ActorResolver.Raw p : raws) if (p != r && p.type == ActorType.PERSON && p.from == k && p.to - p.from >= 2) return true;
        return false;
    }

    /** "a farmer from Leeds": a one-word name after a job noun in lower case and "from", not a person's surname. */
    static boolean fromPlace(Doc doc, ActorResolver.Raw r, Set<String> personSurnames) {
        if (r.to - r.from != 1 || r.from < 2) return false;
        List<Doc.Tok> t = doc.toks;
        Doc.Tok job = t.get(r.from - 2);
        return Words.lc(t.get(r.from - 1).word()).equals("from") && job.sent() == t.get(r.from).sent()
                && !Words.capitalised(job.word()) && Words.isRoleNoun(job.word()) && !personSurnames.contains(NameKeys.key(r.name));
    }

    /** "Hurricane Hugo" -> "Hugo". */
    private static String withoutCue(String name) {
        int sp = name.indexOf(' ');
        return sp > 0 && THING_BEFORE.contains(Words.lc(name.substring(0, sp))) ? name.substring(sp + 1) : name;
    }

    /** "Victor Verster prison": a place or institution noun right after the name, in its sentence. */
    private static boolean insidePlaceName(Doc doc, ActorResolver.Raw r) {
        if (r.to >= doc.toks.size()) return false;
        Doc.Tok next = doc.toks.get(r.to);
        return next.sent() == doc.toks.get(r.to - 1).sent() && PLACE_AFTER.contains(Words.lc(next.word()));
    }

    /** "Holden Commodore": the mention starts with the name of an organisation of the article. */
    private static boolean afterOrganisation(Doc doc, ActorResolver.Raw r, Set<String> orgKeys) {
        if (r.to - r.from < 2) return false;
        // "Labor Minister Gong Tae-woo": a title or honorific right before it makes the name a person's, not a product's.
        if (r.from > 0 && doc.toks.get(r.from - 1).sent() == doc.toks.get(r.from).sent()) {
            String prev = doc.toks.get(r.from - 1).word();
            if (Words.isRoleNoun(prev) || NameKeys.isHonorific(prev)) return false;
        }
        for (int k = r.from + 1; k < r.to; k++) {
            String head = NameKeys.key(doc.text.substring(doc.toks.get(r.from).start(), doc.toks.get(k - 1).end()));
            if (orgKeys.contains(head)) return true;
        }
        return false;
    }

    private static boolean inTitle(Doc doc, ActorResolver.Raw r, List<QuoteFinder.Marked> marked) {
        // "This Week With David Brinkley": a capitalised function word right before the name, mid-sentence.
        if (r.from > 0) {
            Doc.Tok prev = doc.toks.get(r.from - 1);
            boolean sentenceStart = r.from - 1 == 0 || doc.toks.get(r.from - 2).sent() != prev.sent();
            if (!sentenceStart && Words.capitalised(prev.word()) && TITLE_GLUE.contains(Words.lc(prev.word()))) return true;
        }
        for (QuoteFinder.Marked m : marked) {
            // '"Jerry Maguire,"': American style keeps the comma or full stop inside the marks.
            if (r.start >= m.start() && r.end <= m.end()) {
                return QuoteFinder.looksLikeTitle(doc.text.substring(m.start(), m.end()).strip().replaceFirst("[.,]$", ""));
            }
        }
        return false;
    }
}

package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date engine, in five steps, each its own class:
 * <ol>
 *   <li>(a) find: SUTime's expressions ({@link Pipeline#timexes}) and our grammar's
 *   ({@link TimexGrammar}); where they overlap the grammar's win;</li>
 *   <li>(d) compose: split, normalise and extend them ({@link TimexComposer});</li>
 *   <li>(e) drop what is not a date ({@link NotADate});</li>
 *   <li>(c) give unanchored days, months, weekdays their year or week by direction ({@link Direction});</li>
 *   <li>(b) resolve relative expressions against the publication date or the narrative's time
 *   ({@link NarrativeTime}); a clock time takes the date of the day written with it.</li>
 * </ol>
 * Without a publication date relative values stay in XXXX form; setting one later resolves them.
 */
final class DateResolver {
    /** A resolved expression (body offsets). */
    record Resolved(int start, int end, String text, String value, String type) {}

    private DateResolver() {}

    static List<Resolved> resolve(Doc doc, List<Pipeline.RawTimex> raw, LocalDate dct) {
        // (a) + split: SUTime's, then the grammar's.
        List<Timex> sutime = new ArrayList<>();
        for (Pipeline.RawTimex r : raw) {
            String v = dct == null ? unresolved(r.text(), r.value(), r.altValue(), r.type()) : r.value();
            TimexComposer.split(doc, Timex.of(r.start(), r.end(), r.text(), v, r.type()), sutime);
        }
        List<Timex> items = merge(doc.text, sutime, TimexGrammar.find(doc.text, dct));
        // (d) with (e)
        items = TimexComposer.compose(doc, items);
        // (c), (b): days and longer first, in text order, so that a clock time can take its day.
        NarrativeTime story = dct == null ? null : new NarrativeTime(doc, dct);
        if (story != null) story.fiscalYear(items);
        Timex[] done = new Timex[items.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < items.size(); k++) {
                Timex t = items.get(k);
                // A part of a day counted from the publication ("last night") is a day's expression: first.
                boolean clock = "TIME".equals(t.type()) && !t.value0().startsWith("XXXX-W")
                        && (t.rel() == null || t.rel().partOfDay() == null || t.rel().anchor() != Timex.Anchor.DCT);
                if (clock != (pass == 1)) continue;
                done[k] = resolveOne(doc, t, dct, story, items, done, k);
                if (story != null && done[k] != null) story.note(done[k]);
            }
        }
        List<Resolved> out = new ArrayList<>();
        for (Timex t : done) {
            if (t != null && t.value() != null) out.add(new Resolved(t.start(), t.end(), t.text(), t.value(), t.type()));
        }
        return out;
    }

    private static Timex resolveOne(Doc doc, Timex t, LocalDate dct, NarrativeTime story, List<Timex> items, Timex[] done, int k) {
        if (t.value() != null && t.value().startsWith("FQ")) {
            return t.withValue(dct == null ? null : story.fiscal(t.value()));        // decision 6: unmapped, not annotated
        }
        if (dct == null) return t.rel() != null ? t.withValue(unresolvedRel(t.rel())) : t;
        String v = t.rel() != null ? story.resolve(t) : t.value();
        if (t.rel() != null && t.rel().partOfDay() != null) {
            // "in morning trading on Thursday": the day written just after the part of the day.
            String day = dayAfter(doc, t, items, done, k);
            if (day != null) v = day + t.rel().partOfDay();
            // A past clause's part of the day has happened: not on a day after the publication ("meets June 30 and
            // July 1. Stocks were mixed in morning trading.").
            else if (v != null && TimexValues.firstDay(v) != null && TimexValues.firstDay(v).isAfter(dct)
                    && Tense.around(doc, t.start()) == Tense.PAST) v = dct + t.rel().partOfDay();
        }
        String listed = Direction.unanchored(v) ? coordinatedDay(doc, t, v, items, done, k) : null;
        String narrated = listed == null ? story.narrativeWeekday(t) : null;
        if (listed != null) v = listed;
        else if (narrated != null) v = narrated;
        else if (Direction.unanchored(v)) {
            // In a past scene ("in June 1989 ... in November") a year-less month or day is the scene's nearest one.
            // Not in a clause that points forward ("The new mayor is due to take office on Nov. 20").
            Tense tense = Tense.around(doc, t.start());
            LocalDate scene = v.startsWith("XXXX-W") || tense == Tense.FUTURE ? null : story.pastScene(t.start());
            String inScene = scene != null ? Direction.resolve(v, scene, Tense.PRESENT) : null;
            // A past clause's event has happened: not after the publication ("rose to 5% last month, from 4.4% in March").
            if (inScene != null && tense == Tense.PAST && TimexValues.firstDay(inScene) != null && TimexValues.firstDay(inScene).isAfter(dct)) inScene = null;
            // "had said on Wednesday that talks would end on Friday": a weekday in reported words counts from the
            // day of the utterance written in the sentence (decision 4), not from the publication.
            LocalDate said = inScene == null && WEEKDAY_VALUE.matcher(v).matches() && tense != Tense.PRESENT ? story.utterance(t.start()) : null;
            if (said != null && !said.equals(dct)) v = Direction.resolve(v, said, tense);
            else v = inScene != null ? inScene : Direction.resolve(doc, t.start(), t.end(), v, dct);
        }
        String season = WireCues.lastSeason(t.text(), dct);
        if (season != null) v = season;
        String around = WireCues.aroundDay(t.text(), v);
        if (around != null) v = around;
        String generic = NotADate.genericUse(doc, t);
        if (generic != null) v = generic;
        else v = story.sceneDay(t, v);
        // A part of a day counted from another ("early the next morning") has its day already.
        boolean counted = t.rel() != null && t.rel().amount() != 0;
        if ("TIME".equals(t.type()) && TimexValues.isDateTime(v) && !OWN_DAY.matcher(t.text()).find() && !counted) v = dayOf(doc, t, items, done, k, v, story) + v.substring(10);
        // "rescuers pulled 40 survivors out overnight", "crowds celebrated through the night": in a past clause the
        // night that has passed by the publication's morning is the one before it, not the publication's own.
        if (v != null && v.equals(dct + "TNI") && BARE_NIGHT.matcher(t.text()).matches() && Tense.around(doc, t.start()) == Tense.PAST) {
            v = dct.minusDays(1) + "TNI";
        }
        return t.withValue(v);
    }

    /**
     * The date a clock time is on: the day written right next to it ("12:00 UTC Monday", "Tuesday
     * at 17:30", "2:28 a.m. on March 11"), else the latest day written before it in its sentence,
     * else, in a past clause, the day written in the preceding sentence ("The blast, at 2:10 p.m.,
     * ..." after "Thursday afternoon"; not one after the publication), else the one it was given.
     */
    private static String dayOf(Doc doc, Timex t, List<Timex> items, Timex[] done, int k, String v, NarrativeTime story) {
        // Along a run of adjacent expressions ("6 a.m. (1100 GMT) Sunday"), forward then back.
        for (int step : new int[]{1, -1}) {
            Timex prev = t;
            for (int j = k + step; j >= 0 && j < items.size(); j += step) {
                Timex d = items.get(j);
                if (Math.max(prev.start(), d.start()) - Math.min(prev.end(), d.end()) > 8) break;
                if (done[j] != null && TimexValues.isDate(done[j].value())) return done[j].value();
                if (!"TIME".equals(d.type())) break;
                // "shortly before 22:00 last night": the day of an adjacent part of a day.
                String pv = done[j] == null ? null : done[j].value();
                if (pv != null && pv.length() > 10 && pv.charAt(10) == 'T' && !Character.isDigit(pv.charAt(11)) && TimexValues.isDate(pv.substring(0, 10))) return pv.substring(0, 10);
                prev = d;
            }
        }
        // "at 6:10 local time on Monday": the day written after the time, past only its zone words.
        for (int j = k + 1; j < items.size(); j++) {
            Timex d = items.get(j);
            if (d.start() < t.end()) continue;
            if (!ZONE_GAP.matcher(doc.text.substring(t.end(), d.start())).matches()) break;
            if (done[j] != null && TimexValues.isDate(done[j].value())) return done[j].value();
            break;
        }
        Doc.Sent s = doc.sentenceAt(t.start());
        for (int j = k - 1; j >= 0; j--) {
            Timex d = done[j];
            if (d == null) continue;
            if (d.start() < s.start()) break;
            if (TimexValues.isDate(d.value())) return d.value();
        }
        if (story != null && BARE_CLOCK.matcher(t.text()).matches() && Tense.around(doc, t.start()) == Tense.PAST) {
            String day = story.recentDay(t.start());
            if (day != null && day.length() >= 10 && TimexValues.isDate(day.substring(0, 10))
                    && !LocalDate.parse(day.substring(0, 10)).isAfter(story.published())) return day.substring(0, 10);
        }
        return v.substring(0, 10);
    }

    /** Between a clock time and its day: only zone words and "on" ("local time on", "Eastern time on", "GMT on"). */
    private static final Pattern ZONE_GAP = Pattern.compile(
            "^\\s*(?:(?:local|[A-Z][a-z]+|[A-Z]{2,4})\\s+time\\s*|[A-Z]{2,4}\\s*|\\([^()]{1,20}\\)\\s*)?,?\\s*(?:on\\s+)?$");

    /** A night that names no day of its own ("overnight", "through the night"). */
    private static final Pattern BARE_NIGHT = Pattern.compile("(?i)^(?:the\\s+)?(?:overnight|night)$");

    /** A time that names its own day ("Friday evening", "yesterday morning", "this afternoon") keeps it. */
    private static final Pattern OWN_DAY = Pattern.compile(
            "(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|this\\s+(?:morning|afternoon|evening))\\b");

    /** A day resolved among the next expressions, within a few words in the same sentence ("morning trading on Thursday"). */
    private static String dayAfter(Doc doc, Timex t, List<Timex> items, Timex[] done, int k) {
        Doc.Sent s = doc.sentenceAt(t.start());
        for (int j = k + 1; j < items.size(); j++) {
            Timex d = items.get(j);
            if (d.start() - t.end() > 20 || s == null || d.start() >= s.end()) break;
            if (done[j] != null && TimexValues.isDate(done[j].value())) return done[j].value();
        }
        return null;
    }

    private static final Pattern WEEKDAY_VALUE = Pattern.compile("^XXXX-WXX-([1-7])(T.*)?$");
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)^\\s*,?\\s*(?:and|or|to|through|until|till|-|–)\\s*(?:on\\s+)?$");

    /**
     * A weekday listed right after a resolved one ("next Tuesday and Wednesday", "on Monday or
     * Tuesday", "Friday to Sunday"): the first such day after it; the list shares the first's week.
     */
    private static String coordinatedDay(Doc doc, Timex t, String v, List<Timex> items, Timex[] done, int k) {
        Matcher w = WEEKDAY_VALUE.matcher(v);
        if (!w.matches() || k == 0 || done[k - 1] == null || !TimexValues.isDate(done[k - 1].value())) return null;
        Timex prev = done[k - 1];
        if (!WEEKDAY_WORD.matcher(prev.text()).find() || !LIST_JOIN.matcher(doc.text.substring(prev.end(), t.start())).matches()) return null;
        LocalDate d = LocalDate.parse(prev.value().substring(0, 10));
        int ahead = (Integer.parseInt(w.group(1)) - d.getDayOfWeek().getValue() + 7) % 7;
        return d.plusDays(ahead == 0 ? 7 : ahead) + (w.group(2) == null ? "" : w.group(2));
    }

    /** A clock time with no day word of its own: "7:42 a.m.", "shortly before 9 a.m.", "10:30 GMT", "noon". */
    private static final Pattern BARE_CLOCK = Pattern.compile(
            "(?i)^(?:(?:shortly|just|soon|right)\\s+(?:before|after)\\s+|about\\s+|around\\s+|at\\s+)?(?:\\d{1,2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|noon|midnight|midday)(?:\\s+[A-Z]{2,4}|\\s+local\\s+time)?$");

    // --- (a) merging the two finders

    private static final Pattern SELF_CONTAINED = Pattern.compile(
            "(?i)^(?:(\\d{4})|([a-z]+)\\.?\\s+(\\d{4})|((?:mon|tues|wednes|thurs|fri|satur|sun)day)|([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|([a-z]+)|([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)$");
    private static final Pattern DEICTIC_PIECE = Pattern.compile("(?i)^(last|this|next)\\s+(week|month|year)$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;]+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern EDGE = Pattern.compile("(?i)^[\\s,;]*(?:(?:on|in|at|of|and|since|until|from|to|through|by)\\s+)?|[\\s,;]+$");

    /**
     * The grammar's expressions replace the SUTime expressions they overlap; a self-contained date
     * SUTime had joined to the replaced part ("in August 2008, ten months later than planned",
     * "over a year on Monday") is kept.
     */
    static List<Timex> merge(String text, List<Timex> sutime, List<Timex> grammar) {
        List<Timex> out = new ArrayList<>(grammar);
        for (Timex t : sutime) {
            List<Timex> over = grammar.stream().filter(t::overlaps).toList();
            if (over.isEmpty()) { out.add(t); continue; }
            int from = t.start();
            for (Timex x : over) {
                if (x.start() > from) keepPiece(text, from, x.start(), out);
                from = Math.max(from, x.end());
            }
            if (t.end() > from) keepPiece(text, from, t.end(), out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void keepPiece(String text, int from, int to, List<Timex> out) {
        String piece = text.substring(from, to);
        Matcher e = EDGE.matcher(piece);
        int s = from, end = to;
        if (e.find() && e.start() == 0) s += e.end();
        String trimmed = TRAILING.matcher(text.substring(s, end)).replaceAll("");
        end = s + trimmed.length();
        Matcher r = DEICTIC_PIECE.matcher(trimmed);
        if (r.matches()) {
            // "its third quarter last month": a point counted from the publication, kept beside the grammar's expression.
            String w = r.group(1).toLowerCase(Locale.ROOT);
            int amount = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
            out.add(Timex.relative(s, end, trimmed, Timex.Anchor.DCT, amount, Character.toUpperCase(r.group(2).charAt(0)), false));
            return;
        }
        Matcher m = SELF_CONTAINED.matcher(trimmed);
        if (!m.matches()) return;
        String v = null;
        if (m.group(1) != null) v = m.group(1);
        else if (m.group(2) != null) {
            int mon = TimexValues.month(m.group(2));
            if (mon == 0) return;
            v = String.format(Locale.ROOT, "%s-%02d", m.group(3), mon);
        } else if (m.group(5) != null) {                    // "Jan. 1, 2014"
            int mon = TimexValues.month(m.group(5));
            if (mon == 0) return;
            v = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(7), mon, Integer.parseInt(m.group(6)));
        } else if (m.group(9) != null) {                    // "(on) November 5": a day, its year by direction
            int mon = TimexValues.month(m.group(9));
            int day = Integer.parseInt(m.group(10));
            if (mon == 0 || day < 1 || day > 31) return;
            v = String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, day);
        } else if (m.group(8) != null) {                    // "(of) January": a month, its year by direction
            int mon = TimexValues.month(m.group(8));
            if (mon == 0 || m.group(8).length() < 3 || m.group(8).equalsIgnoreCase("may")) return;
            v = String.format(Locale.ROOT, "XXXX-%02d", mon);
        }
        out.add(Timex.of(s, end, trimmed, v, "DATE"));
    }

    // --- without a publication date

    private static String unresolvedRel(Timex.Rel r) {
        return switch (r.unit()) {
            case 'D' -> "XXXX-XX-XX";
            case 'W' -> "XXXX-WXX";
            case 'M' -> "XXXX-XX";
            case 'Q' -> "XXXX-QX";
            default -> "XXXX";
        };
    }

    private static final Pattern MONTH_WORD = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /** Without a reference date SUTime leaves anchored values unresolved; give them an XXXX form. */
    static String unresolved(String text, String value, String alt, String type) {
        if (value != null && value.startsWith("T")) return "XXXX-XX-XX" + value;                // "17:30 UTC"
        if (value != null && (DIGIT.matcher(value).find() || value.endsWith("_REF") || value.startsWith("P"))) return value;
        Matcher wd = WEEKDAY_WORD.matcher(text);
        if (wd.find() && !"DURATION".equals(type) && !"SET".equals(type)) {
            return "XXXX-WXX-" + TimexValues.weekday(wd.group(1)).getValue();                   // "Tuesday"
        }
        Matcher mo = MONTH_WORD.matcher(text);
        if (mo.find() && "DATE".equals(type)) {
            return String.format(Locale.ROOT, "XXXX-%02d", TimexValues.month(mo.group(1)));    // "last September"
        }
        if (value == null && alt == null) return null;
        return switch (type) {
            case "TIME" -> "XXXX-XX-XXTXX:XX";
            case "DURATION" -> "PX";
            case "SET" -> value != null ? value : "XXXX";
            default -> alt != null && alt.contains("P1W") ? "XXXX-WXX" : alt != null && alt.contains("P1M") ? "XXXX-XX"
                    : alt != null && alt.contains("P1Y") ? "XXXX" : "XXXX-XX-XX";
        };
    }
}

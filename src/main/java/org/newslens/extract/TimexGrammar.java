package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.newslens.extract.TimexValues.NUMBER;
import static org.newslens.extract.TimexValues.duration;
import static org.newslens.extract.TimexValues.number;
import static org.newslens.extract.TimexValues.unit;

/**
 * Mechanism (a), our half of finding expressions: a small grammar for what SUTime misses or reads
 * differently from TIMEX3 news practice. Each rule is one pattern (compiled once) and what it
 * builds; relative expressions are left relative ({@link Timex.Rel}) for {@link NarrativeTime}, and
 * year-less ones unanchored ({@code XXXX-Q4}) for {@link Direction}. Where a grammar expression
 * overlaps SUTime's, the grammar's wins ({@link DateResolver}). To extend: add a rule to {@link #RULES}.
 */
final class TimexGrammar {
    /** Builds the expressions of one match (usually one; ranges give several). */
    @FunctionalInterface
    interface Builder {
        List<Timex> build(Matcher m, String text, LocalDate dct);
    }

    record Rule(String name, Pattern pattern, Builder builder) {}

    private static final String UNIT = "(year|month|week|day|hour|minute|decade|quarter)s?";
    private static final String UNITS = "(years|months|weeks|days|hours|decades)";
    private static final String APPROX = "(?:just\\s+over|just\\s+under|well\\s+over|over|more\\s+than|less\\s+than|almost|nearly|under|about|around|roughly|"
            + "approximately|some|at\\s+least|up\\s+to|close\\s+to)";
    private static final String VAGUE = "(?:several|many|a\\s+few|few|numerous|some)";
    private static final String ORDINAL = "(first|second|third|fourth|final|last|1st|2nd|3rd|4th)";
    private static final String YEAR_OF = "(?:\\s+of\\s+(this|last|next)\\s+year|\\s+of\\s+(\\d{4})|,?\\s+(\\d{4}))?";
    private static final String N = "(" + NUMBER + ")";
    /** "before"/"after" end a relative expression only at a clause edge; before a noun phrase they are prepositions ("a year after the crash"). */
    private static final String EDGE = "(?=\\s*(?:[,.;:!?)\"”]|$|and\\b|but\\b|when\\b))";

    static final List<Rule> RULES = List.of(
            // --- Parts of a year: quarters and halves, with or without their year.
            // Wire copy: "the 1988 fourth quarter", "the 1989 first half": the year written before the part.
            rule("year quarter", "\\b(?:the\\s+)?(19\\d{2}|20\\d{2})\\s+(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter\\b",
                    (m, t, d) -> one(m, t, m.group(1) + "-Q" + quarter(m.group(2)), "DATE")),
            rule("year half", "\\b(?:the\\s+)?(19\\d{2}|20\\d{2})\\s+(first|second)\\s+half\\b",
                    (m, t, d) -> one(m, t, m.group(1) + "-H" + (m.group(2).equalsIgnoreCase("first") ? 1 : 2), "DATE")),
            rule("quarter", "\\b(?:the\\s+)?" + ORDINAL + "[\\s-]quarter" + YEAR_OF + "\\b",
                    (m, t, d) -> m.group(1).equalsIgnoreCase("last") && m.group(2) == null && m.group(3) == null && m.group(4) == null
                            ? List.of() : one(m, t, part(m, d, "Q", quarter(m.group(1))), "DATE")),
            // "the quarter ended Sept. 30": the calendar quarter the end day is in (its year by direction).
            rule("quarter ended", "\\bthe\\s+quarter(?=,?\\s+(?:which\\s+|that\\s+)?(?:ended|ending|ends|to|through)\\s+(?:on\\s+)?"
                            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?)",
                    (m, t, d) -> one(m, t, (m.group(2) != null ? m.group(2) : "XXXX") + "-Q" + ((TimexValues.month(m.group(1)) + 2) / 3), "DATE")),
            // A fiscal quarter: its calendar value only where the article maps it (NarrativeTime.fiscal); decision 6.
            rule("fiscal quarter", "\\b(?:the\\s+)?(?:fiscal|financial)(?:-year)?\\s+" + ORDINAL + "[\\s-]quarter\\b"
                            + "|\\b(?:the\\s+|its\\s+|their\\s+)?" + ORDINAL + "[\\s-]quarter\\s+of\\s+(?:the|its|their)\\s+(?:\\d{4}\\s+)?(?:fiscal|financial)\\s+year\\b"
                            + "|\\b(?:the\\s+)?(?:very\\s+)?(?:beginning|start)\\s+of\\s+(?:the|its|their)\\s+(?:fiscal|financial)\\s+year\\b",
                    (m, t, d) -> one(m, t, "FQ" + (m.group(1) != null ? quarter(m.group(1)) : m.group(2) != null ? quarter(m.group(2)) : 1), "DATE")),
            // "in the quarter": the quarter the story reports on.
            rule("the quarter", "\\bthe\\s+quarter\\b(?![-’']|\\s+(?:of|after|before|earlier|later|in|ended|ending|ends|to|through)\\b|,\\s+(?:which|that)\\b)",
                    (m, t, d) -> List.of(new Timex(m.start(), m.end(), m.group(), null, "DATE", new Timex.Rel(Timex.Anchor.PERIOD, 0, 'Q', false, null)))),
            rule("last quarter", "\\bthe\\s+(?:last|past|previous|latest|most\\s+recent)\\s+quarter\\b(?!\\s+of)",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.DCT, -1, 'Q', false))),
            rule("half", "\\b(?:the\\s+)?(first|second|1st|2nd|latter)\\s+half(?:\\s+of\\s+(this|last|next)\\s+year|\\s+of\\s+(\\d{4})|,?\\s+(\\d{4})|\\s+of\\s+the\\s+year)\\b",
                    (m, t, d) -> one(m, t, part(m, d, "H", m.group(1).toLowerCase(Locale.ROOT).startsWith("f") || m.group(1).startsWith("1") ? 1 : 2), "DATE")),
            // "earnings will improve in the second half": a half of the year, its year by direction.
            rule("bare half", "\\b(?<=(?:in|during|for|by|over|through)\\s)the\\s+(first|second|latter)\\s+half\\b(?!\\s+of\\b|-)",
                    (m, t, d) -> one(m, t, "XXXX-H" + (m.group(1).equalsIgnoreCase("first") ? 1 : 2), "DATE")),
            // "the July-September quarter", "the April-June period": three months that make a calendar quarter.
            rule("month-range quarter", "\\bthe\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*[-–/]\\s*"
                            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:quarter|period)\\b",
                    TimexGrammar::monthRangeQuarter),
            // "the January-to-March quarter", "the April to June period": the same, with "to".
            rule("month-to-month quarter", "\\bthe\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:-to-|\\s+to\\s+)"
                            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:quarter|period)\\b",
                    TimexGrammar::monthRangeQuarter),
            // "the June quarter", "the record September quarter": the calendar quarter that ends with (or holds) the month.
            rule("month quarter", "(?<=\\bthe\\s|\\bthe\\s[a-z]{2,12}\\s)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+quarter\\b",
                    (m, t, d) -> TimexValues.month(m.group(1)) == 0 || m.group().charAt(0) != Character.toUpperCase(m.group().charAt(0)) ? List.of()
                            : one(m, t, "XXXX-Q" + ((TimexValues.month(m.group(1)) + 2) / 3), "DATE")),
            // "from September 6 to 17", "June 5-7": two days of one month (decision 1), the second written as a bare number.
            rule("day range", "\\b((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}))(?:\\s+(?:to|through|until)\\s+|\\s*[-–]\\s*)(\\d{1,2})\\b"
                            + "(?=[,.;:)]|\\s+(?:and|in|at|with|when|while|for)\\b|$)",
                    TimexGrammar::dayRange),
            rule("week of month", "\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:,?\\s+(\\d{4}))?\\b",
                    TimexGrammar::weekOfMonth),
            // --- Durations SUTime misses or mis-sizes.
            rule("quarters", "\\b" + N + "\\s+(?:consecutive\\s+|straight\\s+|successive\\s+)?quarters\\b",
                    (m, t, d) -> one(m, t, "P" + number(m.group(1)) + "Q", "DURATION")),
            // "in 9.69 seconds", "2.5 hours": a decimal quantity of a short unit.
            rule("decimal clock units", "\\b(\\d{1,3}\\.\\d{1,3})\\s+(seconds?|minutes?|hours?)\\b",
                    (m, t, d) -> one(m, t, "PT" + m.group(1) + Character.toUpperCase(m.group(2).charAt(0)), "DURATION")),
            rule("and a half", "\\b(?:the\\s+(?:past|last|next|first)\\s+)?(?:" + APPROX + "\\s+)?" + N + "\\s+and\\s+a\\s+half\\s+" + UNIT + "\\b",
                    (m, t, d) -> one(m, t, duration(number(m.group(1)) + ".5", unit(m.group(2))), "DURATION")),
            // Wire copy's fractions: "1 1/2 years", "2 1/2-hour" (not an age, "-old").
            rule("N 1/2 units", "\\b(\\d{1,2})\\s+1/2[\\s-](year|month|week|day|hour)s?\\b(?!-)",
                    (m, t, d) -> one(m, t, duration(m.group(1) + ".5", unit(m.group(2))), "DURATION")),
            // "a four-and-a-half-year sentence": the hyphenated modifier (not an age, "-old").
            rule("N-and-a-half-unit", "\\b" + N + "-and-a-half-(year|month|week|day|hour)\\b(?!-)",
                    (m, t, d) -> one(m, t, duration(number(m.group(1)) + ".5", unit(m.group(2))), "DURATION")),
            // "at least two more years", "three more weeks": the added span, a duration.
            rule("N more units", "\\b(?:" + APPROX + "\\s+)?" + N + "\\s+more\\s+" + UNIT + "\\b(?!\\s+(?:ago|earlier|later|than)\\b)",
                    (m, t, d) -> one(m, t, duration(String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            // "by mid-morning", "in mid-afternoon": a part of the story's day.
            rule("mid part of day", "\\bmid-?(morning|afternoon)\\b",
                    (m, t, d) -> List.of(new Timex(m.start(), m.end(), m.group(), null, "TIME",
                            new Timex.Rel(Timex.Anchor.NARRATIVE, 0, 'D', false, partOfDay(m.group(1)))))),
            rule("approximate", "\\b" + APPROX + "\\s+" + N + "\\s+" + UNIT + "\\b(?!\\s+(?:or\\s+so\\s+)?(?:ago|earlier|later|before|after)\\b)",
                    (m, t, d) -> one(m, t, duration(String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            // "at least another year", "another two weeks": "another" counts like "a".
            rule("another", "\\b(?:" + APPROX + "\\s+)?another\\s+(?:" + N + "\\s+)?(year|month|week|day|hour|minute|decade)s?\\b(?!\\s+(?:ago|earlier|later|before|after)\\b)",
                    (m, t, d) -> one(m, t, duration(m.group(1) == null ? "1" : String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            // "the first nine months of the year": the span (a duration) and the year it lies in (a period of the story's year).
            rule("first N units of the year", "\\b(the\\s+(?:first|last|past)\\s+" + N + "\\s+(months|weeks|quarters|days))\\s+of\\s+(the\\s+year)\\b",
                    (m, t, d) -> List.of(Timex.of(m.start(1), m.end(1), m.group(1), duration(String.valueOf(number(m.group(2))), unit(m.group(3))), "DURATION"),
                            Timex.relative(m.start(4), m.end(4), m.group(4), Timex.Anchor.NARRATIVE, 0, 'Y', false))),
            rule("past N units", "\\bthe\\s+(?:past|last|next|first|previous)\\s+(?:" + APPROX + "\\s+)?" + N + "\\s+(?:(?:full|straight|consecutive|trading|business|working)\\s+)?" + UNIT + "\\b",
                    (m, t, d) -> one(m, t, duration(String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            rule("past several units", "\\bthe\\s+(?:past|last|next)\\s+" + VAGUE + "\\s+" + UNITS + "\\b",
                    (m, t, d) -> one(m, t, duration("X", unit(m.group(1))), "DURATION")),
            rule("the past unit", "\\b(?:the\\s+)?past\\s+(year|month|week|decade|century)\\b",
                    (m, t, d) -> one(m, t, duration("1", unit(m.group(1))), "DURATION")),
            rule("for the next unit", "(?<=\\b(?:for|over|during|within|in)\\s)the\\s+next\\s+(year|month|week|decade)\\b",
                    (m, t, d) -> one(m, t, duration("1", unit(m.group(1))), "DURATION")),
            rule("run of units", "\\b" + N + "\\s+(?:consecutive|straight|successive)\\s+" + UNIT + "\\b",
                    (m, t, d) -> one(m, t, duration(String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            rule("N-unit", "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(year|month|week|day|hour)\\b(?!-)",
                    (m, t, d) -> one(m, t, duration(String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            // "a week-long meeting", "a year-long inquiry": one unit.
            rule("unit-long", "\\b(year|month|week|day|hour)-?long\\b",
                    (m, t, d) -> one(m, t, duration("1", unit(m.group(1))), "DURATION")),
            rule("units-long", "\\b(decades|years|months|weeks|days)-long\\b",
                    (m, t, d) -> one(m, t, duration("X", unit(m.group(1))), "DURATION")),
            rule("vague units", "\\b" + VAGUE + "\\s+" + UNITS + "\\b(?!\\s+(?:ago|earlier|later)\\b)",
                    (m, t, d) -> one(m, t, duration("X", unit(m.group(1))), "DURATION")),
            rule("delay", "\\b" + N + "\\s+" + UNIT + "(?=\\s+(?:later|earlier|sooner|behind|ahead)\\s+(?:than|of)\\b)",
                    (m, t, d) -> one(m, t, duration(String.valueOf(number(m.group(1))), unit(m.group(2))), "DURATION")),
            // "three to four months", "five, six, seven years", "between 60 and 90 days": one expression per number.
            rule("number range", "\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                            + "((?:(?:\\s*,\\s*|\\s+(?:to|or|and)\\s+|\\s*[-–]\\s*)(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)+)\\s+" + UNIT + "\\b"
                            + "(?!\\s+(?:ago|earlier|later)\\b)",
                    TimexGrammar::numberRange),
            // --- Points relative to the publication date.
            rule("from now", "\\b" + N + "\\s+(year|month|week|day|decade)s?\\s+from\\s+(?:now|today)\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.DCT, number(m.group(1)), unit(m.group(2)), false))),
            // "ten years ago this month", "a year ago this week", "20 years ago today": the publication's month (week, day) N years back.
            rule("N years ago this unit", "\\b" + N + "\\s+years?\\s+ago\\s+(this\\s+month|this\\s+week|today)\\b",
                    (m, t, d) -> d == null ? List.of() : one(m, t, agoThis(d.minusYears(number(m.group(1))), m.group(2)), "DATE")),
            rule("N units ago", "\\b(?:" + APPROX + "\\s+)?" + N + "\\s+(year|month|week|day|decade)s?(?:\\s+or\\s+so)?\\s+ago\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.DCT, -number(m.group(1)), unit(m.group(2)), false))),
            rule("vague ago", "\\b(?:(?:" + VAGUE + "\\s+)?" + UNITS + "|(?:a\\s+)?long(?:\\s+time)?|a\\s+(?:long\\s+|short\\s+)?while|some\\s+time)\\s+ago\\b",
                    (m, t, d) -> one(m, t, "PAST_REF", "DATE")),
            // --- Points relative to the narrative's time.
            rule("N units earlier", "\\b(?:" + APPROX + "\\s+)?" + N + "\\s+(year|month|week|day|decade)s?\\s+(earlier|later|(?:before|after)" + EDGE + ")\\b(?!\\s+(?:than|of)\\b)",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE,
                            sign(m.group(3)) * number(m.group(1)), unit(m.group(2)), true))),
            // "early the next morning", "the following evening", "the night before": a part of the narrative's day next to it.
            rule("the next part of day", "\\b(?:(?:early|late|later)\\s+)?the\\s+(following|next|previous|preceding|prior)\\s+(morning|afternoon|evening|night)\\b"
                            + "|\\b(?:(?:early|late|later)\\s+)?the\\s+(morning|afternoon|evening|night)\\s+(before|after)" + EDGE,
                    (m, t, d) -> List.of(new Timex(m.start(), m.end(), m.group(), null, "TIME", new Timex.Rel(Timex.Anchor.NARRATIVE,
                            m.group(1) != null ? (m.group(1).matches("(?i)following|next") ? 1 : -1) : sign(m.group(4)), 'D', false,
                            partOfDay(m.group(2) != null ? m.group(2) : m.group(3)))))),
            rule("the following unit", "\\bthe\\s+(following|next|previous|preceding|prior|same)\\s+(day|week|month|year|morning|evening|night)\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE,
                            switch (m.group(1).toLowerCase(Locale.ROOT)) { case "following", "next" -> 1; case "same" -> 0; default -> -1; },
                            dayLike(m.group(2)), false))),
            // "that evening", "later that afternoon": a part of the narrative's day.
            rule("that part of day", "\\b(?:(?:later|earlier|early|late)\\s+)?that\\s+(morning|afternoon|evening|night)\\b",
                    (m, t, d) -> List.of(new Timex(m.start(), m.end(), m.group(), null, "TIME",
                            new Timex.Rel(Timex.Anchor.NARRATIVE, 0, 'D', false, partOfDay(m.group(1)))))),
            rule("the unit before", "\\b(?:the|a|one)\\s+(day|week|month|year)\\s+(earlier|later|(?:before|after)" + EDGE + ")\\b(?!\\s+(?:than|of)\\b)",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE, sign(m.group(2)), unit(m.group(1)), false))),
            rule("that unit", "\\b(?:that|the\\s+(?:entire|whole|full))\\s+(day|week|month|year)\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE, 0, unit(m.group(1)), false))),
            rule("later in the unit", "\\b(?:earlier|later|late|early)\\s+in\\s+the\\s+(day|week|month|year)\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE, 0, unit(m.group(1)), false))),
            rule("the Nth straight day", "\\bthe\\s+(?:\\w+(?:st|nd|rd|th))\\s+(?:straight|consecutive|successive)\\s+(day|week|month|year|session)\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE, 0,
                            m.group(1).equalsIgnoreCase("session") ? 'D' : unit(m.group(1)), false))),
            // "the day" is the narrative's day; "the month" the month the story reports on ("February sales ... during the month").
            rule("the unit", "\\bthe\\s+(day|month)\\b(?![-’']|\\s+(?:of|after|before|earlier|later|in)\\b)",
                    (m, t, d) -> List.of(new Timex(m.start(), m.end(), m.group(), null, "DATE", new Timex.Rel(
                            m.group(1).equalsIgnoreCase("month") ? Timex.Anchor.PERIOD : Timex.Anchor.NARRATIVE, 0, unit(m.group(1)), false, null)))),
            rule("same period a year earlier", "\\bthe\\s+(?:same|corresponding|year-earlier|year-ago)\\s+(?:period|quarter|month|week)"
                            + "(?:\\s+(?:a|one)\\s+year\\s+(?:earlier|ago|before)|\\s+(?:of\\s+)?(?:the\\s+)?(?:last|previous|prior)\\s+year)?\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.NARRATIVE, -1, 'Y', true))),
            // --- Generic past, present and future.
            rule("years ahead", "\\bthe\\s+(?:years|months|decades)\\s+(?:ahead|to\\s+come)\\b"
                    + "|\\bthe\\s+(?:coming|next\\s+few|upcoming)\\s+(?:years|months|decades|weeks|days)\\b", (m, t, d) -> one(m, t, "FUTURE_REF", "DATE")),
            rule("recent years", "\\b(?:in\\s+)?recent\\s+(?:years|months|decades|weeks|times)\\b", (m, t, d) -> one(m, t, "PAST_REF", "DATE")),
            rule("recently", "\\b(?:more\\s+)?recently\\b", (m, t, d) -> one(m, t, "PAST_REF", "DATE")),
            rule("soon", "(?<!\\bas\\s)\\bsoon\\b(?!\\s+(?:after|afterwards|thereafter|as|enough)\\b)|\\bas\\s+soon\\s+as\\s+possible\\b",
                    (m, t, d) -> one(m, t, "FUTURE_REF", "DATE")),
            rule("one day (indefinite)", "(?<=\\bthat\\s)one\\s+day\\b(?=(?:\\s+\\S+){1,5}?\\s+(?:will|would|might|may|could|can|shall)\\b)",
                    (m, t, d) -> one(m, t, "FUTURE_REF", "DATE")),
            rule("at this time", "(?<=\\bat\\s)this\\s+time\\b(?!\\s+(?:of|last|next)\\b)", (m, t, d) -> one(m, t, "PRESENT_REF", "DATE")),
            // --- Clock times SUTime misses (on the publication day until a day is found for them).
            rule("dotted clock", "\\b(\\d{1,2})[.:](\\d{2})\\s*([ap])(?:\\.m\\.|m\\b)",
                    (m, t, d) -> clock(m, t, d, Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0), Integer.parseInt(m.group(2)))),
            // "at 05:45", "shortly before 22:00", "14:46 local time": a 24-hour clock after a time preposition or before a zone.
            rule("24-hour clock", "(?<=\\b(?:at|before|after|by|until|till|from|around|about)\\s)([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s+(?:UTC|GMT))?\\b(?!\\s*[ap]\\.?m\\b|:|\\.\\d)"
                            + "|\\b([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s+(?:GMT|UTC)\\b|(?=\\s+local\\s+time\\b))",
                    (m, t, d) -> clock(m, t, d, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3)),
                            Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4)))),
            // "at 22:00 last night": SUTime leaves "last night" out when a clock time it did not read stands before it.
            rule("last night", "(?<=\\d\\s)last\\s+night\\b",
                    (m, t, d) -> List.of(new Timex(m.start(), m.end(), m.group(), null, "TIME",
                            new Timex.Rel(Timex.Anchor.DCT, -1, 'D', false, "TNI")))),
            rule("0700 GMT", "\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)\\b",
                    (m, t, d) -> clock(m, t, d, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
            // "end next Sunday" (Revision 7): the first such day after the publication, as the gold reads it; SUTime takes the
            // one in the next calendar week, a week too late when the day is still ahead in the publication's own week.
            rule("next weekday", "\\bnext\\s+(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b(?!\\s+(?:morning|afternoon|evening|night|week)\\b)",
                    (m, t, d) -> d == null ? List.of() : one(m, t, d.with(java.time.temporal.TemporalAdjusters.next(TimexValues.weekday(m.group(1)))).toString(), "DATE")),
            rule("weekday part", "\\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+(morning|afternoon|evening|night)\\b",
                    (m, t, d) -> one(m, t, "XXXX-WXX-" + TimexValues.weekday(m.group(1)).getValue() + partOfDay(m.group(2)), "TIME")),
            // --- Holidays SUTime knows only in one spelling: "Martin Luther King Jr. Day", "MLK Day" (the third Monday of January).
            rule("King day", "\\b(?:Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.?)?|MLK)\\s+Day\\b",
                    (m, t, d) -> one(m, t, d == null ? "XXXX-01-XX" : nearestYear(d, y -> LocalDate.of(y, 1, 1)
                            .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(3, java.time.DayOfWeek.MONDAY))).toString(), "DATE")),
            // --- Rates: "6 percent a year", "per week".
            // A quantity (a number, an amount, or a number and its plural noun: "40,000 passengers a day") per unit.
            rule("rate", "(?:\\d|\\b(?:percent|cent|dollars|euros|pounds|times|two|three|four|five|six|seven|eight|nine|ten|once|twice|hundred|thousand|million|billion|trillion))"
                            + "(?:\\s+[a-z]+s|\\s+in\\s+[a-z]+)?\\s+((?:a|per|each)\\s+(year|month|week|day))\\b(?!\\s+(?:ago|earlier|later|before|after|from|or)\\b)",
                    (m, t, d) -> List.of(Timex.of(m.start(1), m.end(1), m.group(1), duration("1", unit(m.group(2))), "SET"))),
            // "every year since 1973": the set alone (SUTime joins the point to it).
            rule("every unit", "\\b(?:every|each)\\s+(year|month|week|day)\\b(?!\\s+(?:of|in|that|when|before|after)\\b)",
                    (m, t, d) -> one(m, t, duration("1", unit(m.group(1))), "SET")),
            rule("per unit", "\\bper\\s+(year|month|week|day|annum|hour)\\b",
                    (m, t, d) -> one(m, t, m.group(1).equalsIgnoreCase("annum") ? "P1Y" : duration("1", unit(m.group(1))), "SET")),
            // --- Years, decades, centuries and ranges of years.
            rule("year-end", "\\b(?:mid-?year|year-end|year's\\s+end)\\b",
                    (m, t, d) -> List.of(Timex.relative(m.start(), m.end(), m.group(), Timex.Anchor.DCT, 0, 'Y', false))),
            rule("mid-year", "\\b(?:early|mid|late)-(\\d{4})\\b", (m, t, d) -> one(m, t, m.group(1), "DATE")),
            rule("mid-month", "\\b(?:early|mid|late)-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b",
                    (m, t, d) -> one(m, t, String.format(Locale.ROOT, "XXXX-%02d", TimexValues.month(m.group(1))), "DATE")),
            rule("century", "\\b(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]century\\b",
                    (m, t, d) -> one(m, t, String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group(1)) - 1), "DATE")),
            rule("decade", "\\b(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?(1[0-9]|20)(\\d)0s\\b",
                    (m, t, d) -> one(m, t, m.group(2).equals("0") && !m.group(1).equals("20") ? m.group(1) : m.group(1) + m.group(2), "DATE")),
            // "the 2008 Summer Olympics", "the 2014 Winter Games": the year alone; the capitalised season is part of the name.
            rule("year before a named season", "(?-i)\\b((?:1[89]|20)\\d\\d)(?=\\s+(?:Summer|Winter|Spring|Autumn)\\s+[A-Z])",
                    (m, t, d) -> one(m, t, m.group(1), "DATE")),
            rule("year range", "(?<![\\d.,$-])\\b((?:1[89]|20)\\d\\d)\\s*[-–/]\\s*(\\d{2}|(?:1[89]|20)\\d\\d)\\b(?![\\d-])", TimexGrammar::yearRange)
    );

    private TimexGrammar() {}

    /** The grammar's expressions in {@code text}; where two overlap the longer is kept. */
    static List<Timex> find(String text, LocalDate dct) {
        List<Timex> all = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) all.addAll(r.builder().build(m, text, dct));
        }
        all.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start()));
        List<Timex> kept = new ArrayList<>();
        for (Timex x : all) if (kept.stream().noneMatch(x::overlaps)) kept.add(x);
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    private static Rule rule(String name, String regex, Builder b) {
        return new Rule(name, Pattern.compile("(?i)" + regex), b);
    }

    private static List<Timex> one(Matcher m, String text, String value, String type) {
        return List.of(Timex.of(m.start(), m.end(), text.substring(m.start(), m.end()), value, type));
    }

    private static int sign(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("earlier") || l.equals("before") ? -1 : 1;
    }

    private static char dayLike(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("morning") || l.equals("evening") || l.equals("night") ? 'D' : unit(l);
    }

    /** The month, ISO week or day of {@code back} (the publication N years before) that "this month", "this week", "today" name. */
    private static String agoThis(LocalDate back, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.endsWith("month")) return String.format(Locale.ROOT, "%d-%02d", back.getYear(), back.getMonthValue());
        if (u.endsWith("week")) return String.format(Locale.ROOT, "%d-W%02d", back.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                back.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return back.toString();
    }

    private static int quarter(String ord) {
        String o = ord.toLowerCase(Locale.ROOT);
        return switch (o) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    /** "the third quarter of last year": groups 2 (this/last/next), 3 and 4 (a year) name the year; else unanchored. */
    private static String part(Matcher m, LocalDate dct, String kind, int n) {
        String year = null;
        if (m.group(3) != null) year = m.group(3);
        else if (m.group(4) != null) year = m.group(4);
        else if (m.group(2) != null && dct != null) {
            int y = dct.getYear() + switch (m.group(2).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
            year = String.valueOf(y);
        } else if (m.group().toLowerCase(Locale.ROOT).endsWith("of the year") && dct != null) {
            year = String.valueOf(dct.getYear());
        }
        return (year == null ? "XXXX" : year) + "-" + kind + n;
    }

    private static List<Timex> clock(Matcher m, String text, LocalDate dct, int h, int min) {
        if (h > 23 || min > 59) return List.of();
        String day = dct == null ? "XXXX-XX-XX" : dct.toString();
        return one(m, text, String.format(Locale.ROOT, "%sT%02d:%02d", day, h, min), "TIME");
    }

    static String partOfDay(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static final Pattern RANGE_NUMBER = Pattern.compile("(?i)\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve");

    /** One duration per number of a range or list sharing one unit; the last carries the unit word. */
    private static List<Timex> numberRange(Matcher m, String text, LocalDate dct) {
        char u = unit(m.group(3));
        List<Timex> out = new ArrayList<>();
        Matcher n = RANGE_NUMBER.matcher(text);
        n.region(m.start(), m.start(3));
        List<int[]> spans = new ArrayList<>();
        while (n.find()) {
            if (n.start() > 0 && Character.isLetterOrDigit(text.charAt(n.start() - 1))) continue;
            if (n.end() < text.length() && Character.isLetterOrDigit(text.charAt(n.end()))) continue;
            spans.add(new int[]{n.start(), n.end()});
        }
        for (int i = 1; i < spans.size(); i++) {
            // Ascending quantities only ("three to four"), not "787 and 10".
            if (number(text.substring(spans.get(i)[0], spans.get(i)[1])) <= number(text.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]))) return List.of();
        }
        for (int i = 0; i < spans.size(); i++) {
            int s = spans.get(i)[0], e = i == spans.size() - 1 ? m.end() : spans.get(i)[1];
            String num = text.substring(spans.get(i)[0], spans.get(i)[1]);
            out.add(Timex.of(s, e, text.substring(s, e), duration(String.valueOf(number(num)), u), "DURATION"));
        }
        return out;
    }

    /** The occurrence of a yearly day ({@code inYear}) nearest to {@code dct}. */
    private static LocalDate nearestYear(LocalDate dct, java.util.function.IntFunction<LocalDate> inYear) {
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate c = inYear.apply(y);
            if (best == null || Math.abs(c.toEpochDay() - dct.toEpochDay()) < Math.abs(best.toEpochDay() - dct.toEpochDay())) best = c;
        }
        return best;
    }

    /** "the July-September quarter": the calendar quarter the three months make (its year by direction); else nothing. */
    private static List<Timex> monthRangeQuarter(Matcher m, String text, LocalDate dct) {
        int from = TimexValues.month(m.group(1)), to = TimexValues.month(m.group(2));
        if (from == 0 || to != from + 2 || from % 3 != 1) return List.of();
        return one(m, text, "XXXX-Q" + (from + 2) / 3, "DATE");
    }

    private static List<Timex> dayRange(Matcher m, String text, LocalDate dct) {
        int mon = TimexValues.month(m.group(2)), a = Integer.parseInt(m.group(3)), b = Integer.parseInt(m.group(4));
        if (mon == 0 || a < 1 || b <= a || b > 31 || !Character.isUpperCase(m.group(1).charAt(0))) return List.of();
        return List.of(Timex.of(m.start(1), m.end(1), m.group(1), String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, a), "DATE"),
                Timex.of(m.start(4), m.end(4), m.group(4), String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, b), "DATE"));
    }

    /** "the last week of March": the ISO week whose Thursday is the month's last (first, second...). */
    private static List<Timex> weekOfMonth(Matcher m, String text, LocalDate dct) {
        int month = TimexValues.month(m.group(2));
        String ym;
        if (m.group(3) != null) ym = String.format(Locale.ROOT, "%s-%02d", m.group(3), month);
        else if (dct != null) ym = Direction.resolve(String.format(Locale.ROOT, "XXXX-%02d", month), dct, Tense.PRESENT);
        else return one(m, text, "XXXX-WXX", "DATE");
        return one(m, text, TimexComposer.weekOfMonth(ym, m.group(1)), "DATE");
    }

    /** "2011-2012", "2012-13": two years. */
    private static List<Timex> yearRange(Matcher m, String text, LocalDate dct) {
        int a = Integer.parseInt(m.group(1));
        String second = m.group(2);
        int b = second.length() == 2 ? a / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        // Up to 20 years apart; further apart (Revision 7: "the 1961-1990 average", "the 1951-1980 period") only when a number
        // cannot be a 24-hour clock time ("1800-2000 GMT" is a span of hours): its last two digits are 60 or more.
        if (b <= a || b - a > 100 || b - a > 20 && a % 100 < 60 && b % 100 < 60) return List.of();
        return List.of(Timex.of(m.start(1), m.end(1), m.group(1), m.group(1), "DATE"),
                Timex.of(m.start(2), m.end(2), second, String.valueOf(b), "DATE"));
    }
}

"""Shared by the hand-made sets' build.py scripts: date helpers that compute every weekday, ISO week and
shifted day from an article's publication date (never typed by hand), and write_set, which turns spans named by
their text and occurrence into checked offsets and writes one gold file per article in the format of
../shared/eval (persons, dates with TIMEX3 value and type, quotes with speakers)."""
import json, os
from datetime import date, timedelta
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def _d(s): return date.fromisoformat(s)
def prev(dct, name):
    """The last day called name strictly before dct (a past-tense weekday)."""
    x = _d(dct) - timedelta(days=1)
    while DAYS[x.weekday()] != name: x -= timedelta(days=1)
    return x.isoformat()
def nxt(dct, name):
    """The first day called name strictly after dct (a future-tense weekday)."""
    x = _d(dct) + timedelta(days=1)
    while DAYS[x.weekday()] != name: x += timedelta(days=1)
    return x.isoformat()
def plus(dct, n): return (_d(dct) + timedelta(days=n)).isoformat()
def week(dct, n=0):
    y, w, _ = (_d(dct) + timedelta(weeks=n)).isocalendar(); return "%d-W%02d" % (y, w)
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)

def write_set(A, D, source, words=None, person_words=False, paragraphs=False):
    """Checks every article of A and writes D/<id>.json. A date is (text, value, type[, occurrence]); a quote is
    (text, speaker) and must sit between quotation marks; words=(lo, hi) bounds each article's length in words;
    person_words asks that every word of every person's name occur in the text; paragraphs allows line breaks
    between paragraphs (else an article is one line)."""
    for a in A:
        t = a["text"]; pos = {}
        assert paragraphs or "\n" not in t, a["id"]
        def find(s):
            k = pos.get(s, 0); st, en = span(t, s, k); pos[s] = k + 1; return st, en
        dates = []
        for s, v, ty, *occ in a["dates"]:
            if occ: pos[s] = occ[0]
            st, en = find(s); dates.append(dict(text=s, value=v, type=ty, start=st, end=en))
        pos.clear()
        quotes = []
        for s, sp in a["quotes"]:
            st, en = find(s); assert t[st-1] in '"“' and (en == len(t) or t[en] in '"”\n'), (a["id"], s)
            quotes.append(dict(text=s, start=st, end=en, speaker=sp))
        assert t.count('"') == 2 * len(quotes), (a["id"], t.count('"'), len(quotes))
        for q in quotes:
            assert q["speaker"] is None or q["speaker"] in a["persons"] or q["speaker"] in t, (a["id"], q)
        if person_words:
            for p in a["persons"]:
                assert all(w in t for w in p.split()), (a["id"], p)
        dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
        for d in dates: assert t[d["start"]:d["end"]] == d["text"]
        for d, e in zip(dates, dates[1:]): assert d["end"] <= e["start"], (a["id"], d["text"], e["text"])
        for d in dates:  # a date span starts and ends at word boundaries
            assert (d["start"] == 0 or not t[d["start"]-1].isalnum()) and (d["end"] == len(t) or not t[d["end"]].isalnum()), (a["id"], d["text"])
        if words:
            n = len(t.split()); assert words[0] <= n <= words[1], (a["id"], n)
        out = dict(id=a["id"], title=a["title"], dct=a["dct"], source=source, license="project",
                   text=t, persons=a["persons"], dates=dates, quotes=quotes)
        json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
    print("ok", len(A), "articles,", sum(len(a["dates"]) for a in A), "dates,", sum(len(a["persons"]) for a in A), "persons,", sum(len(a["quotes"]) for a in A), "quotes")

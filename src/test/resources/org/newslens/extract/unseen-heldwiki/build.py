"""Builds the hand-made held-out Wikinews-style gold files (h*.json) from the texts and hand annotations
below: 20 made-up articles in the style of Wikinews 2005-2013 (aviation, car industry, markets and
economies, Apple and tech, politics, disasters, science, sport), annotated by the rules of
../shared/eval/README.md (with its decisions 1-15). Nobody tunes on this set: it is scored, summary only,
before and after engine changes to see whether they generalise.

Annotations name a span by its text and occurrence (0-based, among whole-word matches, in order);
offsets are computed and checked here. Weekdays and ISO weeks are computed with datetime from the
article's dct (prev/nxt/day/week/wdate below), never written by hand. `nonquotes` lists the spans in
quotation marks that are not quotes (titles, nicknames, scare quotes), so that every mark is explained.
A quote that runs on into the next paragraph has no closing mark before the line break.
The stories are invented, though some follow real events: words quoted from real public figures are made up
or paraphrased for the test and are not citations of what they said."""
import datetime as dt, json, os, re
D = os.path.dirname(os.path.abspath(__file__))
WD = dict(Mon=0, Tue=1, Wed=2, Thu=3, Fri=4, Sat=5, Sun=6)
def _d(s): return dt.date.fromisoformat(s)
def prev(t, wd):
    """The nearest such weekday strictly before t."""
    d = _d(t) - dt.timedelta(1)
    while d.weekday() != WD[wd]: d -= dt.timedelta(1)
    return d.isoformat()
def nxt(t, wd):
    """The nearest such weekday strictly after t."""
    d = _d(t) + dt.timedelta(1)
    while d.weekday() != WD[wd]: d += dt.timedelta(1)
    return d.isoformat()
def day(t, n=0): return (_d(t) + dt.timedelta(n)).isoformat()
def week(t, n=0):
    y, w, _ = (_d(t) + dt.timedelta(7 * n)).isocalendar()
    return f"{y}-W{w:02d}"
def weekend(t, n=0): return week(t, n) + "-WE"
def wdate(t, n, wd):
    """The given weekday of the ISO week n weeks from t's."""
    d = _d(t); return (d - dt.timedelta(d.weekday()) + dt.timedelta(7 * n + WD[wd])).isoformat()

def span(text, s, claimed, occ=0):
    """The occ-th whole-word match of s that does not overlap a span already claimed (by an earlier annotation)."""
    ms = [m for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)
          if not any(m.start() < e and b < m.end() for b, e in claimed)]
    m = ms[occ]
    claimed.append((m.start(), m.end()))
    return m.start(), m.end()
A = []

T = "2005-03-16"
A.append(dict(id="h01", title="Thai Airways orders six Airbus A380 superjumbos", dct=T, text=
"""Thai Airways International announced on Tuesday that it will buy six Airbus A380 superjumbos and eight A340-500 long-range jets, a deal worth about US$4 billion at list prices. The contract was signed in Bangkok at 10:30 local time by the airline's president, Somchai Wattanapong, and Airbus executive vice-president Henri Delorme.
The first of the double-deck A380s is due to be delivered in the second half of 2008, with the remaining five arriving over the following two years. The A340s will replace ageing Boeing 747-300s on routes to Europe from early next year.
"These aircraft will allow us to fly non-stop to New York for the first time," Wattanapong told reporters. "We have waited more than a decade for this."
Thai had been weighing the A380 against Boeing's proposed 747 Advanced since last summer. Boeing spokesman Tom Ballard said the company was "disappointed, but not surprised," adding that it expected to announce several large orders for its 7E7 in the next few weeks.
Airbus has now taken 144 firm orders for the A380 from 14 customers. The aircraft is scheduled to make its maiden flight in April, three months after it was unveiled at a ceremony in Toulouse attended by French President Chirac and British Prime Minister Tony Blair.
"The A380 will be the flagship of the world's leading airlines for the next 40 years," Delorme said in a statement. He added that Airbus planned to build four A380s per month by 2008.
Shares in EADS, the parent company of Airbus, rose 1.2 percent in Paris yesterday.""",
persons=["Somchai Wattanapong", "Henri Delorme", "Tom Ballard", "Jacques Chirac", "Tony Blair"],
dates=[("Tuesday", prev(T, "Tue"), "DATE"), ("10:30 local time", prev(T, "Tue") + "T10:30", "TIME"),
       ("the second half of 2008", "2008-H2", "DATE"), ("the following two years", "P2Y", "DURATION"), ("early next year", "2006", "DATE"),
       ("more than a decade", "P10Y", "DURATION"), ("last summer", "2004-SU", "DATE"), ("the next few weeks", "PXW", "DURATION"),
       ("now", "PRESENT_REF", "DATE"), ("April", "2005-04", "DATE"), ("three months", "P3M", "DURATION"),
       ("the next 40 years", "P40Y", "DURATION"), ("per month", "P1M", "SET"), ("2008", "2008", "DATE"), ("yesterday", day(T, -1), "DATE")],
quotes=[("These aircraft will allow us to fly non-stop to New York for the first time,", "Somchai Wattanapong"),
        ("We have waited more than a decade for this.", "Somchai Wattanapong"),
        ("disappointed, but not surprised,", "Tom Ballard"),
        ("The A380 will be the flagship of the world's leading airlines for the next 40 years,", "Henri Delorme")]))

T = "2005-09-08"
A.append(dict(id="h02", title="Floods kill at least 23 in eastern Romania", dct=T, text=
"""At least 23 people have died and thousands have been forced from their homes after heavy rain caused severe flooding across central and eastern Romania, officials said on Wednesday.
The worst-hit area is the county of Vrancea, where the Siret river burst its banks on Monday night. Rescue workers used boats and helicopters to reach villages cut off by the water, and the army said 1,200 soldiers had been deployed since the weekend.
Prime Minister Călin Popescu-Tăriceanu, who visited the region yesterday, promised 50 million lei in emergency aid. "The damage is enormous. Some of these villages will take years to rebuild," said the county prefect, Marian Oprea.
The National Meteorological Administration has forecast more rain for Friday and Saturday, and warned that river levels could rise again over the next 48 hours. "We are telling people not to return to their homes until at least Sunday," said Gabriela Munteanu, a spokeswoman for the interior ministry.
It is the third major flood to hit Romania this year. In April and May, floods in the west of the country killed 31 people and destroyed more than 4,000 houses. Scientists at the University of Bucharest say such floods have become far more frequent since the 1990s, a trend they link to the clearing of forests in the Carpathian mountains.
Farmers in the region say most of this year's harvest has been lost. "I have lived here for 70 years and I have never seen the water this high," Ion Dumitrescu, 81, told Wikinews in the village of Răcoasa. "Two days ago the maize was still standing. Now there is nothing."
The European Commission said it was ready to help and that a team of experts would arrive in Bucharest next week.""",
persons=["Călin Popescu-Tăriceanu", "Marian Oprea", "Gabriela Munteanu", "Ion Dumitrescu"],
dates=[("Wednesday", prev(T, "Wed"), "DATE"), ("Monday night", prev(T, "Mon") + "TNI", "TIME"), ("the weekend", weekend(T, -1), "DATE"),
       ("yesterday", day(T, -1), "DATE"), ("Friday", nxt(T, "Fri"), "DATE"), ("Saturday", nxt(T, "Sat"), "DATE"),
       ("the next 48 hours", "PT48H", "DURATION"), ("at least Sunday", nxt(T, "Sun"), "DATE"), ("this year", "2005", "DATE"),
       ("April", "2005-04", "DATE"), ("May", "2005-05", "DATE"), ("the 1990s", "199", "DATE"), ("this year", "2005", "DATE"),
       ("70 years", "P70Y", "DURATION"), ("Two days ago", day(T, -2), "DATE"), ("Now", "PRESENT_REF", "DATE"), ("next week", week(T, 1), "DATE")],
quotes=[("The damage is enormous. Some of these villages will take years to rebuild,", "Marian Oprea"),
        ("We are telling people not to return to their homes until at least Sunday,", "Gabriela Munteanu"),
        ("I have lived here for 70 years and I have never seen the water this high,", "Ion Dumitrescu"),
        ("Two days ago the maize was still standing. Now there is nothing.", "Ion Dumitrescu")]))

T = "2006-02-24"
A.append(dict(id="h03", title="Apple's iTunes Music Store sells one billionth song", dct=T, text=
"""Apple Computer said on Thursday that its iTunes Music Store has sold its one billionth song, less than three years after the online shop opened in April 2003. The milestone download, the song "Winter Light" by the Scottish band Harbour Lights, was bought shortly after 22:00 UTC on Wednesday by Daniel Okafor, a 20-year-old student from Leeds, England.
Okafor will receive a 20-inch iMac, ten iPods and a US$10,000 gift card for music. "I was only buying it because a friend played it to me last week," he told the BBC. "I had no idea I was number one billion."
Apple said the store now sells more than three million songs per day and has over 80 percent of the legal download market in the United States. "Customers have made iTunes the largest music store in the world," the company said in a statement.
The store sold its 500 millionth song in July last year, which means the second half-billion took only seven months. Analysts expect sales to grow faster still this year, as the video iPod, launched in October, encourages customers to buy television programmes as well as music.
"Apple is selling digital music at a rate the record labels could only dream of two years ago," said Rachel Whitford, an analyst at Piper Jaffray. But the labels want more flexible pricing than Apple's flat 99 cents a song, and their current contracts with Apple expire in the spring. Whitford said talks were likely to continue for several months.
Apple's shares closed at $68.49 on the Nasdaq yesterday, up 1.4 percent.""",
persons=["Daniel Okafor", "Rachel Whitford"],
nonquotes=["Winter Light"],
dates=[("Thursday", prev(T, "Thu"), "DATE"), ("less than three years", "P3Y", "DURATION"), ("April 2003", "2003-04", "DATE"),
       ("shortly after 22:00 UTC", prev(T, "Wed") + "T22:00", "TIME"), ("Wednesday", prev(T, "Wed"), "DATE"),
       ("last week", week(T, -1), "DATE"), ("now", "PRESENT_REF", "DATE"), ("per day", "P1D", "SET"),
       ("July last year", "2005-07", "DATE"), ("seven months", "P7M", "DURATION"), ("this year", "2006", "DATE"), ("October", "2005-10", "DATE"),
       ("two years ago", "2004", "DATE"), ("the spring", "2006-SP", "DATE"), ("several months", "PXM", "DURATION"), ("yesterday", day(T, -1), "DATE")],
quotes=[("I was only buying it because a friend played it to me last week,", "Daniel Okafor"),
        ("I had no idea I was number one billion.", "Daniel Okafor"),
        ("Customers have made iTunes the largest music store in the world,", "Apple Computer"),
        ("Apple is selling digital music at a rate the record labels could only dream of two years ago,", "Rachel Whitford")]))

T = "2006-08-25"
A.append(dict(id="h04", title="Astronomers vote to demote Pluto", dct=T, text=
"""Astronomers meeting in Prague voted on Thursday to strip Pluto of its status as a planet, reducing the number of planets in the Solar System to eight. Pluto, discovered in 1930 by the American astronomer Clyde Tombaugh, will now be classed as a "dwarf planet".
About 2,500 scientists attended the General Assembly of the International Astronomical Union (IAU), which began on August 14 and ended yesterday afternoon. The vote was taken at about 14:30 local time, after more than a week of debate.
Under the new definition, a planet must orbit the Sun, be large enough to have become round, and have cleared its orbit of other objects. Pluto fails the third test because its orbit crosses that of Neptune.
"Pluto is dead," said Mikael Brandt, a planetary scientist at the University of Uppsala, who supported the change. "It's a sad day for some, but the science is now much clearer than it was ten years ago."
Not all astronomers agreed. Only 424 members took part in the vote, and critics said the rule was rushed through in the final hours of the meeting. Alan Fenwick, the principal investigator of NASA's New Horizons mission, called the decision "deeply embarrassing for the field" and said he expected it to be overturned within the next few years. New Horizons was launched in January and will reach Pluto in July 2015, after a journey of nine and a half years.
The debate began two years ago, when astronomers found objects beyond Neptune as large as Pluto. One of them, nicknamed "Xena", is about 5 percent bigger.
The IAU will meet again in Rio de Janeiro in 2009.""",
persons=["Clyde Tombaugh", "Mikael Brandt", "Alan Fenwick"],
nonquotes=["dwarf planet", "Xena"],
dates=[("Thursday", prev(T, "Thu"), "DATE"), ("1930", "1930", "DATE"), ("now", "PRESENT_REF", "DATE"), ("August 14", "2006-08-14", "DATE"),
       ("yesterday afternoon", day(T, -1) + "TAF", "TIME"), ("about 14:30 local time", day(T, -1) + "T14:30", "TIME"),
       ("more than a week", "P1W", "DURATION"), ("now", "PRESENT_REF", "DATE"), ("ten years ago", "1996", "DATE"),
       ("the next few years", "PXY", "DURATION"), ("January", "2006-01", "DATE"), ("July 2015", "2015-07", "DATE"),
       ("nine and a half years", "P9.5Y", "DURATION"), ("two years ago", "2004", "DATE"), ("2009", "2009", "DATE")],
quotes=[("Pluto is dead,", "Mikael Brandt"),
        ("It's a sad day for some, but the science is now much clearer than it was ten years ago.", "Mikael Brandt"),
        ("deeply embarrassing for the field", "Alan Fenwick")]))

T = "2007-04-25"
A.append(dict(id="h05", title="Toyota outsells General Motors in first quarter", dct=T, text=
"""Toyota Motor Corporation sold more cars and trucks worldwide than General Motors in the first quarter of the year, the first time the Japanese company has outsold its American rival. Toyota said on Tuesday that it had sold 2.348 million vehicles between January and March, against 2.26 million for GM.
GM has been the world's largest automaker for 76 years, since it overtook Ford, the company Henry Ford founded in 1903, in 1931. Analysts had long expected Toyota to pass it, but not so quickly.
"It is a symbolic moment more than anything else," said Hiroshi Tanabe, an auto analyst at Credit Suisse in Tokyo. "The race for the whole of 2007 is still open."
GM spokesman Peter Kowalski said the company was focused on profitability rather than volume. "We don't compete to be number one in sales. We compete to make money," he said. GM, which lost US$2 billion last year, has cut about 34,000 jobs in North America over the past two years.
Ford, now the third-largest automaker, reported a first-quarter loss of $282 million last Thursday. Its chief executive, Alan Mulally, who joined the company from Boeing in September, has warned that Ford will not return to profit before 2009.
Toyota expects to sell 9.34 million vehicles this year, and recently opened a new truck plant in San Antonio, Texas. In a statement, the company said it would "continue to put customers first, wherever they are." Its shares rose 0.8 percent in Tokyo today, while GM closed 37 cents lower at $31.81 in New York on Tuesday.
Toyota's president, Katsuaki Watanabe, will present the company's results on May 9.""",
persons=["Henry Ford", "Hiroshi Tanabe", "Peter Kowalski", "Alan Mulally", "Katsuaki Watanabe"],
dates=[("the first quarter of the year", "2007-Q1", "DATE"), ("Tuesday", prev(T, "Tue"), "DATE"), ("January", "2007-01", "DATE"),
       ("March", "2007-03", "DATE"), ("76 years", "P76Y", "DURATION"), ("1903", "1903", "DATE"), ("1931", "1931", "DATE"),
       ("2007", "2007", "DATE"), ("last year", "2006", "DATE"), ("the past two years", "P2Y", "DURATION"),
       ("now", "PRESENT_REF", "DATE"), ("first-quarter", "2007-Q1", "DATE"), ("last Thursday", prev(T, "Thu"), "DATE"),
       ("September", "2006-09", "DATE"), ("2009", "2009", "DATE"), ("this year", "2007", "DATE"), ("recently", "PAST_REF", "DATE"),
       ("today", T, "DATE"), ("Tuesday", prev(T, "Tue"), "DATE"), ("May 9", "2007-05-09", "DATE")],
quotes=[("It is a symbolic moment more than anything else,", "Hiroshi Tanabe"),
        ("The race for the whole of 2007 is still open.", "Hiroshi Tanabe"),
        ("We don't compete to be number one in sales. We compete to make money,", "Peter Kowalski"),
        ("continue to put customers first, wherever they are.", "Toyota Motor Corporation")]))

T = "2007-07-11"
A.append(dict(id="h06", title="Gordon Brown promises three million new homes by 2020", dct=T, text=
"""British Prime Minister Gordon Brown today announced plans to build three million new homes in England by 2020, in his first major policy statement since taking office two weeks ago. The target is a million homes more than the previous government had planned.
Speaking in the House of Commons at 12:30 BST, Brown said that rising prices had put home ownership out of reach for a generation. "For too long, young families have been priced out of the places they grew up in," he told MPs. "That must now change."
Under the proposals, which will be published in full on Monday, house building will rise to 240,000 homes per year by 2016, from about 185,000 currently. Ten new "eco-towns" of up to 20,000 homes each will be built over the next decade.
Conservative housing spokesman Graham Thorpe said the plan repeated promises that Labour had made and broken since the 1990s. "The Prime Minister has had ten years at the Treasury to fix this," Thorpe said. "Why should anyone believe him now?"
House prices in England rose 10.2 percent in the year to May, according to figures released last Wednesday by the Land Registry. The average home now costs more than eight times the average salary, compared with four times in 1997, when Labour came to power.
Housing minister Yvette Cooper, who joined the cabinet on June 28, will set out the details to MPs next week. A spokesman for the Home Builders Federation said the industry welcomed the plan but warned that "targets alone do not build houses."
The announcement follows the Bank of England's decision on Thursday to raise interest rates to 5.75 percent, the fifth rise in under a year.""",
persons=["Gordon Brown", "Graham Thorpe", "Yvette Cooper"],
nonquotes=["eco-towns"],
dates=[("today", T, "DATE"), ("2020", "2020", "DATE"), ("two weeks ago", week(T, -2), "DATE"), ("12:30 BST", T + "T12:30", "TIME"),
       ("now", "PRESENT_REF", "DATE"), ("Monday", nxt(T, "Mon"), "DATE"), ("per year", "P1Y", "SET"), ("2016", "2016", "DATE"),
       ("currently", "PRESENT_REF", "DATE"), ("the next decade", "P10Y", "DURATION"), ("the 1990s", "199", "DATE"),
       ("ten years", "P10Y", "DURATION"), ("now", "PRESENT_REF", "DATE"), ("the year", "P1Y", "DURATION"), ("May", "2007-05", "DATE"),
       ("last Wednesday", prev(T, "Wed"), "DATE"), ("now", "PRESENT_REF", "DATE"), ("1997", "1997", "DATE"), ("June 28", "2007-06-28", "DATE"),
       ("next week", week(T, 1), "DATE"), ("Thursday", prev(T, "Thu"), "DATE"), ("under a year", "P1Y", "DURATION")],
quotes=[("For too long, young families have been priced out of the places they grew up in,", "Gordon Brown"),
        ("That must now change.", "Gordon Brown"),
        ("The Prime Minister has had ten years at the Treasury to fix this,", "Graham Thorpe"),
        ("Why should anyone believe him now?", "Graham Thorpe"),
        ("targets alone do not build houses.", "Home Builders Federation")]))

T = "2008-01-22"
A.append(dict(id="h07", title="US Federal Reserve makes emergency rate cut as world markets fall", dct=T, text=
"""The United States Federal Reserve today cut its main interest rate by three quarters of a percentage point, to 3.5 percent, in an emergency move after stock markets around the world suffered their heaviest falls in years. It is the largest single cut since 1984, and the first between scheduled meetings since 2001.
The decision was announced at 13:20 UTC, about an hour before trading opened on Wall Street. The Dow Jones Industrial Average still fell 464 points in the first minutes of trading, but had recovered most of the loss by midday.
Markets in Europe and Asia fell sharply on Monday, when US exchanges were closed for the Martin Luther King Jr. Day holiday. London's FTSE 100 lost 5.5 percent, its worst day since September 2001, and Germany's DAX fell 7.2 percent. In Mumbai, trading was halted for an hour this morning after the Sensex dropped 10 percent within minutes of the open.
"The markets were pricing in a recession, and the Fed could not wait for its scheduled meeting on January 30," said Teresa Hollins, chief US economist at Barclays Capital in New York. "It buys them a little room. It does not solve anything."
Fed Chairman Bernanke had hinted at a cut in a speech in Washington last Thursday, but few analysts expected the Fed to move before its meeting. Most economists now expect a further half-point cut at the end of the month.
On Friday, President Bush asked Congress for a stimulus package of about $145 billion, mostly tax rebates, to be passed "as soon as possible". Treasury Secretary Henry Paulson will meet congressional leaders on Thursday to discuss the plan.
The turmoil began last summer, when losses on subprime mortgages in the United States spread to banks around the world. Citigroup reported a fourth-quarter loss of $9.8 billion last week, the worst in its 196-year history. Merrill Lynch, which lost $9.8 billion in the same quarter, said on Thursday that conditions would "remain very difficult in the first half of 2008".""",
persons=["Teresa Hollins", "Ben Bernanke", "George W. Bush", "Henry Paulson"],
dates=[("today", T, "DATE"), ("1984", "1984", "DATE"), ("2001", "2001", "DATE"), ("13:20 UTC", T + "T13:20", "TIME"),
       ("about an hour", "PT1H", "DURATION"), ("midday", T + "TMI", "TIME"), ("Monday", prev(T, "Mon"), "DATE"),
       ("Martin Luther King Jr. Day", prev(T, "Mon"), "DATE"), ("September 2001", "2001-09", "DATE"), ("an hour", "PT1H", "DURATION"),
       ("this morning", T + "TMO", "TIME"), ("January 30", "2008-01-30", "DATE"), ("last Thursday", prev(T, "Thu"), "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("the end of the month", "2008-01", "DATE"), ("Friday", prev(T, "Fri"), "DATE"),
       ("as soon as possible", "FUTURE_REF", "DATE"), ("Thursday", nxt(T, "Thu"), "DATE"), ("last summer", "2007-SU", "DATE"),
       ("fourth-quarter", "2007-Q4", "DATE"), ("last week", week(T, -1), "DATE"), ("196-year", "P196Y", "DURATION"),
       ("the same quarter", "2007-Q4", "DATE"), ("Thursday", prev(T, "Thu"), "DATE"), ("the first half of 2008", "2008-H1", "DATE")],
quotes=[("The markets were pricing in a recession, and the Fed could not wait for its scheduled meeting on January 30,", "Teresa Hollins"),
        ("It buys them a little room. It does not solve anything.", "Teresa Hollins"),
        ("as soon as possible", "George W. Bush"),
        ("remain very difficult in the first half of 2008", "Merrill Lynch")]))

T = "2008-07-03"
A.append(dict(id="h08", title="Airlines cut flights and jobs as oil hits new record", dct=T, text=
"""Oil prices reached a record US$145.85 a barrel in New York today, adding to the pressure on the world's airlines, many of which have already cut flights and jobs to cope with fuel bills that have doubled over the past year.
Continental Airlines said on Wednesday that it will retire 67 of its oldest aircraft by the end of next year and cut 3,000 jobs. Delta Air Lines, Northwest and United Airlines announced similar measures earlier this year, and US Airways said last month that it would start charging passengers for soft drinks from August 1.
"Fuel is now our single largest cost, larger than labour," Continental spokeswoman Julie King said. "At these prices, some routes simply cannot make money."
The International Air Transport Association (IATA) now expects the industry to lose $2.3 billion this year, after forecasting a profit of $5 billion in March. At least 24 airlines have stopped flying since January, among them the US carriers ATA and Aloha, which both collapsed in early April.
Analysts say the worst may be yet to come. "If oil stays above $140 for the rest of the year, we will see more airlines go under before Christmas," said Margaret Ellery, an airline analyst at Morgan Stanley in London. "The carriers that survive this will look very different.
"Many of them will merge, and fares will go up. Cheap flying as we have known it for the past 20 years is over."
Passengers are already feeling the effect. Most US carriers recently began charging $15 for a first checked bag, and fares on many domestic routes have risen by a quarter since January. Airline shares have lost more than half their value in the past six months.
Boeing said on Tuesday that customers had deferred delivery of 21 aircraft in the second quarter, but that its order book remained strong, with more than 3,700 aircraft on order. The first flight of its 787, delayed three times since last year, will take place in the fourth quarter, the company said.""",
persons=["Julie King", "Margaret Ellery"],
dates=[("today", T, "DATE"), ("the past year", "P1Y", "DURATION"), ("Wednesday", prev(T, "Wed"), "DATE"), ("the end of next year", "2009", "DATE"),
       ("earlier this year", "2008", "DATE"), ("last month", "2008-06", "DATE"), ("August 1", "2008-08-01", "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("now", "PRESENT_REF", "DATE"), ("this year", "2008", "DATE"), ("March", "2008-03", "DATE"),
       ("January", "2008-01", "DATE"), ("early April", "2008-04", "DATE"), ("the rest of the year", "2008", "DATE"),
       ("Christmas", "2008-12-25", "DATE"), ("the past 20 years", "P20Y", "DURATION"), ("recently", "PAST_REF", "DATE"),
       ("January", "2008-01", "DATE"), ("the past six months", "P6M", "DURATION"), ("Tuesday", prev(T, "Tue"), "DATE"),
       ("the second quarter", "2008-Q2", "DATE"), ("last year", "2007", "DATE"), ("the fourth quarter", "2008-Q4", "DATE")],
quotes=[("Fuel is now our single largest cost, larger than labour,", "Julie King"),
        ("At these prices, some routes simply cannot make money.", "Julie King"),
        ("If oil stays above $140 for the rest of the year, we will see more airlines go under before Christmas,", "Margaret Ellery"),
        ("The carriers that survive this will look very different.", "Margaret Ellery"),
        ("Many of them will merge, and fares will go up. Cheap flying as we have known it for the past 20 years is over.", "Margaret Ellery")]))

T = "2008-11-06"
A.append(dict(id="h09", title="Barack Obama elected 44th President of the United States", dct=T, text=
"""Democratic Senator Barack Obama was elected President of the United States on Tuesday, defeating Republican John McCain by a wide margin and becoming the first African American to win the office. He will be sworn in on January 20.
With nearly all votes counted yesterday, Obama had won 349 electoral votes to McCain's 163, and about 52.6 percent of the popular vote. Turnout was estimated at 64 percent, the highest since 1960.
Speaking to a crowd of about 240,000 people in Chicago's Grant Park on Tuesday night, Obama said that "tonight, because of what we did on this date in this election at this defining moment, change has come to America."
McCain conceded in Phoenix, Arizona, shortly after the polls closed on the West Coast. "The American people have spoken, and they have spoken clearly," he told his supporters.
President Bush telephoned Obama on Wednesday to congratulate him, and later called the election "a triumph of the American story" in a speech outside the White House. Obama today named Illinois Congressman Rahm Emanuel as his chief of staff.
The new president will take office in the middle of the worst financial crisis since the 1930s. "He inherits a recession, two wars and a deficit that could top a trillion dollars next year," said Diane Whitaker, a political scientist at Georgetown University. "The first 100 days will be about the economy and little else."
The Dow Jones Industrial Average fell 486 points on Wednesday, as investors turned their attention back to the economy. Democrats also increased their majorities in both houses of Congress, which will meet for the first time on January 6.""",
persons=["Barack Obama", "John McCain", "George W. Bush", "Rahm Emanuel", "Diane Whitaker"],
dates=[("Tuesday", prev(T, "Tue"), "DATE"), ("January 20", "2009-01-20", "DATE"), ("yesterday", day(T, -1), "DATE"), ("1960", "1960", "DATE"),
       ("Tuesday night", prev(T, "Tue") + "TNI", "TIME"), ("tonight", prev(T, "Tue") + "TNI", "TIME"), ("this date", prev(T, "Tue"), "DATE"),
       ("Wednesday", prev(T, "Wed"), "DATE"), ("today", T, "DATE"), ("the 1930s", "193", "DATE"), ("next year", "2009", "DATE"),
       ("The first 100 days", "P100D", "DURATION"), ("Wednesday", prev(T, "Wed"), "DATE"), ("January 6", "2009-01-06", "DATE")],
quotes=[("tonight, because of what we did on this date in this election at this defining moment, change has come to America.", "Barack Obama"),
        ("The American people have spoken, and they have spoken clearly,", "John McCain"),
        ("a triumph of the American story", "George W. Bush"),
        ("He inherits a recession, two wars and a deficit that could top a trillion dollars next year,", "Diane Whitaker"),
        ("The first 100 days will be about the economy and little else.", "Diane Whitaker")]))

T = "2009-03-30"
A.append(dict(id="h10", title="GM chief Rick Wagoner forced out as White House rejects carmakers' plans", dct=T, text=
"""General Motors chief executive Rick Wagoner has resigned at the request of the White House, the company confirmed on Sunday night, as the administration of President Obama gave the carmaker 60 days to produce a tougher restructuring plan.
Wagoner had led GM since 2000 and worked at the company for 32 years. He will be replaced by Fritz Henderson, the company's president and chief operating officer, who joined GM in 1984.
In a speech at the White House at 15:00 UTC today, Obama said the plans submitted by GM and Chrysler last month did not go far enough to make the companies viable. "We cannot, and must not, and we will not let our auto industry simply vanish," he said.
Chrysler was given 30 days to complete a partnership with Italy's Fiat, whose chief executive, Sergio Marchionne, has led talks with the American company since January. Fiat said in a statement that it was "committed to reaching an agreement within the time allowed".
The two carmakers have received a combined $17.4 billion in federal loans since December. The government said it would provide GM with enough working capital for the next two months.
"Bankruptcy is now clearly on the table," said Erich Volkmann, an auto analyst at Goldman Sachs. "For GM, a quick, pre-packaged filing before the summer is the most likely outcome."
GM shares fell 25 percent to $2.70 in early trading this morning, their lowest level in more than 70 years. The company lost $30.9 billion last year, plans to close 14 factories by 2012, and will cut 47,000 jobs worldwide this year.""",
persons=["Rick Wagoner", "Barack Obama", "Fritz Henderson", "Sergio Marchionne", "Erich Volkmann"],
dates=[("Sunday night", prev(T, "Sun") + "TNI", "TIME"), ("60 days", "P60D", "DURATION"), ("2000", "2000", "DATE"), ("32 years", "P32Y", "DURATION"),
       ("1984", "1984", "DATE"), ("15:00 UTC", T + "T15:00", "TIME"), ("today", T, "DATE"), ("last month", "2009-02", "DATE"),
       ("30 days", "P30D", "DURATION"), ("January", "2009-01", "DATE"), ("December", "2008-12", "DATE"), ("the next two months", "P2M", "DURATION"),
       ("now", "PRESENT_REF", "DATE"), ("the summer", "2009-SU", "DATE"), ("this morning", T + "TMO", "TIME"),
       ("more than 70 years", "P70Y", "DURATION"), ("last year", "2008", "DATE"), ("2012", "2012", "DATE"), ("this year", "2009", "DATE")],
quotes=[("We cannot, and must not, and we will not let our auto industry simply vanish,", "Barack Obama"),
        ("committed to reaching an agreement within the time allowed", "Fiat"),
        ("Bankruptcy is now clearly on the table,", "Erich Volkmann"),
        ("For GM, a quick, pre-packaged filing before the summer is the most likely outcome.", "Erich Volkmann")]))

T = "2009-08-20"
A.append(dict(id="h11", title="Viking Age settlement found in Cumbria", dct=T, text=
"""Archaeologists in northern England said on Wednesday that they have found the remains of a Viking Age settlement on the banks of the River Eden in Cumbria, the first to be discovered in the region in more than 50 years.
The site, near the village of Kirkby Thore, was found in May during work on a new water pipeline. Excavations since then have uncovered the foundations of at least six timber buildings, a blacksmith's forge, and more than 400 objects, including silver coins minted in York in the early 10th century.
"The coins let us date the main phase of the settlement quite precisely, to between about 900 and 950," said Dr Helen Marsh of Durham University, who leads the excavation. "That is a remarkably short window for a site of this age."
The team believes the settlement was abandoned in the late 11th century, possibly during the Norman campaigns in the north in 1069-70, known as the Harrying of the North.
The excavation had been due to end last Friday, but Cumbria County Council agreed to extend it by three weeks after the discovery of what may be a burial ground. Marsh said the team would work every day until the site closes on September 11.
Local volunteers have played a large part in the dig. "I've been coming here every week since June," said Peter Hodgson, a retired teacher. "Last Saturday I found my first coin. I'm not sure I'll ever top that."
Finds from the site will go on display at Tullie House Museum in Carlisle early next year. A full report is expected to take two to three years to complete.""",
persons=["Helen Marsh", "Peter Hodgson"],
dates=[("Wednesday", prev(T, "Wed"), "DATE"), ("more than 50 years", "P50Y", "DURATION"), ("May", "2009-05", "DATE"),
       ("the early 10th century", "09", "DATE"), ("about 900", "0900", "DATE"), ("950", "0950", "DATE"), ("the late 11th century", "10", "DATE"),
       ("1069", "1069", "DATE"), ("70", "1070", "DATE"), ("last Friday", prev(T, "Fri"), "DATE"), ("three weeks", "P3W", "DURATION"),
       ("every day", "P1D", "SET"), ("September 11", "2009-09-11", "DATE"), ("every week", "P1W", "SET"), ("June", "2009-06", "DATE"),
       ("Last Saturday", prev(T, "Sat"), "DATE"), ("early next year", "2010", "DATE"), ("two", "P2Y", "DURATION"), ("three years", "P3Y", "DURATION")],
quotes=[("The coins let us date the main phase of the settlement quite precisely, to between about 900 and 950,", "Helen Marsh"),
        ("That is a remarkably short window for a site of this age.", "Helen Marsh"),
        ("I've been coming here every week since June,", "Peter Hodgson"),
        ("Last Saturday I found my first coin. I'm not sure I'll ever top that.", "Peter Hodgson")]))

T = "2010-01-28"
A.append(dict(id="h12", title="Apple unveils iPad tablet computer", dct=T, text=
"""Apple Inc. yesterday unveiled the iPad, a tablet computer with a 9.7-inch touch screen, at a press event in San Francisco. Chief executive Steve Jobs described the device as "a truly magical and revolutionary product" and said it would fill a gap between smartphones and laptop computers.
The cheapest model, with 16 gigabytes of storage and Wi-Fi, will cost US$499 and go on sale in late March. Versions that can connect to 3G mobile networks will follow in April, with data plans from AT&T costing $29.99 per month.
Jobs, who returned to work last year after a liver transplant, spoke for about 90 minutes. The presentation began at 18:00 UTC.
Analysts were divided. "It's a bigger iPod Touch, and that may be exactly what people want," said Laura Beckett, an analyst at Needham & Company. "Apple is betting that the next few years belong to devices like this one."
Others were less impressed. The iPad has no camera, cannot run more than one application at a time, and does not support Adobe's Flash. "I was expecting more," said Tomas Ruiz, a technology blogger who watched the event online from Madrid.
On Monday, Apple reported record results: net income of $3.38 billion in the three months to December 26, up 50 percent from a year earlier. It sold 8.7 million iPhones in the quarter. Its shares fell 4.1 percent on Wednesday, but recovered 1 percent in early trading today.
The company's last major new product, the iPhone, was announced in January 2007 and has since sold more than 40 million units. Jobs said Apple aimed to ship the first iPads within 60 days.""",
persons=["Steve Jobs", "Laura Beckett", "Tomas Ruiz"],
dates=[("yesterday", day(T, -1), "DATE"), ("late March", "2010-03", "DATE"), ("April", "2010-04", "DATE"), ("per month", "P1M", "SET"),
       ("last year", "2009", "DATE"), ("about 90 minutes", "PT90M", "DURATION"), ("18:00 UTC", day(T, -1) + "T18:00", "TIME"),
       ("the next few years", "PXY", "DURATION"), ("Monday", prev(T, "Mon"), "DATE"), ("the three months", "P3M", "DURATION"),
       ("December 26", "2009-12-26", "DATE"), ("a year earlier", "2008-Q4", "DATE"), ("the quarter", "2009-Q4", "DATE"),
       ("Wednesday", prev(T, "Wed"), "DATE"), ("today", T, "DATE"), ("January 2007", "2007-01", "DATE"), ("60 days", "P60D", "DURATION")],
quotes=[("a truly magical and revolutionary product", "Steve Jobs"),
        ("It's a bigger iPod Touch, and that may be exactly what people want,", "Laura Beckett"),
        ("Apple is betting that the next few years belong to devices like this one.", "Laura Beckett"),
        ("I was expecting more,", "Tomas Ruiz")]))

T = "2010-04-21"
A.append(dict(id="h13", title="European flights resume after volcanic ash closures", dct=T, text=
"""Flights resumed across most of northern Europe today after six days of closures caused by ash from the Eyjafjallajökull volcano in Iceland, the largest disruption to air travel since the Second World War.
Britain's National Air Traffic Services lifted its restrictions at 21:00 UTC on Tuesday, and the first flight from Vancouver landed at Heathrow shortly afterwards. By this morning, about 75 percent of scheduled flights in Europe were operating, the air traffic agency Eurocontrol said, and it expected close to normal traffic by Thursday.
The volcano, under the Eyjafjallajökull glacier, began erupting on April 14, having been dormant for almost 190 years. Ash was blown south-east over Scandinavia and the British Isles the following day, and by Friday airspace over most of northern and central Europe had been closed.
The International Air Transport Association (IATA) estimates that the closures cost airlines more than $200 million per day. "We have had a week in which an entire continent's airspace was governed by a computer model," a senior IATA official, Klaus Vettermann, said on Monday. "That cannot happen again."
European transport ministers agreed in a video conference on Monday to reopen some airspace from 06:00 UTC on Tuesday, once test flights had shown that engines were not damaged at low ash densities.
Hundreds of thousands of travellers remain stranded. British Airways hopes to bring home all its passengers by the end of the week, but warned that some long-haul customers might have to wait until next week. "We are asking people to be patient," the airline said in a statement.
Among those stranded was Sarah Pennock, a nurse from Bristol, who has spent a week in Málaga with her two children. "We've run out of money, and the airline keeps telling us to check the website," she said by telephone. "My children have missed a week of school already.
"Today they told us Saturday, maybe. I just want to get home."
Scientists at the Icelandic Meteorological Office said the eruption had weakened over the past 48 hours. The volcano's last eruption, which began in 1821, went on intermittently for two years. Geologists are also watching the nearby Katla volcano, which last erupted in 1918.""",
persons=["Klaus Vettermann", "Sarah Pennock"],
dates=[("today", T, "DATE"), ("six days", "P6D", "DURATION"), ("21:00 UTC", prev(T, "Tue") + "T21:00", "TIME"), ("Tuesday", prev(T, "Tue"), "DATE"),
       ("this morning", T + "TMO", "TIME"), ("Thursday", nxt(T, "Thu"), "DATE"), ("April 14", "2010-04-14", "DATE"),
       ("almost 190 years", "P190Y", "DURATION"), ("the following day", "2010-04-15", "DATE"), ("Friday", prev(T, "Fri"), "DATE"),
       ("per day", "P1D", "SET"), ("a week", "P1W", "DURATION"), ("Monday", prev(T, "Mon"), "DATE"), ("Monday", prev(T, "Mon"), "DATE"),
       ("06:00 UTC", prev(T, "Tue") + "T06:00", "TIME"), ("Tuesday", prev(T, "Tue"), "DATE"), ("the end of the week", week(T), "DATE"),
       ("next week", week(T, 1), "DATE"), ("a week", "P1W", "DURATION"), ("a week", "P1W", "DURATION"), ("Today", T, "DATE"),
       ("Saturday", nxt(T, "Sat"), "DATE"), ("the past 48 hours", "PT48H", "DURATION"), ("1821", "1821", "DATE"),
       ("two years", "P2Y", "DURATION"), ("1918", "1918", "DATE")],
quotes=[("We have had a week in which an entire continent's airspace was governed by a computer model,", "Klaus Vettermann"),
        ("That cannot happen again.", "Klaus Vettermann"),
        ("We are asking people to be patient,", "British Airways"),
        ("We've run out of money, and the airline keeps telling us to check the website,", "Sarah Pennock"),
        ("My children have missed a week of school already.", "Sarah Pennock"),
        ("Today they told us Saturday, maybe. I just want to get home.", "Sarah Pennock")]))

T = "2010-11-18"
A.append(dict(id="h14", title="General Motors returns to the stock market", dct=T, text=
"""Shares in General Motors returned to the New York Stock Exchange today, 17 months after the carmaker emerged from bankruptcy, in one of the largest share offerings in US history.
GM priced its shares at $33 on Wednesday evening, above the range of $26 to $29 it had set earlier this month. The stock opened at $35 shortly before 15:00 UTC, and chief executive Dan Akerson rang the exchange's opening bell with a group of GM dealers and employees.
The sale raised about $20.1 billion. The US Treasury, which received a 61 percent stake in the company in return for $49.5 billion in aid last year, sold about 358 million shares, cutting its holding to about 33 percent. President Obama said American taxpayers were "now positioned to recover more than what my administration invested in GM". Treasury Secretary Geithner said the government would sell the rest of its shares "as quickly as it is practical".
"We think the government has priced this to sell, and that is sensible," said Joan Kessler, an analyst at Morningstar. "GM today is a very different company from the one that went bankrupt in June last year."
GM filed for bankruptcy protection on June 1, 2009, and emerged 39 days later, on July 10, after shedding four of its eight brands, including Saturn and Pontiac, and thousands of dealers. It posted a profit of $2 billion in the third quarter, and says it expects to make money in the fourth quarter as well.
Ford, which did not take government money, has seen its shares more than double over the past year.""",
persons=["Dan Akerson", "Barack Obama", "Timothy Geithner", "Joan Kessler"],
dates=[("today", T, "DATE"), ("17 months", "P17M", "DURATION"), ("Wednesday evening", prev(T, "Wed") + "TEV", "TIME"),
       ("earlier this month", "2010-11", "DATE"), ("shortly before 15:00 UTC", T + "T15:00", "TIME"), ("last year", "2009", "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("today", "PRESENT_REF", "DATE"), ("June last year", "2009-06", "DATE"),
       ("June 1, 2009", "2009-06-01", "DATE"), ("39 days later", day("2009-06-01", 39), "DATE"), ("July 10", "2009-07-10", "DATE"),
       ("the third quarter", "2010-Q3", "DATE"), ("the fourth quarter", "2010-Q4", "DATE"), ("the past year", "P1Y", "DURATION")],
quotes=[("now positioned to recover more than what my administration invested in GM", "Barack Obama"),
        ("as quickly as it is practical", "Timothy Geithner"),
        ("We think the government has priced this to sell, and that is sensible,", "Joan Kessler"),
        ("GM today is a very different company from the one that went bankrupt in June last year.", "Joan Kessler")]))

T = "2011-03-14"
A.append(dict(id="h15", title="Second explosion at Fukushima nuclear plant as Japan's death toll rises", dct=T, text=
"""A second explosion shook the Fukushima Daiichi nuclear power plant in north-eastern Japan this morning, injuring 11 workers, as the death toll from Friday's earthquake and tsunami continued to rise. Police said today that 1,897 people were confirmed dead and more than 3,000 were missing; officials in Miyagi prefecture have said the final figure there alone could exceed 10,000.
The magnitude 9.0 earthquake struck off the coast at 05:46 UTC on Friday, and was followed within an hour by a tsunami up to ten metres high. It was the most powerful earthquake ever recorded in Japan, and one of the five strongest anywhere since 1900.
The blast at the plant's No. 3 reactor came at about 11:00 local time. On Saturday, a similar explosion destroyed the outer building of the No. 1 reactor. The plant's operator, Tokyo Electric Power (TEPCO), said the reactor's steel containment vessel was intact. "The possibility of a large amount of radioactive material being released is low," chief cabinet secretary Yukio Edano said at a news conference.
Prime Minister Kan said on Sunday that Japan was facing its worst crisis "in the 65 years since the end of the war". Rolling power cuts began today in Tokyo and eight neighbouring prefectures, and are expected to continue until the end of April, with blackouts of three hours at a time.
The Nikkei 225 index fell 6.2 percent today, its biggest one-day drop since 2008. The Bank of Japan injected a record 15 trillion yen into the money markets this morning and said it would keep interest rates near zero "for the foreseeable future".
"We've never experienced anything like this," said Hiroko Sato, a teacher from Sendai who has spent the past three days in a school gymnasium with her parents. "Everyone is cold, and nobody knows when the water will come back."
Rescue teams from the United States, China and 11 other countries began arriving over the weekend.""",
persons=["Yukio Edano", "Naoto Kan", "Hiroko Sato"],
dates=[("this morning", T + "TMO", "TIME"), ("Friday", prev(T, "Fri"), "DATE"), ("today", T, "DATE"), ("05:46 UTC", prev(T, "Fri") + "T05:46", "TIME"),
       ("Friday", prev(T, "Fri"), "DATE"), ("an hour", "PT1H", "DURATION"), ("1900", "1900", "DATE"),
       ("about 11:00 local time", T + "T11:00", "TIME"), ("Saturday", prev(T, "Sat"), "DATE"), ("Sunday", prev(T, "Sun"), "DATE"),
       ("the 65 years", "P65Y", "DURATION"), ("today", T, "DATE"), ("the end of April", "2011-04", "DATE"), ("three hours", "PT3H", "DURATION"),
       ("today", T, "DATE"), ("one-day", "P1D", "DURATION"), ("2008", "2008", "DATE"), ("this morning", T + "TMO", "TIME"),
       ("the foreseeable future", "FUTURE_REF", "DATE"), ("the past three days", "P3D", "DURATION"), ("the weekend", weekend(T, -1), "DATE")],
quotes=[("The possibility of a large amount of radioactive material being released is low,", "Yukio Edano"),
        ("in the 65 years since the end of the war", "Naoto Kan"),
        ("for the foreseeable future", "Bank of Japan"),
        ("We've never experienced anything like this,", "Hiroko Sato"),
        ("Everyone is cold, and nobody knows when the water will come back.", "Hiroko Sato")]))

T = "2011-07-04"
A.append(dict(id="h16", title="Djokovic beats Nadal to win Wimbledon", dct=T, text=
"""Novak Djokovic of Serbia won the men's singles title at Wimbledon on Sunday, beating the defending champion, Rafael Nadal of Spain, 6–4, 6–1, 1–6, 6–3 in two hours and 28 minutes on Centre Court.
The victory also confirmed that Djokovic would replace Nadal at the top of the world rankings, which were published this morning. He is the first man other than Nadal or Roger Federer to be ranked number one since February 2004.
Djokovic has lost only one match this year, to Federer in the semi-finals of the French Open last month, and has won 48 of his 49 matches since January. After the final point he knelt and ate a few blades of grass, and he later called the win "the best day of my life".
Nadal, who had won his previous 20 matches at the All England Club, said Djokovic had deserved to win and that he would need to change his game to beat him.
"He has played the most consistent tennis I have seen for a decade," said former British player Simon Carrick, who commentated on the match for BBC radio. "Nobody is going to beat him on this form."
In the women's final on Saturday, Petra Kvitová of the Czech Republic beat Maria Sharapova 6–3, 6–4 to win her first Grand Slam title. Kvitová is the first left-handed woman to win Wimbledon since Martina Navratilova in 1990.
The tournament drew a record attendance of 494,000 over the two weeks. British hopes had ended in the semi-finals on Friday, when Andy Murray lost to Nadal, as he had in 2010.
Djokovic will next play for Serbia in the Davis Cup quarter-final against Sweden, which begins on Friday in Halmstad.""",
persons=["Novak Djokovic", "Rafael Nadal", "Roger Federer", "Simon Carrick", "Petra Kvitová", "Maria Sharapova", "Martina Navratilova", "Andy Murray"],
dates=[("Sunday", prev(T, "Sun"), "DATE"), ("two hours and 28 minutes", "PT2H28M", "DURATION"), ("this morning", T + "TMO", "TIME"),
       ("February 2004", "2004-02", "DATE"), ("this year", "2011", "DATE"), ("last month", "2011-06", "DATE"), ("January", "2011-01", "DATE"),
       ("a decade", "P10Y", "DURATION"), ("Saturday", prev(T, "Sat"), "DATE"), ("1990", "1990", "DATE"), ("the two weeks", "P2W", "DURATION"),
       ("Friday", prev(T, "Fri"), "DATE"), ("2010", "2010", "DATE"), ("Friday", nxt(T, "Fri"), "DATE")],
quotes=[("the best day of my life", "Novak Djokovic"),
        ("He has played the most consistent tennis I have seen for a decade,", "Simon Carrick"),
        ("Nobody is going to beat him on this form.", "Simon Carrick")]))

T = "2012-01-19"
A.append(dict(id="h17", title="Greek debt talks resume as euro zone absorbs downgrades", dct=T, text=
"""Talks between Greece and its private creditors on a bond swap that would halve the value of their Greek bonds resumed in Athens yesterday, after breaking down last Friday over the interest rate the new bonds would pay. Greece needs a deal before March 20, when €14.5 billion of its debt falls due.
Prime Minister Papademos, a former vice-president of the European Central Bank, has warned that Greece could be forced into a disorderly default without an agreement. He met bank representatives for three hours on Wednesday evening and will see them again tomorrow.
"We are closer than we were last week, but there are still important differences," said an adviser to one of the banks, who asked not to be named.
German Chancellor Merkel and French President Sarkozy will meet in Paris on Monday to prepare for a summit of European Union leaders in Brussels at the end of the month.
France lost its top AAA credit rating from Standard & Poor's on Friday, when the agency downgraded nine euro zone countries. "The downgrade was expected, but it shows that the crisis is now hitting the core of the euro zone," said Marco Feretti, chief economist at UniCredit in Milan. "Most of Europe will be in recession by the summer."
Markets shrugged off the downgrades. Spain sold €6.6 billion of bonds today at lower rates than in December, and the euro rose to $1.29, its highest level in a week.
The European Central Bank lent €489 billion to 523 banks for three years last month, and its president, Mario Draghi, said last Thursday that there were "tentative signs of stabilisation" in the economy.
The Greek economy has shrunk for four consecutive years, and unemployment reached 18.2 percent in October, almost double the rate of 2009.""",
persons=["Lucas Papademos", "Angela Merkel", "Nicolas Sarkozy", "Marco Feretti", "Mario Draghi"],
dates=[("yesterday", day(T, -1), "DATE"), ("last Friday", prev(T, "Fri"), "DATE"), ("March 20", "2012-03-20", "DATE"), ("three hours", "PT3H", "DURATION"),
       ("Wednesday evening", prev(T, "Wed") + "TEV", "TIME"), ("tomorrow", day(T, 1), "DATE"), ("last week", week(T, -1), "DATE"),
       ("Monday", nxt(T, "Mon"), "DATE"), ("the end of the month", "2012-01", "DATE"), ("Friday", prev(T, "Fri"), "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("the summer", "2012-SU", "DATE"), ("today", T, "DATE"), ("December", "2011-12", "DATE"),
       ("a week", "P1W", "DURATION"), ("three years", "P3Y", "DURATION"), ("last month", "2011-12", "DATE"),
       ("last Thursday", prev(T, "Thu"), "DATE"), ("four consecutive years", "P4Y", "DURATION"), ("October", "2011-10", "DATE"), ("2009", "2009", "DATE")],
quotes=[("We are closer than we were last week, but there are still important differences,", None),
        ("The downgrade was expected, but it shows that the crisis is now hitting the core of the euro zone,", "Marco Feretti"),
        ("Most of Europe will be in recession by the summer.", "Marco Feretti"),
        ("tentative signs of stabilisation", "Mario Draghi")]))

T = "2012-07-03"
A.append(dict(id="h18", title="Airbus to build its first US assembly plant in Alabama", dct=T, text=
"""European aircraft maker Airbus confirmed yesterday that it will build its first assembly plant in the United States, in Mobile, Alabama, where it plans to produce four A320-family jets per month from 2016.
The US$600 million factory will employ about 1,000 people when it reaches full production in 2018. Construction is due to begin next summer. Airbus has not ruled out assembling other models there in the future.
Airbus chief executive Fabrice Brégier announced the plan at a ceremony at the Brookley Aeroplex, a former air force base that closed in 1969. In a statement, Airbus said the plant would bring it "closer to our customers in the world's largest single-aisle market".
"We lost 13,000 jobs when the base closed. People here have waited more than 40 years for something like this," said Mobile County commissioner Darlene Tate. Alabama's governor, Robert Bentley, said the state had offered $158 million in incentives.
Airbus expects US airlines to need 4,600 new aircraft over the next 20 years. Its rival Boeing, which assembles its 737s near Seattle, currently builds 35 of them a month and will raise that to 42 in 2014. Boeing said it was "not worried" by the new plant.
In February 2011, Airbus's parent company EADS lost a $35 billion contract to supply refuelling tankers to the US Air Force, which it had planned to assemble in Mobile.
Airbus shares rose 2 percent in Paris on Monday. "Building planes in dollars protects Airbus against the currency for the next decade," said Nathan Greaves, an aerospace analyst at the Teal Group.""",
persons=["Fabrice Brégier", "Darlene Tate", "Robert Bentley", "Nathan Greaves"],
dates=[("yesterday", day(T, -1), "DATE"), ("per month", "P1M", "SET"), ("2016", "2016", "DATE"), ("2018", "2018", "DATE"), ("next summer", "2013-SU", "DATE"),
       ("the future", "FUTURE_REF", "DATE"), ("1969", "1969", "DATE"), ("more than 40 years", "P40Y", "DURATION"),
       ("the next 20 years", "P20Y", "DURATION"), ("currently", "PRESENT_REF", "DATE"), ("a month", "P1M", "SET"), ("2014", "2014", "DATE"),
       ("February 2011", "2011-02", "DATE"), ("Monday", prev(T, "Mon"), "DATE"), ("the next decade", "P10Y", "DURATION")],
quotes=[("closer to our customers in the world's largest single-aisle market", "Airbus"),
        ("We lost 13,000 jobs when the base closed. People here have waited more than 40 years for something like this,", "Darlene Tate"),
        ("not worried", "Boeing"),
        ("Building planes in dollars protects Airbus against the currency for the next decade,", "Nathan Greaves")]))

T = "2013-02-06"
A.append(dict(id="h19", title="Michael Dell and Silver Lake agree $24.4 billion buyout of Dell", dct=T, text=
"""Dell Inc., the world's third-largest maker of personal computers, said on Tuesday that it has agreed to be bought by its founder, Michael Dell, and the investment firm Silver Lake Partners for $24.4 billion, the largest leveraged buyout since the financial crisis.
Shareholders will receive $13.65 a share in cash, about 25 percent more than the stock's price on January 11, before reports of the talks first appeared. Microsoft will lend $2 billion toward the deal, which is expected to close before the end of the company's second fiscal quarter.
Mr. Dell, who founded the company in his university dormitory in 1984 with $1,000, will keep his 16 percent stake and remain chief executive. "I believe this transaction will open an exciting new chapter for Dell, our customers and team members," he said in a statement.
Dell's revenue has fallen for the past five quarters, as customers move from desktop and notebook computers to smartphones and tablets. Global PC shipments fell 6.4 percent in the fourth quarter of last year, according to the research firm IDC, the first such fall in more than five years.
"Going private gives Dell the time to reinvent itself away from the quarterly scrutiny of Wall Street," said Priya Raman, an analyst at Sterne Agee. "It will take at least three years, and it will be painful."
Not all investors are happy. Southeastern Asset Management, which owns 8.5 percent of Dell, said in a letter today that the price "grossly undervalues" the company.
Dell's shares fell 2.7 percent to $13.27 yesterday. They traded above $50 in 2000, at the height of the dot-com boom. A special committee of the board has 45 days to look for a better offer, and shareholders are expected to vote on the deal in the summer.
Rival Hewlett-Packard, which has had four chief executives since 2005, said last month that its own PC business was stabilising.""",
persons=["Michael Dell", "Priya Raman"],
dates=[("Tuesday", prev(T, "Tue"), "DATE"), ("January 11", "2013-01-11", "DATE"), ("1984", "1984", "DATE"),
       ("the past five quarters", "P5Q", "DURATION"), ("the fourth quarter of last year", "2012-Q4", "DATE"), ("more than five years", "P5Y", "DURATION"),
       ("quarterly", "P3M", "SET"), ("at least three years", "P3Y", "DURATION"), ("today", T, "DATE"), ("yesterday", day(T, -1), "DATE"),
       ("2000", "2000", "DATE"), ("45 days", "P45D", "DURATION"), ("the summer", "2013-SU", "DATE"), ("2005", "2005", "DATE"), ("last month", "2013-01", "DATE")],
quotes=[("I believe this transaction will open an exciting new chapter for Dell, our customers and team members,", "Michael Dell"),
        ("Going private gives Dell the time to reinvent itself away from the quarterly scrutiny of Wall Street,", "Priya Raman"),
        ("It will take at least three years, and it will be painful.", "Priya Raman"),
        ("grossly undervalues", "Southeastern Asset Management")]))

T = "2013-10-09"
A.append(dict(id="h20", title="Obama nominates Janet Yellen to lead the Federal Reserve", dct=T, text=
"""President Obama today nominated Janet Yellen to succeed Ben Bernanke as chairman of the Federal Reserve. If confirmed by the Senate, Yellen, currently the Fed's vice chairman, will be the first woman to lead the central bank in its 100-year history.
Bernanke's second four-year term ends on January 31. He has led the Fed since February 2006, through the worst financial crisis since the Great Depression of the 1930s.
At a ceremony in the White House at 19:00 UTC, Obama called Yellen "a proven leader" who was "tough — not just because she's from Brooklyn".
The nomination came eight days into a partial shutdown of the federal government, which began on October 1 after Congress failed to agree a budget. About 800,000 federal employees have been sent home without pay. The Treasury has said it will run out of ways to pay the country's bills on October 17 unless the debt limit is raised.
House Speaker Boehner said on Sunday that the House would not pass a "clean" increase without spending cuts, and Obama said yesterday that he would not negotiate while the threat of default remained. "Nobody in this building thinks default is an option, but nobody knows how we get to Thursday of next week," said a Republican aide.
The Dow Jones Industrial Average has lost 4 percent since mid-September, and the cost of insuring US government debt against default for one year has risen to its highest level since 2011. "The markets are telling Washington they have about a week left," said Karen Lindgren, a strategist at Charles Schwab in San Francisco. "After that, things get ugly very fast."
Yellen taught economics at the University of California, Berkeley, for two decades and was president of the San Francisco Fed from 2004 to 2010. The Senate Banking Committee is expected to hold her confirmation hearing next month.""",
persons=["Barack Obama", "Janet Yellen", "Ben Bernanke", "John Boehner", "Karen Lindgren"],
nonquotes=["clean"],
dates=[("today", T, "DATE"), ("currently", "PRESENT_REF", "DATE"), ("100-year", "P100Y", "DURATION"), ("four-year", "P4Y", "DURATION"),
       ("January 31", "2014-01-31", "DATE"), ("February 2006", "2006-02", "DATE"), ("the 1930s", "193", "DATE"), ("19:00 UTC", T + "T19:00", "TIME"),
       ("eight days", "P8D", "DURATION"), ("October 1", "2013-10-01", "DATE"), ("October 17", "2013-10-17", "DATE"), ("Sunday", prev(T, "Sun"), "DATE"),
       ("yesterday", day(T, -1), "DATE"), ("Thursday of next week", wdate(T, 1, "Thu"), "DATE"), ("mid-September", "2013-09", "DATE"),
       ("one year", "P1Y", "DURATION"), ("2011", "2011", "DATE"), ("about a week", "P1W", "DURATION"), ("two decades", "P20Y", "DURATION"),
       ("2004", "2004", "DATE"), ("2010", "2010", "DATE"), ("next month", "2013-11", "DATE")],
quotes=[("a proven leader", "Barack Obama"),
        ("tough — not just because she's from Brooklyn", "Barack Obama"),
        ("Nobody in this building thinks default is an option, but nobody knows how we get to Thursday of next week,", None),
        ("The markets are telling Washington they have about a week left,", "Karen Lindgren"),
        ("After that, things get ugly very fast.", "Karen Lindgren")]))

# Words that usually carry a date: printed when no gold span covers them, for the annotator to confirm by hand.
CUE = re.compile(r"(?i)\b(?:today|tonight|yesterday|tomorrow|now|currently|recently|future|soon|ago|annual\w*|daily|weekly|monthly|quarterly|"
                 r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|"
                 r"spring|summer|autumn|fall|winter|christmas|morning|afternoon|evening|night|midday|midnight|weekend|"
                 r"(?:year|month|week|day|hour|minute|decade|quarter|centur(?:y|ie))s?|\d{4}s?|\d{1,2}:\d{2}|utc|gmt|bst)\b")

n_words = []
for a in A:
    t = a["text"]; claimed = []
    dates = []
    for s, v, ty, *occ in a["dates"]:
        st, en = span(t, s, claimed, *occ); dates.append(dict(text=s, value=v, type=ty, start=st, end=en))
    claimed = []
    def find(s): return span(t, s, claimed)
    quotes = []; open_end = 0
    for s, sp in a["quotes"]:
        st, en = find(s); assert t[st-1] in '"“' and (t[en] in '"”' or t[en] == "\n"), (a["id"], s)
        assert '"' not in s, (a["id"], s)
        if t[en] == "\n": open_end += 1
        quotes.append(dict(text=s, start=st, end=en, speaker=sp))
    nonq = a.get("nonquotes", [])
    for s in nonq:
        i = t.index('"' + s + '"')
    assert t.count('"') == 2 * (len(quotes) + len(nonq)) - open_end, (a["id"], t.count('"'), len(quotes), len(nonq))
    for q in quotes:
        assert q["speaker"] is None or q["speaker"] in a["persons"] or q["speaker"] in t, (a["id"], q)
    for p in a["persons"]:  # the canonical name or (title + surname only) its surname is in the text
        assert p in t or p.split()[-1] in t, (a["id"], p)
    assert len(set(a["persons"])) == len(a["persons"]), a["id"]
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    for d, e in zip(dates, dates[1:]): assert d["end"] <= e["start"], (a["id"], d["text"], e["text"])
    for d in dates:
        assert d["type"] in ("DATE", "TIME", "DURATION", "SET"), (a["id"], d)
        v = d["value"]
        assert re.fullmatch(r"\d{2,4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI|MI))?)?|Q\d|H\d|SP|SU|FA|WI|W\d{2}(-WE)?))?|[A-Z]+_REF|P(T)?[\dX.]+[A-Z]+(\d+[A-Z])?", v), (a["id"], d)
        assert (d["type"] in ("DURATION", "SET")) == (v.startswith("P") and not v.endswith("_REF")), (a["id"], d)
        assert (d["type"] == "TIME") == bool(re.search(r"\dT", v)), (a["id"], d)
    for m in CUE.finditer(t):
        if not any(d["start"] <= m.start() < d["end"] for d in dates):
            print("  not annotated:", a["id"], repr(t[max(0, m.start()-30):m.end()+20]))
    words = len(t.split()); n_words.append(words)
    assert 150 <= words <= 400, (a["id"], words)
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens held-out Wikinews-style set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    with open(os.path.join(D, a["id"] + ".json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
print("ok", len(A), "articles,", sum(n_words), "words (%d-%d)," % (min(n_words), max(n_words)), sum(len(a["dates"]) for a in A), "dates,",
      sum(len(a["persons"]) for a in A), "persons,", sum(len(a["quotes"]) for a in A), "quotes")

"""Builds the hand-made mixed news gold files (m*.json) from the texts and hand annotations below:
10 made-up stories, 4 in the style of 2013 wire/broadcaster news (TempEval-3 test set: politics, an
accident, the economy, a conflict), 3 Wikinews-style business stories of 2005-2013 and 3 AP wire stories
of 1989-2000, annotated by the rules of ../shared/eval/README.md (persons, every TIMEX3 with value and
type, quotes with speakers). Annotations name a span by its text and occurrence (0-based, in order);
offsets are computed and checked here, and every weekday, ISO week and shifted day is computed from the
article's dct by the helpers below, never typed. Written and scored once before any engine change; one gold
miss found then and corrected ("its annual results" in m06: a SET, P1Y, like "quarterly" in the wire set)."""
import json, os
from datetime import date, timedelta
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import span, write_set  # checked offsets and the gold writer, shared by the sets
D = os.path.dirname(os.path.abspath(__file__))
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
def day(dct, name):
    """dct itself, checked to be called name (a weekday that names the publication day)."""
    assert DAYS[_d(dct).weekday()] == name, (dct, name); return dct
def plus(dct, n): return (_d(dct) + timedelta(days=n)).isoformat()
def week(dct, n=0):
    y, w, _ = (_d(dct) + timedelta(weeks=n)).isocalendar(); return "%d-W%02d" % (y, w)
A = []

T = "2013-02-26"
A.append(dict(id="m01", title="Italy faces deadlock after inconclusive election", dct=T, text=
"""ROME (Reuters) - Italy faced weeks of political uncertainty on Tuesday after an election that gave no party a majority in the Senate, sending shares in Milan down almost 5 percent. Pier Luigi Bersani's centre-left alliance won the lower house by a margin of 0.4 percentage points after two days of voting that ended on Monday afternoon. Final results for the Senate were released at 4:30 a.m., more than 12 hours after polls closed. "We have won, but we know it is a difficult situation," Bersani told reporters late on Monday. Former prime minister Silvio Berlusconi, who had trailed by 10 points in polls taken in December, said he was in no hurry to hold talks. The new parliament meets for the first time on March 15, and President Giorgio Napolitano, whose seven-year term ends in May, cannot call fresh elections during the last six months of his mandate. Italy's borrowing costs rose sharply at an auction of six-month bills today, with the yield climbing to 1.24 percent from 0.73 percent a month ago. "Markets hate uncertainty, and this is about as uncertain as it gets," said Nicholas Spiro of Spiro Sovereign Strategy. Analysts said a new government might not be in place before the summer. Italy has had 61 governments since 1946. The euro fell to $1.3060 on Tuesday, its lowest level in seven weeks.""",
persons=["Pier Luigi Bersani", "Silvio Berlusconi", "Giorgio Napolitano", "Nicholas Spiro"],
dates=[("on Tuesday", day(T, "Tuesday"), "DATE"), ("two days", "P2D", "DURATION"), ("on Monday afternoon", prev(T, "Monday") + "TAF", "TIME"),
       ("4:30 a.m.", T + "T04:30", "TIME"), ("more than 12 hours", "PT12H", "DURATION"), ("late on Monday", prev(T, "Monday"), "DATE"),
       ("December", "2012-12", "DATE"), ("March 15", "2013-03-15", "DATE"), ("seven-year", "P7Y", "DURATION"), ("May", "2013-05", "DATE"),
       ("the last six months", "P6M", "DURATION"), ("six-month", "P6M", "DURATION"), ("today", T, "DATE"), ("a month ago", "2013-01", "DATE"),
       ("the summer", "2013-SU", "DATE"), ("1946", "1946", "DATE"), ("on Tuesday", day(T, "Tuesday"), "DATE"), ("seven weeks", "P7W", "DURATION")],
quotes=[("We have won, but we know it is a difficult situation,", "Pier Luigi Bersani"),
        ("Markets hate uncertainty, and this is about as uncertain as it gets,", "Nicholas Spiro")]))

T = "2013-07-08"
A.append(dict(id="m02", title="Pilots tried to abort landing before San Francisco crash", dct=T, text=
"""SAN FRANCISCO (AP) - Federal investigators said on Monday that the pilots of a Boeing 777 that crashed while landing here on Saturday had tried to abort the landing just seconds before the plane hit a sea wall. The plane, carrying 307 people from Seoul, struck the edge of the runway at 11:27 a.m. and burst into flames. Two passengers died and 182 were taken to hospitals. Deborah Hersman, chairman of the National Transportation Safety Board, told reporters on Sunday that the jet had been flying far below its target speed during the approach. "We are not ruling anything out," she said. The pilot at the controls had 43 hours of experience on the 777 and was making his first landing at the airport in that aircraft, the airline said today. The investigation is expected to take more than a year. The airport reopened two of its four runways late on Sunday, and flights were running about 30 minutes behind schedule this morning. It was the first fatal crash of a large passenger jet in the United States since February 2009, when a commuter plane went down near Buffalo, N.Y., killing 50 people. Airline officials will meet the families of the victims on Wednesday.""",
persons=["Deborah Hersman"],
dates=[("on Monday", day(T, "Monday"), "DATE"), ("on Saturday", prev(T, "Saturday"), "DATE"), ("11:27 a.m.", prev(T, "Saturday") + "T11:27", "TIME"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("43 hours", "PT43H", "DURATION"), ("today", T, "DATE"), ("more than a year", "P1Y", "DURATION"),
       ("late on Sunday", prev(T, "Sunday"), "DATE"), ("30 minutes", "PT30M", "DURATION"), ("this morning", T + "TMO", "TIME"),
       ("February 2009", "2009-02", "DATE"), ("on Wednesday", nxt(T, "Wednesday"), "DATE")],
quotes=[("We are not ruling anything out,", "Deborah Hersman")]))

T = "2013-04-15"
A.append(dict(id="m03", title="China's growth slows unexpectedly in first quarter", dct=T, text=
"""BEIJING (Reuters) - China's economy grew 7.7 percent in the first quarter from a year earlier, slower than expected, official data showed on Monday, raising doubts about the strength of the recovery. Growth had picked up to 7.9 percent in the fourth quarter of 2012, ending seven straight quarters of slowdown. Analysts polled by Reuters had forecast 8.0 percent for the quarter. Industrial output rose 8.9 percent in March, while retail sales grew 12.6 percent, slightly less than in January and February. Fixed-asset investment, a key driver of growth, rose 20.9 percent, and property investment was strong despite government efforts to cool house prices in big cities. "The recovery is fragile, and the government is unlikely to add stimulus soon," said Zhang Zhiwei, chief China economist at Nomura in Hong Kong. Premier Li Keqiang, who took office in March, has said the government will accept slower growth as it tries to shift the economy towards consumption. The official target for this year is 7.5 percent. Asian shares fell after the data was released at 10 a.m., and the Australian dollar, seen as a proxy for Chinese demand, dropped to a two-week low. Gold prices fell 9 percent on Monday, their biggest one-day fall in 30 years. The statistics bureau will publish figures for the second quarter in mid-July.""",
persons=["Zhang Zhiwei", "Li Keqiang"],
dates=[("the first quarter", "2013-Q1", "DATE"), ("a year earlier", "2012-Q1", "DATE"), ("on Monday", day(T, "Monday"), "DATE"),
       ("the fourth quarter of 2012", "2012-Q4", "DATE"), ("seven straight quarters", "P7Q", "DURATION"), ("the quarter", "2013-Q1", "DATE"),
       ("March", "2013-03", "DATE"), ("January", "2013-01", "DATE"), ("February", "2013-02", "DATE"), ("soon", "FUTURE_REF", "DATE"),
       ("March", "2013-03", "DATE"), ("this year", "2013", "DATE"), ("10 a.m.", T + "T10:00", "TIME"), ("two-week", "P2W", "DURATION"),
       ("on Monday", day(T, "Monday"), "DATE"), ("one-day", "P1D", "DURATION"), ("30 years", "P30Y", "DURATION"),
       ("the second quarter", "2013-Q2", "DATE"), ("mid-July", "2013-07", "DATE")],
quotes=[("The recovery is fragile, and the government is unlikely to add stimulus soon,", "Zhang Zhiwei")]))

T = "2013-08-22"
A.append(dict(id="m04", title="Death toll from suspected gas attack in Syria rises", dct=T, text=
"""BEIRUT (Reuters) - Syrian opposition activists said on Thursday that the death toll from a suspected chemical weapons attack near Damascus had risen to more than 1,300, as Western governments demanded that United Nations inspectors be allowed to visit the site. The attack began at about 3 a.m. on Wednesday, when rockets hit several suburbs east of the capital, activists said. Videos posted online hours later showed rows of bodies, many of them children. The Syrian government denied that it had used chemical weapons and called the reports "absolutely baseless." A team of 20 U.N. inspectors arrived in Damascus on Sunday to investigate three earlier alleged attacks, including one in Khan al-Assal in March. "We want the team to have access to the site immediately," French Foreign Minister Laurent Fabius told reporters this morning. The U.N. Security Council held an emergency meeting late on Wednesday but could not agree on a statement. The conflict has killed more than 100,000 people since March 2011, and nearly 2 million Syrians have fled the country. U.S. President Barack Obama said last year that the use of chemical weapons would be a "red line." The inspectors' mandate runs for 14 days and could be extended.""",
persons=["Laurent Fabius", "Barack Obama"],
dates=[("on Thursday", day(T, "Thursday"), "DATE"), ("about 3 a.m.", prev(T, "Wednesday") + "T03:00", "TIME"), ("on Wednesday", prev(T, "Wednesday"), "DATE"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("March", "2013-03", "DATE"), ("this morning", T + "TMO", "TIME"),
       ("late on Wednesday", prev(T, "Wednesday"), "DATE"), ("March 2011", "2011-03", "DATE"), ("last year", "2012", "DATE"), ("14 days", "P14D", "DURATION")],
quotes=[("absolutely baseless.", "Syrian government"), ("We want the team to have access to the site immediately,", "Laurent Fabius"),
        ("red line.", "Barack Obama")]))

T = "2008-10-08"
A.append(dict(id="m05", title="Central banks cut interest rates in coordinated move", dct=T, text=
"""Six central banks, including the US Federal Reserve and the European Central Bank, cut interest rates by half a percentage point on Wednesday in a coordinated move to ease the effects of the global financial crisis. The Bank of England lowered its main rate to 4.5%, its first cut since April. The Fed's rate now stands at 1.5%. The announcement came at 11:00 GMT, before markets opened in New York. Stock markets in Asia had fallen sharply; Japan's Nikkei 225 index closed down 9.4%, its largest one-day fall since October 1987. "This is an unprecedented step," said Julian Jessop, chief international economist at Capital Economics. European shares, which had fallen about 20% since the end of September, recovered some of their losses after the announcement but closed lower. On Monday the Dow Jones Industrial Average had fallen below 10,000 points for the first time in four years. The British government announced a plan worth 50 billion pounds to part-nationalise the country's banks earlier this morning. The Federal Reserve's next scheduled meeting is on October 28, and many analysts expect further cuts before the end of the year. Governments in Europe and the United States have already spent hundreds of billions of dollars to support their banks, and finance ministers of the Group of Seven countries meet in Washington on Friday.""",
persons=["Julian Jessop"],
dates=[("on Wednesday", day(T, "Wednesday"), "DATE"), ("April", "2008-04", "DATE"), ("now", "PRESENT_REF", "DATE"), ("11:00 GMT", T + "T11:00", "TIME"),
       ("one-day", "P1D", "DURATION"), ("October 1987", "1987-10", "DATE"), ("the end of September", "2008-09", "DATE"),
       ("On Monday", prev(T, "Monday"), "DATE"), ("four years", "P4Y", "DURATION"), ("earlier this morning", T + "TMO", "TIME"),
       ("October 28", "2008-10-28", "DATE"), ("the end of the year", "2008", "DATE"), ("on Friday", nxt(T, "Friday"), "DATE")],
quotes=[("This is an unprecedented step,", "Julian Jessop")]))

T = "2011-07-20"
A.append(dict(id="m06", title="easyJet passenger numbers rise 9% in June", dct=T, text=
"""European low-cost airline easyJet said on Wednesday that it carried 5.7 million passengers in June, up 9.2% on the same month a year earlier. The airline's load factor, the share of seats filled, rose to 88.5% from 86.7% in June 2010. Chief executive Carolyn McCall said the company expected profit to be at the top end of forecasts. "Bookings are strong, and our costs are under control," she said. The airline began flying from London Gatwick to Moscow in March and will start a daily service to Tel Aviv on November 3. Ryanair, easyJet's largest rival, reported on Monday that its traffic grew 7% last month. Fuel costs, which account for about a third of easyJet's expenses, have risen 30% since last summer. EasyJet shares rose 4.1% to 351 pence in London this morning. The company will publish its annual results on November 15. It was founded 16 years ago by Stelios Haji-Ioannou, who still owns 38% of its shares and has clashed with the board over expansion plans for the past two years. He has argued that the airline should grow more slowly and pay more of its cash to shareholders, while the board says new routes in France, Italy and Switzerland will keep margins high when demand weakens.""",
persons=["Carolyn McCall", "Stelios Haji-Ioannou"],
dates=[("on Wednesday", day(T, "Wednesday"), "DATE"), ("June", "2011-06", "DATE"), ("the same month a year earlier", "2010-06", "DATE"),
       ("June 2010", "2010-06", "DATE"), ("March", "2011-03", "DATE"), ("daily", "P1D", "SET"), ("November 3", "2011-11-03", "DATE"),
       ("on Monday", prev(T, "Monday"), "DATE"), ("last month", "2011-06", "DATE"), ("last summer", "2010-SU", "DATE"),
       ("this morning", T + "TMO", "TIME"), ("annual", "P1Y", "SET"), ("November 15", "2011-11-15", "DATE"), ("16 years ago", "1995", "DATE"),
       ("the past two years", "P2Y", "DURATION")],
quotes=[("Bookings are strong, and our costs are under control,", "Carolyn McCall")]))

T = "2006-03-15"
A.append(dict(id="m07", title="Ford to close Wixom assembly plant", dct=T, text=
"""Ford Motor Company announced on Tuesday that it will close its assembly plant in Wixom, Michigan, in the second quarter of 2007, part of a plan to cut up to 30,000 jobs by 2012. The plant, which opened in 1957, builds the Lincoln Town Car and employs about 1,500 workers. Ford had said in January that it would close 14 plants over the next six years but had not named all of them. Workers were told of the decision at a meeting at 2 p.m., shortly after the announcement. "This is terrible news for Wixom and for our families," said Gerald Kariem, a local union official. Ford lost $1.6 billion in its North American operations last year, and its share of the US market fell to 17.4% in February, down from 18.2% a year earlier. The company's chief executive, Bill Ford, said the restructuring would return the North American business to profit by 2008. Ford shares closed 1.3% higher at $7.94 yesterday. General Motors, which plans to close 12 plants by 2008, will offer buyouts to its hourly workers later this month, a company spokesman said today. Both companies have been losing market share to Toyota and Honda, whose newer plants in the southern states have lower labor and health care costs, and analysts expect more closures to be announced.""",
persons=["Gerald Kariem", "Bill Ford"],
dates=[("on Tuesday", prev(T, "Tuesday"), "DATE"), ("the second quarter of 2007", "2007-Q2", "DATE"), ("2012", "2012", "DATE"),
       ("1957", "1957", "DATE"), ("January", "2006-01", "DATE"), ("the next six years", "P6Y", "DURATION"),
       ("2 p.m.", prev(T, "Tuesday") + "T14:00", "TIME"), ("last year", "2005", "DATE"), ("February", "2006-02", "DATE"),
       ("a year earlier", "2005-02", "DATE"), ("2008", "2008", "DATE"), ("yesterday", plus(T, -1), "DATE"), ("2008", "2008", "DATE"),
       ("later this month", "2006-03", "DATE"), ("today", T, "DATE")],
quotes=[("This is terrible news for Wixom and for our families,", "Gerald Kariem")]))

T = "1995-03-09"
A.append(dict(id="m08", title="Commuter plane crash kills 19 near Burbank", dct=T, text=
"""LOS ANGELES (AP) - A commuter plane crashed into a hillside shortly after takeoff from Burbank Airport on Tuesday night, killing all 19 people aboard, authorities said yesterday.
The twin-engine plane, bound for Las Vegas, left the airport at 9:52 p.m. and disappeared from radar shortly afterward, Federal Aviation Administration spokesman Thomas Reilly said. Rescue crews reached the wreckage early Wednesday.
The pilot, Frank Delgado, 41, had flown for the airline for six years. "He was one of our most experienced pilots," said Linda Cho, a spokeswoman for Western Sky Commuter, which operated the flight.
It was the deadliest air crash in Southern California since August 1986, when 82 people died in a collision over Cerritos.
National Transportation Safety Board investigators arrived this morning and will remain at the site for at least a week. The board's chairman, Jim Hall, said a preliminary report would be issued within 30 days.
The airline grounded its two other planes of the same model Wednesday afternoon pending inspections. The flight had been delayed 40 minutes by fog, Reilly said, and the weather had cleared by 9 p.m.
The crash came five days after a Western Sky plane made an emergency landing in Phoenix when one of its engines failed. No one was hurt in that incident.""",
persons=["Thomas Reilly", "Frank Delgado", "Linda Cho", "Jim Hall"],
dates=[("on Tuesday night", prev(T, "Tuesday") + "TNI", "TIME"), ("yesterday", plus(T, -1), "DATE"), ("9:52 p.m.", prev(T, "Tuesday") + "T21:52", "TIME"),
       ("early Wednesday", prev(T, "Wednesday"), "DATE"), ("six years", "P6Y", "DURATION"), ("August 1986", "1986-08", "DATE"),
       ("this morning", T + "TMO", "TIME"), ("at least a week", "P1W", "DURATION"), ("30 days", "P30D", "DURATION"),
       ("Wednesday afternoon", prev(T, "Wednesday") + "TAF", "TIME"), ("40 minutes", "PT40M", "DURATION"),
       ("9 p.m.", prev(T, "Tuesday") + "T21:00", "TIME"), ("five days", "P5D", "DURATION")],
quotes=[("He was one of our most experienced pilots,", "Linda Cho")]))

T = "1998-06-12"
A.append(dict(id="m09", title="Retail sales post first drop in eight months", dct=T, text=
"""WASHINGTON (AP) - Retail sales fell 0.3 percent in May, the first decline in eight months, as Americans cut back on purchases of cars and building materials, the Commerce Department said today.
The drop followed a revised 0.8 percent increase in April and was larger than the 0.1 percent gain that economists had expected. Excluding autos, sales rose 0.2 percent. Compared with May 1997, sales were up 4.8 percent.
"Consumers have been spending at a furious pace since last fall, and some slowdown was bound to come," said Sung Won Sohn, chief economist at Norwest Corp. in Minneapolis.
Separately, the Labor Department said Thursday that new claims for jobless benefits rose by 7,000 last week to 315,000. The unemployment rate, at 4.3 percent in May, is the lowest since 1970.
Federal Reserve Chairman Alan Greenspan, who testifies before Congress next Wednesday, has warned repeatedly over the past year that the labor market is too tight. The Fed's policy committee meets June 30 and July 1 and is widely expected to leave interest rates unchanged, as it has since March 1997.
Stocks were mixed in morning trading. The Dow Jones industrial average was down 12 points at 8,800 at 11:30 a.m. EDT.""",
persons=["Sung Won Sohn", "Alan Greenspan"],
dates=[("May", "1998-05", "DATE"), ("eight months", "P8M", "DURATION"), ("today", T, "DATE"), ("April", "1998-04", "DATE"),
       ("May 1997", "1997-05", "DATE"), ("last fall", "1997-FA", "DATE"), ("Thursday", prev(T, "Thursday"), "DATE"),
       ("last week", week(T, -1), "DATE"), ("May", "1998-05", "DATE", 2), ("1970", "1970", "DATE"), ("next Wednesday", nxt(T, "Wednesday"), "DATE"),
       ("the past year", "P1Y", "DURATION"), ("June 30", "1998-06-30", "DATE"), ("July 1", "1998-07-01", "DATE"), ("March 1997", "1997-03", "DATE"),
       ("morning", T + "TMO", "TIME"), ("11:30 a.m. EDT", T + "T11:30", "TIME")],
quotes=[("Consumers have been spending at a furious pace since last fall, and some slowdown was bound to come,", "Sung Won Sohn")]))

T = "2000-11-09"
A.append(dict(id="m10", title="Florida begins recount in presidential race", dct=T, text=
"""TALLAHASSEE, Fla. (AP) - Florida officials began a machine recount of the presidential vote today, with George W. Bush's lead over Al Gore cut to fewer than 1,800 votes out of nearly 6 million cast on Tuesday.
The recount, required by state law when the margin is less than one-half of 1 percent, must be completed by 5 p.m. Friday, said Clay Roberts, director of the state elections division. Overseas absentee ballots, which could decide the race, will be counted until Nov. 17.
Gore's campaign chairman, William Daley, said this afternoon that the campaign would support legal action by voters in Palm Beach County, where thousands said a confusing ballot led them to vote for the wrong candidate. "The outcome of this election should reflect the will of the people," Daley said.
Bush campaign officials said the vice president's side was trying to "steal the election." The Texas governor spent Wednesday at his ranch near Crawford and met his running mate, Dick Cheney, in Austin.
The networks had first called Florida for Gore at 7:50 p.m. Tuesday, then withdrew the call. At 2:16 a.m. Wednesday, they declared Bush the winner, only to take that back.
It is the closest presidential election since 1876. The Electoral College meets Dec. 18.""",
persons=["George W. Bush", "Al Gore", "Clay Roberts", "William Daley", "Dick Cheney"],
dates=[("today", T, "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("5 p.m.", nxt(T, "Friday") + "T17:00", "TIME"),
       ("Friday", nxt(T, "Friday"), "DATE"), ("Nov. 17", "2000-11-17", "DATE"), ("this afternoon", T + "TAF", "TIME"),
       ("Wednesday", prev(T, "Wednesday"), "DATE"), ("7:50 p.m.", prev(T, "Tuesday") + "T19:50", "TIME"), ("Tuesday", prev(T, "Tuesday"), "DATE", 1),
       ("2:16 a.m.", prev(T, "Wednesday") + "T02:16", "TIME"), ("Wednesday", prev(T, "Wednesday"), "DATE"), ("1876", "1876", "DATE"),
       ("Dec. 18", "2000-12-18", "DATE")],
quotes=[("The outcome of this election should reflect the will of the people,", "William Daley"), ("steal the election.", None)]))

write_set(A, D, "hand-made (NewsLens mixed news set)", words=(150, 400), paragraphs=True)

"""Builds the hand-made Wikinews-style gold files (e*.json) of the date engine's seventh revision: 18 made-up articles
in the style of Wikinews 2005-2013 (politics, courts, disasters, sport, science, business, elections; several with long
backstory paragraphs), written around the date layer's known weak spots as natural text: past scenes that continue
with no new date ("that afternoon", "in the evening"), a day inside a participial clause ("..., arrested on Monday,
..."), a bare clock time after another event's day, "was due to ... on Sunday", "elections in February" / "the third
quarter" after a digression into the previous year, "a day longer than planned", "March 31 this year", a weekday in a
would-clause, "from the first day", month-day dates of the previous year in a January article, "for the third day",
"the past decade", ranges, "earlier this month", "late last year", "the following week", seasons, fiscal periods
(annotated only where the text gives calendar dates, decision 6), ages and numbers that are not dates. Annotated by
the rules of ../shared/eval/README.md (persons, every TIMEX3 with value and type, quotes with speakers). Annotations
name a span by its text and occurrence (in order); offsets are computed and checked here, and every weekday, ISO week
and shifted day is computed from the article's dct by the helpers of goldkit.py, never typed. Written by the dates7 helper
and scored once before any engine change."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []

T = "2006-03-09"
A.append(dict(id="e01", title="Former Lyon treasurer charged with embezzlement", dct=T, text=
"""A court in Lyon today charged a former city treasurer with embezzlement, three days after police detained him at his home. Marc Fournier, arrested on Monday, is accused of moving about 2 million euros of public money into private accounts between 1998 and 2004. Investigators searched the town hall that afternoon and took away computers and boxes of files. On Tuesday his lawyer asked for his release on bail. The judge refused, and Fournier spent another night in custody after being questioned for nine hours. "My client denies everything," said the lawyer, Hélène Brun. Fournier, 57, served as treasurer for 12 years and lives in a flat at 14 rue Garibaldi. The inquiry began late last year, after an audit found gaps of 340,000 euros in the accounts for the 2003 budget. Fournier was due to appear before an investigating judge on Wednesday, but the hearing was moved to this morning. The trial is not expected before the autumn.""",
persons=["Marc Fournier", "Hélène Brun"],
dates=[("today", T, "DATE"), ("three days", "P3D", "DURATION"), ("on Monday", prev(T, "Monday"), "DATE"), ("1998", "1998", "DATE"), ("2004", "2004", "DATE"),
       ("that afternoon", prev(T, "Monday") + "TAF", "TIME"), ("On Tuesday", prev(T, "Tuesday"), "DATE"), ("nine hours", "PT9H", "DURATION"),
       ("12 years", "P12Y", "DURATION"), ("late last year", "2005", "DATE"), ("2003", "2003", "DATE"), ("on Wednesday", prev(T, "Wednesday"), "DATE"),
       ("this morning", T + "TMO", "TIME"), ("the autumn", "2006-FA", "DATE")],
quotes=[("My client denies everything,", "Hélène Brun")]))

T = "2009-01-08"
A.append(dict(id="e02", title="Europe short of gas as Russia-Ukraine dispute deepens", dct=T, text=
"""Bulgaria said today that its factories had been without Russian gas for the third day, after supplies through Ukraine stopped completely yesterday. Gazprom cut deliveries meant for Ukraine on January 1, after talks on a new contract collapsed on December 31. The Russian company had warned on December 19 that it would stop supplies if Kiev did not pay a debt of US$2.1 billion by the end of the year. Ukraine's Naftogaz said it paid $1.5 billion on December 30. A similar dispute in January 2006 cut supplies to Europe for three days. "This is unacceptable," said the Czech prime minister, Mirek Topolánek, whose country holds the rotating presidency of the European Union until the end of June. Schools in Sofia were closed this morning. Slovakia declared a state of emergency on Tuesday night, and its economy ministry said car factories there would stay shut until Friday. EU officials will meet Russian and Ukrainian negotiators in Brussels on Monday. Europe gets about a fifth of its gas through Ukrainian pipelines, and its imports from Russia have grown by 40 percent in the past decade.""",
persons=["Mirek Topolánek"],
dates=[("today", T, "DATE"), ("the third day", T, "DATE"), ("yesterday", plus(T, -1), "DATE"), ("January 1", "2009-01-01", "DATE"),
       ("December 31", "2008-12-31", "DATE"), ("December 19", "2008-12-19", "DATE"), ("the end of the year", "2008", "DATE"),
       ("December 30", "2008-12-30", "DATE"), ("January 2006", "2006-01", "DATE"), ("three days", "P3D", "DURATION"), ("the end of June", "2009-06", "DATE"),
       ("this morning", T + "TMO", "TIME"), ("Tuesday night", prev(T, "Tuesday") + "TNI", "TIME"), ("Friday", nxt(T, "Friday"), "DATE"),
       ("on Monday", nxt(T, "Monday"), "DATE"), ("the past decade", "P10Y", "DURATION")],
quotes=[("This is unacceptable,", "Mirek Topolánek")]))

T = "2012-10-30"
A.append(dict(id="e03", title="Hurricane Sandy floods New York City", dct=T, text=
"""Hurricane Sandy struck the east coast of the United States last night, killing at least 33 people and leaving more than eight million homes without power. The storm, which had killed 69 people in Haiti and Cuba on Thursday, came ashore near Atlantic City, New Jersey, shortly after 20:00 with winds of 130 kilometres per hour. A surge of almost four metres flooded lower Manhattan and seven subway tunnels under the East River. The New York Stock Exchange stayed closed today, its first two-day closure for weather since 1888. Mayor Michael Bloomberg said the subway, which was shut on Sunday evening, could stay closed for four or five days. "This was a devastating storm, maybe the worst that we have ever experienced," Bloomberg said. President Barack Obama declared a major disaster in New York and cancelled campaign stops on Monday and today. Forecasters said the storm would weaken over Pennsylvania tomorrow. The last storm to flood the subway, in 1992, shut parts of it for a week.""",
persons=["Michael Bloomberg", "Barack Obama"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("on Thursday", prev(T, "Thursday"), "DATE"), ("shortly after 20:00", plus(T, -1) + "T20:00", "TIME"),
       ("today", T, "DATE"), ("two-day", "P2D", "DURATION"), ("1888", "1888", "DATE"), ("Sunday evening", prev(T, "Sunday") + "TEV", "TIME"),
       ("four", "P4D", "DURATION"), ("five days", "P5D", "DURATION"), ("on Monday", prev(T, "Monday"), "DATE"), ("today", T, "DATE", 1),
       ("tomorrow", plus(T, 1), "DATE"), ("1992", "1992", "DATE"), ("a week", "P1W", "DURATION")],
quotes=[("This was a devastating storm, maybe the worst that we have ever experienced,", "Michael Bloomberg")]))

T = "2007-06-04"
A.append(dict(id="e04", title="Nadal beats Federer to win third French Open", dct=T, text=
"""Rafael Nadal won the French Open for the third consecutive time yesterday, beating Roger Federer in four sets in Paris. The final, which was due to start at 15:00 on Sunday, began 40 minutes late because of rain. Rain on Thursday and Friday had already pushed back the semi-finals, and organisers had feared the tournament would run a day longer than planned. Nadal, 21, has not lost a match at Roland Garros since his first appearance in 2005, a run of 21 wins. Federer, who won the Australian Open in January and beat Nadal in Hamburg last month, was trying to become the first man since 1969 to hold all four major titles at once. "I played my best tennis," Nadal said. "He is the best player on clay." Federer will now prepare for Wimbledon, which begins on June 25, where he has won the title for the past four years.""",
persons=["Rafael Nadal", "Roger Federer"],
dates=[("yesterday", plus(T, -1), "DATE"), ("15:00", prev(T, "Sunday") + "T15:00", "TIME"), ("on Sunday", prev(T, "Sunday"), "DATE"),
       ("40 minutes", "PT40M", "DURATION"), ("Thursday", prev(T, "Thursday"), "DATE"), ("Friday", prev(T, "Friday"), "DATE"), ("a day", "P1D", "DURATION"),
       ("2005", "2005", "DATE"), ("January", "2007-01", "DATE"), ("last month", "2007-05", "DATE"), ("1969", "1969", "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("June 25", "2007-06-25", "DATE"), ("the past four years", "P4Y", "DURATION")],
quotes=[("I played my best tennis,", "Rafael Nadal"), ("He is the best player on clay.", "Rafael Nadal")]))

T = "2011-02-28"
A.append(dict(id="e05", title="Fine Gael wins Irish election; Fianna Fáil routed", dct=T, text=
"""Fine Gael leader Enda Kenny will become Ireland's next prime minister after his party won 76 of the 166 seats in the general election, the final count showed today. Votes were counted through the weekend. Fianna Fáil, which had governed for 14 years, fell to 20 seats, its worst result since the party was founded in 1926. The party's collapse began in November 2010, when the government accepted an 85 billion euro rescue from the European Union and the International Monetary Fund, and the Green Party, its junior partner, announced that it would leave the coalition. Its leader, Brian Cowen, stepped down as party leader in January and called elections in February. Kenny, 59, is expected to be elected taoiseach when the new parliament meets on March 9. He has promised to renegotiate the interest rate on the rescue loans. "The people have spoken," he said on Saturday. Labour, with 37 seats, is likely to join Fine Gael in a coalition; talks began yesterday and could last for the rest of the week.""",
persons=["Enda Kenny", "Brian Cowen"],
dates=[("today", T, "DATE"), ("the weekend", week(prev(T, "Sunday")) + "-WE", "DATE"), ("14 years", "P14Y", "DURATION"), ("1926", "1926", "DATE"),
       ("November 2010", "2010-11", "DATE"), ("January", "2011-01", "DATE"), ("February", "2011-02", "DATE"), ("March 9", "2011-03-09", "DATE"),
       ("on Saturday", prev(T, "Saturday"), "DATE"), ("yesterday", plus(T, -1), "DATE"), ("the rest of the week", week(T), "DATE")],
quotes=[("The people have spoken,", "Enda Kenny")]))

T = "2008-10-23"
A.append(dict(id="e06", title="Nokia profit falls as phone demand weakens", dct=T, text=
"""Nokia, the world's largest mobile phone maker, said today that its net profit fell 30 percent in the third quarter as demand weakened in Europe. The Finnish company sold 117.8 million handsets in the three months to September 30. Chief executive Olli-Pekka Kallasvuo said the market would shrink in the fourth quarter. "We are cautious about the coming months," he told reporters in Espoo. Nokia had a record 2007, when it sold 437 million phones and its shares rose by half. Last year it also agreed to buy the maps company Navteq for 5.7 billion euros, and it opened a factory in Romania. Its share of the world market fell to 38 percent in the third quarter from 40 percent in the second quarter. Nokia's shares fell 5 percent in Helsinki this afternoon, to their lowest close since 2004. The company will report its full-year results on January 22.""",
persons=["Olli-Pekka Kallasvuo"],
dates=[("today", T, "DATE"), ("the third quarter", "2008-Q3", "DATE"), ("the three months", "P3M", "DURATION"), ("September 30", "2008-09-30", "DATE"),
       ("the fourth quarter", "2008-Q4", "DATE"), ("the coming months", "FUTURE_REF", "DATE"), ("2007", "2007", "DATE"), ("Last year", "2007", "DATE"),
       ("the third quarter", "2008-Q3", "DATE", 1), ("the second quarter", "2008-Q2", "DATE"), ("this afternoon", T + "TAF", "TIME"), ("2004", "2004", "DATE"),
       ("January 22", "2009-01-22", "DATE")],
quotes=[("We are cautious about the coming months,", "Olli-Pekka Kallasvuo")]))

T = "2010-01-13"
A.append(dict(id="e07", title="Powerful earthquake devastates Haiti", dct=T, text=
"""A magnitude 7.0 earthquake struck Haiti yesterday afternoon, destroying much of the capital, Port-au-Prince, and killing thousands of people, the Red Cross said today. The quake hit at 16:53 local time, about 15 kilometres south-west of the city, and was followed by at least 30 aftershocks through the night. The presidential palace and the cathedral collapsed. President René Préval said he had seen bodies in the streets. "Parliament has collapsed. Schools have collapsed," he told a reporter. The head of the United Nations mission, Hédi Annabi, who had met government officials on December 28 to discuss the mission's future, was missing. Haiti, the poorest country in the Americas, was still recovering from four storms in August and September 2008, which killed about 800 people. The United States said rescue teams were due to arrive on Thursday. The last earthquake of this size in the region struck in 1770, more than 200 years ago.""",
persons=["René Préval", "Hédi Annabi"],
dates=[("yesterday afternoon", plus(T, -1) + "TAF", "TIME"), ("today", T, "DATE"), ("16:53", plus(T, -1) + "T16:53", "TIME"), ("the night", plus(T, -1) + "TNI", "TIME"),
       ("December 28", "2009-12-28", "DATE"), ("August", "2008-08", "DATE"), ("September 2008", "2008-09", "DATE"), ("on Thursday", nxt(T, "Thursday"), "DATE"),
       ("1770", "1770", "DATE"), ("more than 200 years ago", "1810", "DATE")],
quotes=[("Parliament has collapsed. Schools have collapsed,", "René Préval")]))

T = "2013-03-15"
A.append(dict(id="e08", title="CERN physicists say new particle looks like Higgs boson", dct=T, text=
"""Physicists at CERN said yesterday that the particle found at the Large Hadron Collider last July is very probably a Higgs boson, the particle proposed by Peter Higgs and others in 1964. "It is looking more and more like a Higgs," said Joe Incandela, a spokesman for one of the two main experiments. The new results, presented at a conference in the Italian Alps on Thursday, use all the data taken in 2011 and 2012, two and a half times as much as was available in the summer. The collider was switched off on February 14 for an upgrade that will last about two years, and it is due to restart in early 2015 at almost double its energy. From the first day of the shutdown, some 1,000 engineers have been working in the 27-kilometre tunnel. The two teams plan to publish their papers by March 31 this year. Higgs, 83, said he was delighted.""",
persons=["Peter Higgs", "Joe Incandela"],
dates=[("yesterday", plus(T, -1), "DATE"), ("last July", "2012-07", "DATE"), ("1964", "1964", "DATE"), ("on Thursday", prev(T, "Thursday"), "DATE"),
       ("2011", "2011", "DATE"), ("2012", "2012", "DATE"), ("the summer", "2012-SU", "DATE"), ("February 14", "2013-02-14", "DATE"),
       ("about two years", "P2Y", "DURATION"), ("early 2015", "2015", "DATE"), ("the first day", "2013-02-14", "DATE"), ("March 31", "2013-03-31", "DATE"),
       ("this year", "2013", "DATE")],
quotes=[("It is looking more and more like a Higgs,", "Joe Incandela")]))

T = "2005-07-08"
A.append(dict(id="e09", title="London bombings: death toll passes 50", dct=T, text=
"""Police said today that more than 50 people were killed when four bombs exploded on three Underground trains and a bus in central London yesterday morning. The first three blasts happened within 50 seconds of each other at about 08:50. The fourth bomb destroyed the top deck of a number 30 bus in Tavistock Square at 09:47. Emergency services treated more than 700 people. Prime Minister Tony Blair, who was hosting the G8 summit at Gleneagles in Scotland, returned to London in the afternoon and called the attacks "barbaric". He flew back to the summit in the evening. London had won the right to host the 2012 Olympic Games on Wednesday. Most of the Underground stayed closed today, but buses have run since this morning. The Metropolitan Police commissioner, Sir Ian Blair, appointed in February, said it was too early to say who was responsible. The G8 leaders will end their meeting as planned this afternoon.""",
persons=["Tony Blair", "Ian Blair"],
dates=[("today", T, "DATE"), ("yesterday morning", plus(T, -1) + "TMO", "TIME"), ("50 seconds", "PT50S", "DURATION"), ("about 08:50", plus(T, -1) + "T08:50", "TIME"),
       ("09:47", plus(T, -1) + "T09:47", "TIME"), ("the afternoon", plus(T, -1) + "TAF", "TIME"), ("the evening", plus(T, -1) + "TEV", "TIME"),
       ("2012", "2012", "DATE"), ("on Wednesday", prev(T, "Wednesday"), "DATE"), ("today", T, "DATE", 1), ("this morning", T + "TMO", "TIME"),
       ("February", "2005-02", "DATE"), ("this afternoon", T + "TAF", "TIME")],
quotes=[("barbaric", "Tony Blair")]))

T = "2006-07-17"
A.append(dict(id="e10", title="Former energy trader sentenced to 12 years", dct=T, text=
"""A federal judge in Houston today sentenced former energy trader Thomas Reyes to 12 years in prison for his part in a scheme to drive up electricity prices in California in 2000 and 2001. Reyes, 44, was convicted on March 10 after a six-week trial. The jury had deliberated for four days; the following week, his lawyers asked for a new trial, and the judge rejected that request in May. At today's hearing Reyes apologised to the court. "I made terrible mistakes, and I am sorry," he said. His lawyer, Dana Whitfield, said he would report to prison on September 1 and would appeal. Prosecutors had asked for 20 years. Reyes would have been sentenced on Friday, but the hearing was moved after the judge fell ill. The case is one of the last from the California energy crisis, which caused blackouts in the summer of 2000 and early 2001 and cost the state an estimated $40 billion.""",
persons=["Thomas Reyes", "Dana Whitfield"],
dates=[("today", T, "DATE"), ("12 years", "P12Y", "DURATION"), ("2000", "2000", "DATE"), ("2001", "2001", "DATE"), ("March 10", "2006-03-10", "DATE"),
       ("six-week", "P6W", "DURATION"), ("four days", "P4D", "DURATION"), ("the following week", week("2006-03-10", 1), "DATE"), ("May", "2006-05", "DATE"),
       ("today", T, "DATE", 1), ("September 1", "2006-09-01", "DATE"), ("20 years", "P20Y", "DURATION"), ("on Friday", prev(T, "Friday"), "DATE"),
       ("the summer of 2000", "2000-SU", "DATE"), ("early 2001", "2001", "DATE")],
quotes=[("I made terrible mistakes, and I am sorry,", "Thomas Reyes")]))

T = "2012-08-06"
A.append(dict(id="e11", title="Murray wins Olympic gold as Britain's medal haul grows", dct=T, text=
"""Britain won two more gold medals at the London Olympics yesterday, and Andy Murray beat Roger Federer in the men's tennis final at Wimbledon, in a rematch of the Wimbledon final in July. "This is the biggest win of my life," said Murray, 25. On Saturday evening Jessica Ennis, Greg Rutherford and Mo Farah had won three athletics titles in less than an hour in front of 80,000 people. The Games, which opened on July 27, end next Sunday. Britain has 22 gold medals so far, already more than the 19 it won in Beijing in 2008. The track cycling events finish tomorrow. The team's performance director said funding for the next four years would be decided in the autumn, and that the team would name its squad for the Paralympics on Thursday.""",
persons=["Andy Murray", "Roger Federer", "Jessica Ennis", "Greg Rutherford", "Mo Farah"],
dates=[("yesterday", plus(T, -1), "DATE"), ("July", "2012-07", "DATE"), ("Saturday evening", prev(T, "Saturday") + "TEV", "TIME"),
       ("less than an hour", "PT1H", "DURATION"), ("July 27", "2012-07-27", "DATE"), ("next Sunday", nxt(T, "Sunday"), "DATE"), ("2008", "2008", "DATE"),
       ("tomorrow", plus(T, 1), "DATE"), ("the next four years", "P4Y", "DURATION"), ("the autumn", "2012-FA", "DATE"), ("on Thursday", nxt(T, "Thursday"), "DATE")],
quotes=[("This is the biggest win of my life,", "Andy Murray")]))

T = "2009-04-22"
A.append(dict(id="e12", title="South Africa votes; Zuma expected to become president", dct=T, text=
"""South Africans vote today in a general election that is expected to give the African National Congress a fourth consecutive victory and make its leader, Jacob Zuma, president. Polls opened at 07:00 and will close at 21:00. Zuma, 67, was freed of corruption charges earlier this month, when prosecutors dropped the case on April 6, citing political interference. The ANC forced President Thabo Mbeki to resign late last year, and a group of former members formed a new party, the Congress of the People, in December. Kgalema Motlanthe has been interim president since September. Results are expected by Saturday. "We are confident," Zuma told supporters on Sunday. Some 23 million people registered to vote, the most since the first all-race elections in 1994. The new parliament will elect the president on May 6, and the inauguration is due three days later.""",
persons=["Jacob Zuma", "Thabo Mbeki", "Kgalema Motlanthe"],
dates=[("today", T, "DATE"), ("07:00", T + "T07:00", "TIME"), ("21:00", T + "T21:00", "TIME"), ("earlier this month", "2009-04", "DATE"),
       ("April 6", "2009-04-06", "DATE"), ("late last year", "2008", "DATE"), ("December", "2008-12", "DATE"), ("September", "2008-09", "DATE"),
       ("Saturday", nxt(T, "Saturday"), "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"), ("1994", "1994", "DATE"), ("May 6", "2009-05-06", "DATE"),
       ("three days later", "2009-05-09", "DATE")],
quotes=[("We are confident,", "Jacob Zuma")]))

T = "2011-03-14"
A.append(dict(id="e13", title="Second explosion at Fukushima nuclear plant", dct=T, text=
"""A second explosion hit the Fukushima Daiichi nuclear plant this morning, three days after the strongest earthquake in Japan's recorded history. The blast, at 11:01, blew the roof off the building around the No. 3 reactor; a similar explosion had destroyed the No. 1 building on Saturday afternoon. The magnitude 9.0 quake struck off the north-east coast at 14:46 on Friday, and a tsunami up to ten metres high reached the coast within about 30 minutes. Police said today that more than 1,800 people were confirmed dead. Prime Minister Naoto Kan said on Sunday night that it was the country's toughest crisis since the Second World War. "Japan will recover," he said. Tokyo Electric Power, the plant's operator, began rolling power cuts today that will last until the end of April. The Bank of Japan put a record 15 trillion yen into the markets, and the Nikkei index fell 6 percent. Japan last suffered a disaster of this scale in 1923, when the Great Kanto earthquake killed more than 100,000 people in Tokyo. In 1995, a quake in Kobe killed 6,400.""",
persons=["Naoto Kan"],
dates=[("this morning", T + "TMO", "TIME"), ("three days", "P3D", "DURATION"), ("11:01", T + "T11:01", "TIME"), ("Saturday afternoon", prev(T, "Saturday") + "TAF", "TIME"),
       ("14:46", prev(T, "Friday") + "T14:46", "TIME"), ("on Friday", prev(T, "Friday"), "DATE"), ("about 30 minutes", "PT30M", "DURATION"), ("today", T, "DATE"),
       ("Sunday night", prev(T, "Sunday") + "TNI", "TIME"), ("today", T, "DATE", 1), ("the end of April", "2011-04", "DATE"), ("1923", "1923", "DATE"), ("1995", "1995", "DATE")],
quotes=[("Japan will recover,", "Naoto Kan")]))

T = "2007-11-26"
A.append(dict(id="e14", title="Rudd to be sworn in as Australian prime minister", dct=T, text=
"""Kevin Rudd will be sworn in as Australia's 26th prime minister next week, after his Labor Party won a clear victory in the federal election on Saturday. John Howard, who had led the country for more than 11 years, conceded defeat at 22:30 on Saturday night and is likely to lose his own seat of Bennelong, a first for a sitting prime minister since 1929. Rudd, 50, said yesterday that ratifying the Kyoto Protocol would be his first act and that he would fly to the climate conference in Bali on Monday. "I will be a prime minister for all Australians," he said. Howard became prime minister in March 1996 and won four elections. His treasurer, Peter Costello, announced on Sunday that he would not seek the Liberal leadership, and the party will choose a new leader on Thursday. Counting will continue for the rest of the week. The new parliament is expected to sit in February.""",
persons=["Kevin Rudd", "John Howard", "Peter Costello"],
dates=[("next week", week(T, 1), "DATE"), ("on Saturday", prev(T, "Saturday"), "DATE"), ("more than 11 years", "P11Y", "DURATION"),
       ("22:30", prev(T, "Saturday") + "T22:30", "TIME"), ("Saturday night", prev(T, "Saturday") + "TNI", "TIME"), ("1929", "1929", "DATE"),
       ("yesterday", plus(T, -1), "DATE"), ("on Monday", nxt(prev(T, "Sunday"), "Monday"), "DATE"), ("March 1996", "1996-03", "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"),
       ("on Thursday", nxt(T, "Thursday"), "DATE"), ("the rest of the week", week(T), "DATE"), ("February", "2008-02", "DATE")],
quotes=[("I will be a prime minister for all Australians,", "Kevin Rudd")]))

T = "2013-05-20"
A.append(dict(id="e15", title="Sharp reports record loss, plans more job cuts", dct=T, text=
"""Japanese electronics maker Sharp said today that it lost 545 billion yen in the financial year that ended on March 31, its second annual loss in a row, and that it would cut 5,000 more jobs by the end of 2014. Sharp had forecast a loss of 450 billion yen in February. The company, founded in 1912, was rescued by its banks last September with loans of 360 billion yen. In the last financial quarter, sales of its liquid crystal displays rose 20 percent. Chief executive Takashi Okuda, who took over in June 2012, will step down next month. "We need a new start," Okuda told reporters in Osaka this afternoon. Sharp expects to return to profit in the current financial year. Its shares have fallen 60 percent in the past two years, although they rose 3 percent on Friday ahead of the results.""",
persons=["Takashi Okuda"],
dates=[("today", T, "DATE"), ("March 31", "2013-03-31", "DATE"), ("annual", "P1Y", "DURATION"), ("the end of 2014", "2014", "DATE"), ("February", "2013-02", "DATE"),
       ("1912", "1912", "DATE"), ("last September", "2012-09", "DATE"), ("June 2012", "2012-06", "DATE"), ("next month", "2013-06", "DATE"),
       ("this afternoon", T + "TAF", "TIME"), ("the past two years", "P2Y", "DURATION"), ("on Friday", prev(T, "Friday"), "DATE")],
quotes=[("We need a new start,", "Takashi Okuda")]))

T = "2008-02-19"
A.append(dict(id="e16", title="Fidel Castro steps down as Cuba's president", dct=T, text=
"""Fidel Castro announced today that he will not accept another term as Cuba's president, ending nearly 50 years in power. In a letter published in the Communist Party newspaper Granma, the 81-year-old said he would not "aspire to nor accept" the posts of president and commander in chief when the National Assembly meets on Sunday. Castro has not been seen in public since July 2006, when he underwent intestinal surgery and handed power temporarily to his brother, Raúl Castro. He took power in January 1959, after his guerrilla army forced out the dictator Fulgencio Batista, who had fled the island on New Year's Day. In April 1961, Cuban exiles backed by the CIA landed at the Bay of Pigs; the invasion collapsed within three days. The following year, the Cuban missile crisis brought the world close to nuclear war. In the 1990s, after the collapse of the Soviet Union, Cuba's economy shrank by a third. Raúl, 76, is expected to be chosen as president. US President George W. Bush said in Rwanda this morning that the change should lead to free elections. Castro's health has improved since the autumn, officials said last week.""",
persons=["Fidel Castro", "Raúl Castro", "Fulgencio Batista", "George W. Bush"],
dates=[("today", T, "DATE"), ("nearly 50 years", "P50Y", "DURATION"), ("on Sunday", nxt(T, "Sunday"), "DATE"), ("July 2006", "2006-07", "DATE"),
       ("January 1959", "1959-01", "DATE"), ("New Year's Day", "1959-01-01", "DATE"), ("April 1961", "1961-04", "DATE"), ("three days", "P3D", "DURATION"),
       ("The following year", "1962", "DATE"), ("the 1990s", "199", "DATE"), ("this morning", T + "TMO", "TIME"), ("the autumn", "2007-FA", "DATE"),
       ("last week", week(T, -1), "DATE")],
quotes=[("aspire to nor accept", "Fidel Castro")]))

T = "2010-11-30"
A.append(dict(id="e17", title="Climate talks open in Cancún as UN says decade was warmest", dct=T, text=
"""Delegates from more than 190 countries began two weeks of climate talks in Cancún, Mexico, yesterday, hoping to avoid a repeat of last year's meeting in Copenhagen, which ended in disarray on December 19. The World Meteorological Organization said today that 2010 was likely to be among the three warmest years since records began in 1850, and that the past decade was the warmest on record. Temperatures from January to October were 0.55 degrees Celsius above the 1961-1990 average. Christiana Figueres, the UN's climate chief, told reporters that a full treaty was unlikely before 2011. "We cannot afford another failure," she said. Environment ministers will arrive on December 7 for the last part of the talks. The first commitment period of the Kyoto Protocol ends in 2012, and talks on what should replace it have gone on since late 2007.""",
persons=["Christiana Figueres"],
dates=[("two weeks", "P2W", "DURATION"), ("yesterday", plus(T, -1), "DATE"), ("last year", "2009", "DATE"), ("December 19", "2009-12-19", "DATE"),
       ("today", T, "DATE"), ("2010", "2010", "DATE"), ("1850", "1850", "DATE"), ("the past decade", "P10Y", "DURATION"), ("January", "2010-01", "DATE"),
       ("October", "2010-10", "DATE"), ("1961", "1961", "DATE"), ("1990", "1990", "DATE"), ("2011", "2011", "DATE"), ("December 7", "2010-12-07", "DATE"),
       ("2012", "2012", "DATE"), ("late 2007", "2007", "DATE")],
quotes=[("We cannot afford another failure,", "Christiana Figueres")]))

T = "2006-09-20"
A.append(dict(id="e18", title="Thai army seizes power while prime minister is abroad", dct=T, text=
"""Thailand's army seized power in a bloodless coup last night while Prime Minister Thaksin Shinawatra was in New York for the United Nations General Assembly. Tanks rolled into Bangkok shortly after 21:00 and surrounded Government House. Thaksin, who declared a state of emergency by telephone, was removed from office. Army chief Sonthi Boonyaratglin said on television this morning that the military would hand power to a civilian government within two weeks and hold elections by October 2007. "The situation is under control," Sonthi said. Thaksin had won a general election in April, but the result was annulled by the courts in May after an opposition boycott, and a new vote had been set for October 15. Schools and banks were closed today. King Bhumibol Adulyadej, who has reigned since 1946, is expected to endorse the coup leaders. It is Thailand's 18th coup or attempted coup since 1932; the last was in February 1991.""",
persons=["Thaksin Shinawatra", "Sonthi Boonyaratglin", "Bhumibol Adulyadej"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("shortly after 21:00", plus(T, -1) + "T21:00", "TIME"), ("this morning", T + "TMO", "TIME"),
       ("two weeks", "P2W", "DURATION"), ("October 2007", "2007-10", "DATE"), ("April", "2006-04", "DATE"), ("May", "2006-05", "DATE"),
       ("October 15", "2006-10-15", "DATE"), ("today", T, "DATE"), ("1946", "1946", "DATE"), ("1932", "1932", "DATE"), ("February 1991", "1991-02", "DATE")],
quotes=[("The situation is under control,", "Sonthi Boonyaratglin")]))

write_set(A, D, "hand-made (NewsLens Wikinews-style date set 3)", words=(120, 400))

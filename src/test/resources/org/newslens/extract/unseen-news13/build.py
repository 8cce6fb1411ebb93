"""Builds the hand-made news gold files (t*.json) of the date engine's sixth revision: 12 made-up articles, 6 in the
style of 2013 wire and broadcaster news (AP, Reuters, BBC, NYT: a bank rescue, a factory collapse, a coup, an
insider-trading trial, a typhoon, central banks) and 6 in the style of Wikinews 2005-2013 (a change of prime
minister, an ash cloud, a party congress, the end of an Olympics, an election dispute, a papal resignation), written
to be as hard as real news for dates: background paragraphs that jump to past years and back, past scenes left with
no signal, "that afternoon"/"that day" after a digression, "early the next morning", "through the night",
"overnight", "this morning"/"tonight", "ten years ago this month", "the past five years", "in the coming weeks",
weekdays in past and future clauses and in reported speech, the weekend, seasons, quarters, ranges, durations,
times written apart from their day. Annotated by the rules of ../shared/eval/README.md (persons, every TIMEX3 with
value and type, quotes with speakers). Annotations name a span by its text and occurrence (in order); offsets are
computed and checked here, and every weekday, ISO week and shifted day is computed from the article's dct by the
helpers below, never typed. Written by the dates5 helper and scored once before any engine change."""
import json, os
from datetime import date, timedelta
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
def plus(dct, n): return (_d(dct) + timedelta(days=n)).isoformat()
def week(dct, n=0):
    y, w, _ = (_d(dct) + timedelta(weeks=n)).isocalendar(); return "%d-W%02d" % (y, w)
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []

# ---------------------------------------------------------------- 2013 wire / broadcaster style
T = "2013-03-18"
A.append(dict(id="t01", title="Cyprus delays vote on bank deposit levy", dct=T, text=
"""Cyprus postponed a parliamentary vote on a tax on bank deposits until Tuesday, as anger grew over the terms of a 10 billion euro rescue agreed with euro zone finance ministers in Brussels on Saturday morning. Banks will stay closed until Thursday, a day longer than planned, the finance ministry said today. President Nicos Anastasiades, who took office less than three weeks ago, said in a televised address on Sunday that he had been given a choice between the levy and the collapse of the country's two largest banks. "We had to choose the lesser evil," he said. The tax of 6.75 percent on deposits under 100,000 euros and 9.9 percent above that was due to be approved by lawmakers on Sunday, but the vote was delayed twice. Cyprus applied for aid last June, after its banks lost about 4.5 billion euros on Greek bonds written down in 2012. Talks dragged on for nine months, held up by elections in February. The island's economy shrank 2.4 percent last year and is expected to contract by at least 3.5 percent in 2013. European stock markets fell more than 1 percent this morning, and the euro dropped to a three-month low against the dollar. German Finance Minister Wolfgang Schaeuble said the deal had been the only way to spread the burden. The European Central Bank said it would provide liquidity "as needed" in the coming days. Cyprus joined the euro zone in January 2008, four years after it joined the European Union. Russian President Vladimir Putin called the levy "unfair, unprofessional and dangerous", according to a Kremlin spokesman.""",
persons=["Nicos Anastasiades", "Wolfgang Schaeuble", "Vladimir Putin"],
dates=[("Tuesday", nxt(T, "Tuesday"), "DATE"), ("Saturday morning", prev(T, "Saturday") + "TMO", "TIME"), ("Thursday", nxt(T, "Thursday"), "DATE"),
       ("a day", "P1D", "DURATION"), ("today", T, "DATE"), ("less than three weeks ago", week(T, -3), "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("last June", "2012-06", "DATE"), ("2012", "2012", "DATE"), ("nine months", "P9M", "DURATION"),
       ("February", "2013-02", "DATE"), ("last year", "2012", "DATE"), ("2013", "2013", "DATE"), ("this morning", T + "TMO", "TIME"),
       ("three-month", "P3M", "DURATION"), ("the coming days", "FUTURE_REF", "DATE"), ("January 2008", "2008-01", "DATE"),
       ("four years", "P4Y", "DURATION")],
quotes=[("We had to choose the lesser evil,", "Nicos Anastasiades"), ("as needed", "European Central Bank"),
        ("unfair, unprofessional and dangerous", "Vladimir Putin")]))

T = "2013-04-25"
A.append(dict(id="t02", title="Death toll rises in Bangladesh factory building collapse", dct=T, text=
"""Rescuers pulled more than 40 survivors from the rubble of a collapsed garment factory building outside Dhaka overnight, as the death toll rose to 194 this morning. The eight-storey Rana Plaza building in Savar gave way shortly before 09:00 on Wednesday, minutes after thousands of workers had started their shifts. Cracks had appeared in the walls on Tuesday, and police had ordered the building evacuated that afternoon, but factory managers told workers to return the next day. "They said the building was safe," said Rehana Akter, 22, a sewing machine operator who was rescued late last night. Prime Minister Sheikh Hasina told parliament yesterday that the owner would be punished. Firefighters worked through the night with cranes and bare hands. Bangladesh has about 4,500 garment factories, which employ some four million people and earned $19 billion in exports last year. In November, a fire at the Tazreen Fashions factory killed 112 workers. Labour groups have warned for years that many factories were built without permits. The building's owner, a local politician, had added three illegal floors in 2010, according to the city's development authority. It was the country's worst industrial disaster since the collapse of another factory in Savar in April 2005, which killed 64 people. Western retailers whose clothes were made in the building said they would investigate. The army said the rescue would continue for at least two more days. Garment workers in the capital walked out of factories today in protest and are planning a larger demonstration on Sunday.""",
persons=["Rehana Akter", "Sheikh Hasina"],
dates=[("overnight", plus(T, -1) + "TNI", "TIME"), ("this morning", T + "TMO", "TIME"), ("shortly before 09:00", plus(T, -1) + "T09:00", "TIME"),
       ("on Wednesday", prev(T, "Wednesday"), "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("that afternoon", prev(T, "Tuesday") + "TAF", "TIME"),
       ("the next day", prev(T, "Wednesday"), "DATE"), ("late last night", plus(T, -1) + "TNI", "TIME"), ("yesterday", plus(T, -1), "DATE"),
       ("the night", plus(T, -1) + "TNI", "TIME"), ("last year", "2012", "DATE"), ("November", "2012-11", "DATE"), ("2010", "2010", "DATE"), ("April 2005", "2005-04", "DATE"),
       ("at least two more days", "P2D", "DURATION"), ("today", T, "DATE"), ("on Sunday", nxt(T, "Sunday"), "DATE")],
quotes=[("They said the building was safe,", "Rehana Akter")]))

T = "2013-07-04"
A.append(dict(id="t03", title="Egypt's army removes President Morsi", dct=T, text=
"""Egypt's army removed President Mohammed Morsi from power last night and suspended the constitution, a year after he became the country's first freely elected leader. The head of the armed forces, General Abdul Fattah al-Sisi, announced on state television shortly after 21:00 local time that the chief justice of the constitutional court, Adly Mansour, would lead the country until new elections. Mr Mansour was sworn in this morning. Crowds in Cairo's Tahrir Square celebrated through the night. The army had given Mr Morsi 48 hours on Monday to meet the demands of the millions of protesters who took to the streets on Sunday to call for his resignation. He refused, saying in a speech on Tuesday night that he was the legitimate president. "The army will not be a party to politics," Gen Sisi said. Mr Morsi's Muslim Brotherhood, which won parliamentary elections in late 2011 and early 2012, called the move a military coup and urged its supporters to stay in the streets. At least 14 people were killed in clashes overnight, officials said. Mr Morsi is being held by the military, and arrest warrants were issued today for some 300 members of the Brotherhood. Mr Morsi, a former engineering professor, had been in office since June 2012. The United States, which gives Egypt $1.3bn in military aid each year, said it was deeply concerned. Hosni Mubarak, who ruled Egypt for nearly 30 years, was ousted in February 2011 after 18 days of protests. Mr Mansour is expected to name an interim government in the coming weeks.""",
persons=["Mohammed Morsi", "Abdul Fattah al-Sisi", "Adly Mansour", "Hosni Mubarak"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("a year", "P1Y", "DURATION"), ("shortly after 21:00", plus(T, -1) + "T21:00", "TIME"),
       ("this morning", T + "TMO", "TIME"), ("the night", plus(T, -1) + "TNI", "TIME"), ("48 hours", "PT48H", "DURATION"),
       ("on Monday", prev(T, "Monday"), "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"), ("Tuesday night", prev(T, "Tuesday") + "TNI", "TIME"),
       ("late 2011", "2011", "DATE"), ("early 2012", "2012", "DATE"), ("overnight", plus(T, -1) + "TNI", "TIME"), ("today", T, "DATE"), ("June 2012", "2012-06", "DATE"),
       ("each year", "P1Y", "SET"), ("nearly 30 years", "P30Y", "DURATION"), ("February 2011", "2011-02", "DATE"), ("18 days", "P18D", "DURATION"),
       ("the coming weeks", "FUTURE_REF", "DATE")],
quotes=[("The army will not be a party to politics,", "Abdul Fattah al-Sisi")]))

T = "2013-09-11"
A.append(dict(id="t04", title="Former fund manager convicted of insider trading", dct=T, text=
"""A federal jury in Manhattan convicted a former portfolio manager on Tuesday of insider trading, after deliberating for less than two days. Prosecutors said the trader, Daniel Kessler, 41, made $27 million for his fund in the summer of 2008 by trading on secret information about two drug companies' clinical trials. The trial, which began on August 19, was the latest in a series of cases that have produced 79 convictions since 2009. Regulators brought 58 such cases in 2012 alone, up from 37 five years earlier. Mr. Kessler, who faces up to 20 years in prison, will be sentenced on January 14. His lawyer, Marcia Fenton, said he would appeal. "We respect the verdict, but we believe the jury got it wrong," she said outside the courthouse. Jurors heard three weeks of testimony, including two days from a doctor who admitted passing him results weeks before they were published. The doctor pleaded guilty in April and testified in exchange for leniency. Mr. Kessler's former employer agreed in March to pay $600 million to settle civil charges, the largest such settlement ever. The United States attorney, Preet Bharara, said in a statement last night that the verdict sent a clear message. His office has also charged the firm's founder, who is due in court next month. Shares of the fund's parent company fell 3 percent in early trading today. Last year, Mr. Kessler's pay was reported at $5 million. The judge, Richard Sullivan, thanked the jury and dismissed it shortly after 16:00.""",
persons=["Daniel Kessler", "Marcia Fenton", "Preet Bharara", "Richard Sullivan"],
dates=[("on Tuesday", prev(T, "Tuesday"), "DATE"), ("less than two days", "P2D", "DURATION"), ("the summer of 2008", "2008-SU", "DATE"),
       ("August 19", "2013-08-19", "DATE"), ("2009", "2009", "DATE"), ("2012", "2012", "DATE"), ("five years earlier", "2007", "DATE"), ("20 years", "P20Y", "DURATION"), ("January 14", "2014-01-14", "DATE"),
       ("three weeks", "P3W", "DURATION"), ("two days", "P2D", "DURATION", 1), ("April", "2013-04", "DATE"), ("March", "2013-03", "DATE"),
       ("last night", plus(T, -1) + "TNI", "TIME"), ("next month", "2013-10", "DATE"), ("today", T, "DATE"), ("Last year", "2012", "DATE"),
       ("shortly after 16:00", prev(T, "Tuesday") + "T16:00", "TIME")],
quotes=[("We respect the verdict, but we believe the jury got it wrong,", "Marcia Fenton")]))

T = "2013-11-11"
A.append(dict(id="t05", title="Typhoon death toll could reach 10,000 in Philippines", dct=T, text=
"""The death toll from Typhoon Haiyan could reach 10,000 in the central Philippine province of Leyte alone, a senior police official said today, three days after one of the strongest storms ever recorded swept across the islands. The storm made landfall in Eastern Samar at 04:40 local time on Friday, with winds of up to 315 kilometres per hour, and crossed the country in about 16 hours. In Tacloban, a city of 220,000 people, a storm surge of up to five metres destroyed most buildings. "There is no electricity, no water, nothing," said Alfred Romualdez, the city's mayor. Aid began to arrive yesterday, but many roads remain blocked. President Benigno Aquino declared a state of national calamity this afternoon. He flew to Tacloban on Sunday and promised that the government would restore power within two weeks. The United Nations said it would release $25 million in emergency funds and launch a wider appeal on Tuesday. Rescue teams from Japan, Israel and Britain were due to arrive by Wednesday. Haiyan, known locally as Yolanda, weakened as it moved over the South China Sea and hit northern Vietnam early this morning, where 600,000 people had been evacuated over the weekend. The Philippines is struck by about 20 typhoons a year. The deadliest storm in its recent history, Tropical Storm Thelma, killed more than 5,000 people in 1991. Last December, Typhoon Bopha killed about 1,100 people on the southern island of Mindanao. Weather officials warned that another storm could reach the region by the end of the week.""",
persons=["Alfred Romualdez", "Benigno Aquino"],
dates=[("today", T, "DATE"), ("three days", "P3D", "DURATION"), ("04:40", prev(T, "Friday") + "T04:40", "TIME"), ("on Friday", prev(T, "Friday"), "DATE"),
       ("about 16 hours", "PT16H", "DURATION"), ("yesterday", plus(T, -1), "DATE"), ("this afternoon", T + "TAF", "TIME"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("two weeks", "P2W", "DURATION"), ("on Tuesday", nxt(T, "Tuesday"), "DATE"), ("Wednesday", nxt(T, "Wednesday"), "DATE"),
       ("early this morning", T + "TMO", "TIME"), ("the weekend", week(prev(T, "Sunday")) + "-WE", "DATE"), ("a year", "P1Y", "SET"),
       ("1991", "1991", "DATE"), ("Last December", "2012-12", "DATE"), ("the end of the week", week(T), "DATE")],
quotes=[("There is no electricity, no water, nothing,", "Alfred Romualdez")]))

T = "2013-05-02"
A.append(dict(id="t06", title="ECB cuts interest rate to record low", dct=T, text=
"""The European Central Bank cut its main interest rate to a record low of 0.5 percent today, its first cut in ten months, as unemployment in the 17 countries that use the euro reached 12.1 percent in March. Inflation in the euro zone fell to 1.2 percent in April, well below the bank's target of just under 2 percent. ECB President Mario Draghi told reporters in Bratislava that the bank was ready to act again "if needed" and that the economy would recover only gradually later this year. The bank last lowered the rate in July 2012, and it has held it at 0.75 percent since then. On Wednesday, the US Federal Reserve said it would keep buying $85 billion in bonds every month and could increase the purchases if the job market weakened. Fed Chairman Ben Bernanke, whose second four-year term ends in January, has kept short-term rates near zero since December 2008. The US Labor Department will release its April employment report tomorrow; economists expect it to show that employers added about 145,000 jobs last month. Stock markets in Europe rose in the morning but closed lower. "Markets had expected the cut for weeks," said Holger Schmieding, chief economist at Berenberg Bank in London. The euro zone economy has shrunk for five consecutive quarters, and the ECB expects it to contract by 0.5 percent this year before growing by 1 percent in 2014. In the first quarter, Spain's economy shrank 0.5 percent, data showed on Tuesday. Draghi said the bank's next policy meeting would be held on June 6 in Frankfurt.""",
persons=["Mario Draghi", "Ben Bernanke", "Holger Schmieding"],
dates=[("today", T, "DATE"), ("ten months", "P10M", "DURATION"), ("March", "2013-03", "DATE"), ("April", "2013-04", "DATE"), ("later this year", "2013", "DATE"),
       ("July 2012", "2012-07", "DATE"), ("On Wednesday", prev(T, "Wednesday"), "DATE"), ("every month", "P1M", "SET"),
       ("four-year", "P4Y", "DURATION"), ("January", "2014-01", "DATE"), ("December 2008", "2008-12", "DATE"), ("April", "2013-04", "DATE"),
       ("tomorrow", plus(T, 1), "DATE"), ("last month", "2013-04", "DATE"), ("the morning", T + "TMO", "TIME"),
       ("five consecutive quarters", "P5Q", "DURATION"), ("this year", "2013", "DATE", 1), ("2014", "2014", "DATE"),
       ("the first quarter", "2013-Q1", "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("June 6", "2013-06-06", "DATE")],
quotes=[("if needed", "Mario Draghi"), ("Markets had expected the cut for weeks,", "Holger Schmieding")]))

# ---------------------------------------------------------------- Wikinews style, 2005-2013
T = "2007-06-28"
A.append(dict(id="t07", title="Gordon Brown becomes British Prime Minister", dct=T, text=
"""Gordon Brown became Prime Minister of the United Kingdom yesterday, after Tony Blair tendered his resignation to Queen Elizabeth II at Buckingham Palace, ending ten years in office. Brown, who had served as Chancellor of the Exchequer since May 1997, named his new cabinet this morning. Jacqui Smith becomes the first woman to serve as Home Secretary, and Alistair Darling replaces Brown at the Treasury. Blair announced on May 10 that he would step down, and Brown was confirmed as Labour leader at a special conference in Manchester on Sunday, having been the only candidate. Blair answered questions in the House of Commons for the last time yesterday afternoon and received a standing ovation. He has been appointed as a special envoy to the Middle East and is expected to travel to the region in the coming weeks. "This is the start of a new government with new priorities," Brown said in a short speech outside 10 Downing Street. Under Blair, Labour won three general elections in a row, in 1997, 2001 and 2005, but his popularity fell after the 2003 invasion of Iraq. Brown has promised to publish a plan on constitutional reform next week and is expected to face his first Prime Minister's Questions on Wednesday. Polls over the past five years have shown the Conservatives ahead for much of the time. The next general election must be held by June 2010, but commentators have speculated that Brown could call one this autumn. Tonight, Brown will host a reception for Labour members of parliament.""",
persons=["Gordon Brown", "Tony Blair", "Elizabeth II", "Jacqui Smith", "Alistair Darling"],
dates=[("yesterday", plus(T, -1), "DATE"), ("ten years", "P10Y", "DURATION"), ("May 1997", "1997-05", "DATE"), ("this morning", T + "TMO", "TIME"),
       ("May 10", "2007-05-10", "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"), ("yesterday afternoon", plus(T, -1) + "TAF", "TIME"),
       ("the coming weeks", "FUTURE_REF", "DATE"), ("1997", "1997", "DATE", 1), ("2001", "2001", "DATE"), ("2005", "2005", "DATE"),
       ("2003", "2003", "DATE"), ("next week", week(T, 1), "DATE"), ("on Wednesday", nxt(T, "Wednesday"), "DATE"),
       ("the past five years", "P5Y", "DURATION"), ("June 2010", "2010-06", "DATE"), ("this autumn", "2007-FA", "DATE"),
       ("Tonight", T + "TNI", "TIME")],
quotes=[("This is the start of a new government with new priorities,", "Gordon Brown")]))

T = "2010-04-21"
A.append(dict(id="t08", title="European airports reopen after volcanic ash closures", dct=T, text=
"""Airports across northern Europe began to reopen today after six days of closures caused by ash from the Eyjafjallajökull volcano in Iceland, but airlines warned that it would take weeks to clear the backlog of stranded passengers. Britain reopened its airspace at 22:00 last night, and the first flights landed at London Heathrow shortly before midnight. More than 95,000 flights were cancelled between Thursday and Tuesday, and the airline industry lost about US$1.7 billion, the International Air Transport Association said yesterday. The volcano, which had been dormant since 1823, began erupting on March 20, and a second, much larger eruption under the glacier started on April 14. The ash cloud reached British airspace early the next morning. "We have never seen anything like it," said Giovanni Bisignani, the head of IATA. European transport ministers agreed on Monday evening to divide the closed airspace into three zones. The decision followed test flights over the weekend, in which several airlines flew empty aircraft through the ash without damage. The last comparable shutdown of European airspace came after the attacks of September 11, 2001, when transatlantic flights were halted for three days. Passengers stuck abroad were told yesterday that some would not get home until next week. Some scientists warned that the eruption could continue for months, as it did in 1821, when the volcano erupted on and off for more than a year. Katla, a larger volcano nearby, last erupted in 1918. Eurocontrol expects about 28,000 flights in Europe tomorrow, nearly the usual number. British Airways said it would run all long-haul flights from Heathrow by Friday.""",
persons=["Giovanni Bisignani"],
dates=[("today", T, "DATE"), ("six days", "P6D", "DURATION"), ("22:00", plus(T, -1) + "T22:00", "TIME"), ("last night", plus(T, -1) + "TNI", "TIME"),
       ("shortly before midnight", plus(T, -1) + "T24:00", "TIME"), ("Thursday", prev(T, "Thursday"), "DATE"), ("Tuesday", prev(T, "Tuesday"), "DATE"),
       ("yesterday", plus(T, -1), "DATE"), ("1823", "1823", "DATE"), ("March 20", "2010-03-20", "DATE"), ("April 14", "2010-04-14", "DATE"),
       ("early the next morning", "2010-04-15TMO", "TIME"), ("Monday evening", prev(T, "Monday") + "TEV", "TIME"),
       ("the weekend", week(prev(T, "Sunday")) + "-WE", "DATE"), ("September 11, 2001", "2001-09-11", "DATE"), ("three days", "P3D", "DURATION"),
       ("yesterday", plus(T, -1), "DATE"), ("next week", week(T, 1), "DATE"), ("1821", "1821", "DATE"), ("more than a year", "P1Y", "DURATION"),
       ("1918", "1918", "DATE"), ("tomorrow", plus(T, 1), "DATE"), ("Friday", nxt(T, "Friday"), "DATE")],
quotes=[("We have never seen anything like it,", "Giovanni Bisignani")]))

T = "2012-11-08"
A.append(dict(id="t09", title="Chinese Communist Party opens congress to choose new leaders", dct=T, text=
"""The Communist Party of China opened its 18th National Congress in Beijing's Great Hall of the People this morning, a week-long meeting that is expected to name Xi Jinping as the party's new leader. Outgoing General Secretary Hu Jintao, who has led the party since 2002, spoke for about 100 minutes, warning that corruption could be "fatal" to the party. The congress, held every five years, will close on November 14, and the new Politburo Standing Committee is due to be presented to reporters the following day. Xi, 59, is expected to become president at the annual session of the National People's Congress in March. Hu's speech promised to double incomes between 2010 and 2020. The meeting had been delayed for weeks after the scandal surrounding Bo Xilai, the former party chief of Chongqing, who was expelled from the party on September 28. His wife, Gu Kailai, was convicted in August of murdering a British businessman in November 2011. China's economy grew 7.4 percent in the third quarter, its slowest pace in three years, and officials expect growth of about 7.5 percent this year. Security in the capital has been tightened since the weekend, and some taxi passengers were told they could not open their windows. "The whole world is watching us," a delegate from Guangdong told state television on Tuesday. In Washington, Barack Obama won a second term earlier this week; Chinese state media said the two countries' leaders would meet in the coming months. The last leadership change took place ten years ago this month, when Hu replaced Jiang Zemin.""",
persons=["Xi Jinping", "Hu Jintao", "Bo Xilai", "Gu Kailai", "Barack Obama", "Jiang Zemin"],
dates=[("this morning", T + "TMO", "TIME"), ("week-long", "P1W", "DURATION"), ("2002", "2002", "DATE"), ("about 100 minutes", "PT100M", "DURATION"),
       ("every five years", "P5Y", "SET"), ("November 14", "2012-11-14", "DATE"), ("the following day", "2012-11-15", "DATE"),
       ("annual", "P1Y", "SET"), ("March", "2013-03", "DATE"), ("2010", "2010", "DATE"), ("2020", "2020", "DATE"),
       ("September 28", "2012-09-28", "DATE"), ("August", "2012-08", "DATE"), ("November 2011", "2011-11", "DATE"),
       ("the third quarter", "2012-Q3", "DATE"), ("three years", "P3Y", "DURATION"), ("this year", "2012", "DATE"),
       ("the weekend", week(prev(T, "Sunday")) + "-WE", "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"),
       ("earlier this week", week(T), "DATE"), ("the coming months", "FUTURE_REF", "DATE"), ("ten years ago this month", "2002-11", "DATE")],
quotes=[("fatal", "Hu Jintao"), ("The whole world is watching us,", None)]))

T = "2008-08-25"
A.append(dict(id="t10", title="Beijing Olympics close; China tops gold medal table", dct=T, text=
"""The 2008 Summer Olympics closed in Beijing last night with a ceremony watched by 91,000 people in the National Stadium, ending 16 days of competition. The Games had opened on August 8 with a ceremony directed by film-maker Zhang Yimou that lasted about four hours. China finished top of the medal table with 51 gold medals, the first time since 1988 that neither the United States nor the Soviet Union or Russia had won the most. The United States won the most medals overall, 110. American swimmer Michael Phelps won eight gold medals, breaking the record of seven set by Mark Spitz at the 1972 Games in Munich; his last came in the 4x100 metre medley relay on August 17. Jamaican sprinter Usain Bolt won the 100 metres in 9.69 seconds on August 16, and the 200 metres four days later, setting world records in both. "I came here to make history," Bolt said. The flame, lit in Olympia, Greece, on March 24, was extinguished shortly before 22:00. London mayor Boris Johnson received the Olympic flag, and London will host the next Summer Games in 2012. The Beijing organisers spent about US$40 billion over the past seven years, since the city won the right to host the Games in July 2001. The Paralympic Games will open in the same stadium on September 6 and run until September 17. Heavy rain fell on the city through the night, but most visitors left early this morning. The International Olympic Committee will meet again in October to review the Games.""",
persons=["Zhang Yimou", "Michael Phelps", "Mark Spitz", "Usain Bolt", "Boris Johnson"],
dates=[("2008", "2008", "DATE"), ("last night", plus(T, -1) + "TNI", "TIME"), ("16 days", "P16D", "DURATION"), ("August 8", "2008-08-08", "DATE"), ("about four hours", "PT4H", "DURATION"), ("1988", "1988", "DATE"),
       ("1972", "1972", "DATE"), ("August 17", "2008-08-17", "DATE"), ("9.69 seconds", "PT9.69S", "DURATION"), ("August 16", "2008-08-16", "DATE"),
       ("four days later", "2008-08-20", "DATE"), ("March 24", "2008-03-24", "DATE"), ("shortly before 22:00", plus(T, -1) + "T22:00", "TIME"),
       ("2012", "2012", "DATE"), ("the past seven years", "P7Y", "DURATION"), ("July 2001", "2001-07", "DATE"),
       ("September 6", "2008-09-06", "DATE"), ("September 17", "2008-09-17", "DATE"), ("the night", plus(T, -1) + "TNI", "TIME"),
       ("early this morning", T + "TMO", "TIME"), ("October", "2008-10", "DATE")],
quotes=[("I came here to make history,", "Usain Bolt")]))

T = "2009-06-15"
A.append(dict(id="t11", title="Mass protests in Tehran over disputed election", dct=T, text=
"""Hundreds of thousands of supporters of Mir-Hossein Mousavi marched through Tehran today in defiance of a government ban, three days after the presidential election that officials say Mahmoud Ahmadinejad won with 63 percent of the vote. Witnesses said at least one person was shot dead this evening near a militia base. Mousavi, who was prime minister from 1981 to 1989, has called the result a "dangerous charade" and formally appealed to the Guardian Council on Sunday. Supreme Leader Ayatollah Ali Khamenei, who had endorsed the result on Saturday, ordered the council this afternoon to investigate the complaints, a rare move. The Interior Ministry announced the first results about two hours after polls closed at 22:00 on Friday, well before most votes could have been counted. Mousavi's campaign said on Saturday morning that several of its offices had been raided the night before. Turnout was 85 percent, the highest since the 1979 revolution. Ahmadinejad, first elected in 2005, told a news conference yesterday that the vote had been free and fair. "The election was a great victory for the nation," he said. Students clashed with riot police through Saturday night, and mobile phone text messaging has been blocked since the weekend. Foreign journalists were told they could not cover the protests. The Guardian Council said it would announce its decision within ten days. Iran has held ten presidential elections since 1980. Ahmadinejad is due to fly to Russia tomorrow for a regional summit, his first trip abroad since the vote. Opposition groups have called for another rally on Thursday.""",
persons=["Mir-Hossein Mousavi", "Mahmoud Ahmadinejad", "Ali Khamenei"],
dates=[("today", T, "DATE"), ("three days", "P3D", "DURATION"), ("this evening", T + "TEV", "TIME"), ("1981", "1981", "DATE"), ("1989", "1989", "DATE"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("on Saturday", prev(T, "Saturday"), "DATE"), ("this afternoon", T + "TAF", "TIME"),
       ("about two hours", "PT2H", "DURATION"), ("22:00", prev(T, "Friday") + "T22:00", "TIME"), ("on Friday", prev(T, "Friday"), "DATE"),
       ("Saturday morning", prev(T, "Saturday") + "TMO", "TIME"), ("the night before", prev(T, "Friday") + "TNI", "TIME"), ("1979", "1979", "DATE"), ("2005", "2005", "DATE"), ("yesterday", plus(T, -1), "DATE"), ("Saturday night", prev(T, "Saturday") + "TNI", "TIME"),
       ("the weekend", week(prev(T, "Sunday")) + "-WE", "DATE"), ("ten days", "P10D", "DURATION"), ("1980", "1980", "DATE"),
       ("tomorrow", plus(T, 1), "DATE"), ("on Thursday", nxt(T, "Thursday"), "DATE")],
quotes=[("dangerous charade", "Mir-Hossein Mousavi"), ("The election was a great victory for the nation,", "Mahmoud Ahmadinejad")]))

T = "2013-02-12"
A.append(dict(id="t12", title="Pope Benedict XVI to resign at the end of February", dct=T, text=
"""Pope Benedict XVI announced yesterday that he will resign on February 28, becoming the first pope to step down in nearly 600 years. Speaking in Latin to a meeting of cardinals at the Vatican, the 85-year-old said that his strength was no longer adequate to the office. He will leave at 20:00 Rome time that day, the Vatican spokesman, Federico Lombardi, said this morning. The last pope to resign was Gregory XII, who stepped down in 1415 to end a schism. Benedict, born Joseph Ratzinger, was elected on April 19, 2005, two weeks after the death of John Paul II, and was at 78 one of the oldest men chosen in almost 300 years. He had said in a 2010 interview that a pope who was no longer able to do the job had the right, and sometimes the duty, to resign. A conclave to elect his successor is expected to begin in the middle of March, and Lombardi said a new pope could be in place by Easter, which falls on March 31 this year. "The Pope took this decision in full freedom," Lombardi said. Benedict will lead a Mass tomorrow, and he plans to spend the first weeks of his retirement at the papal residence at Castel Gandolfo. The announcement surprised even his closest aides, although his brother, Georg Ratzinger, told reporters that the pope had been considering it for months. Over the past eight years, Benedict has visited 24 countries. Catholics in his native Germany reacted with sadness and respect. Last night, lightning struck the dome of St Peter's Basilica during a storm.""",
persons=["Benedict XVI", "Federico Lombardi", "Gregory XII", "John Paul II", "Georg Ratzinger"],
dates=[("yesterday", plus(T, -1), "DATE"), ("February 28", "2013-02-28", "DATE"), ("nearly 600 years", "P600Y", "DURATION"),
       ("20:00", "2013-02-28T20:00", "TIME"), ("that day", "2013-02-28", "DATE"), ("this morning", T + "TMO", "TIME"), ("1415", "1415", "DATE"),
       ("April 19, 2005", "2005-04-19", "DATE"), ("two weeks", "P2W", "DURATION"), ("almost 300 years", "P300Y", "DURATION"), ("2010", "2010", "DATE"),
       ("the middle of March", "2013-03", "DATE"), ("Easter", "2013-03-31", "DATE"), ("March 31", "2013-03-31", "DATE"),
       ("this year", "2013", "DATE"), ("tomorrow", plus(T, 1), "DATE"), ("the past eight years", "P8Y", "DURATION"),
       ("Last night", plus(T, -1) + "TNI", "TIME")],
quotes=[("The Pope took this decision in full freedom,", "Federico Lombardi")]))

for a in A:
    t = a["text"]; pos = {}
    assert "\n" not in t, a["id"]
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
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    for d, e in zip(dates, dates[1:]): assert d["end"] <= e["start"], (a["id"], d["text"], e["text"])
    for d in dates:  # a date span starts and ends at word boundaries
        assert (d["start"] == 0 or not t[d["start"]-1].isalnum()) and (d["end"] == len(t) or not t[d["end"]].isalnum()), (a["id"], d["text"])
    n = len(t.split()); assert 250 <= n <= 400, (a["id"], n)
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens 2013-news and Wikinews-style date set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("ok", len(A), "articles,", sum(len(a["dates"]) for a in A), "dates,", sum(len(a["persons"]) for a in A), "persons,", sum(len(a["quotes"]) for a in A), "quotes")

"""Builds the hand-made Wikinews-style gold files (d*.json) of the date engine's fourth revision: 20 made-up
articles in the style of Wikinews 2005-2013 (politics, disasters, sport, business, technology), written to be as
hard as real news for dates: background paragraphs that jump to past years and back, month-day without a year for
past and future events, weekdays in past and future clauses and in reported speech, anaphoric "that day", "the
following year", "a year earlier" after a digression, seasons, fiscal quarters with their calendar mapping, names
of events that contain month words, times around midnight after an evening event, periods of a match ("the second
half", "the fourth quarter"), "today"/"now" in quotes, ages, scores and numbers that look like years, ranges,
decades and centuries, durations. Annotated by the rules of ../shared/eval/README.md (persons, every TIMEX3 with
value and type, quotes with speakers). Annotations name a span by its text and occurrence (0-based, in order);
offsets are computed and checked here, and every weekday, ISO week and shifted day is computed from the article's
dct by the helpers of goldkit.py, never typed. Written and scored once before any engine change."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []
T = "2008-11-05"
A.append(dict(id="d01", title="Barack Obama wins US presidential election", dct=T, text=
"""Barack Obama was elected the 44th President of the United States on Tuesday, defeating Republican John McCain in an election that drew the largest turnout in four decades. Obama, 47, will be sworn in on January 20. Speaking to a crowd of about 240,000 people in Chicago's Grant Park shortly before midnight, he said that "change has come to America". McCain had conceded at about 23:00 Eastern time in Phoenix, Arizona. The campaign began 21 months ago, when Obama announced his candidacy in Springfield, Illinois. He was then a first-term senator who had been elected to the Senate in 2004, the same year he gave the keynote speech at the Democratic National Convention. He beat Hillary Clinton in a long primary contest that ended in June, and the Democratic convention in Denver in August closed on the 45th anniversary of the March on Washington. Democrats also strengthened their majorities in both houses of Congress. "Today we can say that the country has chosen hope," said Democratic strategist Carla Weems. Voters in California approved a ban on same-sex marriage by 52 to 48 percent. President George W. Bush called Obama this morning to congratulate him and said the transition would begin this week.""",
persons=["Barack Obama", "John McCain", "Hillary Clinton", "Carla Weems", "George W. Bush"],
dates=[("on Tuesday", prev(T, "Tuesday"), "DATE"), ("four decades", "P40Y", "DURATION"), ("January 20", "2009-01-20", "DATE"),
       ("shortly before midnight", prev(T, "Tuesday") + "T24:00", "TIME"), ("about 23:00", prev(T, "Tuesday") + "T23:00", "TIME"),
       ("21 months ago", "2007-02", "DATE"), ("2004", "2004", "DATE"), ("the same year", "2004", "DATE"), ("June", "2008-06", "DATE"),
       ("August", "2008-08", "DATE"), ("Today", T, "DATE"), ("this morning", T + "TMO", "TIME"), ("this week", week(T), "DATE")],
quotes=[("change has come to America", "Barack Obama"), ("Today we can say that the country has chosen hope,", "Carla Weems")]))

T = "2010-07-12"
A.append(dict(id="d02", title="Spain wins football World Cup", dct=T, text=
"""Spain won the football World Cup for the first time on Sunday, beating the Netherlands 1-0 after extra time in Johannesburg. Andrés Iniesta scored in the 116th minute, four minutes before the end of extra time, after a goalless 90 minutes in which referee Howard Webb showed 14 yellow cards. The Dutch had the better chances in the second half, but Arjen Robben twice failed to beat goalkeeper Iker Casillas. Hundreds of thousands of fans celebrated in the streets of Madrid until well after midnight, and the team is due to return home this afternoon. A victory parade will be held tomorrow evening. "This is the best day of my life," Casillas, 29, told Spanish television. Spain, the European champions since 2008, had never before reached a World Cup final; their best result was fourth place in 1950. The Netherlands also lost the finals of 1974 and 1978. The tournament, the first held in Africa, began on June 11 and drew more than three million spectators to its 64 matches. South African officials said on Friday that the event had cost the government about 33 billion rand since the country won the right to host it in 2004. The next World Cup will be held in Brazil in 2014, and 2,018 volunteers have already signed up for the draw.""",
persons=["Andrés Iniesta", "Howard Webb", "Arjen Robben", "Iker Casillas"],
dates=[("on Sunday", prev(T, "Sunday"), "DATE"), ("four minutes", "PT4M", "DURATION"), ("90 minutes", "PT90M", "DURATION"),
       ("midnight", prev(T, "Sunday") + "T24:00", "TIME"), ("this afternoon", T + "TAF", "TIME"), ("tomorrow evening", plus(T, 1) + "TEV", "TIME"),
       ("2008", "2008", "DATE"), ("1950", "1950", "DATE"), ("1974", "1974", "DATE"), ("1978", "1978", "DATE"), ("June 11", "2010-06-11", "DATE"),
       ("on Friday", prev(T, "Friday"), "DATE"), ("2004", "2004", "DATE"), ("2014", "2014", "DATE")],
quotes=[("This is the best day of my life,", "Iker Casillas")]))

T = "2009-10-22"
A.append(dict(id="d03", title="Microsoft profit falls ahead of Windows 7 launch", dct=T, text=
"""Microsoft said today that its profit fell 18 percent in the three months to September 30, the first quarter of its 2010 fiscal year, as companies continued to put off buying new computers. Net income was $3.6 billion, down from $4.4 billion in the same period a year earlier. The results were released hours before the launch of Windows 7, which goes on sale worldwide tomorrow. Chief executive Steve Ballmer said on Tuesday that sales of the new system would be strong through the end of the year and that the company would cut no more jobs this year. In January, Microsoft announced 5,000 job cuts, the first large layoffs in its 34-year history. The company was founded in 1975 by Bill Gates and Paul Allen, and Gates stepped down from full-time work in June 2008. Its last major release, Windows Vista, reached shops in January 2007 after five years of development, and many businesses never installed it. "Today the PC market is healthier than it was six months ago," said Ballmer. Analysts expect the company to return to growth early next year. Microsoft shares have gained 40 percent since March, when markets hit their lowest point in twelve years. Rival Apple reported on Monday that its quarterly profit rose 47 percent.""",
persons=["Steve Ballmer", "Bill Gates", "Paul Allen"],
dates=[("today", T, "DATE"), ("three months", "P3M", "DURATION"), ("September 30", "2009-09-30", "DATE"),
       ("the first quarter of its 2010 fiscal year", "2009-Q3", "DATE"), ("the same period a year earlier", "2008-Q3", "DATE"),
       ("tomorrow", plus(T, 1), "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("the end of the year", "2009", "DATE"),
       ("this year", "2009", "DATE"), ("January", "2009-01", "DATE"), ("34-year", "P34Y", "DURATION"), ("1975", "1975", "DATE"),
       ("June 2008", "2008-06", "DATE"), ("January 2007", "2007-01", "DATE"), ("five years", "P5Y", "DURATION"), ("Today", T, "DATE"),
       ("six months ago", "2009-04", "DATE"), ("early next year", "2010", "DATE"), ("March", "2009-03", "DATE"),
       ("twelve years", "P12Y", "DURATION"), ("on Monday", prev(T, "Monday"), "DATE"), ("quarterly", "P3M", "DURATION")],
quotes=[("Today the PC market is healthier than it was six months ago,", "Steve Ballmer")]))

T = "2011-03-16"
A.append(dict(id="d04", title="Fukushima workers briefly withdrawn as radiation rises", dct=T, text=
"""Engineers at the damaged Fukushima Daiichi nuclear plant in Japan were briefly withdrawn today after radiation levels rose sharply, the government said. The plant's operator, Tokyo Electric Power, said a fire broke out at the No. 4 reactor shortly after 05:45 local time, the second fire there in two days. The magnitude 9.0 earthquake struck off the north-east coast at 14:46 on Friday and was followed within an hour by a tsunami up to ten metres high. More than 3,700 people are confirmed dead, and police say the toll is likely to exceed 10,000. Prime Minister Naoto Kan said on Sunday that the country faced its worst crisis since World War II. The Fukushima plant, which began operating in 1971, had been due to close one of its oldest reactors next month. In 2007, an earthquake forced the shutdown of another Tokyo Electric plant, at Kashiwazaki-Kariwa, for nearly two years. The company admitted in 2002 that it had falsified safety records during the 1980s and 1990s. The Nikkei index rose 5.7% today after falling 10.6% yesterday, its biggest one-day fall since October 2008. "We are doing everything we can, but the situation now is very difficult," a company spokesman said on Tuesday. The government will hold a special budget session next week, and officials said reconstruction would take at least five years.""",
persons=["Naoto Kan"],
dates=[("today", T, "DATE"), ("shortly after 05:45", T + "T05:45", "TIME"), ("two days", "P2D", "DURATION"),
       ("14:46", prev(T, "Friday") + "T14:46", "TIME"), ("on Friday", prev(T, "Friday"), "DATE"), ("an hour", "PT1H", "DURATION"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("1971", "1971", "DATE"), ("next month", "2011-04", "DATE"), ("2007", "2007", "DATE"),
       ("nearly two years", "P2Y", "DURATION"), ("2002", "2002", "DATE"), ("the 1980s", "198", "DATE"), ("1990s", "199", "DATE"),
       ("today", T, "DATE"), ("yesterday", plus(T, -1), "DATE"), ("one-day", "P1D", "DURATION"), ("October 2008", "2008-10", "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("next week", week(T, 1), "DATE"),
       ("at least five years", "P5Y", "DURATION")],
quotes=[("We are doing everything we can, but the situation now is very difficult,", "Tokyo Electric Power")]))

T = "2010-05-12"
A.append(dict(id="d05", title="David Cameron becomes British prime minister at head of coalition", dct=T, text=
"""David Cameron became the Prime Minister of the United Kingdom last night after Gordon Brown resigned, ending 13 years of Labour government. Cameron, 43, is the youngest prime minister since 1812. He arrived at Downing Street shortly after 21:00 and said his Conservative Party would form a coalition with the Liberal Democrats, whose leader Nick Clegg will be his deputy. The two parties reached agreement after five days of talks that began on Friday, after the general election on Thursday left no party with a majority. Brown, who took over from Tony Blair in June 2007, had offered on Monday to step down as Labour leader by September in the hope of keeping his party in power. Labour won 258 seats, 91 fewer than in 2005, while the Conservatives won 306. The last coalition in Britain was formed during the Second World War, and the last time a general election produced no majority was in February 1974. "Today we are not just going to talk about change, we are going to deliver it," Cameron told reporters this morning. The new cabinet will meet for the first time later today. The coalition has agreed to hold the next general election in May 2015, and to set a fixed term of five years for future parliaments. Clegg said the deal would last "for the full five years".""",
persons=["David Cameron", "Gordon Brown", "Nick Clegg", "Tony Blair"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("13 years", "P13Y", "DURATION"), ("1812", "1812", "DATE"),
       ("shortly after 21:00", plus(T, -1) + "T21:00", "TIME"), ("five days", "P5D", "DURATION"), ("on Friday", prev(T, "Friday"), "DATE"),
       ("on Thursday", "2010-05-06", "DATE"), ("June 2007", "2007-06", "DATE"), ("on Monday", prev(T, "Monday"), "DATE"),
       ("September", "2010-09", "DATE"), ("2005", "2005", "DATE"), ("February 1974", "1974-02", "DATE"), ("Today", T, "DATE"),
       ("this morning", T + "TMO", "TIME"), ("later today", T, "DATE"), ("May 2015", "2015-05", "DATE"), ("five years", "P5Y", "DURATION"),
       ("future", "FUTURE_REF", "DATE"), ("the full five years", "P5Y", "DURATION")],
quotes=[("Today we are not just going to talk about change, we are going to deliver it,", "David Cameron"),
        ("for the full five years", "Nick Clegg")]))

T = "2007-08-03"
A.append(dict(id="d06", title="Search continues after Minneapolis bridge collapse", dct=T, text=
"""Divers resumed the search for victims in the Mississippi River this morning, two days after the Interstate 35W bridge in Minneapolis collapsed during rush hour. Five people are confirmed dead and at least eight are missing. The bridge fell at about 18:05 local time on Wednesday, sending about 50 vehicles into the river. A school bus carrying more than 60 children was left on a tilted section of the deck; all of them escaped. The eight-lane bridge opened in 1967 and carried about 140,000 vehicles a day. Inspectors rated it structurally deficient in 1990, and a state report in 2001 found cracks in its steel. It was inspected again last year and in May, and officials said yesterday that no repairs had been thought urgent. Governor Tim Pawlenty ordered the immediate inspection of every bridge of similar design in Minnesota. President George W. Bush will visit the site tomorrow. "We will rebuild this bridge, and we will do it as soon as possible," Minnesota Transportation Commissioner Carol Molnau said on Thursday. Federal officials said a new bridge could be finished by the end of 2008. Work to resurface the deck had been under way since the spring, and two of its four lanes in each direction were closed that evening.""",
persons=["Tim Pawlenty", "George W. Bush", "Carol Molnau"],
dates=[("this morning", T + "TMO", "TIME"), ("two days", "P2D", "DURATION"), ("about 18:05", prev(T, "Wednesday") + "T18:05", "TIME"),
       ("on Wednesday", prev(T, "Wednesday"), "DATE"), ("1967", "1967", "DATE"), ("a day", "P1D", "SET"), ("1990", "1990", "DATE"),
       ("2001", "2001", "DATE"), ("last year", "2006", "DATE"), ("May", "2007-05", "DATE"), ("yesterday", plus(T, -1), "DATE"),
       ("tomorrow", plus(T, 1), "DATE"), ("as soon as possible", "FUTURE_REF", "DATE"), ("on Thursday", prev(T, "Thursday"), "DATE"),
       ("the end of 2008", "2008", "DATE"), ("the spring", "2007-SP", "DATE"), ("that evening", prev(T, "Wednesday") + "TEV", "TIME")],
quotes=[("We will rebuild this bridge, and we will do it as soon as possible,", "Carol Molnau")]))

T = "2013-01-21"
A.append(dict(id="d07", title="Obama sworn in for second term", dct=T, text=
"""Barack Obama was sworn in for a second term as President of the United States today in front of an estimated one million people on the National Mall in Washington. He had taken the oath privately at the White House yesterday, the date set by the Constitution for the start of the term. Obama placed his hand on a Bible used by the civil rights leader Martin Luther King Jr., who gave his most famous speech during the March on Washington nearly 50 years ago. In his 18-minute address, Obama called for action on climate change and said that "our journey is not complete". Four years ago, about 1.8 million people attended his first inauguration, held two months after he won the election of November 2008. Obama won a second term on November 6, beating Mitt Romney by nearly five million votes. He now faces a fight with Republicans in Congress over the federal budget, and the government is expected to reach its borrowing limit in mid-February. The last president to be sworn in twice was Ronald Reagan, who took the oath privately on January 20, 1985, and in public the following day, when freezing weather moved the ceremony indoors. "Now is the time to do these things together," Obama said. The inaugural balls will continue until after midnight.""",
persons=["Barack Obama", "Martin Luther King Jr.", "Mitt Romney", "Ronald Reagan"],
dates=[("today", T, "DATE"), ("yesterday", plus(T, -1), "DATE"), ("nearly 50 years ago", "1963", "DATE"), ("18-minute", "PT18M", "DURATION"),
       ("Four years ago", "2009", "DATE"), ("two months", "P2M", "DURATION"), ("November 2008", "2008-11", "DATE"),
       ("November 6", "2012-11-06", "DATE"), ("now", "PRESENT_REF", "DATE"), ("mid-February", "2013-02", "DATE"),
       ("January 20, 1985", "1985-01-20", "DATE"), ("the following day", "1985-01-21", "DATE"), ("Now", "PRESENT_REF", "DATE"),
       ("midnight", T + "T24:00", "TIME")],
quotes=[("our journey is not complete", "Barack Obama"), ("Now is the time to do these things together,", "Barack Obama")]))

T = "2006-02-06"
A.append(dict(id="d08", title="Pittsburgh Steelers win Super Bowl XL", dct=T, text=
"""The Pittsburgh Steelers won the Super Bowl for the fifth time last night, beating the Seattle Seahawks 21-10 at Ford Field in Detroit. Running back Willie Parker scored on a 75-yard run early in the second half, the longest touchdown run in the game's 40-year history, and Hines Ward, who was named the most valuable player, caught a 43-yard pass in the fourth quarter. It was the Steelers' first title since the 1979 season, when they won their fourth in six years. Coach Bill Cowher, 48, said the team would celebrate with a parade in Pittsburgh on Tuesday. "This one is for the city and for the fans who waited 26 years," he said after the game. The Steelers had lost the conference final to New England a year earlier and had to win their last four games of the regular season in December and January just to reach the playoffs. Seattle, playing in its first Super Bowl, had won 13 of its 16 games. The game was watched by about 90 million Americans, and a 30-second advertisement cost $2.5 million. The Rolling Stones performed at half-time. Cowher has coached the team since 1992. Next year's Super Bowl will be played in Miami on February 4.""",
persons=["Willie Parker", "Hines Ward", "Bill Cowher"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("40-year", "P40Y", "DURATION"), ("1979", "1979", "DATE"), ("six years", "P6Y", "DURATION"),
       ("on Tuesday", nxt(T, "Tuesday"), "DATE"), ("26 years", "P26Y", "DURATION"), ("a year earlier", "2005", "DATE"),
       ("December", "2005-12", "DATE"), ("January", "2006-01", "DATE"), ("30-second", "PT30S", "DURATION"), ("1992", "1992", "DATE"), ("Next year", "2007", "DATE"),
       ("February 4", "2007-02-04", "DATE")],
quotes=[("This one is for the city and for the fans who waited 26 years,", "Bill Cowher")]))

T = "2012-04-17"
A.append(dict(id="d09", title="Breivik trial continues in Oslo", dct=T, text=
"""The trial of Anders Behring Breivik, the man who has admitted killing 77 people in Norway last July, continued in Oslo today, with the defendant reading a statement that lasted more than an hour. Breivik, 33, set off a car bomb outside government offices in Oslo on July 22, killing eight people, and then shot dead 69 people, most of them teenagers, at a Labour Party youth camp on the island of Utøya later that afternoon. Police reached the island about 75 minutes after the first shots. On Monday, Breivik refused to recognise the authority of the court and pleaded not guilty. The trial is expected to last ten weeks, and a verdict is due on July 20 or in August. The court must decide whether he is sane; a first psychiatric report in November found that he was not, but a second report, delivered last week, came to the opposite conclusion. Norway abolished the death penalty for civilians in 1902, and the maximum sentence is 21 years, which can be extended. "He wants to use this courtroom as a stage, and we cannot allow that today or any other day," said Mette Rønning, a lawyer for families of the victims. A commission examining the police response will publish its report in August. The Labour youth wing has held a camp on Utøya each year since 1950.""",
persons=["Anders Behring Breivik", "Mette Rønning"],
dates=[("last July", "2011-07", "DATE"), ("today", T, "DATE"), ("more than an hour", "PT1H", "DURATION"), ("July 22", "2011-07-22", "DATE"),
       ("later that afternoon", "2011-07-22TAF", "TIME"), ("about 75 minutes", "PT75M", "DURATION"), ("On Monday", prev(T, "Monday"), "DATE"),
       ("ten weeks", "P10W", "DURATION"), ("July 20", "2012-07-20", "DATE"), ("August", "2012-08", "DATE"), ("November", "2011-11", "DATE"),
       ("last week", week(T, -1), "DATE"), ("1902", "1902", "DATE"), ("21 years", "P21Y", "DURATION"), ("today", T, "DATE"),
       ("August", "2012-08", "DATE"), ("each year", "P1Y", "SET"), ("1950", "1950", "DATE")],
quotes=[("He wants to use this courtroom as a stage, and we cannot allow that today or any other day,", "Mette Rønning")]))

T = "2009-01-16"
A.append(dict(id="d10", title="Airliner lands on Hudson River, all on board survive", dct=T, text=
"""All 155 people on board a US Airways jet survived yesterday after the pilot landed the plane on the Hudson River in New York minutes after take-off. Flight 1549, an Airbus A320 bound for Charlotte, North Carolina, left LaGuardia Airport at 15:25 local time and struck a flock of geese at 15:27, losing power in both engines. Captain Chesley Sullenberger, 57, glided the aircraft over the George Washington Bridge and brought it down on the river at 15:31. Ferries and police boats reached the sinking plane within minutes. "It was a miracle on the Hudson," New York Governor David Paterson told reporters last night. Sullenberger, a former Air Force pilot who has flown for 29 years, was said to have walked the cabin twice before leaving. The National Transportation Safety Board will begin interviews with the crew on Saturday. Bird strikes have caused at least two deadly crashes in the US since 1960, when an airliner crashed in Boston harbour after hitting a flock of starlings, killing 62. The number of reported strikes has risen from about 1,800 in 1990 to more than 7,000 a year since 2007. The aircraft was lifted from the water early this morning and will be taken to New Jersey. President-elect Barack Obama, who will take office on Tuesday, praised the crew.""",
persons=["Chesley Sullenberger", "David Paterson", "Barack Obama"],
dates=[("yesterday", plus(T, -1), "DATE"), ("15:25", plus(T, -1) + "T15:25", "TIME"), ("15:27", plus(T, -1) + "T15:27", "TIME"),
       ("15:31", plus(T, -1) + "T15:31", "TIME"), ("last night", plus(T, -1) + "TNI", "TIME"), ("29 years", "P29Y", "DURATION"),
       ("on Saturday", nxt(T, "Saturday"), "DATE"), ("1960", "1960", "DATE"), ("1990", "1990", "DATE"), ("a year", "P1Y", "SET"),
       ("2007", "2007", "DATE"), ("early this morning", T + "TMO", "TIME"), ("on Tuesday", nxt(T, "Tuesday"), "DATE")],
quotes=[("It was a miracle on the Hudson,", "David Paterson")]))
T = "2011-11-09"
A.append(dict(id="d11", title="Berlusconi to resign as Italian bond yields pass 7 percent", dct=T, text=
"""Italian Prime Minister Silvio Berlusconi said last night that he would resign once parliament has passed a package of budget reforms demanded by the European Union, probably later this month. Berlusconi, 75, lost his majority in a vote on Tuesday. The yield on Italy's ten-year bonds rose above 7 percent today, the level at which Greece, Ireland and Portugal had to seek international bail-outs. Berlusconi first became prime minister in 1994 and has led the country for most of the time since 2001. His government survived a confidence vote in December, and in the summer it passed cuts of 45 billion euros, but markets have doubted that they will be enough. In Greece, talks on a national unity government continued. Prime Minister George Papandreou said on Sunday that he would step down, a week after he surprised European leaders by calling a referendum on the bail-out agreed at a summit in Brussels on October 27. The Greek finance minister, Evangelos Venizelos, said on Monday that the new government would hold elections in February, and that a decision on the next loan payment would come on Thursday. "Greece is now at a crossroads," Venizelos said. Italy's debt stands at about 120 percent of its economic output, second in the euro zone only to Greece. The euro was launched in 1999, and Greece joined two years later.""",
persons=["Silvio Berlusconi", "George Papandreou", "Evangelos Venizelos"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("later this month", "2011-11", "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"),
       ("ten-year", "P10Y", "DURATION"), ("today", T, "DATE"), ("1994", "1994", "DATE"), ("2001", "2001", "DATE"), ("December", "2010-12", "DATE"),
       ("the summer", "2011-SU", "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"), ("a week", "P1W", "DURATION"),
       ("October 27", "2011-10-27", "DATE"), ("on Monday", prev(T, "Monday"), "DATE"), ("February", "2012-02", "DATE"),
       ("on Thursday", nxt(T, "Thursday"), "DATE"), ("now", "PRESENT_REF", "DATE"), ("1999", "1999", "DATE"), ("two years later", "2001", "DATE")],
quotes=[("Greece is now at a crossroads,", "Evangelos Venizelos")]))

T = "2008-07-23"
A.append(dict(id="d12", title="Beijing takes cars off the roads before Olympics", dct=T, text=
"""Beijing will take more than a million cars off its roads from Sunday until the end of the Olympic Games, officials said today, in a final effort to clear the city's polluted air. The Games open on August 8 at 20:08 local time, a date and time chosen because the number eight is considered lucky in China. About 10,500 athletes from 204 countries are expected. Factories in and around the capital will close for two months, and construction work was halted earlier this week. China won the right to host the Games in July 2001, seven years after a failed bid for the 2000 Games, which went to Sydney. Since then the city has spent about $40 billion on new stadiums, roads and an airport terminal that opened in February. Air quality has improved this summer, but on Monday a thick haze covered the city again. "The air will be good by the time the athletes arrive, I promise you," said Du Shaozhong, deputy director of the Beijing environmental bureau. The Olympic torch, which was lit in Greece on March 24, has been met by protests in several countries. The first modern Olympic Games were held in Athens in 1896, at the end of the 19th century. The Paralympics will follow from September 6 to 17.""",
persons=["Du Shaozhong"],
dates=[("Sunday", nxt(T, "Sunday"), "DATE"), ("today", T, "DATE"), ("August 8", "2008-08-08", "DATE"), ("20:08", "2008-08-08T20:08", "TIME"),
       ("two months", "P2M", "DURATION"), ("earlier this week", week(T), "DATE"), ("July 2001", "2001-07", "DATE"),
       ("seven years", "P7Y", "DURATION"), ("2000", "2000", "DATE"), ("February", "2008-02", "DATE"), ("this summer", "2008-SU", "DATE"),
       ("on Monday", prev(T, "Monday"), "DATE"), ("March 24", "2008-03-24", "DATE"), ("1896", "1896", "DATE"),
       ("the end of the 19th century", "18", "DATE"), ("September 6", "2008-09-06", "DATE"), ("17", "2008-09-17", "DATE")],
quotes=[("The air will be good by the time the athletes arrive, I promise you,", "Du Shaozhong")]))

T = "2012-07-25"
A.append(dict(id="d13", title="Apple profit rises but iPhone sales disappoint", dct=T, text=
"""Apple reported on Tuesday that its profit rose 21 percent in its fiscal third quarter, but sales of the iPhone fell short of analysts' forecasts and the company's shares dropped 5 percent in trading after the close of markets. Net income for the three months ended June 30 was $8.8 billion, or $9.32 a share, compared with $7.3 billion in the same quarter last year. Apple sold 26 million iPhones, down from 35.1 million in the January-to-March quarter. Chief executive Tim Cook, who took over from Steve Jobs last August, said customers were waiting for a new model. Jobs died in October at the age of 56. "We are thrilled with the record June quarter sales of 17 million iPads," Cook said. The company expects revenue of about $34 billion in the current quarter, which ends in September. Apple was founded in 1976 and nearly went bankrupt in the mid-1990s; in 1997, Microsoft invested $150 million in the company. Its shares have risen more than tenfold since 2005, and in April Apple became the most valuable company in history, worth more than $600 billion. The iPhone went on sale five years ago this month. Samsung, which overtook Apple as the largest maker of smartphones in the first quarter, will report its results tomorrow.""",
persons=["Tim Cook", "Steve Jobs"],
dates=[("on Tuesday", prev(T, "Tuesday"), "DATE"), ("its fiscal third quarter", "2012-Q2", "DATE"), ("three months", "P3M", "DURATION"),
       ("June 30", "2012-06-30", "DATE"), ("the same quarter last year", "2011-Q2", "DATE"), ("the January-to-March quarter", "2012-Q1", "DATE"),
       ("last August", "2011-08", "DATE"), ("October", "2011-10", "DATE"), ("June quarter", "2012-Q2", "DATE"),
       ("the current quarter", "2012-Q3", "DATE"), ("September", "2012-09", "DATE"), ("1976", "1976", "DATE"), ("the mid-1990s", "199", "DATE"),
       ("1997", "1997", "DATE"), ("2005", "2005", "DATE"), ("April", "2012-04", "DATE"), ("five years ago this month", "2007-07", "DATE"),
       ("the first quarter", "2012-Q1", "DATE"), ("tomorrow", plus(T, 1), "DATE")],
quotes=[("We are thrilled with the record June quarter sales of 17 million iPads,", "Tim Cook")]))

T = "2005-08-31"
A.append(dict(id="d14", title="New Orleans flooded after Hurricane Katrina", dct=T, text=
"""Officials in New Orleans said today that thousands of people may have died after Hurricane Katrina flooded about 80 percent of the city. The storm made landfall near the Louisiana-Mississippi border at 06:10 local time on Monday with winds of 233 km/h. The city's levees held that day, but on Tuesday morning a section of the 17th Street Canal wall gave way and water poured into the streets. Mayor Ray Nagin had ordered the city's 480,000 residents to leave on Sunday, the first mandatory evacuation in New Orleans history, but tens of thousands stayed. About 25,000 people are sheltering in the Superdome, where the roof was damaged. "We need everything you can send, and we need it now," Nagin said in a radio interview last night. The Army Corps of Engineers said it could take weeks to pump the water out. President George W. Bush cut short his holiday in Texas and will fly to the region on Friday. Katrina is the most destructive storm to hit the Gulf Coast since Hurricane Camille in August 1969. New Orleans, most of which lies below sea level, was founded in 1718; its levee system was strengthened after Hurricane Betsy flooded parts of the city in 1965. Oil prices rose above $70 a barrel yesterday, and forecasters said the 2005 Atlantic hurricane season, which runs until November 30, could be the busiest in decades. A storm of this strength hits the region about once every 40 years.""",
persons=["Ray Nagin", "George W. Bush"],
dates=[("today", T, "DATE"), ("06:10", prev(T, "Monday") + "T06:10", "TIME"), ("on Monday", prev(T, "Monday"), "DATE"),
       ("that day", prev(T, "Monday"), "DATE"), ("Tuesday morning", prev(T, "Tuesday") + "TMO", "TIME"), ("on Sunday", prev(T, "Sunday"), "DATE"),
       ("now", "PRESENT_REF", "DATE"), ("last night", plus(T, -1) + "TNI", "TIME"), ("on Friday", nxt(T, "Friday"), "DATE"),
       ("August 1969", "1969-08", "DATE"), ("1718", "1718", "DATE"), ("1965", "1965", "DATE"), ("yesterday", plus(T, -1), "DATE"),
       ("2005", "2005", "DATE"), ("November 30", "2005-11-30", "DATE"), ("every 40 years", "P40Y", "SET")],
quotes=[("We need everything you can send, and we need it now,", "Ray Nagin")]))

T = "2013-04-16"
A.append(dict(id="d15", title="London prepares for Margaret Thatcher's funeral", dct=T, text=
"""The funeral of Margaret Thatcher will take place at St Paul's Cathedral in London tomorrow, nine days after the former British prime minister died of a stroke at the age of 87. Queen Elizabeth II will attend, the first time she has attended the funeral of a former prime minister since that of Winston Churchill in 1965. About 4,000 police officers will be on duty. Thatcher led the Conservative Party to victory in the general election of May 1979 and served until November 1990, when she was forced out by her own party; she remained a member of parliament until 1992. The early 1980s brought riots and record unemployment, and in 1982 she sent a task force to recover the Falkland Islands from Argentina; the war lasted 74 days. Two years later, she survived an IRA bomb at a hotel in Brighton during the party conference in October. The miners' strike of 1984-85 ended the following March. "She was a great leader, a great prime minister and a great Briton," Prime Minister David Cameron told parliament last Wednesday. Not everyone agreed: a song celebrating her death reached number two in the charts on Sunday. Parliament was recalled from recess for the tributes. Her body will rest in the Palace of Westminster tonight.""",
persons=["Margaret Thatcher", "Elizabeth II", "Winston Churchill", "David Cameron"],
dates=[("tomorrow", plus(T, 1), "DATE"), ("nine days", "P9D", "DURATION"), ("1965", "1965", "DATE"), ("May 1979", "1979-05", "DATE"),
       ("November 1990", "1990-11", "DATE"), ("1992", "1992", "DATE"), ("The early 1980s", "198", "DATE"), ("1982", "1982", "DATE"),
       ("74 days", "P74D", "DURATION"), ("Two years later", "1984", "DATE"), ("October", "1984-10", "DATE"), ("1984", "1984", "DATE"),
       ("85", "1985", "DATE"), ("the following March", "1985-03", "DATE"), ("last Wednesday", prev(T, "Wednesday"), "DATE"),
       ("on Sunday", prev(T, "Sunday"), "DATE"), ("tonight", T + "TNI", "TIME")],
quotes=[("She was a great leader, a great prime minister and a great Briton,", "David Cameron")]))

T = "2010-04-21"
A.append(dict(id="d16", title="European airports reopen after volcanic ash closure", dct=T, text=
"""Airports across northern Europe reopened today after six days of closures caused by ash from a volcano in Iceland, but airlines warned it would take up to a week to clear the backlog of stranded passengers. The eruption beneath the Eyjafjallajökull glacier began on April 14, less than a month after a smaller eruption nearby on March 20, and the ash cloud reached British airspace early the next morning. By Friday, most flights in Europe had been grounded; about 100,000 flights were cancelled during the shutdown, which affected seven million passengers. British Airways chief executive Willie Walsh said on Monday that the closures were an overreaction. Airlines have lost an estimated $1.7 billion, and the industry body IATA said yesterday that it would ask governments for compensation. The volcano last erupted in 1821 and remained active until 1823; its neighbour Katla has usually erupted within two years of it. "We cannot say when this will end, it could be days or it could be months," said Icelandic geophysicist Páll Einarsson. The first long-haul flights landed at Heathrow shortly before 22:00 last night, British Airways said. Officials in Brussels will meet on Friday to discuss new rules for flying through ash. The last major shutdown of European airspace came after the attacks of September 2001.""",
persons=["Willie Walsh", "Páll Einarsson"],
dates=[("today", T, "DATE"), ("six days", "P6D", "DURATION"), ("up to a week", "P1W", "DURATION"), ("April 14", "2010-04-14", "DATE"),
       ("less than a month", "P1M", "DURATION"), ("March 20", "2010-03-20", "DATE"), ("early the next morning", "2010-04-15TMO", "TIME"),
       ("Friday", prev(T, "Friday"), "DATE"), ("on Monday", prev(T, "Monday"), "DATE"), ("yesterday", plus(T, -1), "DATE"),
       ("1821", "1821", "DATE"), ("1823", "1823", "DATE"), ("two years", "P2Y", "DURATION"),
       ("shortly before 22:00", plus(T, -1) + "T22:00", "TIME"), ("last night", plus(T, -1) + "TNI", "TIME"),
       ("on Friday", nxt(T, "Friday"), "DATE"), ("September 2001", "2001-09", "DATE")],
quotes=[("We cannot say when this will end, it could be days or it could be months,", "Páll Einarsson")]))

T = "2012-05-20"
A.append(dict(id="d17", title="Chelsea win Champions League on penalties", dct=T, text=
"""Chelsea won the European Champions League for the first time last night, beating Bayern Munich 4-3 on penalties in Munich after the match ended 1-1. Thomas Müller had given Bayern the lead in the 83rd minute, but Didier Drogba equalised with a header in the 88th and then scored the decisive penalty shortly before 23:00 local time. The final was the last match of a difficult 2011-12 season for Chelsea, who finished sixth in the Premier League and sacked manager André Villas-Boas in March. His replacement, Roberto Di Matteo, 41, had been a Chelsea player from 1996 to 2002. "I am the happiest man in the world," Di Matteo said after the match. Chelsea had lost the 2008 final to Manchester United in Moscow, also on penalties. The club's Russian owner, Roman Abramovich, has spent more than £1 billion on players since he bought Chelsea nine years ago. Bayern, who were playing in their home stadium, had won the trophy four times, the last of them in 2001. The victory means Chelsea will play in the competition again in the autumn, in place of Tottenham Hotspur. The players will show the trophy to fans in London this afternoon. Drogba, 34, whose contract ends on June 30, is expected to leave the club this summer.""",
persons=["Thomas Müller", "Didier Drogba", "André Villas-Boas", "Roberto Di Matteo", "Roman Abramovich"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("shortly before 23:00", plus(T, -1) + "T23:00", "TIME"), ("2011", "2011", "DATE"),
       ("12", "2012", "DATE"), ("March", "2012-03", "DATE"), ("1996", "1996", "DATE"), ("2002", "2002", "DATE"), ("2008", "2008", "DATE"),
       ("nine years ago", "2003", "DATE"), ("2001", "2001", "DATE"), ("the autumn", "2012-FA", "DATE"), ("this afternoon", T + "TAF", "TIME"),
       ("June 30", "2012-06-30", "DATE"), ("this summer", "2012-SU", "DATE")],
quotes=[("I am the happiest man in the world,", "Roberto Di Matteo")]))

T = "2009-12-19"
A.append(dict(id="d18", title="Copenhagen climate summit ends with weak accord", dct=T, text=
"""The United Nations climate conference in Copenhagen ended today with a weak agreement that sets no binding targets for cutting greenhouse gas emissions. After talks ran through the night, delegates from 193 countries agreed at about 10:30 this morning to take note of an accord drawn up late on Friday by the United States, China, India, Brazil and South Africa. The accord aims to limit the rise in global temperatures to 2 degrees Celsius and promises $30 billion in aid to poor countries over the next three years, rising to $100 billion a year by 2020. President Barack Obama, who arrived on Friday morning and left before the final vote, said the deal was "an important first step". Danish Prime Minister Lars Løkke Rasmussen, who chaired the final session, had said on Wednesday that negotiations would conclude on Friday. The conference opened on December 7, two years after a meeting in Bali set the timetable for a new treaty to replace the Kyoto Protocol, which was signed in 1997 and expires at the end of 2012. Under Kyoto, industrialised countries promised to cut emissions by 5.2 percent from 1990 levels in the period from 2008 to 2012. "Today was a disappointing day for the planet," said Kumi Naidoo, the head of Greenpeace International. The next conference will be held in Mexico City in November. Scientists say emissions have risen by about 40 percent since 1990.""",
persons=["Barack Obama", "Lars Løkke Rasmussen", "Kumi Naidoo"],
dates=[("today", T, "DATE"), ("the night", plus(T, -1) + "TNI", "TIME"), ("about 10:30", T + "T10:30", "TIME"), ("this morning", T + "TMO", "TIME"),
       ("late on Friday", prev(T, "Friday"), "DATE"), ("the next three years", "P3Y", "DURATION"), ("a year", "P1Y", "SET"),
       ("2020", "2020", "DATE"), ("Friday morning", prev(T, "Friday") + "TMO", "TIME"), ("on Wednesday", prev(T, "Wednesday"), "DATE"),
       ("on Friday", prev(T, "Friday"), "DATE", 2), ("December 7", "2009-12-07", "DATE"), ("two years", "P2Y", "DURATION"),
       ("1997", "1997", "DATE"), ("the end of 2012", "2012", "DATE"), ("1990", "1990", "DATE"), ("2008", "2008", "DATE"),
       ("2012", "2012", "DATE", 1), ("Today", T, "DATE"), ("November", "2010-11", "DATE"), ("1990", "1990", "DATE")],
quotes=[("an important first step", "Barack Obama"), ("Today was a disappointing day for the planet,", "Kumi Naidoo")]))

T = "2006-11-08"
A.append(dict(id="d19", title="Democrats win House; Rumsfeld to step down", dct=T, text=
"""Democrats won control of the US House of Representatives in yesterday's mid-term elections, and were close to winning the Senate this afternoon, with results in Virginia and Montana still being counted. It is the first time since 1994 that Democrats have controlled either chamber of Congress. Nancy Pelosi, 66, is expected to become the first woman to serve as Speaker of the House when the new Congress meets in January. President George W. Bush, who called the result a "thumping" at a news conference today, announced that Defense Secretary Donald Rumsfeld would step down. Rumsfeld has run the Pentagon since January 2001 and oversaw the invasion of Iraq in March 2003. The war was the main issue of the campaign; more than 2,800 US soldiers have died there, and October was one of the deadliest months of the conflict. Bush's approval rating, which stood at 90 percent after the attacks of September 11, 2001, has fallen below 40 percent this year. A year earlier, in November 2005, Democrats had won governor's races in Virginia and New Jersey. Pelosi said Democrats would raise the minimum wage within the first 100 hours of the new Congress. "The American people voted for a new direction, and that is what we will give them," she said. The next presidential election will be held in November 2008.""",
persons=["Nancy Pelosi", "George W. Bush", "Donald Rumsfeld"],
dates=[("yesterday", plus(T, -1), "DATE"), ("this afternoon", T + "TAF", "TIME"), ("1994", "1994", "DATE"), ("January", "2007-01", "DATE"),
       ("today", T, "DATE"), ("January 2001", "2001-01", "DATE"), ("March 2003", "2003-03", "DATE"), ("October", "2006-10", "DATE"),
       ("September 11, 2001", "2001-09-11", "DATE"), ("this year", "2006", "DATE"), ("A year earlier", "2005", "DATE"),
       ("November 2005", "2005-11", "DATE"), ("the first 100 hours", "PT100H", "DURATION"), ("November 2008", "2008-11", "DATE")],
quotes=[("thumping", "George W. Bush"), ("The American people voted for a new direction, and that is what we will give them,", "Nancy Pelosi")]))

T = "2011-10-06"
A.append(dict(id="d20", title="Apple co-founder Steve Jobs dies at 56", dct=T, text=
"""Steve Jobs, the co-founder of Apple, died yesterday at his home in Palo Alto, California, at the age of 56, after a long fight with pancreatic cancer. Apple announced his death in a statement shortly before 20:00 Pacific time. Jobs founded the company with Steve Wozniak in his parents' garage in 1976, when he was 21, and the Apple II went on sale the following year. He was forced out in 1985 after a boardroom struggle, founded the computer company NeXT and bought the studio that became Pixar the following year. Apple bought NeXT in December 1996, and Jobs returned as interim chief executive in September 1997, a year before the iMac was launched. Over the next 14 years, he introduced the iPod, the iPhone and the iPad. He was diagnosed with cancer in 2003, had a liver transplant in 2009 and stepped down as chief executive on August 24, handing the job to Tim Cook. "Apple has lost a visionary and creative genius, and the world has lost an amazing human being," the company said. On Tuesday, a day before his death, Apple had presented the iPhone 4S at its headquarters; it goes on sale on October 14. Flowers and messages were left outside Apple stores around the world this morning. President Barack Obama said Jobs had changed the way we live, and that the world had lost a visionary. Apple shares fell 0.2 percent in early trading today.""",
persons=["Steve Jobs", "Steve Wozniak", "Tim Cook", "Barack Obama"],
dates=[("yesterday", plus(T, -1), "DATE"), ("shortly before 20:00", plus(T, -1) + "T20:00", "TIME"), ("1976", "1976", "DATE"),
       ("the following year", "1977", "DATE"), ("1985", "1985", "DATE"), ("the following year", "1986", "DATE"),
       ("December 1996", "1996-12", "DATE"), ("September 1997", "1997-09", "DATE"), ("a year", "P1Y", "DURATION"),
       ("the next 14 years", "P14Y", "DURATION"), ("2003", "2003", "DATE"), ("2009", "2009", "DATE"), ("August 24", "2011-08-24", "DATE"),
       ("On Tuesday", prev(T, "Tuesday"), "DATE"), ("a day", "P1D", "DURATION"), ("October 14", "2011-10-14", "DATE"),
       ("this morning", T + "TMO", "TIME"), ("today", T, "DATE")],
quotes=[("Apple has lost a visionary and creative genius, and the world has lost an amazing human being,", "Apple")]))
write_set(A, D, "hand-made (NewsLens Wikinews-style date set 2)")

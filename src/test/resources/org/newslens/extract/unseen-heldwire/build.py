"""Builds the held-out news-wire gold files (v*.json) from the texts and hand annotations below:
20 made-up stories in the style of 1989-2000 AP wire copy (business and earnings, Wall Street,
politics and elections, courts, the end of the Cold War, disasters and storms, crime, obituaries,
sport), annotated by the rules and decisions 1-15 of ../shared/eval/README.md. The stories, the
people in them and all quotes are invented (real public figures appear under their real names and
offices, but are given only indirect speech: no words in quotation marks are theirs). Nobody tunes
on this set: it is scored with the summary line only, and its gold is not changed after scoring.

Annotations name a span by its text and occurrence (0-based, in order); offsets are computed and
checked here. Weekdays, weekends and ISO weeks are computed with datetime (P/N/WK/WE below), and
every value of an expression that names a weekday is checked against the calendar.

Decisions the rules leave open, taken here (and applied throughout):
- Datelines ("WASHINGTON (AP) --") are part of the text, as in wire copy.
- Clock times with a zone ("5:04 p.m. PDT") take the local clock time without an offset, as the
  dev rule "17:30 UTC" -> THH:MM does; the day they fall on is a separate expression when written
  apart ("5:04 p.m. PDT Tuesday" = two).
- "shortly before 7 p.m.", "about 5 a.m." = the clock time (modifier in the span).
- A bare "a year ago"/"a year earlier" after a quarterly or half-year figure takes the year it
  points to (decision 2), not the quarter; "the year-earlier period" and "the same period a year
  earlier" take the period a year before (dev precedent wn141483).
- A fiscal quarter whose calendar months the story gives ("the quarter ended Sept. 30") takes the
  calendar quarter (decision 6); a fiscal year ("fiscal 1997", "the fiscal year") is not annotated:
  it has no calendar value even when its last month is known.
- "the night" / "through the night" of a dated scene = that day + TNI; "midnight" ending a day =
  that day T24:00, "overnight" = the night before the story (TNI); holiday names ("Thanksgiving",
  "Presidents' Day") are DATEs.
- A nickname in quotation marks ('Harold "Buddy" Whitcomb') is not a quote and not part of the
  canonical name; short terms in quotation marks that are nobody's words ("welcome money") are
  listed as non-quotes.
"""
import json, os, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def _d(s): return dt.date.fromisoformat(s)
def DAY(s, k=0): return (_d(s) + dt.timedelta(days=k)).isoformat()
def P(s, name):
    """The last such weekday strictly before s."""
    d = _d(s) - dt.timedelta(days=1)
    while d.weekday() != DAYS.index(name): d -= dt.timedelta(days=1)
    return d.isoformat()
def N(s, name):
    """The next such weekday strictly after s."""
    d = _d(s) + dt.timedelta(days=1)
    while d.weekday() != DAYS.index(name): d += dt.timedelta(days=1)
    return d.isoformat()
def WK(s, k=0):
    y, w, _ = (_d(s) + dt.timedelta(weeks=k)).isocalendar(); return f"{y}-W{w:02d}"
def WE(s):
    """The weekend just gone (the Saturday before s)."""
    return WK(P(s, "Sat")) + "-WE"
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
d = "1989-01-19"
A.append(dict(id="v01", title="Marlow Instruments' profit up 31 percent on scanner sales", dct=d, text=
"""NEW YORK (AP) -- Marlow Instruments Inc. said today that its profit for the fiscal second quarter rose 31 percent, helped by strong demand for its medical imaging equipment in Europe and Japan.
The Stamford, Conn., company earned $23.6 million, or 88 cents a share, in the three months ended Dec. 31, up from $18 million, or 67 cents a share, in the year-earlier period. Revenue climbed 14 percent to $301.4 million.
For the six months ended Dec. 31, Marlow earned $41.2 million, compared with $33.9 million a year earlier.
"We had the best December in the company's history," Gerald T. Haskins, the chairman and chief executive, said in a telephone interview. "Hospitals are buying again, and our new scanners are taking business from the Germans."
Mr. Haskins said he expected orders to stay strong through the spring, but he cautioned that a stronger dollar could trim overseas profits later this year.
Analysts had expected earnings of about 80 cents a share. Barbara Klein, who follows the company for Kidder, Peabody & Co., called the results "a clean beat" and raised her estimate for the fiscal year to $3.40 a share from $3.15.
Marlow's stock rose $1.75 to $38.50 in composite trading on the New York Stock Exchange on Wednesday, after the company's annual meeting, where Mr. Haskins told shareholders that the board would consider a stock split in March.
The company, which has 4,200 employees, said it would spend $60 million over the next two years to expand its plant in Danbury, Conn. Construction is to begin next month, and the first production line should be running by the summer of 1990.""",
persons=["Gerald T. Haskins", "Barbara Klein"],
dates=[("today",d,"DATE"),("the fiscal second quarter","1988-Q4","DATE"),("the three months","P3M","DURATION"),("Dec. 31","1988-12-31","DATE"),
       ("the year-earlier period","1987-Q4","DATE"),("the six months","P6M","DURATION"),("Dec. 31","1988-12-31","DATE"),("a year earlier","1987","DATE"),
       ("December","1988-12","DATE"),("the spring","1989-SP","DATE"),("later this year","1989","DATE"),
       ("Wednesday",P(d,"Wed"),"DATE"),("annual","P1Y","SET"),("March","1989-03","DATE"),("the next two years","P2Y","DURATION"),
       ("next month","1989-02","DATE"),("the summer of 1990","1990-SU","DATE")],
quotes=[("We had the best December in the company's history,","Gerald T. Haskins"),
        ("Hospitals are buying again, and our new scanners are taking business from the Germans.","Gerald T. Haskins"),
        ("a clean beat","Barbara Klein")]))
d = "1989-10-18"
A.append(dict(id="v02", title="Rescuers search collapsed freeway after California quake", dct=d, text=
"""SAN FRANCISCO (AP) -- Rescue workers using cranes and jackhammers searched today for survivors in the wreckage of a collapsed double-deck freeway in Oakland, where dozens of people were believed crushed in their cars by Tuesday's earthquake.
The quake, measuring 6.9 on the Richter scale, struck at 5:04 p.m. PDT Tuesday, as rush-hour traffic was building and as 60,000 fans waited for the third game of the World Series to begin at Candlestick Park. It lasted about 15 seconds.
Officials said at least 270 people were killed across Northern California, most of them on the mile-long stretch of Interstate 880 known as the Cypress structure. A 50-foot section of the upper deck of the San Francisco-Oakland Bay Bridge also fell, killing at least one motorist.
"I heard a sound like a freight train, and then the whole road just came down," said Darnell Higgs, 34, a truck driver who climbed out of his cab on the lower deck. "I don't know how I'm alive."
Gov. George Deukmejian, who was on a trade mission in West Germany, cut short his trip and was expected to arrive late tonight. President Bush declared the area a disaster and sent Transportation Secretary Samuel K. Skinner to inspect the damage.
In San Francisco's Marina District, fires burned through the night in blocks of older buildings that had collapsed on the landfill. Firefighters had the last of the blazes under control early this morning.
The Bay Bridge, which carries about 250,000 vehicles a day, will be closed for at least a month, said Ted Ramirez, a spokesman for the state Department of Transportation. "We have to inspect every inch of it," he said.
Baseball Commissioner Fay Vincent postponed the World Series between the Oakland Athletics and the San Francisco Giants. Game 3 will not be played before next week, he said.
Seismologists at the U.S. Geological Survey in Menlo Park said the quake was the strongest in the region since the 1906 earthquake, which destroyed much of San Francisco. They warned that aftershocks could continue for weeks and that a strong one was likely in the next few days.
"This was not the big one," said geologist Karen Lindqvist. "But it was a reminder.\"""",
persons=["Darnell Higgs", "George Deukmejian", "George Bush", "Samuel K. Skinner", "Ted Ramirez", "Fay Vincent", "Karen Lindqvist"],
dates=[("today",d,"DATE"),("Tuesday",P(d,"Tue"),"DATE"),("5:04 p.m. PDT",P(d,"Tue")+"T17:04","TIME"),("Tuesday",P(d,"Tue"),"DATE"),
       ("about 15 seconds","PT15S","DURATION"),("late tonight",d+"TNI","TIME"),("the night",P(d,"Tue")+"TNI","TIME"),
       ("early this morning",d+"TMO","TIME"),("a day","P1D","SET"),("at least a month","P1M","DURATION"),("next week",WK(d,1),"DATE"),
       ("1906","1906","DATE"),("the next few days","PXD","DURATION")],
quotes=[("I heard a sound like a freight train, and then the whole road just came down,","Darnell Higgs"),
        ("I don't know how I'm alive.","Darnell Higgs"),("We have to inspect every inch of it,","Ted Ramirez"),
        ("This was not the big one,","Karen Lindqvist"),("But it was a reminder.","Karen Lindqvist")]))
d = "1989-11-10"
A.append(dict(id="v03", title="East Germans stream through the Berlin Wall", dct=d, text=
"""EAST BERLIN (AP) -- Tens of thousands of East Germans poured through the Berlin Wall today, dancing on top of it and chipping at it with hammers, hours after their Communist government threw open the border it had sealed for 28 years.
The crowds began gathering at checkpoints late Thursday, after a senior party official, Guenter Schabowski, told a televised news conference shortly before 7 p.m. that citizens could cross "immediately" without special permission. By midnight, border guards at the Bornholmer Strasse crossing had given up checking papers.
"I have waited my whole life for this," said Ilse Baumann, 67, a retired teacher from the Prenzlauer Berg district, who wept as she stepped into West Berlin. "My sister lives 10 minutes from here, and I have not seen her since 1961."
The Communist Party leader, Egon Krenz, who replaced Erich Honecker as party chief on Oct. 18, has promised free elections and said the party would present a program of reform at a meeting next month.
West German Chancellor Helmut Kohl interrupted a visit to Poland to fly to West Berlin, where he was to address a crowd outside the Schoeneberg town hall this evening. In Washington, President Bush welcomed the move but cautioned the West against gloating over the troubles of Communist rule.
West Berlin police said more than 50,000 East Germans had crossed by noon. Many went shopping on the Kurfuerstendamm with the 100 marks of "welcome money" the West German government gives each visitor, and most said they would go home in the evening.
The exodus of the past two months, when more than 200,000 East Germans fled to the West through Hungary and Czechoslovakia, forced the leadership's hand, diplomats said.
"Nobody knows what happens next," said Horst Vogel, a West Berlin police spokesman. "Tonight we expect even more.\"""",
persons=["Ilse Baumann", "Guenter Schabowski", "Egon Krenz", "Erich Honecker", "Helmut Kohl", "George Bush", "Horst Vogel"],
dates=[("today",d,"DATE"),("28 years","P28Y","DURATION"),("late Thursday",P(d,"Thu"),"DATE"),("shortly before 7 p.m.",P(d,"Thu")+"T19:00","TIME"),
       ("midnight",P(d,"Thu")+"T24:00","TIME"),("10 minutes","PT10M","DURATION"),("1961","1961","DATE"),("Oct. 18","1989-10-18","DATE"),
       ("next month","1989-12","DATE"),("this evening",d+"TEV","TIME"),("noon",d+"T12:00","TIME"),
       ("the evening",d+"TEV","TIME"),("the past two months","P2M","DURATION"),("Tonight",d+"TNI","TIME")],
quotes=[("immediately","Guenter Schabowski"),("I have waited my whole life for this,","Ilse Baumann"),
        ("My sister lives 10 minutes from here, and I have not seen her since 1961.","Ilse Baumann"),
        ("Nobody knows what happens next,","Horst Vogel"),("Tonight we expect even more.","Horst Vogel")],
nonquotes=["welcome money"]))
d = "1990-02-14"
A.append(dict(id="v04", title="Witness says trading boss ordered records backdated", dct=d, text=
"""NEW YORK (AP) -- A former bond trader testified today that his boss ordered him to backdate trading records after federal investigators began asking questions about the firm last fall.
Michael Sarno, 31, the government's chief witness in the securities fraud trial of Leonard P. Ashby, told the jury in U.S. District Court in Manhattan that Mr. Ashby handed him a list of trades in October and told him to "make the dates work."
Prosecutors showed the jury a handwritten memo dated 10/26/89 in which, they say, Mr. Ashby listed 14 trades to be changed. Mr. Sarno said he recognized the handwriting.
"He said nobody would ever look at the tickets," Mr. Sarno testified. "I knew it was wrong, and I did it anyway."
Mr. Ashby, 47, the former head of fixed-income trading at Pell, Dorrance & Co., is charged with fraud, conspiracy and obstruction of justice. He has pleaded not guilty. If convicted on all counts, he could be sentenced to 25 years in prison.
Under cross-examination, the defense lawyer, Ruth Feldman, asked Mr. Sarno whether he had agreed to testify in exchange for a lighter sentence. Mr. Sarno, who pleaded guilty in December to one count of fraud, acknowledged that prosecutors would recommend leniency.
"So you'd say anything to stay out of jail?" Ms. Feldman asked.
"No, ma'am," Mr. Sarno replied.
The trial, which began Jan. 29, is expected to last another three weeks. Judge Margaret Olcott adjourned the case until Tuesday because of the Presidents' Day holiday on Monday.
Pell, Dorrance, which has 3,000 employees, said in a statement last week that it had "cooperated fully" with the government since the investigation began in September 1989. The firm dismissed Mr. Ashby in November.""",
persons=["Michael Sarno", "Leonard P. Ashby", "Ruth Feldman", "Margaret Olcott"],
dates=[("today",d,"DATE"),("last fall","1989-FA","DATE"),("October","1989-10","DATE"),("10/26/89","1989-10-26","DATE"),
       ("25 years","P25Y","DURATION"),("December","1989-12","DATE"),("Jan. 29","1990-01-29","DATE"),("another three weeks","P3W","DURATION"),
       ("Tuesday",N(d,"Tue"),"DATE"),("Presidents' Day","1990-02-19","DATE"),("Monday",N(d,"Mon"),"DATE"),("last week",WK(d,-1),"DATE"),
       ("September 1989","1989-09","DATE"),("November","1989-11","DATE")],
quotes=[("make the dates work.","Leonard P. Ashby"),("He said nobody would ever look at the tickets,","Michael Sarno"),
        ("I knew it was wrong, and I did it anyway.","Michael Sarno"),("So you'd say anything to stay out of jail?","Ruth Feldman"),
        ("No, ma'am,","Michael Sarno"),("cooperated fully","Pell, Dorrance & Co.")]))
d = "1990-11-07"
A.append(dict(id="v05", title="Westergaard wins Nebraska governor's race by 6,800 votes", dct=d, text=
"""LINCOLN, Neb. (AP) -- Republican Carl Westergaard narrowly won the governor's race today after a count that went on through the night, ending eight years of Democratic control of the statehouse.
With all but 12 of the state's 1,900 precincts reporting at 9:30 a.m., Westergaard had 50.6 percent of the vote to 49.4 percent for Democrat Mary Ellen Tosh, a margin of about 6,800 votes.
Tosh did not concede. Her campaign manager, Philip Grady, said at midmorning that she would wait for absentee ballots to be counted Thursday and Friday. "It's too close to call, and we owe it to our supporters to see every ballot counted," he said.
Westergaard, 52, a grain dealer and two-term state senator from Kearney, told supporters in a hotel ballroom here early today that his victory was "a message about taxes." He has promised to freeze property taxes for two years and to cut the state payroll by 5 percent before his term ends in January 1995.
The race turned on a school-financing law passed by the Legislature in 1988 that raised property taxes in many rural counties. Tosh, the lieutenant governor, defended the law in a televised debate Oct. 23, saying it would "keep small schools open."
Across the nation, Democrats added to their majorities in both houses of Congress in Tuesday's midterm elections. President Bush, who campaigned in the state twice this fall, telephoned Westergaard from the White House to congratulate him, a spokesman said.
Turnout was 61 percent, up from 57 percent four years ago.
State election officials expect to certify the results by Nov. 26. The new governor will be sworn in on Jan. 10.""",
persons=["Carl Westergaard", "Mary Ellen Tosh", "Philip Grady", "George Bush"],
dates=[("today",d,"DATE"),("the night",P(d,"Tue")+"TNI","TIME"),("eight years","P8Y","DURATION"),("9:30 a.m.",d+"T09:30","TIME"),
       ("midmorning",d+"TMO","TIME"),("Thursday",N(d,"Thu"),"DATE"),("Friday",N(d,"Fri"),"DATE"),("early today",d,"DATE"),
       ("two years","P2Y","DURATION"),("January 1995","1995-01","DATE"),("1988","1988","DATE"),("Oct. 23","1990-10-23","DATE"),
       ("Tuesday",P(d,"Tue"),"DATE"),("this fall","1990-FA","DATE"),("four years ago","1986","DATE"),("Nov. 26","1990-11-26","DATE"),
       ("Jan. 10","1991-01-10","DATE")],
quotes=[("It's too close to call, and we owe it to our supporters to see every ballot counted,","Philip Grady"),
        ("a message about taxes.","Carl Westergaard"),("keep small schools open.","Mary Ellen Tosh")]))
d = "1991-08-22"
A.append(dict(id="v06", title="Gorbachev returns to Moscow as coup collapses", dct=d, text=
"""MOSCOW (AP) -- Soviet President Mikhail S. Gorbachev returned to Moscow early today after three days under house arrest in the Crimea, as the hard-line coup that had tried to topple him collapsed and its leaders were arrested.
Gorbachev's plane landed at Vnukovo airport at about 2:15 a.m. He was met by aides of Russian President Boris N. Yeltsin, whose defiance from the Russian parliament building rallied tens of thousands of Muscovites against the tanks on Monday and Tuesday.
The eight-man emergency committee, led by Vice President Gennady I. Yanayev, had announced at 6 a.m. Monday that Gorbachev was too ill to govern. By Wednesday afternoon the tanks were leaving the capital, and several of the plotters were flying south to the Crimea, apparently to plead with Gorbachev.
"Three days ago we were afraid to speak. Today we are free people," said Natalya Orlova, 29, an engineer who spent two days on the barricades outside the parliament, which Muscovites call the White House.
Three young men were killed early Wednesday when an armored column ran into a barricade on the Garden Ring road.
Yeltsin told the Russian parliament this morning that the coup leaders would be tried. The Soviet prosecutor's office said this afternoon that Yanayev and Defense Minister Dmitri T. Yazov were among those in custody.
In Washington, President Bush, who spoke with Gorbachev by telephone on Wednesday, said the failure of the coup showed that democracy had taken root in the Soviet Union.
Western diplomats said the next few weeks would decide whether Gorbachev could hold the union together. Several republics, led by the Baltic states, were expected to press their demands for independence, which Lithuania declared in March 1990.
"Nothing will be the same after this week," one Western diplomat said.
Associated Press writer Tom Halvorsen contributed to this report.""",
persons=["Mikhail S. Gorbachev", "Boris N. Yeltsin", "Gennady I. Yanayev", "Natalya Orlova", "Dmitri T. Yazov", "George Bush", "Tom Halvorsen"],
dates=[("early today",d,"DATE"),("three days","P3D","DURATION"),("about 2:15 a.m.",d+"T02:15","TIME"),("Monday",P(d,"Mon"),"DATE"),
       ("Tuesday",P(d,"Tue"),"DATE"),("6 a.m.",P(d,"Mon")+"T06:00","TIME"),("Monday",P(d,"Mon"),"DATE"),("Wednesday afternoon",P(d,"Wed")+"TAF","TIME"),
       ("Three days ago",DAY(d,-3),"DATE"),("Today",d,"DATE"),("two days","P2D","DURATION"),("early Wednesday",P(d,"Wed"),"DATE"),
       ("this morning",d+"TMO","TIME"),("this afternoon",d+"TAF","TIME"),("Wednesday",P(d,"Wed"),"DATE",2),("the next few weeks","PXW","DURATION"),
       ("March 1990","1990-03","DATE"),("this week",WK(d),"DATE")],
quotes=[("Three days ago we were afraid to speak. Today we are free people,","Natalya Orlova"),
        ("Nothing will be the same after this week,",None)]))
d = "1991-12-05"
A.append(dict(id="v07", title="Harold Whitcomb, New Orleans trumpeter, dies at 79", dct=d, text=
"""NEW ORLEANS (AP) -- Harold "Buddy" Whitcomb, the trumpeter whose bright, bending tone carried New Orleans jazz to Europe in the 1950s, died Wednesday at a hospital here. He was 79.
His daughter, Loretta Whitcomb Pierce, said he died of pneumonia after a brief illness. He had been in the hospital since Nov. 24.
Born in the city's Treme neighborhood in 1912, Whitcomb began playing on riverboats as a teen-ager and joined the Crescent Orchestra in 1931. After Army service in World War II he led his own sextet, which toured Europe nine times between 1952 and 1964 and recorded more than 40 albums.
In the 1970s, as traditional jazz fell out of fashion, he worked for a decade as a music teacher in the city's public schools. He returned to the stage in 1985, when the New Orleans Jazz and Heritage Festival invited him to play.
"He never really retired. He just changed audiences," said the clarinetist Albert Dorsey, who played beside him for 30 years.
"He could make one note last a minute and break your heart with it," Dorsey said Wednesday night.
Whitcomb gave his last public performance in April, on the festival's opening day, and had planned a tour of Japan next spring.
His wife of 52 years, Celestine, died in 1989. Besides his daughter, he is survived by two sons, Harold Jr. of Houston and Marcus of Chicago, and nine grandchildren.
A jazz funeral, with a brass band leading the procession from St. Augustine Church, will be held Saturday.""",
persons=["Harold Whitcomb", "Loretta Whitcomb Pierce", "Albert Dorsey", "Celestine", "Harold Jr.", "Marcus"],
dates=[("the 1950s","195","DATE"),("Wednesday",P(d,"Wed"),"DATE"),("Nov. 24","1991-11-24","DATE"),("1912","1912","DATE"),("1931","1931","DATE"),
       ("1952","1952","DATE"),("1964","1964","DATE"),("the 1970s","197","DATE"),("a decade","P10Y","DURATION"),("1985","1985","DATE"),
       ("30 years","P30Y","DURATION"),("a minute","PT1M","DURATION"),("Wednesday night",P(d,"Wed")+"TNI","TIME"),("April","1991-04","DATE"),
       ("next spring","1992-SP","DATE"),("52 years","P52Y","DURATION"),("1989","1989","DATE"),("Saturday",N(d,"Sat"),"DATE")],
quotes=[("He never really retired. He just changed audiences,","Albert Dorsey"),
        ("He could make one note last a minute and break your heart with it,","Albert Dorsey")],
nonquotes=["Buddy"]))
d = "1992-08-25"
A.append(dict(id="v08", title="Andrew leaves 250,000 homeless in South Florida", dct=d, text=
"""HOMESTEAD, Fla. (AP) -- Residents of this farming town picked through the splintered remains of their homes today, after Hurricane Andrew roared across South Florida with winds of up to 164 mph, killing at least 13 people and leaving 250,000 homeless.
The storm came ashore about 5 a.m. EDT Monday near Homestead Air Force Base and crossed the peninsula in about four hours before heading into the Gulf of Mexico. Forecasters at the National Hurricane Center in Coral Gables said it would probably hit the Louisiana coast late tonight or early Wednesday.
"There's nothing left. Not a wall, not a roof, nothing," said Maria Elena Fuentes, 41, standing in what had been her kitchen. She, her husband and their three children rode out the storm in a closet. "We prayed for two hours straight."
Gov. Lawton Chiles called out 1,000 National Guard troops and asked President Bush to declare the area a disaster, which he did Monday night. Chiles said damage could exceed $20 billion, which would make Andrew the costliest storm in the nation's history, surpassing Hurricane Hugo in 1989.
"The eye passed right over us," said Dennis Waldo, a forecaster at the hurricane center, where wind gauges failed and a radar dish was torn from the roof. "We lost the radar at 4:45 a.m., and after that we were flying blind."
Dade County officials imposed a curfew to prevent looting, and police arrested 27 people overnight.
Power was out for 1.3 million customers, and Florida Power & Light Co. said some might not have electricity for a month or more. "This is going to take weeks, not days," said Bill Sansone, a spokesman for the utility.
The last hurricane to strike the Miami area with such force was Betsy, in 1965.""",
persons=["Maria Elena Fuentes", "Lawton Chiles", "George Bush", "Dennis Waldo", "Bill Sansone"],
dates=[("today",d,"DATE"),("about 5 a.m. EDT",P(d,"Mon")+"T05:00","TIME"),("Monday",P(d,"Mon"),"DATE"),("about four hours","PT4H","DURATION"),
       ("late tonight",d+"TNI","TIME"),("early Wednesday",N(d,"Wed"),"DATE"),("two hours","PT2H","DURATION"),("Monday night",P(d,"Mon")+"TNI","TIME"),
       ("1989","1989","DATE"),("4:45 a.m.",P(d,"Mon")+"T04:45","TIME"),("overnight",P(d,"Mon")+"TNI","TIME"),("a month or more","P1M","DURATION"),
       ("1965","1965","DATE")],
quotes=[("There's nothing left. Not a wall, not a roof, nothing,","Maria Elena Fuentes"),("We prayed for two hours straight.","Maria Elena Fuentes"),
        ("The eye passed right over us,","Dennis Waldo"),("We lost the radar at 4:45 a.m., and after that we were flying blind.","Dennis Waldo"),
        ("This is going to take weeks, not days,","Bill Sansone")]))
d = "1992-11-20"
A.append(dict(id="v09", title="Stocks climb on housing report; Dow up 2 percent for week", dct=d, text=
"""NEW YORK (AP) -- Stock prices rose broadly today, lifted by a rally in technology issues and new signs that the economic recovery was gaining strength. The Dow Jones industrial average gained 16.61 points to close at 3,227.36, capping a 2 percent gain for the week.
Advancing issues outnumbered declines by about 3 to 2 on the New York Stock Exchange, where volume totaled 211.7 million shares, up from 188.4 million Thursday.
The market got a lift early in the session from a Commerce Department report showing that housing starts rose 6.2 percent in October, the biggest gain in eight months. Economists had expected a smaller increase.
"The economy is finally coming out of the ditch," said Richard M. Bolling, chief investment officer at Tremont Capital Management in Boston. "People who sat on their hands for the past two years are starting to buy again."
Bond prices fell, pushing the yield on the 30-year Treasury bond to 7.65 percent from 7.60 percent late Thursday.
Technology stocks led the gains. International Business Machines Corp. rose 1 1/4 to 68 7/8 after falling for six sessions on worries about its dividend. Compaq Computer Corp. rose 2 to 37 1/2.
Analysts said President-elect Clinton's meeting with business executives and economists in Little Rock, Ark., next month could set the tone for the market into early next year. "Wall Street wants to hear about the deficit," said Alice Tremaine, a market strategist at Dean Witter Reynolds Inc. "If he talks about spending, expect a sell-off."
The Dow hit its record close of 3,413.21 on June 1. It has not closed above 3,300 since Aug. 18.
The markets will be closed Thursday for Thanksgiving, and trading will end at 1 p.m. EST on Friday, Nov. 27.""",
persons=["Richard M. Bolling", "Bill Clinton", "Alice Tremaine"],
dates=[("today",d,"DATE"),("the week",WK(d),"DATE"),("Thursday",P(d,"Thu"),"DATE"),("October","1992-10","DATE"),("eight months","P8M","DURATION"),
       ("the past two years","P2Y","DURATION"),("30-year","P30Y","DURATION"),("late Thursday",P(d,"Thu"),"DATE"),("next month","1992-12","DATE"),
       ("early next year","1993","DATE"),("June 1","1992-06-01","DATE"),("Aug. 18","1992-08-18","DATE"),("Thursday",N(d,"Thu"),"DATE",2),
       ("Thanksgiving","1992-11-26","DATE"),("1 p.m. EST","1992-11-27T13:00","TIME"),("Friday, Nov. 27","1992-11-27","DATE")],
quotes=[("The economy is finally coming out of the ditch,","Richard M. Bolling"),
        ("People who sat on their hands for the past two years are starting to buy again.","Richard M. Bolling"),
        ("Wall Street wants to hear about the deficit,","Alice Tremaine"),("If he talks about spending, expect a sell-off.","Alice Tremaine")]))
d = "1993-04-08"
A.append(dict(id="v10", title="Three arrested in $2.1 million armored car robbery", dct=d, text=
"""DETROIT (AP) -- FBI agents arrested three men early today in the $2.1 million robbery of an armored car outside a suburban shopping mall last month, and said they had recovered about half of the money from a storage locker in Toledo, Ohio.
The suspects, two brothers and a former guard for the armored car company, were taken into custody at about 5:30 a.m. in raids on homes in Detroit and Dearborn, said Special Agent Carl Hutchins, who heads the FBI's Detroit office.
"This was not a spur-of-the-moment thing. They planned it for months," Hutchins said at a news conference.
The robbery took place on the evening of March 12 at the Lakeside Commons mall in Sterling Heights. Two masked men overpowered a guard as he loaded bags of cash into the truck shortly after 9 p.m. and drove off in it. The truck was found abandoned near Interstate 696 the next morning.
The former guard, Kevin D. Pruitt, 26, quit his job at Great Lakes Armored Inc. in February, according to an FBI affidavit filed Wednesday in federal court. The affidavit says Pruitt gave the brothers, Raymond and Luis Ortega, the truck's schedule and the combination to its rear door.
Raymond Ortega was released from state prison in 1991 after serving six years for armed robbery.
All three were charged with bank robbery and conspiracy and are to appear before a U.S. magistrate on Friday. If convicted, each faces up to 20 years in prison.
Great Lakes Armored said in a statement that it had "tightened procedures" since the robbery and would change the way it screens guards. "We are grateful to the FBI and to the public," the statement said.
Agents were still searching for the rest of the money this afternoon. Hutchins said a tip received last weekend led them to the locker.""",
persons=["Carl Hutchins", "Kevin D. Pruitt", "Raymond Ortega", "Luis Ortega"],
dates=[("early today",d,"DATE"),("last month","1993-03","DATE"),("about 5:30 a.m.",d+"T05:30","TIME"),("the evening of March 12","1993-03-12TEV","TIME"),
       ("shortly after 9 p.m.","1993-03-12T21:00","TIME"),("the next morning","1993-03-13TMO","TIME"),("February","1993-02","DATE"),
       ("Wednesday",P(d,"Wed"),"DATE"),("1991","1991","DATE"),("six years","P6Y","DURATION"),("Friday",N(d,"Fri"),"DATE"),("20 years","P20Y","DURATION"),
       ("this afternoon",d+"TAF","TIME"),("last weekend",WE(d),"DATE")],
quotes=[("This was not a spur-of-the-moment thing. They planned it for months,","Carl Hutchins"),
        ("tightened procedures","Great Lakes Armored Inc."),("We are grateful to the FBI and to the public,","Great Lakes Armored Inc.")]))
d = "1993-10-21"
A.append(dict(id="v11", title="Verilink's first-quarter profit more than doubles", dct=d, text=
"""SAN JOSE, Calif. (AP) -- Verilink Systems Inc., the maker of computer networking equipment, said Wednesday that its net income for the fiscal first quarter more than doubled as corporations rushed to link their personal computers.
For the quarter ended Sept. 30, Verilink earned $12.7 million, or 41 cents a share, up from $5.9 million, or 20 cents a share, a year ago. Sales rose 64 percent to $88.3 million from $53.8 million.
The results, released after the close of trading, topped analysts' estimates of 35 cents a share. In over-the-counter trading Wednesday, before the announcement, Verilink shares rose 75 cents to $29.25.
"We've set a sales record every quarter since we went public, and we don't see the pace slowing this fall," said the company's president, Anand Mehta. He said Verilink would introduce a faster line of routers in November and open a sales office in Frankfurt early next year.
The company, founded in 1986, has grown from 40 employees to more than 1,100 in seven years. It went public in 1991.
Analysts said Verilink would face stiffer competition over the next 12 to 18 months from larger rivals, including Cisco Systems Inc. and 3Com Corp., which have cut prices on comparable products since the summer.
"They're the leader now, but the big boys are coming," said Jonathan Pryce, an analyst at Montgomery Securities in San Francisco. "Margins will come down. The question is how fast."
Mehta said the company expected sales to pass $100 million in the current quarter, which ends Dec. 31.""",
persons=["Anand Mehta", "Jonathan Pryce"],
dates=[("Wednesday",P(d,"Wed"),"DATE"),("the fiscal first quarter","1993-Q3","DATE"),("the quarter","1993-Q3","DATE"),("Sept. 30","1993-09-30","DATE"),
       ("a year ago","1992","DATE"),("Wednesday",P(d,"Wed"),"DATE"),("every quarter","P3M","SET"),("this fall","1993-FA","DATE"),
       ("November","1993-11","DATE"),("early next year","1994","DATE"),("1986","1986","DATE"),("seven years","P7Y","DURATION"),("1991","1991","DATE"),
       ("the next 12","P12M","DURATION"),("18 months","P18M","DURATION"),("the summer","1993-SU","DATE"),("now","PRESENT_REF","DATE"),
       ("the current quarter","1993-Q4","DATE"),("Dec. 31","1993-12-31","DATE")],
quotes=[("We've set a sales record every quarter since we went public, and we don't see the pace slowing this fall,","Anand Mehta"),
        ("They're the leader now, but the big boys are coming,","Jonathan Pryce"),("Margins will come down. The question is how fast.","Jonathan Pryce")]))
d = "1994-09-15"
A.append(dict(id="v12", title="Baseball owners cancel season; no World Series", dct=d, text=
"""NEW YORK (AP) -- For the first time in 90 years, there will be no World Series.
Acting Commissioner Bud Selig canceled the rest of the baseball season on Wednesday, 34 days after the players went on strike, ending a summer in which several hitters had been on pace to challenge Roger Maris's record of 61 home runs.
Selig, reading a statement at the Milwaukee Brewers' offices, said the owners had voted 26-2 to end the season because there was no hope of a settlement in time to finish it. The players' union called the decision a disgrace.
The strike began Aug. 12 over the owners' demand for a salary cap. The last time a World Series was not played was 1904, when the New York Giants refused to meet the champions of the American League.
"I've been coming to games since I was 6 years old. I can't believe they threw it all away," said Frank DiNapoli, 58, a retired bus driver in the Bronx who has held Yankees season tickets since 1962.
Players have lost about $230 million in salaries since the walkout began, and the owners an estimated $580 million in revenue. The owners have said they may impose a salary cap on Dec. 1 if there is no agreement by then.
"It's going to take years to win the fans back," said Tom Gallardo, the Seattle Mariners' player representative. "Maybe a decade."
No talks are scheduled. The two sides last met on Sept. 9, for less than an hour.
Opening day next spring is set for April 2, but several players said today that they might not report for spring training in February if the owners carry out their threat.""",
persons=["Bud Selig", "Roger Maris", "Frank DiNapoli", "Tom Gallardo"],
dates=[("90 years","P90Y","DURATION"),("Wednesday",P(d,"Wed"),"DATE"),("34 days","P34D","DURATION"),("a summer","1994-SU","DATE"),
       ("Aug. 12","1994-08-12","DATE"),("1904","1904","DATE"),("1962","1962","DATE"),("Dec. 1","1994-12-01","DATE"),("a decade","P10Y","DURATION"),
       ("Sept. 9","1994-09-09","DATE"),("less than an hour","PT1H","DURATION"),("next spring","1995-SP","DATE"),("April 2","1995-04-02","DATE"),
       ("today",d,"DATE"),("February","1995-02","DATE")],
quotes=[("I've been coming to games since I was 6 years old. I can't believe they threw it all away,","Frank DiNapoli"),
        ("It's going to take years to win the fans back,","Tom Gallardo"),("Maybe a decade.","Tom Gallardo")]))
d = "1995-06-13"
A.append(dict(id="v13", title="Tornadoes kill five in Texas Panhandle", dct=d, text=
"""AMARILLO, Texas (AP) -- A line of tornadoes tore through the Texas Panhandle late Monday, killing five people, destroying more than 200 homes and leaving the town of Pecos Bend without power, officials said today.
The strongest twister, with winds estimated at more than 200 mph, touched down at 7:40 p.m. CDT about 3 miles southwest of Pecos Bend and stayed on the ground for nearly 20 minutes, the National Weather Service said.
"It sounded like a jet engine right on top of us," said Wanda Sue Tillman, 53, who hid in a bathtub with her grandson as the storm peeled the roof off her house. "When we came out, the whole street was gone."
Gov. George W. Bush declared a disaster in three counties and planned to tour the area Wednesday.
Rescuers worked through the night with flashlights and dogs, and by this morning all residents had been accounted for, said Castro County Sheriff Lyle Brannock. Three of the dead were members of one family whose mobile home was thrown 100 yards.
Dana Kowalczyk, a meteorologist with the weather service, said the storms formed in the afternoon along a dry line that had stalled over eastern New Mexico since the weekend. Forecasters issued a tornado watch for the area at 4 p.m., more than three hours before the first touchdown.
"People had warning. That's why the toll wasn't worse," Kowalczyk said.
It was the deadliest tornado in the Panhandle since May 1970, when a twister killed 26 people in Lubbock.
More thunderstorms were forecast for tonight and Wednesday, with a chance of large hail.""",
persons=["Wanda Sue Tillman", "George W. Bush", "Lyle Brannock", "Dana Kowalczyk"],
dates=[("late Monday",P(d,"Mon"),"DATE"),("today",d,"DATE"),("7:40 p.m. CDT",P(d,"Mon")+"T19:40","TIME"),("nearly 20 minutes","PT20M","DURATION"),
       ("Wednesday",N(d,"Wed"),"DATE"),("the night",P(d,"Mon")+"TNI","TIME"),("this morning",d+"TMO","TIME"),("the afternoon",P(d,"Mon")+"TAF","TIME"),
       ("the weekend",WE(d),"DATE"),("4 p.m.",P(d,"Mon")+"T16:00","TIME"),("more than three hours","PT3H","DURATION"),("May 1970","1970-05","DATE"),
       ("tonight",d+"TNI","TIME"),("Wednesday",N(d,"Wed"),"DATE")],
quotes=[("It sounded like a jet engine right on top of us,","Wanda Sue Tillman"),("When we came out, the whole street was gone.","Wanda Sue Tillman"),
        ("People had warning. That's why the toll wasn't worse,","Dana Kowalczyk")]))
d = "1995-11-16"
A.append(dict(id="v14", title="Shutdown drags on as budget talks stall", dct=d, text=
"""WASHINGTON (AP) -- The partial shutdown of the federal government dragged on today as President Clinton and Republican congressional leaders traded blame and made no progress toward a budget deal.
About 800,000 federal workers have been sent home since Tuesday, when the government's spending authority ran out at 12:01 a.m. National parks, museums and passport offices are closed, and the Social Security Administration has stopped taking new applications.
The White House chief of staff, Leon E. Panetta, met for two hours Wednesday night with House Speaker Newt Gingrich and Senate Majority Leader Dole, but the talks broke up without agreement shortly before 11 p.m.
Republicans are insisting that Clinton commit to balancing the budget in seven years, using Congressional Budget Office figures. The president has said he will not accept Medicare cuts that he calls too deep.
"We've offered them a way out three times this week, and three times they've said no," said Rep. Dale Whitlock, R-Kan., a member of the House Budget Committee.
"I've got a mortgage payment due on the 1st, and nobody can tell me when I'll be paid," said Gloria Benning, 44, a clerk at the Department of Housing and Urban Development who was sent home Tuesday morning.
The last shutdown, in October 1990, lasted three days.
Economists said a shutdown of a week or two would have little effect on the economy, but the Treasury has warned that it will run out of ways to avoid a default on the national debt by mid-December.
Gingrich said this afternoon that the House would vote Friday on a stopgap bill to reopen the government until Dec. 15.""",
persons=["Bill Clinton", "Leon E. Panetta", "Newt Gingrich", "Bob Dole", "Dale Whitlock", "Gloria Benning"],
dates=[("today",d,"DATE"),("Tuesday",P(d,"Tue"),"DATE"),("12:01 a.m.",P(d,"Tue")+"T00:01","TIME"),("two hours","PT2H","DURATION"),
       ("Wednesday night",P(d,"Wed")+"TNI","TIME"),("shortly before 11 p.m.",P(d,"Wed")+"T23:00","TIME"),("seven years","P7Y","DURATION"),
       ("this week",WK(d),"DATE"),("the 1st","1995-12-01","DATE"),("Tuesday morning",P(d,"Tue")+"TMO","TIME"),("October 1990","1990-10","DATE"),
       ("three days","P3D","DURATION"),("a week","P1W","DURATION"),("two","P2W","DURATION",1),("mid-December","1995-12","DATE"),
       ("this afternoon",d+"TAF","TIME"),("Friday",N(d,"Fri"),"DATE"),("Dec. 15","1995-12-15","DATE")],
quotes=[("We've offered them a way out three times this week, and three times they've said no,","Dale Whitlock"),
        ("I've got a mortgage payment due on the 1st, and nobody can tell me when I'll be paid,","Gloria Benning")]))
d = "1996-03-07"
A.append(dict(id="v15", title="Pacific Crest to buy Midwest Cellular for $4.3 billion", dct=d, text=
"""NEW YORK (AP) -- Pacific Crest Telephone Co. agreed today to buy Midwest Cellular Corp. for $4.3 billion in stock and assumed debt, the biggest deal in the wireless telephone business since Congress rewrote the nation's telecommunications law last month.
The boards of both companies approved the merger at meetings Wednesday night, and it was announced before the stock market opened. Pacific Crest will pay 0.85 of a share for each Midwest Cellular share, a premium of about 30 percent over Wednesday's closing price.
"This gives us a coast-to-coast network years ahead of our competitors," Pacific Crest's chairman, Douglas R. Whitfield, said at a news conference in New York.
Midwest Cellular, based in Kansas City, Mo., has 1.2 million subscribers in 11 states. Its chief executive, Janet Kostelnik, will join Pacific Crest's board and run the combined wireless business. Midwest Cellular said in a statement that the merger would "bring our customers a truly national service."
The companies expect to complete the deal in the third quarter, after approval by the Federal Communications Commission, the Justice Department and shareholders. They said it would save about $150 million annually within three years. "We expect no problems in Washington," a Pacific Crest spokeswoman said.
Midwest Cellular shares jumped $7.375 to $36.50 in early afternoon trading on the Nasdaq Stock Market. Pacific Crest fell $1.25 to $44.
"It's a fair price, but not a cheap one," said Howard Lim, a telecommunications analyst at Salomon Brothers Inc. in New York. He said the deal would dilute Pacific Crest's earnings by about 5 percent in fiscal 1997 but would add to them after that.
Pacific Crest earned $612 million in 1995 on revenue of $5.8 billion. Midwest Cellular lost $18 million in the fourth quarter, compared with a loss of $31 million in the same period a year earlier, as it spent heavily to build its network.
Merger talks began in the fall, Whitfield said, and broke down twice before the two sides agreed on a price late Tuesday.""",
persons=["Douglas R. Whitfield", "Janet Kostelnik", "Howard Lim"],
dates=[("today",d,"DATE"),("last month","1996-02","DATE"),("Wednesday night",P(d,"Wed")+"TNI","TIME"),("Wednesday",P(d,"Wed"),"DATE",1),
       ("the third quarter","1996-Q3","DATE"),("annually","P1Y","SET"),("three years","P3Y","DURATION"),("early afternoon",d+"TAF","TIME"),
       ("1995","1995","DATE"),("the fourth quarter","1995-Q4","DATE"),("the same period a year earlier","1994-Q4","DATE"),("the fall","1995-FA","DATE"),
       ("late Tuesday",P(d,"Tue"),"DATE")],
quotes=[("This gives us a coast-to-coast network years ahead of our competitors,","Douglas R. Whitfield"),
        ("bring our customers a truly national service.","Midwest Cellular Corp."),("We expect no problems in Washington,","Pacific Crest Telephone Co."),
        ("It's a fair price, but not a cheap one,","Howard Lim")]))
d = "1997-07-24"
A.append(dict(id="v16", title="Walter Crane, negotiator of missile treaty, dies at 81", dct=d, text=
"""WASHINGTON (AP) -- Walter Emmett Crane, the career diplomat who led the American team in the talks that produced the first treaty to eliminate an entire class of nuclear weapons, died Wednesday at his home in Chevy Chase, Md. He was 81.
His wife, Dorothy, said he had been treated for lymphoma for the past year.
Crane, a soft-spoken Kansan who joined the Foreign Service in 1940, spent more than two decades negotiating with the Soviet Union. He was a member of the delegation at the strategic arms talks in Helsinki in 1969 and served as ambassador to Poland from 1975 to 1978.
President Reagan named him chief negotiator at the intermediate-range nuclear forces talks in Geneva in 1985. Two years later, the talks produced the INF Treaty, which Reagan and the Soviet leader, Mikhail Gorbachev, signed at the White House on Dec. 8, 1987.
"He could sit across the table for six hours and never raise his voice," said Martin Abernathy, his deputy in Geneva and now a professor at Georgetown University. "The Russians used to say that Crane was the only American who could outwait them."
Crane retired in 1989 and wrote a memoir, "Across the Table," published in 1993.
Besides his wife of 58 years, he is survived by a son, Thomas, of Seattle; a daughter, Ellen Crane Moss, of Baltimore; and five grandchildren. A memorial service will be held at Washington National Cathedral on Aug. 2.""",
persons=["Walter Emmett Crane", "Dorothy", "Ronald Reagan", "Mikhail Gorbachev", "Martin Abernathy", "Thomas", "Ellen Crane Moss"],
dates=[("Wednesday",P(d,"Wed"),"DATE"),("the past year","P1Y","DURATION"),("1940","1940","DATE"),("more than two decades","P20Y","DURATION"),
       ("1969","1969","DATE"),("1975","1975","DATE"),("1978","1978","DATE"),("1985","1985","DATE"),("Two years later","1987","DATE"),
       ("Dec. 8, 1987","1987-12-08","DATE"),("six hours","PT6H","DURATION"),("now","PRESENT_REF","DATE"),("1989","1989","DATE"),("1993","1993","DATE"),
       ("58 years","P58Y","DURATION"),("Aug. 2","1997-08-02","DATE")],
quotes=[("He could sit across the table for six hours and never raise his voice,","Martin Abernathy"),
        ("The Russians used to say that Crane was the only American who could outwait them.","Martin Abernathy")],
nonquotes=["Across the Table,"]))
d = "1998-03-04"
A.append(dict(id="v17", title="Missouri court strikes down school funding system", dct=d, text=
"""JEFFERSON CITY, Mo. (AP) -- The Missouri Supreme Court today struck down the way the state pays for its public schools, ruling 4-3 that the system's heavy reliance on local property taxes denies children in poor districts the education the state constitution guarantees.
The court gave the Legislature until July 1, 1999, to devise a new formula, but said the current one could remain in effect until then.
"A child's education cannot depend on the accident of the ZIP code in which he was born," Judge Evelyn Markham wrote for the majority. "The Constitution does not promise every district the same dollars. It promises every child a fair chance. The present system keeps neither promise.
"We do not tell the General Assembly how to fix it. We tell it that it must."
In a dissent joined by two colleagues, Judge Robert F. Tillis said the majority had "taken a legislative question away from the legislature." He warned that the ruling could force a tax increase of $900 million a year.
The lawsuit was filed in 1993 by 61 school districts, most of them in the rural Bootheel region and the inner cities of St. Louis and Kansas City. A trial judge ruled for the districts in April 1996, and the state appealed.
"Today is a great day for the kids of Missouri," said Alan Prewitt, the lawyer for the districts.
Gov. Mel Carnahan said he would call a special session of the Legislature this fall if lawmakers could not agree on a plan before the regular session ends May 15.
Spending per pupil ranged last year from $3,100 in the poorest district to more than $9,000 in the wealthiest, according to the state Department of Elementary and Secondary Education.""",
persons=["Evelyn Markham", "Robert F. Tillis", "Alan Prewitt", "Mel Carnahan"],
dates=[("today",d,"DATE"),("July 1, 1999","1999-07-01","DATE"),("a year","P1Y","SET"),("1993","1993","DATE"),("April 1996","1996-04","DATE"),
       ("Today",d,"DATE"),("this fall","1998-FA","DATE"),("May 15","1998-05-15","DATE"),("last year","1997","DATE")],
quotes=[("A child's education cannot depend on the accident of the ZIP code in which he was born,","Evelyn Markham"),
        ("The Constitution does not promise every district the same dollars. It promises every child a fair chance. The present system keeps neither promise.","Evelyn Markham","open"),
        ("We do not tell the General Assembly how to fix it. We tell it that it must.","Evelyn Markham"),
        ("taken a legislative question away from the legislature.","Robert F. Tillis"),
        ("Today is a great day for the kids of Missouri,","Alan Prewitt")]))
d = "1998-10-29"
A.append(dict(id="v18", title="Mitch stalls off Honduras, floods kill 32", dct=d, text=
"""TEGUCIGALPA, Honduras (AP) -- Hurricane Mitch, which has sat off the northern coast of Honduras since Monday, battered the coast again today, flooding towns and washing out bridges as the storm weakened but refused to move inland or out to sea. At least 32 people have been killed.
At 10 a.m. EST, the center of the storm was about 40 miles north of the port of Trujillo, with sustained winds of 120 mph, down from 180 mph on Tuesday, the U.S. National Hurricane Center in Miami said. Forecasters said it could drift south over land by Friday.
"We have never seen rain like this. The river came into the house, and we had to climb onto the roof," said Rosa Amalia Cardona, 36, who was evacuated with her four children from a village near La Ceiba on Wednesday.
President Carlos Flores declared a state of emergency and asked for international aid. In a radio address Wednesday night, he said the country had suffered damage that would take years to repair.
The storm has dumped more than 25 inches of rain on parts of the country since the weekend, and forecasters warned that as much as 15 more inches could fall in the next 48 hours.
"The danger now is the mudslides," said Eduardo Paz Reyes, a spokesman for the national emergency commission. "Every hour it rains, the hills get heavier."
In 1974, Hurricane Fifi killed about 8,000 people in Honduras, most of them in floods and mudslides.
Mitch was the fourth-strongest Atlantic hurricane on record when its winds peaked early Tuesday, the hurricane center said. The U.S. Agency for International Development said it was sending plastic sheeting and water purification equipment and would have a disaster team in Tegucigalpa by this weekend.""",
persons=["Rosa Amalia Cardona", "Carlos Flores", "Eduardo Paz Reyes"],
dates=[("Monday",P(d,"Mon"),"DATE"),("today",d,"DATE"),("10 a.m. EST",d+"T10:00","TIME"),("Tuesday",P(d,"Tue"),"DATE"),("Friday",N(d,"Fri"),"DATE"),
       ("Wednesday",P(d,"Wed"),"DATE"),("Wednesday night",P(d,"Wed")+"TNI","TIME"),("the weekend",WE(d),"DATE"),("the next 48 hours","PT48H","DURATION"),
       ("now","PRESENT_REF","DATE"),("Every hour","PT1H","SET"),("1974","1974","DATE"),("early Tuesday",P(d,"Tue"),"DATE"),
       ("this weekend",WK(N(d,"Sat"))+"-WE","DATE")],
quotes=[("We have never seen rain like this. The river came into the house, and we had to climb onto the roof,","Rosa Amalia Cardona"),
        ("The danger now is the mudslides,","Eduardo Paz Reyes"),("Every hour it rains, the hills get heavier.","Eduardo Paz Reyes")]))
d = "1999-06-21"
A.append(dict(id="v19", title="Brannigan wins Lakeshore Classic in playoff", dct=d, text=
"""ROCHESTER, N.Y. (AP) -- Kelly Brannigan sank a 12-foot birdie putt on the first playoff hole Sunday to win the Lakeshore Classic, her first victory in nearly three years on the LPGA Tour.
Brannigan, 31, and Mi-Young Park finished 72 holes at 9-under-par 279 after Park bogeyed the 18th hole. Brannigan then won on the same hole, playing it again as darkness fell shortly after 8:30 p.m.
"I've waited so long for this one," said Brannigan, whose last win came in August 1996 in Portland, Ore. "I was shaking over that putt."
"I kept telling myself to just breathe," she added.
Park, a 22-year-old rookie from Seoul who led by three strokes after Saturday's third round, shot a 1-over 73. "I am disappointed now, but next week I will be ready," she said through an interpreter.
Brannigan earned $150,000, raising her earnings this year to $412,000. She had missed the cut in four of her previous six tournaments and said in May that she had thought about quitting.
Rain delayed the start of the final round by 90 minutes, and the last group did not tee off until 2:15 p.m. EDT.
The defending champion, Laura Voss, who won here last year by six strokes, tied for 11th.
The tour moves next to Toledo, Ohio, where the Maumee Bay Championship begins Thursday.""",
persons=["Kelly Brannigan", "Mi-Young Park", "Laura Voss"],
dates=[("Sunday",P(d,"Sun"),"DATE"),("nearly three years","P3Y","DURATION"),("shortly after 8:30 p.m.",P(d,"Sun")+"T20:30","TIME"),
       ("August 1996","1996-08","DATE"),("Saturday",P(d,"Sat"),"DATE"),("now","PRESENT_REF","DATE"),("next week",WK(d,1),"DATE"),("this year","1999","DATE"),
       ("May","1999-05","DATE"),("90 minutes","PT90M","DURATION"),("2:15 p.m. EDT",P(d,"Sun")+"T14:15","TIME"),("last year","1998","DATE"),
       ("Thursday",N(d,"Thu"),"DATE")],
quotes=[("I've waited so long for this one,","Kelly Brannigan"),("I was shaking over that putt.","Kelly Brannigan"),
        ("I kept telling myself to just breathe,","Kelly Brannigan"),("I am disappointed now, but next week I will be ready,","Mi-Young Park")]))
d = "2000-04-04"
A.append(dict(id="v20", title="Nasdaq plunges, then rebounds, after Microsoft ruling", dct=d, text=
"""NEW YORK (AP) -- The Nasdaq composite index plunged more than 13 percent this morning before roaring back in one of the wildest sessions in the market's history, as investors weighed a federal judge's ruling Monday that Microsoft Corp. had violated antitrust law.
At 1:30 p.m. EDT, the Nasdaq was down 574.53 points at 3,649.11. It closed at 4,148.89, down 74.79, or 1.8 percent. The Dow Jones industrial average, which had been down 504 points at midday, finished 57.09 points lower at 11,164.84.
"I've been doing this for 25 years, and I've never seen anything like it," said Marianne Cho, head of equity trading at Rowe, Hanlon & Co. "People sold first and asked questions later."
Microsoft shares fell $15.375 on Monday, after settlement talks collapsed over the weekend, and U.S. District Judge Thomas Penfield Jackson's ruling came after the close. The stock lost another $3.50 today. Microsoft Chairman Bill Gates said the company would appeal and was confident it would win.
Technology stocks, which drove the Nasdaq up 85.6 percent last year, have been volatile since the index hit a record 5,048.62 on March 10. It is now down about 18 percent from that peak.
"This is what a correction feels like," said Gregory Tanaka, chief economist at Brandt & Lowe Securities in Chicago. "The market went up too far, too fast, and the next six months are going to be rough."
Traders were also nervous ahead of the Federal Reserve's next policy meeting, on May 16. Many economists expect the Fed to raise short-term interest rates for the sixth time since last June.
Volume on the Nasdaq was a record 2.8 billion shares.""",
persons=["Marianne Cho", "Thomas Penfield Jackson", "Bill Gates", "Gregory Tanaka"],
dates=[("this morning",d+"TMO","TIME"),("Monday",P(d,"Mon"),"DATE"),("1:30 p.m. EDT",d+"T13:30","TIME"),("midday",d+"TMI","TIME"),
       ("25 years","P25Y","DURATION"),("Monday",P(d,"Mon"),"DATE"),("the weekend",WE(d),"DATE"),("today",d,"DATE"),("last year","1999","DATE"),
       ("March 10","2000-03-10","DATE"),("now","PRESENT_REF","DATE"),("the next six months","P6M","DURATION"),("May 16","2000-05-16","DATE"),
       ("last June","1999-06","DATE")],
quotes=[("I've been doing this for 25 years, and I've never seen anything like it,","Marianne Cho"),
        ("People sold first and asked questions later.","Marianne Cho"),("This is what a correction feels like,","Gregory Tanaka"),
        ("The market went up too far, too fast, and the next six months are going to be rough.","Gregory Tanaka")]))

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for a in A:
    t = a["text"]; pos = {}
    def find(s):
        k = pos.get(s, 0); st, en = span(t, s, k); pos[s] = k + 1; return st, en
    dates = []
    for s, v, ty, *occ in a["dates"]:
        if occ: pos[s] = occ[0]
        st, en = find(s); dates.append(dict(text=s, value=v, type=ty, start=st, end=en))
    pos.clear()
    quotes = []; opened = 0
    for s, sp, *flag in a["quotes"]:
        st, en = find(s)
        assert t[st-1] == '"', (a["id"], s)
        if flag:  # a quote whose paragraph ends without a closing mark (it goes on in the next paragraph)
            assert flag == ["open"] and t[en] == "\n" and t[en+1] == '"', (a["id"], s); opened += 1
        else:
            assert t[en] == '"', (a["id"], s)
        quotes.append(dict(text=s, start=st, end=en, speaker=sp))
    for s in a.get("nonquotes", []):  # marks that are not quotes (nicknames, titles, terms)
        st, en = span(t, '"' + s + '"')
    # every quotation mark is explained: two per closed quote, one per open one, two per non-quote
    assert t.count('"') == 2 * len(quotes) - opened + 2 * len(a.get("nonquotes", [])), (a["id"], t.count('"'), len(quotes))
    assert len(set(a["persons"])) == len(a["persons"]), a["id"]
    for p in a["persons"]:  # each canonical name, or at least its surname, is written in the text
        assert p in t or p.split()[-1] in t, (a["id"], p)
    for q in quotes:
        assert q["speaker"] is None or q["speaker"] in a["persons"] or q["speaker"] in t, (a["id"], q)
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    for d, e in zip(dates, dates[1:]): assert d["end"] <= e["start"], (a["id"], d["text"], e["text"])
    for d in dates:  # a date span starts and ends at word boundaries
        assert (d["start"] == 0 or not t[d["start"]-1].isalnum()) and (d["end"] == len(t) or not t[d["end"]].isalnum()), (a["id"], d["text"])
        assert d["type"] in ("DATE", "TIME", "DURATION", "SET"), (a["id"], d)
        for i, w in enumerate(WEEKDAYS):  # a named weekday has that weekday's date
            if w in d["text"]:
                assert _d(d["value"][:10]).weekday() == i, (a["id"], d)
    words = len(t.split())
    assert 180 <= words <= 520, (a["id"], words)
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens held-out news-wire set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
n = lambda k: sum(len(a[k]) for a in A)
types = {}
for a in A:
    for x in a["dates"]: types[x[2]] = types.get(x[2], 0) + 1
print("ok", len(A), "articles,", sum(len(a["text"].split()) for a in A), "words,", n("dates"), "dates", types, ",", n("persons"), "persons,", n("quotes"), "quotes",
      "(", sum(1 for a in A for q in a["quotes"] if q[1] is not None and q[1] not in a["persons"]), "by organisations,",
      sum(1 for a in A for q in a["quotes"] if q[1] is None), "unattributed )")

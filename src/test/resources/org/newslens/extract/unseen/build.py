"""Builds the hand-made unseen gold files (u*.json) from the texts and hand annotations below.
Annotations name a span by its text and occurrence (0-based); offsets are computed and checked here."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
A.append(dict(id="u01", title="Airbus delays first A380 for Qantas", dct="2007-03-14", text=
"""Airbus said on Tuesday that the first A380 superjumbo for Qantas will be delivered in August 2008, ten months later than the date it promised last year. The manufacturer has struggled with wiring problems for more than two years.
"We have turned the corner on production," said Airbus chief operating officer Fabrice Brégier at a news conference in Toulouse. "The next 18 months will be decisive."
Qantas chief executive Geoff Dixon said the airline was disappointed but would not cancel its order for 20 aircraft. "We will seek compensation," he told reporters on Tuesday evening.
Airbus shares fell 2.3 percent in Paris trading yesterday. Analysts expect the company to report a net loss for 2006 when it publishes annual results later this month.
Emirates, the largest A380 customer, said in a statement that it "remains committed to the programme" and expects its first aircraft in the third quarter of next year.""",
persons=["Fabrice Brégier", "Geoff Dixon"],
dates=[("on Tuesday","2007-03-13","DATE"),("August 2008","2008-08","DATE"),("ten months","P10M","DURATION"),("last year","2006","DATE"),
       ("more than two years","P2Y","DURATION"),("The next 18 months","P18M","DURATION"),("Tuesday evening","2007-03-13TEV","TIME"),
       ("yesterday","2007-03-13","DATE"),("2006","2006","DATE"),("annual","P1Y","SET"),("later this month","2007-03","DATE"),("the third quarter of next year","2008-Q3","DATE")],
quotes=[("We have turned the corner on production,","Fabrice Brégier"),("The next 18 months will be decisive.","Fabrice Brégier"),
        ("We will seek compensation,","Geoff Dixon"),("remains committed to the programme","Emirates")]))
A.append(dict(id="u02", title="Global markets fall again", dct="2008-10-07", text=
"""Stock markets in Asia and Europe fell sharply on Tuesday as investors worried that government rescue plans would not be enough to stop a global recession.
Japan's Nikkei 225 index closed down 3 percent at 10,155.90, its lowest level since December 2003. In London, the FTSE 100 was down 1.8 percent at 10:30 GMT, after losing nearly 8 percent on Monday, its worst one-day fall in more than 20 years.
The sell-off followed a 370-point drop on Wall Street. The Dow Jones Industrial Average has lost about a quarter of its value since its peak a year ago.
"Fear is driving the market now," said Kathleen Brooks, an analyst at a London brokerage. "Nobody wants to hold risk ahead of the earnings season."
Central banks pumped billions of dollars into money markets for the third time this week. The Reserve Bank of Australia cut its main rate by a full percentage point to 6 percent, its biggest cut since 1992.
Economists expect third-quarter growth figures, due later this month, to show the US economy shrank for the first time since 2001. In the second quarter, it grew at a rate of 2.8 percent, compared with 4.8 percent a year earlier.""",
persons=["Kathleen Brooks"],
dates=[("on Tuesday","2008-10-07","DATE"),("December 2003","2003-12","DATE"),("10:30 GMT","2008-10-07T10:30","TIME"),("on Monday","2008-10-06","DATE"),
       ("one-day","P1D","DURATION"),("more than 20 years","P20Y","DURATION"),("a year ago","2007","DATE"),("now","PRESENT_REF","DATE"),
       ("this week","2008-W41","DATE"),("1992","1992","DATE"),("third-quarter","2008-Q3","DATE"),("later this month","2008-10","DATE"),
       ("2001","2001","DATE"),("the second quarter","2008-Q2","DATE"),("a year earlier","2007-Q2","DATE")],
quotes=[("Fear is driving the market now,","Kathleen Brooks"),("Nobody wants to hold risk ahead of the earnings season.","Kathleen Brooks")]))
A.append(dict(id="u03", title="Senate passes financial overhaul", dct="2010-05-20", text=
"""The Senate passed a sweeping overhaul of financial regulation late Thursday, handing President Barack Obama a major legislative victory.
The bill, approved 59 to 39, would create a consumer protection agency and give regulators new powers to wind down failing firms. It must now be reconciled with a version the House of Representatives passed in December.
"This is a victory for the American people," said Senator Christopher Dodd, the Democrat who wrote the bill. He added: "Wall Street will no longer be able to gamble with other people's money."
Republican leader Mitch McConnell opposed the measure. "It does nothing to end the bailouts," he said. "We'll keep fighting it."
Obama praised the vote in a brief statement from the White House. "Our goal is to make sure our financial system works for consumers," the president said.
Two Republicans, Scott Brown of Massachusetts and Olympia Snowe of Maine, voted with the Democrats. Brown said he had been assured that the bill would not hurt banks in his state. "I read the whole thing," Snowe told reporters on Wednesday. "It isn't perfect, but it is a start."
Negotiators hope to send a final bill to the president's desk by July 4. Lawmakers have debated the issue for almost two years.""",
persons=["Barack Obama","Christopher Dodd","Mitch McConnell","Scott Brown","Olympia Snowe"],
dates=[("late Thursday","2010-05-20","DATE"),("now","PRESENT_REF","DATE"),("December","2009-12","DATE"),("on Wednesday","2010-05-19","DATE"),
       ("July 4","2010-07-04","DATE"),("almost two years","P2Y","DURATION")],
quotes=[("This is a victory for the American people,","Christopher Dodd"),("Wall Street will no longer be able to gamble with other people's money.","Christopher Dodd"),
        ("It does nothing to end the bailouts,","Mitch McConnell"),("We'll keep fighting it.","Mitch McConnell"),
        ("Our goal is to make sure our financial system works for consumers,","Barack Obama"),
        ("I read the whole thing,","Olympia Snowe"),("It isn't perfect, but it is a start.","Olympia Snowe")]))
A.append(dict(id="u04", title="Chrysler files for bankruptcy", dct="2009-04-30", text=
"""Chrysler LLC filed for Chapter 11 bankruptcy protection on Thursday after last-minute talks with its lenders collapsed, the company said in a statement.
"Chrysler will emerge from this process a stronger company," the statement said. The carmaker said it expected the court process to last about 60 days and that its plants would be idle until then.
Italian carmaker Fiat will take a 20 percent stake in the new company and could raise it to 35 percent. Fiat said the alliance would give it access to the North American market, calling it "a unique opportunity".
The United Auto Workers union said in a statement that its members had made "painful sacrifices" to keep the company alive.
A spokesman for the Treasury Department said the government would provide about $8 billion in new financing. "The administration stands behind Chrysler," the spokesman said.
Chrysler has received $4 billion in federal loans since January. The company sold about 1.4 million vehicles in the United States last year, down 30 percent from 2007.""",
persons=[],
dates=[("on Thursday","2009-04-30","DATE"),("about 60 days","P60D","DURATION"),("January","2009-01","DATE"),("last year","2008","DATE"),("2007","2007","DATE")],
quotes=[("Chrysler will emerge from this process a stronger company,","Chrysler LLC"),("a unique opportunity","Fiat"),
        ("painful sacrifices","United Auto Workers"),("The administration stands behind Chrysler,","Treasury Department")]))
A.append(dict(id="u05", title="City trader jailed for fraud", dct="2011-02-03", text=
"""A former City trader was jailed for seven years at Southwark Crown Court yesterday for a £2m fraud against his employer.
Daniel Ashworth, 34, of Fulham, west London, admitted 12 counts of fraud at a hearing last month. The court heard that he had hidden losses from his managers for almost eighteen months between 2008 and 2010.
Passing sentence, Judge Rebecca Harlow told him: "You abused the trust placed in you for your own gain." She said the offences had been "carefully planned".
Ashworth's barrister, Martin Fell QC, said his client had shown genuine remorse. Ashworth will serve half of his sentence before being released on licence.
The Serious Fraud Office said the case had taken two and a half years to bring to trial. A confiscation hearing is due to take place on 14 March.
Detective Inspector Sarah Cole, who led the inquiry, said: "This sentence sends a clear message." The bank said it had since tightened its controls, and paid back clients in full in the autumn of 2010.""",
persons=["Daniel Ashworth","Rebecca Harlow","Martin Fell","Sarah Cole"],
dates=[("seven years","P7Y","DURATION"),("yesterday","2011-02-02","DATE"),("last month","2011-01","DATE"),("almost eighteen months","P18M","DURATION"),
       ("2008","2008","DATE"),("2010","2010","DATE"),("two and a half years","P2.5Y","DURATION"),("14 March","2011-03-14","DATE"),("the autumn of 2010","2010-FA","DATE")],
quotes=[("You abused the trust placed in you for your own gain.","Rebecca Harlow"),("carefully planned","Rebecca Harlow"),
        ("This sentence sends a clear message.","Sarah Cole")]))
A.append(dict(id="u06", title="Bolt retains Olympic 100m title", dct="2012-08-06", text=
"""Usain Bolt retained his Olympic 100 metres title in London on Sunday night, winning in an Olympic record time of 9.63.
The Jamaican, who turns 26 later this month, beat his training partner Yohan Blake, who took silver in 9.75. American Justin Gatlin, the 2004 champion, won bronze.
"I came out here to show the world I'm the best," Bolt said after the race. "People doubted me, but I did it."
Bolt had struggled with a hamstring injury for several weeks before the Games and lost to Blake at the Jamaican trials in late June.
Blake, 22, said he was happy with silver. "Usain is a legend. My time will come," he said.
The two will meet again in the 200 metres, with the heats on Tuesday and the final on Thursday at 20:55 local time. More than 80,000 spectators watched the race, which lasted less than ten seconds.""",
persons=["Usain Bolt","Yohan Blake","Justin Gatlin"],
dates=[("Sunday night","2012-08-05TNI","TIME"),("later this month","2012-08","DATE"),("2004","2004","DATE"),("several weeks","PXW","DURATION"),
       ("late June","2012-06","DATE"),("on Tuesday","2012-08-07","DATE"),("on Thursday","2012-08-09","DATE"),("20:55","2012-08-09T20:55","TIME"),
       ("less than ten seconds","PT10S","DURATION")],
quotes=[("I came out here to show the world I'm the best,","Usain Bolt"),("People doubted me, but I did it.","Usain Bolt"),
        ("Usain is a legend. My time will come,","Yohan Blake")]))
A.append(dict(id="u07", title="Most distant galaxy found (no publication date)", dct=None, text=
"""Astronomers have discovered the most distant galaxy yet seen, according to a study published on Wednesday, 19 June 2013, in the journal Nature.
The team, led by Dr. Hannah Okafor of the University of Leeds, used the Hubble Space Telescope to observe the galaxy for more than 40 hours between September 2012 and January 2013.
"We are seeing this galaxy as it was shortly after the Big Bang," Okafor said. She said the team would use the James Webb Space Telescope, due for launch in 2018, to study it in more detail.
A second group, led by Tomás Rivera at the University of Arizona, had reported a similar object in March. "It is a very exciting time for the field," Rivera said in an email on Thursday.""",
persons=["Hannah Okafor","Tomás Rivera"],
dates=[("Wednesday, 19 June 2013","2013-06-19","DATE"),("more than 40 hours","PT40H","DURATION"),("September 2012","2012-09","DATE"),("January 2013","2013-01","DATE"),
       ("2018","2018","DATE"),("March","2013-03","DATE"),("on Thursday","2013-06-20","DATE")],
quotes=[("We are seeing this galaxy as it was shortly after the Big Bang,","Hannah Okafor"),("It is a very exciting time for the field,","Tomás Rivera")]))
A.append(dict(id="u08", title="EU digital rules take effect", dct="2024-03-12", text=
"""The European Union's landmark Digital Markets Act came into force last Thursday, forcing Apple, Google and Meta to open up their platforms to rivals.
Apple said in a blog post that the changes would create "new privacy and security threats" for users. The company has until the end of the year to comply with a separate ruling on its App Store fees.
EU competition chief Margrethe Vestager said on Monday that the Commission would open investigations "in the coming weeks" if the companies did not comply. "Gatekeepers have had six months to prepare," she said.
Meta's president of global affairs, Nick Clegg, told the BBC two weeks ago that the company would offer a paid, ad-free subscription. Google said it had made more than 20 changes to its search results since January.
Companies that break the rules face fines of up to 10 percent of their global turnover. The Commission plans to publish its first review of the law in 2026, and said it would report to the European Parliament every year.""",
persons=["Margrethe Vestager","Nick Clegg"],
dates=[("last Thursday","2024-03-07","DATE"),("the end of the year","2024","DATE"),("on Monday","2024-03-11","DATE"),("the coming weeks","FUTURE_REF","DATE"),
       ("six months","P6M","DURATION"),("two weeks ago","2024-W09","DATE"),("January","2024-01","DATE"),("2026","2026","DATE"),("every year","P1Y","SET")],
quotes=[("new privacy and security threats","Apple"),("in the coming weeks","Margrethe Vestager"),("Gatekeepers have had six months to prepare,","Margrethe Vestager")]))

A.append(dict(id="u09", title="Dell recalls Sony laptop batteries", dct="2006-08-15", text=
"""Dell Inc. will recall 4.1 million notebook computer batteries made by Sony because they can overheat and catch fire, the company said on Monday.
The recall, the largest in the history of the consumer electronics industry, covers batteries in laptops sold between April 2004 and July 2006. Dell said it had received six reports of notebooks overheating since December.
"We are taking this action because we care about our customers' safety," said Dell spokesman Ira Whitmore.
Sony said in a statement that it would share the cost of the recall, which analysts estimated at between $200 million and $400 million. The Japanese company's shares fell 2.1 percent in Tokyo trading on Tuesday.
Customers can exchange the batteries free of charge until the end of the year, Dell said. The company expects to report its second-quarter results on Thursday, August 17.
The US Consumer Product Safety Commission, which worked with Dell on the recall, said the problem was "extremely rare". Commission chairman Hal Stratton said it was "the right thing to do".
Dell shares have fallen about 40 percent over the past 12 months.""",
persons=["Ira Whitmore","Hal Stratton"],
dates=[("on Monday","2006-08-14","DATE"),("April 2004","2004-04","DATE"),("July 2006","2006-07","DATE"),("December","2005-12","DATE"),
       ("on Tuesday","2006-08-15","DATE"),("the end of the year","2006","DATE"),("second-quarter","2006-Q2","DATE"),
       ("Thursday, August 17","2006-08-17","DATE"),("the past 12 months","P12M","DURATION")],
quotes=[("We are taking this action because we care about our customers' safety,","Ira Whitmore"),
        ("extremely rare","US Consumer Product Safety Commission"),("the right thing to do","Hal Stratton")]))
A.append(dict(id="u10", title="Ahmadinejad addresses UN", dct="2009-09-24", text=
"""Iranian President Mahmoud Ahmadinejad told the United Nations General Assembly on Wednesday that his country was ready to talk, but several Western delegations walked out during his speech.
"We are prepared to shake all hands which are honestly extended to us," he said. "But we will not give up our rights."
US Secretary of State Hillary Clinton dismissed the speech. "Talk is cheap," she told reporters in New York. "We are waiting for actions."
British Prime Minister Gordon Brown warned that the world would draw "a line in the sand" over Iran's nuclear programme. He said new sanctions could be agreed within weeks.
The talks between Iran and six world powers are due to begin in Geneva on October 1. A senior European diplomat, who asked not to be named, said: "Nobody expects a breakthrough."
Ahmadinejad, who was re-elected in June in a disputed vote, has led Iran since 2005. According to Ali Larijani, the speaker of the Iranian parliament, "the nuclear issue is closed".""",
persons=["Mahmoud Ahmadinejad","Hillary Clinton","Gordon Brown","Ali Larijani"],
dates=[("on Wednesday","2009-09-23","DATE"),("October 1","2009-10-01","DATE"),("June","2009-06","DATE"),("2005","2005","DATE")],
quotes=[("We are prepared to shake all hands which are honestly extended to us,","Mahmoud Ahmadinejad"),("But we will not give up our rights.","Mahmoud Ahmadinejad"),
        ("Talk is cheap,","Hillary Clinton"),("We are waiting for actions.","Hillary Clinton"),("a line in the sand","Gordon Brown"),
        ("Nobody expects a breakthrough.",None),("the nuclear issue is closed","Ali Larijani")]))
A.append(dict(id="u11", title="UK inflation falls to 2.6%", dct="2025-04-16", text=
"""Britain's inflation rate fell to 2.6% in March from 2.8% in February, official figures showed on Wednesday, raising the chance that the Bank of England will cut interest rates next month.
Economists polled by Reuters had expected a fall to 2.7%. Services inflation, closely watched by the Bank, slowed to 4.7%, its lowest level since December.
Finance minister Rachel Reeves said: "There is more to do, but I am determined to put more money in people's pockets."
"We think the Bank will cut by a quarter point in May," said Sanjay Raja, chief UK economist at Deutsche Bank. The Bank's Monetary Policy Committee next meets on May 8.
Inflation hit a 41-year high of 11.1% in October 2022. Mortgage rates have fallen for three consecutive weeks, according to data provider Moneyfacts, and energy bills rose at the start of April.
Analysts expect inflation to rise again later this year as higher water bills take effect. The pound was little changed at $1.3250 at 0700 GMT.""",
persons=["Rachel Reeves","Sanjay Raja"],
dates=[("March","2025-03","DATE"),("February","2025-02","DATE"),("on Wednesday","2025-04-16","DATE"),("next month","2025-05","DATE"),
       ("December","2024-12","DATE"),("May","2025-05","DATE"),("May 8","2025-05-08","DATE"),("41-year","P41Y","DURATION"),("October 2022","2022-10","DATE"),
       ("three consecutive weeks","P3W","DURATION"),("the start of April","2025-04","DATE"),("later this year","2025","DATE"),("0700 GMT","2025-04-16T07:00","TIME")],
quotes=[("There is more to do, but I am determined to put more money in people's pockets.","Rachel Reeves"),
        ("We think the Bank will cut by a quarter point in May,","Sanjay Raja")]))
A.append(dict(id="u12", title="US stocks fall after jobs report", dct="2010-07-02", text=
"""U.S. stocks fell for a fourth straight session on Friday after the government said employers cut 125,000 jobs in June, the first decline this year.
The Dow Jones industrial average lost 0.5 percent to close at 9,686.48, leaving it down 4.5 percent since Monday. The index has fallen 10 percent in the second quarter, its worst three-month performance since the end of 2008.
The unemployment rate fell to 9.5 percent from 9.7 percent in May, the Labor Department said. Markets will be closed on Monday for a holiday.
"It was a lousy report," said Paula Wenner, chief strategist at Harbor Trust. Two weeks ago, the Federal Reserve said the recovery was "proceeding and the labor market is improving gradually".
Earlier this week, the Conference Board's consumer confidence index fell to 52.9 in June from 62.7 the previous month.
Federal Reserve chairman Ben Bernanke is due to testify before Congress later this month. Analysts expect the central bank to keep rates near zero for at least the next six months. The S&P 500 index has lost 16 percent since its April 23 high.""",
persons=["Paula Wenner","Ben Bernanke"],
dates=[("on Friday","2010-07-02","DATE"),("June","2010-06","DATE"),("this year","2010","DATE"),("since Monday","2010-06-28","DATE"),
       ("the second quarter","2010-Q2","DATE"),("three-month","P3M","DURATION"),("the end of 2008","2008","DATE"),("May","2010-05","DATE"),
       ("on Monday","2010-07-05","DATE"),("Two weeks ago","2010-W24","DATE"),("Earlier this week","2010-W26","DATE"),("June","2010-06","DATE"),
       ("the previous month","2010-05","DATE"),("later this month","2010-07","DATE"),("the next six months","P6M","DURATION"),("April 23","2010-04-23","DATE")],
quotes=[("It was a lousy report,","Paula Wenner"),("proceeding and the labor market is improving gradually","Federal Reserve")]))

A.append(dict(id="u13", title="Cathay Pacific orders Boeing 777s", dct="2005-11-09", text=
"""Boeing said on Tuesday it had won an order from Cathay Pacific for 12 777 aircraft worth about $3 billion at list prices, the latest in a string of big Asian orders this year.
“Cathay is one of the most demanding customers in the world,” said Scott Carson, who heads Boeing's commercial airplanes sales. “This order shows that the 777 is the right aircraft for the long-haul market.”
Cathay Pacific chief executive Philip Chen said the airline would take delivery of the aircraft between 2007 and 2009. He said the carrier expected passenger numbers to grow by about 6 percent a year over the next ten years.
“We looked closely at the Airbus A340,” Chen told a press conference in Hong Kong on Wednesday morning. “In the end, the economics favoured Boeing.
“We expect to announce further orders early next year.”
Airbus, which has won 55 percent of orders this year, declined to comment. Boeing shares rose 1.2 percent to $68.50 in New York trading on Tuesday afternoon.""",
persons=["Scott Carson","Philip Chen"],
dates=[("on Tuesday","2005-11-08","DATE"),("this year","2005","DATE"),("2007","2007","DATE"),("2009","2009","DATE"),("a year","P1Y","SET"),
       ("the next ten years","P10Y","DURATION"),("Wednesday morning","2005-11-09TMO","TIME"),("early next year","2006","DATE"),("this year","2005","DATE"),
       ("Tuesday afternoon","2005-11-08TAF","TIME")],
quotes=[("Cathay is one of the most demanding customers in the world,","Scott Carson"),
        ("This order shows that the 777 is the right aircraft for the long-haul market.","Scott Carson"),
        ("We looked closely at the Airbus A340,","Philip Chen"),("In the end, the economics favoured Boeing.","Philip Chen"),
        ("We expect to announce further orders early next year.","Philip Chen")]))
A.append(dict(id="u14", title="Former fund manager gets 11 years for insider trading", dct="2012-03-21", text=
"""A federal judge in Manhattan on Tuesday sentenced former hedge fund manager Vikram Desai to 11 years in prison for insider trading, the longest such sentence ever imposed.
Desai, 54, was convicted in May of 14 counts of securities fraud and conspiracy. Prosecutors said he earned more than $60 million from illegal tips between 2003 and 2009.
U.S. District Judge Richard Holwell said the crimes "reflect a virus in our business culture that needs to be eradicated". Desai's lawyer, Terence Lynam, said his client would appeal.
Desai must report to prison on May 15 and pay a $10 million fine. He has been free on $100 million bail since his arrest in October 2009.
"This sentence should send a message," Manhattan U.S. Attorney Preet Bharara said in a statement. His office has charged 66 people with insider trading over the past two and a half years, winning 60 convictions.
The trial lasted eight weeks. Jurors deliberated for 12 days.""",
persons=["Vikram Desai","Richard Holwell","Terence Lynam","Preet Bharara"],
dates=[("on Tuesday","2012-03-20","DATE"),("11 years","P11Y","DURATION"),("May","2011-05","DATE"),("2003","2003","DATE"),("2009","2009","DATE"),
       ("May 15","2012-05-15","DATE"),("October 2009","2009-10","DATE"),("the past two and a half years","P2.5Y","DURATION"),
       ("eight weeks","P8W","DURATION"),("12 days","P12D","DURATION")],
quotes=[("reflect a virus in our business culture that needs to be eradicated","Richard Holwell"),
        ("This sentence should send a message,","Preet Bharara")]))
A.append(dict(id="u15", title="Endeavour launch set for March 11", dct="2008-02-26", text=
"""The space shuttle Endeavour is scheduled to lift off from Kennedy Space Center at 2:28 a.m. EDT on March 11 on a 16-day mission to the International Space Station, NASA said on Monday.
The crew of seven, led by commander Dominic Gorie, will deliver the first part of Japan's Kibo laboratory and a Canadian robot called Dextre. The mission includes five spacewalks, each lasting about six and a half hours.
"This is the longest shuttle mission to the station," said mission manager LeRoy Cain. "We have a lot of work to do in a short time."
The launch comes less than a month after Atlantis returned from a 13-day flight on February 20. NASA plans to fly five more shuttle missions this year and to retire the fleet in 2010.
Engineers spent the weekend checking a fuel sensor that caused delays last December. Cain said the team would meet again next week to review the data.""",
persons=["Dominic Gorie","LeRoy Cain"],
dates=[("2:28 a.m. EDT","2008-03-11T02:28","TIME"),("March 11","2008-03-11","DATE"),("16-day","P16D","DURATION"),("on Monday","2008-02-25","DATE"),
       ("about six and a half hours","PT6.5H","DURATION"),("less than a month","P1M","DURATION"),("13-day","P13D","DURATION"),("February 20","2008-02-20","DATE"),
       ("this year","2008","DATE"),("2010","2010","DATE"),("the weekend","2008-W08-WE","DATE"),("last December","2007-12","DATE"),("next week","2008-W10","DATE")],
quotes=[("This is the longest shuttle mission to the station,","LeRoy Cain"),("We have a lot of work to do in a short time.","LeRoy Cain")]))

A.append(dict(id="u16", title="UK election produces hung parliament", dct="2010-05-07", text=
"""Britain's general election on Thursday produced a hung parliament, with no party winning an outright majority for the first time since 1974.
The Conservatives, led by David Cameron, won 306 seats, 20 short of a majority. Prime Minister Gordon Brown said he would stay in Downing Street while the parties held talks over the weekend.
"The country has spoken, but it has not given a clear answer," Brown said in a statement outside Number 10 on Friday afternoon. Liberal Democrat leader Nick Clegg said the party with the most votes and seats should have the first right to seek to govern.
Cameron made a "big, open and comprehensive offer" to the Liberal Democrats on Friday. "We must act in the national interest," he told reporters.
Turnout was 65 percent, up from 61 percent in 2005. Markets fell sharply in early trading, and the pound dropped to a one-year low against the dollar before recovering by midday.
Senior civil servants have prepared for talks that could last several days. The new parliament meets for the first time on 18 May.""",
persons=["David Cameron","Gordon Brown","Nick Clegg"],
dates=[("on Thursday","2010-05-06","DATE"),("1974","1974","DATE"),("the weekend","2010-W18-WE","DATE"),("Friday afternoon","2010-05-07TAF","TIME"),
       ("on Friday","2010-05-07","DATE"),("2005","2005","DATE"),("one-year","P1Y","DURATION"),("midday","2010-05-07T12:00","TIME"),
       ("several days","PXD","DURATION"),("18 May","2010-05-18","DATE")],
quotes=[("The country has spoken, but it has not given a clear answer,","Gordon Brown"),("big, open and comprehensive offer","David Cameron"),
        ("We must act in the national interest,","David Cameron")]))
A.append(dict(id="u17", title="Apple posts record profit", dct="2011-07-20", text=
"""Apple reported record profit on Tuesday as iPhone sales more than doubled, sending its shares up 6 percent in after-hours trading.
Net income in the three months to June 25 rose to $7.31 billion from $3.25 billion a year earlier. Revenue climbed 82 percent to $28.57 billion.
"We're thrilled to deliver our best quarter ever," chief executive Steve Jobs said in a statement. Jobs has been on medical leave since January.
The company said it sold 20.34 million iPhones in the three months, up 142 percent. It expects revenue of about $25 billion in the current quarter, which ends in September.
Chief financial officer Peter Oppenheimer told analysts on a conference call that the company was "very confident" about the new products it will launch this fall. He declined to give details.
Apple had $76.2 billion in cash and investments at the end of June. Its shares have risen 15 percent since the start of the year.""",
persons=["Steve Jobs","Peter Oppenheimer"],
dates=[("on Tuesday","2011-07-19","DATE"),("the three months","P3M","DURATION"),("June 25","2011-06-25","DATE"),("a year earlier","2010","DATE"),
       ("January","2011-01","DATE"),("the three months","P3M","DURATION"),("the current quarter","2011-Q3","DATE"),("September","2011-09","DATE"),
       ("this fall","2011-FA","DATE"),("the end of June","2011-06","DATE"),("the start of the year","2011","DATE")],
quotes=[("We're thrilled to deliver our best quarter ever,","Steve Jobs"),("very confident","Peter Oppenheimer")]))

for a in A:
    t = a["text"]; pos = {}
    def find(s):
        k = pos.get(s, 0); st, en = span(t, s, k); pos[s] = k + 1; return st, en
    dates = []
    for s, v, ty in a["dates"]:
        st, en = find(s); dates.append(dict(text=s, value=v, type=ty, start=st, end=en))
    pos.clear()
    quotes = []
    for s, sp in a["quotes"]:
        st, en = find(s); assert t[st-1] in '"“' and (en == len(t) or t[en] in '"”\n'), (a["id"], s)
        quotes.append(dict(text=s, start=st, end=en, speaker=sp))
    assert t.count('"') + t.count('“') + t.count('”') >= 2 * len(quotes) - 1, (a["id"], len(quotes))
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens unseen set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("ok", len(A))

"""Builds the hand-made Wikinews-style gold files (k*.json) from the texts and hand annotations below:
15 made-up articles in the plain style of Wikinews 2005-2013 (business, aviation, autos, markets, tech,
a few politics and disaster stories; one paragraph each, like the corpus' re-joined texts), annotated by
the rules of ../shared/eval/README.md (persons, every TIMEX3 with value and type, quotes with speakers).
Annotations name a span by its text and occurrence (0-based, in order); offsets are computed and checked
here, and every weekday, ISO week and shifted day is computed from the article's dct by the helpers of goldkit.py,
never typed. Written and scored once before any engine change."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []

T = "2008-11-06"
A.append(dict(id="k01", title="Boeing machinists vote to end eight-week strike", dct=T, text=
"""Members of the International Association of Machinists and Aerospace Workers voted on Saturday to accept a new contract from Boeing, ending a strike that had halted production of the company's commercial jets for 57 days. Around 27,000 workers walked off the job on September 6 after talks over job security and health benefits broke down. Union members are expected to return to work on Sunday. The four-year contract gives workers a 15 percent wage increase over the life of the deal and a bonus of $2,000 each. "This has been a long and difficult time for our members and their families," said union district president Tom Wroblewski. "But we stood together, and we got a better contract." Analysts estimate that Boeing lost about $100 million in revenue a day during the walkout, and the company has already pushed back deliveries of its 777 and 737 jets. It now expects to deliver between 375 and 380 aircraft this year, down from 441 in 2007. The strike also delayed the first flight of the 787 Dreamliner, which had been planned for the fourth quarter and has been postponed repeatedly since 2007. Boeing had not given a new date as of Wednesday. Boeing shares rose 3.2% to $48.50 in trading yesterday, but the stock has lost more than 40 percent of its value since the start of the year.""",
persons=["Tom Wroblewski"],
dates=[("on Saturday", prev(T, "Saturday"), "DATE"), ("57 days", "P57D", "DURATION"), ("September 6", "2008-09-06", "DATE"),
       ("on Sunday", nxt(T, "Sunday"), "DATE"), ("four-year", "P4Y", "DURATION"), ("a day", "P1D", "SET"), ("now", "PRESENT_REF", "DATE"),
       ("this year", "2008", "DATE"), ("2007", "2007", "DATE"), ("the fourth quarter", "2008-Q4", "DATE"), ("2007", "2007", "DATE"),
       ("Wednesday", prev(T, "Wednesday"), "DATE"), ("yesterday", plus(T, -1), "DATE"), ("the start of the year", "2008", "DATE")],
quotes=[("This has been a long and difficult time for our members and their families,", "Tom Wroblewski"),
        ("But we stood together, and we got a better contract.", "Tom Wroblewski")]))

T = "2009-03-10"
A.append(dict(id="k02", title="Wall Street rallies as Citigroup reports profit", dct=T, text=
"""Stocks on Wall Street surged on Tuesday, with the Dow Jones Industrial Average posting its biggest one-day gain since November, after Citigroup said it had been profitable in January and February. The Dow rose 379 points, or 5.8%, to close at 6,926.49. The index had fallen to its lowest level in more than 12 years on Monday, and has lost more than half of its value since its peak in October 2007. The S&P 500 gained 6.4% and the Nasdaq Composite climbed 7.1%. In a memo to employees, Citigroup chief executive Vikram Pandit said the bank was having "its best performance since the third quarter of 2007". Investors have been selling bank shares for weeks amid fears that the government could nationalise the largest lenders. "Today was about relief, not recovery," said Laura Hensley, a fund manager at Carrow Asset Management. "We have seen rallies like this before, and most of them lasted only a few days." Markets in Asia and Europe had closed before the memo was made public. Japan's Nikkei 225 index ended the day at its lowest level since 1982. The Federal Reserve's policy committee is due to meet next week, and Treasury Secretary Timothy Geithner is expected to present details of a plan to remove bad assets from banks' balance sheets later this month.""",
persons=["Vikram Pandit", "Laura Hensley", "Timothy Geithner"],
dates=[("on Tuesday", T, "DATE"), ("one-day", "P1D", "DURATION"), ("November", "2008-11", "DATE"), ("January", "2009-01", "DATE"),
       ("February", "2009-02", "DATE"), ("more than 12 years", "P12Y", "DURATION"), ("on Monday", prev(T, "Monday"), "DATE"),
       ("October 2007", "2007-10", "DATE"), ("the third quarter of 2007", "2007-Q3", "DATE"), ("Today", T, "DATE"),
       ("a few days", "PXD", "DURATION"), ("the day", T, "DATE"), ("1982", "1982", "DATE"), ("next week", week(T, 1), "DATE"),
       ("later this month", "2009-03", "DATE")],
quotes=[("its best performance since the third quarter of 2007", "Vikram Pandit"),
        ("Today was about relief, not recovery,", "Laura Hensley"),
        ("We have seen rallies like this before, and most of them lasted only a few days.", "Laura Hensley")]))

T = "2010-01-28"
A.append(dict(id="k03", title="Apple unveils iPad tablet computer", dct=T, text=
"""Apple Inc. on Wednesday unveiled the iPad, a tablet computer with a 9.7-inch touch screen, at an event in San Francisco. The device will go on sale in late March, starting at $499 for the basic model, and models with 3G wireless access will follow in April. Chief executive Steve Jobs described the iPad as "a truly magical and revolutionary product" and said it would sit between a smartphone and a laptop. "Our most advanced technology in a magical and revolutionary device at an unbelievable price," he said. Rumours of an Apple tablet have circulated for nearly a decade. The company last launched an entirely new kind of product in 2007, when the first iPhone went on sale. Apple sold 8.7 million iPhones in the final quarter of 2009, and reported on Monday record quarterly revenue of $15.7 billion. Analysts were divided. Some said the iPad could do for electronic books what the iPod did for music in 2001; others noted that tablet computers sold by Microsoft's partners since 2002 had failed to win over consumers. Apple shares fell 2% after the announcement, but rose 1.5% today in early trading. The company's annual shareholders' meeting is scheduled for February 25.""",
persons=["Steve Jobs"],
dates=[("on Wednesday", prev(T, "Wednesday"), "DATE"), ("late March", "2010-03", "DATE"), ("April", "2010-04", "DATE"),
       ("nearly a decade", "P10Y", "DURATION"), ("2007", "2007", "DATE"), ("the final quarter of 2009", "2009-Q4", "DATE"),
       ("on Monday", prev(T, "Monday"), "DATE"), ("quarterly", "P3M", "DURATION"), ("2001", "2001", "DATE"), ("2002", "2002", "DATE"),
       ("today", T, "DATE"), ("annual", "P1Y", "SET"), ("February 25", "2010-02-25", "DATE")],
quotes=[("a truly magical and revolutionary product", "Steve Jobs"),
        ("Our most advanced technology in a magical and revolutionary device at an unbelievable price,", "Steve Jobs")]))

T = "2009-06-02"
A.append(dict(id="k04", title="General Motors agrees to sell Hummer to Chinese company", dct=T, text=
"""General Motors said today that it has agreed to sell its Hummer brand to Sichuan Tengzhong Heavy Industrial Machinery, a little-known Chinese maker of road construction equipment. Financial terms were not disclosed, but the deal is expected to save more than 3,000 jobs in the United States. The announcement follows GM's filing on Monday for Chapter 11 bankruptcy protection in a Manhattan court, the largest industrial bankruptcy in US history. Under the restructuring plan, the US government will take a 60 percent stake in the company, and GM will close 14 plants by the end of 2010. The sale is expected to close in the third quarter. GM first said in December that it was considering the future of Hummer, whose large sport utility vehicles have seen sales fall sharply since fuel prices rose in 2008. Hummer sold 9,046 vehicles in the US in the first quarter of this year, down 65 percent from the same period a year earlier. GM bought the Hummer name from AM General in 1999. "We are confident that this agreement will give Hummer the resources to continue its business," said Troy Clarke, the president of GM North America. The Chinese company said it plans to keep Hummer's management team in place and to keep building the vehicles at GM's plant in Shreveport, Louisiana for at least two years. Fritz Henderson, GM's chief executive, said on Monday that the new company would be "leaner and quicker", and that he hoped it could emerge from bankruptcy within 60 to 90 days.""",
persons=["Troy Clarke", "Fritz Henderson"],
dates=[("today", T, "DATE"), ("on Monday", prev(T, "Monday"), "DATE"), ("the end of 2010", "2010", "DATE"), ("the third quarter", "2009-Q3", "DATE"),
       ("December", "2008-12", "DATE"), ("2008", "2008", "DATE"), ("the first quarter of this year", "2009-Q1", "DATE"),
       ("the same period a year earlier", "2008-Q1", "DATE"), ("1999", "1999", "DATE"), ("at least two years", "P2Y", "DURATION"),
       ("on Monday", prev(T, "Monday"), "DATE"), ("60", "P60D", "DURATION", 1), ("90 days", "P90D", "DURATION")],
quotes=[("We are confident that this agreement will give Hummer the resources to continue its business,", "Troy Clarke"),
        ("leaner and quicker", "Fritz Henderson")]))

T = "2007-07-18"
A.append(dict(id="k05", title="Cargo jet crashes after take-off in Kenya", dct=T, text=
"""A Boeing 727 cargo plane operated by the Kenyan company Skyline Freight crashed shortly after take-off from Nairobi's Jomo Kenyatta International Airport on Monday night, killing all five crew members. The aircraft left the airport at 23:40 local time (20:40 UTC) bound for Mogadishu and lost contact with air traffic control within four minutes. Witnesses said they saw flames coming from one of its engines before it came down in a field about two kilometres from the runway. Kenya's transport minister, Chirau Ali Mwakwere, visited the site yesterday morning and said an investigation had begun. "It is too early to say what caused this tragedy," he told reporters. The plane's flight data recorder was recovered on Tuesday afternoon and will be sent to the United States for analysis. Investigators expect to publish a preliminary report within a month. The aircraft was built in 1979 and had last been inspected in May, according to the company. It is the second fatal crash involving a Kenyan airline this year; in May, a Kenya Airways Boeing 737 crashed in Cameroon with 114 people on board. Skyline Freight has suspended all flights until further notice. The company, founded in 1998, currently operates four aircraft and has flown daily cargo services to Somalia since 2004.""",
persons=["Chirau Ali Mwakwere"],
dates=[("Monday night", prev(T, "Monday") + "TNI", "TIME"), ("23:40", prev(T, "Monday") + "T23:40", "TIME"),
       ("20:40 UTC", prev(T, "Monday") + "T20:40", "TIME"), ("four minutes", "PT4M", "DURATION"),
       ("yesterday morning", plus(T, -1) + "TMO", "TIME"), ("Tuesday afternoon", prev(T, "Tuesday") + "TAF", "TIME"),
       ("a month", "P1M", "DURATION"), ("1979", "1979", "DATE"), ("May", "2007-05", "DATE"), ("this year", "2007", "DATE"),
       ("May", "2007-05", "DATE"), ("1998", "1998", "DATE"), ("currently", "PRESENT_REF", "DATE"), ("daily", "P1D", "SET"),
       ("2004", "2004", "DATE")],
quotes=[("It is too early to say what caused this tragedy,", "Chirau Ali Mwakwere")]))

T = "2012-02-15"
A.append(dict(id="k06", title="Fiat returns to profit thanks to Chrysler", dct=T, text=
"""Italian carmaker Fiat said on Tuesday that it returned to profit last year, helped by its majority-owned US unit Chrysler, which posted its first annual net profit since 1997. Fiat reported a net profit of 1.7 billion euros for 2011, compared with a loss of 200 million euros the previous year. Revenue rose to 59.6 billion euros. Without Chrysler, whose results Fiat began to include in its own in June, the group would have lost money in the fourth quarter, as car sales in Italy fell to their lowest level since 1996. Chief executive Sergio Marchionne, who runs both companies, warned that 2012 would be "very tough" for the European car market. He said Fiat would not close any of its Italian plants this year, but did not rule out closures in the future. "Europe has too many factories and too few buyers," Marchionne told analysts on a conference call. "Nobody can keep losing money for three, four years and stay in business." Fiat raised its stake in Chrysler to 58.5 percent in January and wants to merge the two companies by 2014. Chrysler, which emerged from bankruptcy in June 2009 under Fiat's management, has repaid its government loans six years ahead of schedule. Fiat shares have risen about 30 percent since the beginning of the year. The company will present a new five-year plan in April.""",
persons=["Sergio Marchionne"],
dates=[("on Tuesday", prev(T, "Tuesday"), "DATE"), ("last year", "2011", "DATE"), ("annual", "P1Y", "DURATION"), ("1997", "1997", "DATE"),
       ("2011", "2011", "DATE"), ("the previous year", "2010", "DATE"), ("June", "2011-06", "DATE"), ("the fourth quarter", "2011-Q4", "DATE"),
       ("1996", "1996", "DATE"), ("2012", "2012", "DATE"), ("this year", "2012", "DATE"), ("the future", "FUTURE_REF", "DATE"),
       ("three", "P3Y", "DURATION"), ("four years", "P4Y", "DURATION"), ("January", "2012-01", "DATE"), ("2014", "2014", "DATE"),
       ("June 2009", "2009-06", "DATE"), ("six years", "P6Y", "DURATION"), ("the beginning of the year", "2012", "DATE"),
       ("five-year", "P5Y", "DURATION"), ("April", "2012-04", "DATE")],
quotes=[("very tough", "Sergio Marchionne"), ("Europe has too many factories and too few buyers,", "Sergio Marchionne"),
        ("Nobody can keep losing money for three, four years and stay in business.", "Sergio Marchionne")]))

T = "2011-08-09"
A.append(dict(id="k07", title="Stock markets tumble after US credit rating cut", dct=T, text=
"""Stock markets around the world fell sharply on Monday, in the first trading session since Standard & Poor's cut the United States' credit rating from AAA to AA+ on Friday evening. The Dow Jones Industrial Average lost 634.76 points, or 5.6%, its biggest one-day fall since December 2008, closing at 10,809.85. The Nasdaq dropped 6.9%. It was the first time that S&P had downgraded US government debt, which had held the top rating since 1941. The agency said it had lost confidence in the ability of Congress to reduce the country's deficit, after lawmakers spent months arguing over raising the debt ceiling before reaching a deal at the end of July. President Barack Obama said in a televised address on Monday afternoon that "no matter what some agency may say, we've always been and always will be a AAA country." European markets had their worst week since 2008 last week, and the falls continued today. London's FTSE 100 was down 3.4% by midday, while the German DAX fell 4.1%. Gold rose above $1,770 an ounce for the first time. "People are scared, and when people are scared they sell first and ask questions later," said Martin Ferreira, head of equities at Lusitano Capital in Lisbon. The Federal Reserve's policy committee will meet this afternoon to discuss the economy, and analysts expect the central bank to promise to keep interest rates low for at least another year.""",
persons=["Barack Obama", "Martin Ferreira"],
dates=[("on Monday", prev(T, "Monday"), "DATE"), ("Friday evening", prev(T, "Friday") + "TEV", "TIME"), ("one-day", "P1D", "DURATION"),
       ("December 2008", "2008-12", "DATE"), ("1941", "1941", "DATE"), ("the end of July", "2011-07", "DATE"),
       ("Monday afternoon", prev(T, "Monday") + "TAF", "TIME"), ("2008", "2008", "DATE", 1), ("last week", week(T, -1), "DATE"),
       ("today", T, "DATE"), ("midday", T + "TMI", "TIME"), ("this afternoon", T + "TAF", "TIME"),
       ("at least another year", "P1Y", "DURATION")],
quotes=[("no matter what some agency may say, we've always been and always will be a AAA country.", "Barack Obama"),
        ("People are scared, and when people are scared they sell first and ask questions later,", "Martin Ferreira")]))

T = "2006-09-21"
A.append(dict(id="k08", title="Thai military promises civilian government after coup", dct=T, text=
"""Thailand's military leaders said today that they will hand power to a civilian prime minister within two weeks and hold a general election in October 2007. Tanks rolled into Bangkok on Tuesday night and soldiers removed the government of Prime Minister Thaksin Shinawatra in a bloodless coup. Army commander General Sonthi Boonyaratglin told reporters that an interim constitution would be drafted "as soon as possible". Thaksin, who was in New York for the United Nations General Assembly when the coup took place, flew to London on Wednesday. He has not spoken publicly since a televised statement in which he declared a state of emergency shortly before the army took control of the state broadcaster. The coup was Thailand's first since 1991, when the army overthrew the elected government of Chatichai Choonhavan. Thaksin had governed since 2001 and won a landslide election in 2005, but faced months of street protests this year over the tax-free sale of his family's telecommunications company for $1.9 billion. An election held in April was later annulled by the courts. "The streets are calm now, and people are going to work," said a Bangkok resident who gave her name only as Noi. Schools, banks and government offices reopened yesterday after a one-day holiday declared by the military. The United States said it was disappointed by the coup and would review its aid to Thailand.""",
persons=["Thaksin Shinawatra", "Sonthi Boonyaratglin", "Chatichai Choonhavan", "Noi"],
dates=[("today", T, "DATE"), ("two weeks", "P2W", "DURATION"), ("October 2007", "2007-10", "DATE"),
       ("Tuesday night", prev(T, "Tuesday") + "TNI", "TIME"), ("as soon as possible", "FUTURE_REF", "DATE"),
       ("on Wednesday", prev(T, "Wednesday"), "DATE"), ("1991", "1991", "DATE"), ("2001", "2001", "DATE"), ("2005", "2005", "DATE"),
       ("this year", "2006", "DATE"), ("April", "2006-04", "DATE"), ("now", "PRESENT_REF", "DATE"), ("yesterday", plus(T, -1), "DATE"),
       ("one-day", "P1D", "DURATION")],
quotes=[("as soon as possible", "Sonthi Boonyaratglin"), ("The streets are calm now, and people are going to work,", "Noi")]))

T = "2005-12-14"
A.append(dict(id="k09", title="Boeing wins order for 60 jets from Hainan Airlines", dct=T, text=
"""Boeing announced on Monday that it had won an order for 60 of its 737 jets from the Chinese carrier Hainan Airlines, worth about $3.6 billion at list prices. The deal, signed in Beijing, brings Boeing's orders this year to more than 950 aircraft, the most in the company's 89-year history, and puts it ahead of Airbus for the first time since 2000. Airbus, which delivered more aircraft than Boeing in each of the last three years, has said it expects to book about 900 orders in 2005. Both companies will publish their final figures in January. Hainan Airlines, based on the island of Hainan in the South China Sea, will take delivery of the planes between 2007 and 2010. "China's market is growing faster than any other in the world, and we intend to be part of that growth," said Rob Laughlin, Boeing's president for China. Chinese airlines have ordered more than 400 aircraft from the two manufacturers over the past twelve months, and Boeing currently estimates that China will need 2,600 new planes over the next two decades. Earlier this month, Airbus signed a deal for 150 A320 jets with a group of Chinese airlines during a visit to Beijing by the French Prime Minister, Dominique de Villepin. Boeing's shares closed at $70.10 on Tuesday, up 1.3 percent.""",
persons=["Rob Laughlin", "Dominique de Villepin"],
dates=[("on Monday", prev(T, "Monday"), "DATE"), ("this year", "2005", "DATE"), ("89-year", "P89Y", "DURATION"), ("2000", "2000", "DATE"),
       ("the last three years", "P3Y", "DURATION"), ("2005", "2005", "DATE"), ("January", "2006-01", "DATE"), ("2007", "2007", "DATE"),
       ("2010", "2010", "DATE"), ("the past twelve months", "P12M", "DURATION"), ("currently", "PRESENT_REF", "DATE"),
       ("the next two decades", "P20Y", "DURATION"), ("Earlier this month", "2005-12", "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE")],
quotes=[("China's market is growing faster than any other in the world, and we intend to be part of that growth,", "Rob Laughlin")]))

T = "2013-06-05"
A.append(dict(id="k10", title="Floods force thousands from their homes in central Europe", dct=T, text=
"""Tens of thousands of people in Germany, the Czech Republic and Austria have been forced from their homes after days of heavy rain caused rivers to burst their banks. At least 12 people have died since the weekend. In the German city of Passau, where three rivers meet, the water reached 12.8 metres on Monday, its highest level since 1501. In Dresden, the Elbe is expected to peak on Thursday at about eight metres. The Czech government declared a state of emergency on Sunday, and the authorities in Prague closed several metro stations and the historic Charles Bridge. More than 3,000 soldiers have been deployed to build flood defences. "The situation is still very serious, but I believe the worst is over in the south," German Chancellor Angela Merkel said after touring flooded areas yesterday. She promised 100 million euros in emergency aid. Many residents recall the floods of August 2002, when the Elbe rose to 9.4 metres in Dresden and damage across Europe reached 15 billion euros. Since then, the region has spent hundreds of millions on walls and dams, and in recent years several towns have built mobile barriers. Forecasters say the rain should ease over the next few days, but warn that water levels on the Danube will remain high for at least a week. Hungary's prime minister, Viktor Orbán, said on Tuesday that Budapest was preparing for its worst floods in more than 100 years.""",
persons=["Angela Merkel", "Viktor Orbán"],
dates=[("the weekend", week(T, -1) + "-WE", "DATE"), ("on Monday", prev(T, "Monday"), "DATE"), ("1501", "1501", "DATE"),
       ("on Thursday", nxt(T, "Thursday"), "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"), ("yesterday", plus(T, -1), "DATE"),
       ("August 2002", "2002-08", "DATE"), ("recent years", "PAST_REF", "DATE"), ("the next few days", "PXD", "DURATION"),
       ("at least a week", "P1W", "DURATION"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("more than 100 years", "P100Y", "DURATION")],
quotes=[("The situation is still very serious, but I believe the worst is over in the south,", "Angela Merkel")]))

T = "2008-01-22"
A.append(dict(id="k11", title="Federal Reserve makes emergency rate cut as markets slide", dct=T, text=
"""The US Federal Reserve cut its main interest rate by three quarters of a percentage point to 3.5% today, its biggest cut since 1984 and its first move between scheduled meetings since September 2001. The decision was announced at 08:20 Eastern time (13:20 UTC), about an hour before US markets opened, following heavy losses in Asia and Europe on Monday, when US markets were closed for the Martin Luther King Jr. Day holiday. London's FTSE 100 had fallen 5.5% yesterday, its largest fall in a single session since 2001. The Fed said it took the action because of "a weakening of the economic outlook and increasing downside risks to growth". Its policy committee is due to meet next Tuesday and Wednesday, and many economists expect a further cut then. Despite the move, the Dow Jones Industrial Average fell as much as 464 points in the first minutes of trading this morning before recovering some of its losses. "The Fed is trying to get ahead of the problem, but it cannot fix the housing market on its own," said Denise Albright, chief economist at Harrow Brothers. Fears of a US recession have grown over the past two weeks. Retail sales fell in December, and the unemployment rate rose to 5% last month, from 4.4% in March. President George W. Bush last Friday proposed a $145 billion package of tax rebates to boost the economy this year.""",
persons=["Denise Albright", "George W. Bush"],
dates=[("today", T, "DATE"), ("1984", "1984", "DATE"), ("September 2001", "2001-09", "DATE"), ("08:20", T + "T08:20", "TIME"),
       ("13:20 UTC", T + "T13:20", "TIME"), ("about an hour", "PT1H", "DURATION"), ("on Monday", prev(T, "Monday"), "DATE"),
       ("Martin Luther King Jr. Day", prev(T, "Monday"), "DATE"), ("yesterday", plus(T, -1), "DATE"), ("2001", "2001", "DATE", 1),
       ("next Tuesday", nxt(T, "Tuesday"), "DATE"), ("Wednesday", plus(nxt(T, "Tuesday"), 1), "DATE"), ("this morning", T + "TMO", "TIME"),
       ("the past two weeks", "P2W", "DURATION"), ("December", "2007-12", "DATE"), ("last month", "2007-12", "DATE"),
       ("March", "2007-03", "DATE"), ("last Friday", prev(T, "Friday"), "DATE"), ("this year", "2008", "DATE")],
quotes=[("a weakening of the economic outlook and increasing downside risks to growth", "Federal Reserve"),
        ("The Fed is trying to get ahead of the problem, but it cannot fix the housing market on its own,", "Denise Albright")]))

T = "2010-10-21"
A.append(dict(id="k12", title="Toyota recalls 1.5 million vehicles over brake fault", dct=T, text=
"""Toyota Motor Corporation said today that it is recalling about 1.53 million vehicles worldwide, including 740,000 in the United States, because of a brake fluid leak that could reduce braking power over time. The recall covers several models built between 2004 and 2006, among them the Avalon and the Highlander, and the Lexus GS 300. No accidents have been linked to the fault, the company said. It is the latest in a series of recalls that have damaged the carmaker's reputation for quality. Since last November, Toyota has recalled more than 10 million vehicles, most of them over sticking accelerator pedals and floor mats that could trap the pedals. In February, company president Akio Toyoda apologised before a US congressional committee and promised that the company would put safety first. Two months later, Toyota agreed to pay a record $16.4 million fine to the US government for failing to report the pedal problem promptly. Toyota sold more vehicles than General Motors for the first time in 2008, but its US sales fell 34 percent in September from a year earlier, while those of its rivals rose. The company has recently cut prices and offered free maintenance to win back buyers. "We are taking this step out of an abundance of caution," said Keiko Mori, a company spokeswoman in Tokyo. Dealers will begin repairing the cars in November, and each repair takes about an hour. The company is expected to report its results for the July-September quarter on November 5.""",
persons=["Akio Toyoda", "Keiko Mori"],
dates=[("today", T, "DATE"), ("2004", "2004", "DATE"), ("2006", "2006", "DATE"), ("last November", "2009-11", "DATE"),
       ("February", "2010-02", "DATE"), ("Two months later", "2010-04", "DATE"), ("2008", "2008", "DATE"), ("September", "2010-09", "DATE"),
       ("a year earlier", "2009", "DATE"), ("recently", "PAST_REF", "DATE"), ("November", "2010-11", "DATE", 1),
       ("about an hour", "PT1H", "DURATION"), ("the July-September quarter", "2010-Q3", "DATE"), ("November 5", "2010-11-05", "DATE")],
quotes=[("We are taking this step out of an abundance of caution,", "Keiko Mori")]))

T = "2011-05-03"
A.append(dict(id="k13", title="Southwest Airlines completes purchase of AirTran", dct=T, text=
"""Southwest Airlines said on Monday that it had completed its $1.4 billion purchase of AirTran Holdings, the parent company of AirTran Airways, nearly eight months after the deal was first announced. The two airlines will continue to fly under separate names while their operations are combined, a process Southwest expects to take up to two years. Southwest chief executive Gary Kelly said the first AirTran planes would be repainted in Southwest's colours early next year. In a statement released on Monday, Kelly said: "Today marks the beginning of a new chapter for both of our companies." The Department of Justice approved the deal in late April after the airlines agreed to give up some take-off and landing slots at Reagan National Airport in Washington and at LaGuardia in New York. AirTran, founded in 1993 as ValuJet, was the launch customer for the Boeing 717 in 1999 and now operates 138 aircraft. Southwest, which has made a profit every year since 1973, will gain AirTran's large hub in Atlanta and its first international routes, to Mexico and the Caribbean. Its shares rose 2% yesterday. The combined airline will carry more than 100 million passengers a year. Southwest will give an update on the integration at its annual meeting on May 18.""",
persons=["Gary Kelly"],
dates=[("on Monday", prev(T, "Monday"), "DATE"), ("nearly eight months", "P8M", "DURATION"), ("up to two years", "P2Y", "DURATION"),
       ("early next year", "2012", "DATE"), ("on Monday", prev(T, "Monday"), "DATE"), ("Today", prev(T, "Monday"), "DATE"),
       ("late April", "2011-04", "DATE"), ("1993", "1993", "DATE"), ("1999", "1999", "DATE"), ("now", "PRESENT_REF", "DATE"),
       ("every year", "P1Y", "SET"), ("1973", "1973", "DATE"), ("yesterday", plus(T, -1), "DATE"), ("a year", "P1Y", "SET"),
       ("annual", "P1Y", "SET"), ("May 18", "2011-05-18", "DATE")],
quotes=[("Today marks the beginning of a new chapter for both of our companies.", "Gary Kelly")]))

T = "2012-11-07"
A.append(dict(id="k14", title="Barack Obama wins second term as US president", dct=T, text=
"""Barack Obama was re-elected President of the United States yesterday, defeating the Republican challenger Mitt Romney after a long and bitter campaign. Television networks called the race shortly after 23:15 Eastern time, when Obama was projected to win Ohio. Romney conceded in a speech to supporters in Boston shortly before 01:00 on Wednesday. "This is a time of great challenges for America, and I pray that the president will be successful in guiding our nation," he said. Obama, speaking in Chicago early this morning, told supporters that "the best is yet to come". The president's second term will begin on January 20. He faces an immediate challenge: unless Congress acts before the end of the year, tax increases and spending cuts worth about $600 billion will take effect automatically. Democrats kept control of the Senate, while Republicans held on to their majority in the House of Representatives, which they won in 2010. Obama first won the presidency four years ago, when he beat John McCain to become the country's first black president. Turnout appeared to be lower than in 2008. Stock markets in Asia rose in early trading today, and futures pointed to a higher opening on Wall Street. Romney, a former governor of Massachusetts, had campaigned for nearly two years.""",
persons=["Barack Obama", "Mitt Romney", "John McCain"],
dates=[("yesterday", plus(T, -1), "DATE"), ("23:15", plus(T, -1) + "T23:15", "TIME"), ("01:00", T + "T01:00", "TIME"),
       ("Wednesday", T, "DATE"), ("early this morning", T + "TMO", "TIME"), ("January 20", "2013-01-20", "DATE"),
       ("the end of the year", "2012", "DATE"), ("2010", "2010", "DATE"), ("four years ago", "2008", "DATE"), ("2008", "2008", "DATE"),
       ("today", T, "DATE"), ("nearly two years", "P2Y", "DURATION")],
quotes=[("This is a time of great challenges for America, and I pray that the president will be successful in guiding our nation,", "Mitt Romney"),
        ("the best is yet to come", "Barack Obama")]))

T = "2006-03-17"
A.append(dict(id="k15", title="General Motors restates earnings, delays report", dct=T, text=
"""General Motors said yesterday that it had overstated its earnings for 2001 by about $400 million, and that it would delay filing its report for 2005 with the Securities and Exchange Commission. The world's largest carmaker now says it lost $10.6 billion last year, up from the $8.6 billion it reported in January. The restatement is due to accounting errors for supplier credits and for its former parts unit Delphi, which filed for bankruptcy protection in October. GM said it would file the report by the end of the month. Its shares fell 3.4% on Thursday to $20.76, and have lost more than half their value in the past two years. The company has been under investigation by the SEC since last year over its accounting practices. Chairman and chief executive Rick Wagoner, who has led GM since 2000, said the company was "taking the necessary steps to strengthen our controls". In November, GM announced that it would cut 30,000 jobs and close twelve plants by 2008. Last week, it agreed to sell a controlling stake in its financing arm, GMAC, to a group of investors led by Cerberus Capital Management. Analysts said the restatement was unlikely to affect the sale. "It is embarrassing, but the numbers that matter are the ones for the next two or three years," said Peter Nesbitt of Lowland Securities.""",
persons=["Rick Wagoner", "Peter Nesbitt"],
dates=[("yesterday", plus(T, -1), "DATE"), ("2001", "2001", "DATE"), ("2005", "2005", "DATE"), ("now", "PRESENT_REF", "DATE"),
       ("last year", "2005", "DATE"), ("January", "2006-01", "DATE"), ("October", "2005-10", "DATE"), ("the end of the month", "2006-03", "DATE"),
       ("on Thursday", prev(T, "Thursday"), "DATE"), ("the past two years", "P2Y", "DURATION"), ("last year", "2005", "DATE"),
       ("2000", "2000", "DATE"), ("November", "2005-11", "DATE"), ("2008", "2008", "DATE"), ("Last week", week(T, -1), "DATE"),
       ("the next two", "P2Y", "DURATION"), ("three years", "P3Y", "DURATION")],
quotes=[("taking the necessary steps to strengthen our controls", "Rick Wagoner"),
        ("It is embarrassing, but the numbers that matter are the ones for the next two or three years,", "Peter Nesbitt")]))

# --- Batch 2 (k16-k20): written after revision 2 of the engine and scored once with it, to measure it on
# text its changes were not made for (docs/extraction-results.md).

T = "2007-10-11"
A.append(dict(id="k16", title="Boeing delays 787 Dreamliner deliveries by six months", dct=T, text=
"""Boeing announced yesterday that the first deliveries of its 787 Dreamliner will be delayed by about six months, blaming shortages of fasteners and problems with flight-control software. The first aircraft, which had been due to be handed over to All Nippon Airways in May 2008, will now arrive late in the year. The company also pushed back the plane's maiden flight, which it had planned for the end of September, to mid-December. "We are disappointed that we have had to change our schedule," said Scott Carson, chief executive of Boeing Commercial Airplanes, at a press conference in Seattle. Boeing has taken 710 orders for the 787 since the programme was launched in April 2004, making it the fastest-selling new airliner in history. Airlines that have ordered it, including Northwest and Qantas, said they were studying the new timetable and had not ruled out asking for compensation. Analysts said the delay would cost Boeing between $1 billion and $2.5 billion over the next two years. The company's shares fell 2.5 percent to $97.70 in trading yesterday, after rising more than 20 percent in the past twelve months. Airbus, whose A380 superjumbo is due to enter service with Singapore Airlines later this month after two years of delays, replaced two chief executives over its problems in 2006.""",
persons=["Scott Carson"],
dates=[("yesterday", plus(T, -1), "DATE"), ("about six months", "P6M", "DURATION"), ("May 2008", "2008-05", "DATE"), ("now", "PRESENT_REF", "DATE"),
       ("late in the year", "2008", "DATE"), ("the end of September", "2007-09", "DATE"), ("mid-December", "2007-12", "DATE"),
       ("April 2004", "2004-04", "DATE"), ("the next two years", "P2Y", "DURATION"), ("yesterday", plus(T, -1), "DATE"),
       ("the past twelve months", "P12M", "DURATION"), ("later this month", "2007-10", "DATE"), ("two years", "P2Y", "DURATION", 1),
       ("2006", "2006", "DATE")],
quotes=[("We are disappointed that we have had to change our schedule,", "Scott Carson")]))

T = "2013-07-22"
A.append(dict(id="k17", title="Detroit becomes largest US city to file for bankruptcy", dct=T, text=
"""The city of Detroit filed for bankruptcy protection on Thursday, becoming the largest US city ever to do so. The city's emergency manager, Kevyn Orr, who was appointed by Michigan Governor Rick Snyder in March, estimates that Detroit owes between $18 billion and $20 billion to creditors, including pension funds. A county judge ruled on Friday that the filing violated the state constitution, but state lawyers appealed the decision the same day, and a federal judge is expected to hold the first hearing in the case on Wednesday. "This is a difficult step, but the only viable option," Snyder said in a letter published with the filing. Detroit's population has fallen from a peak of 1.8 million in 1950 to about 700,000 today, and the city has run a budget deficit for most of the past six years. Orr said over the weekend that police and fire services would continue to operate normally during the bankruptcy process, which could last more than a year. Retired city workers fear deep cuts to their pensions. "I worked for this city for 32 years, and now they want to take my pension away," said Darlene Moore, a former bus driver, at a protest outside the federal courthouse on Friday afternoon.""",
persons=["Kevyn Orr", "Rick Snyder", "Darlene Moore"],
dates=[("on Thursday", prev(T, "Thursday"), "DATE"), ("March", "2013-03", "DATE"), ("on Friday", prev(T, "Friday"), "DATE"),
       ("the same day", prev(T, "Friday"), "DATE"), ("on Wednesday", nxt(T, "Wednesday"), "DATE"), ("1950", "1950", "DATE"),
       ("today", "PRESENT_REF", "DATE"), ("the past six years", "P6Y", "DURATION"), ("the weekend", week(T, -1) + "-WE", "DATE"),
       ("more than a year", "P1Y", "DURATION"), ("32 years", "P32Y", "DURATION"), ("now", "PRESENT_REF", "DATE"),
       ("Friday afternoon", prev(T, "Friday") + "TAF", "TIME")],
quotes=[("This is a difficult step, but the only viable option,", "Rick Snyder"),
        ("I worked for this city for 32 years, and now they want to take my pension away,", "Darlene Moore")]))

T = "2009-01-15"
A.append(dict(id="k18", title="Passenger jet lands in Hudson River, all on board rescued", dct=T, text=
"""A US Airways passenger jet with 155 people on board made an emergency landing in the Hudson River in New York this afternoon, shortly after taking off from LaGuardia Airport. All passengers and crew were rescued by ferries and emergency boats, officials said. Flight 1549, an Airbus A320 bound for Charlotte, North Carolina, left LaGuardia at 15:26 local time (20:26 UTC). The pilot reported a double bird strike to air traffic controllers soon after take-off and was cleared to return, but instead brought the aircraft down on the river near 48th Street. "It would appear the pilot did a masterful job of landing the plane in the river and then making sure that everybody got out," New York Mayor Michael Bloomberg told reporters at a press conference this evening. The water was close to freezing, and at least one person was treated for a broken leg. The pilot was identified as Chesley Sullenberger, a former fighter pilot who has flown for the airline since 1980. The National Transportation Safety Board has sent a team to New York and will begin its investigation tomorrow. Birds hit aircraft every day, but they rarely bring down an airliner; the last fatal crash in the US blamed on birds happened in 1995, when an Air Force surveillance plane went down in Alaska.""",
persons=["Michael Bloomberg", "Chesley Sullenberger"],
dates=[("this afternoon", T + "TAF", "TIME"), ("15:26", T + "T15:26", "TIME"), ("20:26 UTC", T + "T20:26", "TIME"),
       ("this evening", T + "TEV", "TIME"), ("1980", "1980", "DATE"), ("tomorrow", plus(T, 1), "DATE"), ("every day", "P1D", "SET"),
       ("1995", "1995", "DATE")],
quotes=[("It would appear the pilot did a masterful job of landing the plane in the river and then making sure that everybody got out,", "Michael Bloomberg")]))

T = "2010-04-20"
A.append(dict(id="k19", title="European airports begin to reopen after volcanic ash closures", dct=T, text=
"""European airports began to reopen today after almost a week of closures caused by the cloud of volcanic ash from Iceland, but thousands of travellers remain stranded around the world. Eurocontrol, the European air traffic agency, said about half of the 28,000 flights normally scheduled across Europe would operate. British airspace was due to reopen at 22:00 local time tonight. The eruption under the Eyjafjallajökull glacier began on April 14, and the ash cloud spread over northern Europe the following day, forcing the closure of most of the continent's airspace by the weekend. Airlines have lost an estimated $200 million a day in revenue, according to the International Air Transport Association, whose director general, Giovanni Bisignani, criticised governments for the way the closures were handled. "Europe's economy cannot afford this kind of paralysis," Bisignani said in Paris yesterday. Test flights carried out by several airlines on Sunday found no damage to engines. Scientists say the volcano could keep erupting for months, as the same volcano did in 1821, when an eruption continued for more than a year.""",
persons=["Giovanni Bisignani"],
dates=[("today", T, "DATE"), ("almost a week", "P1W", "DURATION"), ("22:00", T + "T22:00", "TIME"), ("tonight", T + "TNI", "TIME"),
       ("April 14", "2010-04-14", "DATE"), ("the following day", "2010-04-15", "DATE"), ("the weekend", week(T, -1) + "-WE", "DATE"),
       ("a day", "P1D", "SET"), ("yesterday", plus(T, -1), "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"), ("1821", "1821", "DATE"),
       ("more than a year", "P1Y", "DURATION")],
quotes=[("Europe's economy cannot afford this kind of paralysis,", "Giovanni Bisignani")]))

T = "2008-09-16"
A.append(dict(id="k20", title="Lehman Brothers files for bankruptcy, markets fall", dct=T, text=
"""Lehman Brothers, the fourth-largest investment bank in the United States, filed for bankruptcy protection on Monday after talks to sell the 158-year-old firm to Barclays or Bank of America collapsed over the weekend. Hours later, Bank of America agreed to buy Merrill Lynch for about $50 billion. The Dow Jones Industrial Average fell 504 points, or 4.4%, on Monday, its biggest one-day drop since the markets reopened after the attacks of September 2001. Asian markets fell sharply today. In Tokyo, where markets were closed for a holiday on Monday, the Nikkei index ended the session down 5%. Lehman had reported a loss of $3.9 billion last week, and its shares had lost 94% of their value since the start of the year. "We are in the middle of the worst financial crisis I have ever seen," former Federal Reserve chairman Alan Greenspan said in a television interview on Sunday. The company's chief executive, Richard Fuld, who has led Lehman since 1994, told employees in a memo that the past few months had been "incredibly difficult". The Federal Reserve's policy committee meets later today and is expected to leave interest rates at 2%. About 25,000 Lehman employees around the world are now waiting to learn whether they will keep their jobs.""",
persons=["Alan Greenspan", "Richard Fuld"],
dates=[("on Monday", prev(T, "Monday"), "DATE"), ("the weekend", week(T, -1) + "-WE", "DATE"), ("on Monday", prev(T, "Monday"), "DATE"),
       ("one-day", "P1D", "DURATION"), ("September 2001", "2001-09", "DATE"), ("today", T, "DATE"), ("on Monday", prev(T, "Monday"), "DATE"),
       ("last week", week(T, -1), "DATE"), ("the start of the year", "2008", "DATE"), ("on Sunday", prev(T, "Sunday"), "DATE"),
       ("1994", "1994", "DATE"), ("the past few months", "PXM", "DURATION"), ("later today", T, "DATE"), ("now", "PRESENT_REF", "DATE")],
quotes=[("We are in the middle of the worst financial crisis I have ever seen,", "Alan Greenspan"),
        ("incredibly difficult", "Richard Fuld")]))

write_set(A, D, "hand-made (NewsLens Wikinews-style set)")

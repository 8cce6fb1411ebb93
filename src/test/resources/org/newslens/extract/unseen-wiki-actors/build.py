"""Builds the hand-made Wikinews-style gold files (a*.json) of the actors/quotes check set: made-up articles in
the plain style of Wikinews 2005-2013 (business, aviation, car industry, markets, technology, a few politics,
sport, science, disasters), rich in people and quotes: "X, the chief executive of Y, said", quotes split by
attributions or running over paragraphs, statements of organisations, unnamed spokesmen, analysts at firms,
companies and brands named like people, well-known politicians by title and surname. Written blind, before the
engine was changed for them, and annotated by ../../../../../../../shared/eval/README.md's rules (persons, every
TIMEX3, quotes with speakers). Annotations name a span by its text and occurrence; offsets are computed and
checked here."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
A.append(dict(id="a01", title="Stock markets tumble after Lehman Brothers files for bankruptcy", dct="2008-09-16", text=
"""Stock markets around the world fell sharply on Monday after Lehman Brothers, the fourth-largest investment bank in the United States, filed for bankruptcy protection. The Dow Jones Industrial Average closed down 504 points, or 4.4 percent, its largest fall since the attacks of September 2001. In a statement, Lehman Brothers said it would "pursue the sale of its businesses in an orderly manner." Richard Fuld, the bank's chairman and chief executive, has not spoken publicly since the weekend. Treasury Secretary Henry Paulson told reporters in Washington that the government had never considered using public money to rescue the bank. "I never once considered that it was appropriate to put taxpayer money on the line in resolving Lehman Brothers," Paulson said. "Moral hazard is something I don't take lightly." In London, the FTSE 100 index lost 3.9 percent, and in Frankfurt the DAX fell 2.7 percent. "This is the worst sell-off that I have seen in my career," said Peter Dixon, an economist at Commerzbank. "People are now asking which bank is next." Dixon added that he expected central banks to cut interest rates "within weeks." Bank of America agreed on Sunday to buy Merrill Lynch for about US$50 billion. Kenneth Lewis, the chief executive of Bank of America, called the purchase "a rare opportunity." Shares in the insurer American International Group (AIG) fell 61 percent. A spokesman for AIG said the company was in talks with regulators in New York. President George W. Bush said the government was working to limit the damage to the economy. "In the short run, adjustments in the financial markets can be painful," Bush said. "In the long run, I'm confident that our capital markets are flexible and resilient.\"""",
persons=["Richard Fuld", "Henry Paulson", "Peter Dixon", "Kenneth Lewis", "George W. Bush"],
dates=[("Monday","2008-09-15","DATE"),("September 2001","2001-09","DATE"),("the weekend","2008-W37-WE","DATE"),("now","PRESENT_REF","DATE"),("Sunday","2008-09-14","DATE")],
quotes=[("pursue the sale of its businesses in an orderly manner.","Lehman Brothers"),
        ("I never once considered that it was appropriate to put taxpayer money on the line in resolving Lehman Brothers,","Henry Paulson"),
        ("Moral hazard is something I don't take lightly.","Henry Paulson"),
        ("This is the worst sell-off that I have seen in my career,","Peter Dixon"),("People are now asking which bank is next.","Peter Dixon"),
        ("within weeks.","Peter Dixon"),("a rare opportunity.","Kenneth Lewis"),
        ("In the short run, adjustments in the financial markets can be painful,","George W. Bush"),
        ("In the long run, I'm confident that our capital markets are flexible and resilient.","George W. Bush")]))
A.append(dict(id="a02", title="Airbus A380 makes first commercial flight", dct="2007-10-26", text=
"""The Airbus A380, the world's largest passenger aircraft, made its first commercial flight on Thursday, carrying 455 passengers from Singapore to Sydney for Singapore Airlines.
The flight, SQ380, landed at Sydney Airport shortly after 16:00 local time, about seven hours after leaving Changi Airport. Tickets for the flight were sold in an online auction, and the money raised, US$1.3 million, was given to charity.
"This is a historic moment for Singapore Airlines and for the aviation industry," said Chew Choon Seng, the airline's chief executive, before the aircraft left Singapore. "We have waited years for this aircraft.
"Our customers will see that it was worth the wait."
The delivery of the first A380 to the airline came 18 months later than planned, after problems with the wiring of the aircraft at the Airbus plant in Hamburg. The delays cost Airbus billions of euros and led to the departure of two chief executives.
Airbus said in a statement that the flight marked "the beginning of a new era in air travel." Thomas Enders, the head of Airbus, was on board. "I am very proud of the people who built this aircraft," Enders told reporters in Sydney. He added: "Now we must deliver them on time."
Among the passengers was Julian Hayward, a British businessman who paid $100,380 for two seats in the first-class suites. "It was worth every cent," he said. A spokesman for Singapore Airlines said the airline would begin daily flights to Sydney next week and would fly the A380 to London early next year.""",
persons=["Chew Choon Seng", "Thomas Enders", "Julian Hayward"],
dates=[("Thursday","2007-10-25","DATE"),("16:00","2007-10-25T16:00","TIME"),("about seven hours","PT7H","DURATION"),("18 months","P18M","DURATION"),
       ("Now","PRESENT_REF","DATE"),("daily","P1D","SET"),("next week","2007-W44","DATE"),("early next year","2008","DATE")],
quotes=[("This is a historic moment for Singapore Airlines and for the aviation industry,","Chew Choon Seng"),("We have waited years for this aircraft.","Chew Choon Seng"),
        ("Our customers will see that it was worth the wait.","Chew Choon Seng"),("the beginning of a new era in air travel.","Airbus"),
        ("I am very proud of the people who built this aircraft,","Thomas Enders"),("Now we must deliver them on time.","Thomas Enders"),
        ("It was worth every cent,","Julian Hayward")]))
A.append(dict(id="a03", title="Chrysler files for bankruptcy, to form alliance with Fiat", dct="2009-05-01", text=
"""Chrysler, the third-largest car maker in the United States, filed for bankruptcy protection on Thursday, after talks with a group of its lenders broke down. The company will form an alliance with the Italian car maker Fiat, which will take a 20 percent stake in a new Chrysler. President Barack Obama announced the decision at the White House. "I have no intention of standing by while a few holdouts block the way," Obama said. He said the bankruptcy would be "quick and efficient" and that Chrysler would "come out of this stronger" within 30 to 60 days. The president criticised a group of hedge funds that had refused the government's offer. "I don't stand with them," he said. "I stand with Chrysler's employees and their families." Sergio Marchionne, the chief executive of Fiat, said the two companies were "a perfect fit." Marchionne will not be paid by Chrysler, Fiat said. Chrysler's chairman and chief executive, Robert Nardelli, said he would leave the company once it comes out of bankruptcy. "This is not the end of Chrysler," Nardelli said in a message to employees. "It is the beginning of a new company." Chrysler said in a statement that its plants would close from Monday until the company leaves bankruptcy. Ron Gettelfinger, the president of the United Auto Workers union, which will own 55 percent of the new company, said the agreement was "painful but necessary." Mark Warren, an analyst at Barclays Capital, said many of Chrysler's dealers would not survive. "The real question is whether anybody will want to buy a Chrysler car next year," he said.""",
persons=["Barack Obama", "Sergio Marchionne", "Robert Nardelli", "Ron Gettelfinger", "Mark Warren"],
dates=[("Thursday","2009-04-30","DATE"),("30","P30D","DURATION"),("60 days","P60D","DURATION"),("Monday","2009-05-04","DATE"),("next year","2010","DATE")],
quotes=[("I have no intention of standing by while a few holdouts block the way,","Barack Obama"),("quick and efficient","Barack Obama"),
        ("come out of this stronger","Barack Obama"),("I don't stand with them,","Barack Obama"),("I stand with Chrysler's employees and their families.","Barack Obama"),
        ("a perfect fit.","Sergio Marchionne"),("This is not the end of Chrysler,","Robert Nardelli"),("It is the beginning of a new company.","Robert Nardelli"),
        ("painful but necessary.","Ron Gettelfinger"),("The real question is whether anybody will want to buy a Chrysler car next year,","Mark Warren")]))
A.append(dict(id="a04", title="Apple unveils iPad tablet computer", dct="2010-01-28", text=
"""Apple Inc. unveiled the iPad, a tablet computer with a 9.7-inch touch screen, at an event in San Francisco on Wednesday. The device will go on sale in late March, with prices starting at US$499.
Steve Jobs, Apple's chief executive, called it "a truly magical and revolutionary product." Jobs, who returned to work last June after a liver transplant, spent more than an hour demonstrating the device. "It's so much more intimate than a laptop, and it's so much more capable than a smartphone," he said.
The iPad runs the same software as the iPhone and can use most of the 140,000 applications in Apple's App Store. Apple also announced iBooks, an electronic book store, with books from five of the six largest publishers in the United States.
Not everyone was impressed. "It's a big iPod Touch," said Van Baker, an analyst at the research firm Gartner. "The question is whether people need a third device between the phone and the laptop." Baker said he expected Apple to sell about four million iPads this year.
Others were more positive. Gene Munster, an analyst at Piper Jaffray, said the price was "surprisingly aggressive" and would hurt sales of cheaper laptops made by companies such as Dell and Acer.
Apple's shares, which fell before the event, closed up 0.9 percent at $207.88. An Apple spokeswoman said the company would not comment on sales forecasts.""",
persons=["Steve Jobs", "Van Baker", "Gene Munster"],
dates=[("Wednesday","2010-01-27","DATE"),("late March","2010-03","DATE"),("last June","2009-06","DATE"),("more than an hour","PT1H","DURATION"),("this year","2010","DATE")],
quotes=[("a truly magical and revolutionary product.","Steve Jobs"),("It's so much more intimate than a laptop, and it's so much more capable than a smartphone,","Steve Jobs"),
        ("It's a big iPod Touch,","Van Baker"),("The question is whether people need a third device between the phone and the laptop.","Van Baker"),
        ("surprisingly aggressive","Gene Munster")]))
A.append(dict(id="a05", title="Porsche chief Wiedeking resigns as Volkswagen wins control", dct="2009-07-24", text=
"""Wendelin Wiedeking, the chief executive of the German sports car maker Porsche, resigned on Thursday after losing a battle with Volkswagen for control of the two companies. Porsche's supervisory board agreed late on Wednesday to a merger with Volkswagen, ending a four-year attempt by Porsche to take over its much larger rival. Wiedeking, who had run Porsche since 1993, will receive a severance payment of 50 million euros. He said he would give half of it to charity. "I have always put the interests of Porsche first," Wiedeking said in a statement. "This step was not easy for me." Wolfgang Porsche, the chairman of Porsche's supervisory board and a grandson of the company's founder, Ferdinand Porsche, thanked Wiedeking for his work. "Without him, Porsche would not be what it is today," he said. The Porsche and Piëch families, who own all of the voting shares in Porsche, had been divided over the future of the company. Ferdinand Piëch, the chairman of Volkswagen and a cousin of Wolfgang Porsche, had opposed Wiedeking's plans for months. Porsche said in a statement that Qatar would buy a stake in the company. The state of Lower Saxony, which owns 20 percent of Volkswagen, welcomed the agreement. "This is good news for Volkswagen and for Lower Saxony," said Christian Wulff, the state's premier. Porsche's finance director, Holger Härter, also left the company. Volkswagen's shares rose 4.9 percent on Thursday.""",
persons=["Wendelin Wiedeking", "Wolfgang Porsche", "Ferdinand Porsche", "Ferdinand Piëch", "Christian Wulff", "Holger Härter"],
dates=[("Thursday","2009-07-23","DATE"),("late on Wednesday","2009-07-22","DATE"),("four-year","P4Y","DURATION"),("1993","1993","DATE"),("today","PRESENT_REF","DATE"),
       ("Thursday","2009-07-23","DATE")],
quotes=[("I have always put the interests of Porsche first,","Wendelin Wiedeking"),("This step was not easy for me.","Wendelin Wiedeking"),
        ("Without him, Porsche would not be what it is today,","Wolfgang Porsche"),("This is good news for Volkswagen and for Lower Saxony,","Christian Wulff")]))
A.append(dict(id="a06", title="Bolt retains Olympic 100 metres title", dct="2012-08-06", text=
"""Usain Bolt of Jamaica won the Olympic 100 metres final in London on Sunday night, becoming the second man to defend the title after Carl Lewis. Bolt finished in an Olympic record time of 9.63, ahead of his training partner Yohan Blake, who took silver in 9.75. Justin Gatlin of the United States won bronze. "I told you guys I was going to do it," Bolt said after the race. "My coach told me to stop worrying and just run. That's what I did." Bolt had lost to Blake at the Jamaican trials in June, and a back injury had raised doubts about his form. "People were doubting me," he added. "I came out here and showed the world I'm still the best." Blake said he was happy with second place. "He's the greatest, and I'm learning from him every day," Blake told reporters. Jamaica's prime minister, Portia Simpson-Miller, who watched the race in the stadium, said the result was "a gift to the nation" days before the 50th anniversary of the country's independence. An estimated 80,000 people were in the Olympic Stadium. Sebastian Coe, the chairman of the London organising committee, called it "one of the great nights of sport." Bolt will run in the 200 metres, which begins on Tuesday.""",
persons=["Usain Bolt", "Carl Lewis", "Yohan Blake", "Justin Gatlin", "Portia Simpson-Miller", "Sebastian Coe"],
dates=[("Sunday night","2012-08-05TNI","TIME"),("June","2012-06","DATE"),("every day","P1D","SET"),("Tuesday","2012-08-07","DATE")],
quotes=[("I told you guys I was going to do it,","Usain Bolt"),("My coach told me to stop worrying and just run. That's what I did.","Usain Bolt"),
        ("People were doubting me,","Usain Bolt"),("I came out here and showed the world I'm still the best.","Usain Bolt"),
        ("He's the greatest, and I'm learning from him every day,","Yohan Blake"),("a gift to the nation","Portia Simpson-Miller"),
        ("one of the great nights of sport.","Sebastian Coe")]))
A.append(dict(id="a07", title="Second explosion at Japanese nuclear plant", dct="2011-03-14", text=
"""A second explosion hit the Fukushima Daiichi nuclear power plant in Japan on Monday, three days after the country's strongest earthquake on record and a tsunami struck its north-east coast. The blast, at the plant's No. 3 reactor, injured 11 workers, the government said. Chief Cabinet Secretary Yukio Edano told a news conference in Tokyo that the reactor's inner container was intact. "The possibility of a large amount of radiation having been released is low," Edano said. Tokyo Electric Power Company (TEPCO), which runs the plant, said in a statement that it was pumping sea water into the reactor to cool it. A TEPCO spokesman said the company could not rule out a further explosion at the No. 2 reactor. "We are doing everything we can," the spokesman said. Prime Minister Naoto Kan called the disaster the country's worst crisis since the Second World War. "Whether we Japanese can overcome this crisis depends on each and every one of us," Kan said in a televised address on Sunday evening. Police in Miyagi prefecture said more than 10,000 people may have died in the prefecture alone. The Tokyo stock market fell 6.2 percent on Monday, its biggest fall in more than two years. "Investors are selling first and asking questions later," said Hiroichi Nishi, an equities manager at SMBC Nikko Securities. The Bank of Japan put 15 trillion yen into the money markets to keep them stable.""",
persons=["Yukio Edano", "Naoto Kan", "Hiroichi Nishi"],
dates=[("Monday","2011-03-14","DATE"),("three days","P3D","DURATION"),("Sunday evening","2011-03-13TEV","TIME"),("Monday","2011-03-14","DATE"),("more than two years","P2Y","DURATION")],
quotes=[("The possibility of a large amount of radiation having been released is low,","Yukio Edano"),("We are doing everything we can,","Tokyo Electric Power Company"),
        ("Whether we Japanese can overcome this crisis depends on each and every one of us,","Naoto Kan"),
        ("Investors are selling first and asking questions later,","Hiroichi Nishi")]))
A.append(dict(id="a08", title="General Motors to cut 30,000 jobs", dct="2005-11-22", text=
"""General Motors, the world's largest car maker, said on Monday that it would cut 30,000 jobs in North America and close all or part of 12 plants by 2008, as it tries to stem losses that have reached US$3.8 billion so far this year.
"These are difficult decisions, but they are necessary," said Rick Wagoner, GM's chairman and chief executive, at a news conference in Dearborn, Michigan. "We have to get our costs in line with our revenue, and we have to do it quickly."
Among the plants to close are an assembly plant in Oklahoma City that builds the Chevrolet TrailBlazer and the GMC Envoy, and a factory in Oshawa, Ontario. GM said the cuts would save about $7 billion a year by the end of 2006.
Ron Gettelfinger, the president of the United Auto Workers union, called the closures "a devastating blow" for the workers and their families. "Our members have done everything that was asked of them," he said.
The company's shares rose 4.6 percent to $24.04 in New York. Analysts said the plan did not go far enough. "GM is still building more cars than it can sell," said John Casesa, an analyst at Merrill Lynch. "Chevrolet and Pontiac are strong brands, but Buick and Saturn are losing money on almost every car."
Wagoner said the company had no plans to seek bankruptcy protection. He added that GM would continue talks with the union on the cost of health care for retired workers, which the company says adds $1,500 to the price of every car it builds.""",
persons=["Rick Wagoner", "Ron Gettelfinger", "John Casesa"],
dates=[("Monday","2005-11-21","DATE"),("2008","2008","DATE"),("this year","2005","DATE"),("a year","P1Y","SET"),("the end of 2006","2006","DATE")],
quotes=[("These are difficult decisions, but they are necessary,","Rick Wagoner"),("We have to get our costs in line with our revenue, and we have to do it quickly.","Rick Wagoner"),
        ("a devastating blow","Ron Gettelfinger"),("Our members have done everything that was asked of them,","Ron Gettelfinger"),
        ("GM is still building more cars than it can sell,","John Casesa"),
        ("Chevrolet and Pontiac are strong brands, but Buick and Saturn are losing money on almost every car.","John Casesa")]))
A.append(dict(id="a09", title="Obama wins second term", dct="2012-11-07", text=
"""President Obama was re-elected on Tuesday, defeating the Republican candidate, Mitt Romney, after a long and expensive campaign. By early Wednesday, Obama had won at least 303 electoral votes, including the swing states of Ohio, Virginia and Florida. "The task of perfecting our union moves forward," Obama told supporters in Chicago. "It moves forward because of you." He told the crowd that "the best is yet to come." Romney conceded in a speech in Boston shortly before 1 a.m. "I so wish that I had been able to fulfill your hopes to lead the country in a different direction," he said. "But the nation chose another leader." Governor Romney said he had telephoned the president to congratulate him. The Democrats kept their majority in the Senate, while the Republicans kept control of the House of Representatives. House Speaker John Boehner said his party was ready to work with the president but would not accept higher tax rates. "The American people have also made clear that there is no mandate for raising tax rates," Boehner said. Vice President Biden, who will serve a second term, appeared with Obama on stage. The campaigns and the groups supporting them spent about US$2 billion this year.""",
persons=["Barack Obama", "Mitt Romney", "John Boehner", "Joe Biden"],
dates=[("Tuesday","2012-11-06","DATE"),("early Wednesday","2012-11-07","DATE"),("1 a.m.","2012-11-07T01:00","TIME"),("this year","2012","DATE")],
quotes=[("The task of perfecting our union moves forward,","Barack Obama"),("It moves forward because of you.","Barack Obama"),("the best is yet to come.","Barack Obama"),
        ("I so wish that I had been able to fulfill your hopes to lead the country in a different direction,","Mitt Romney"),
        ("But the nation chose another leader.","Mitt Romney"),("The American people have also made clear that there is no mandate for raising tax rates,","John Boehner")]))
A.append(dict(id="a10", title="NASA's Curiosity rover lands on Mars", dct="2012-08-07", text=
"""NASA's Curiosity rover landed safely on Mars on Monday, ending an eight-month journey of 567 million kilometres. The car-sized robot touched down in Gale Crater at 05:17 UTC, after a landing sequence that lasted seven minutes. Engineers at NASA's Jet Propulsion Laboratory in Pasadena, California, cheered and embraced when the first signal arrived. "The wheels of Curiosity have begun to blaze the trail for human footprints on Mars," said Charles Bolden, the head of NASA. Adam Steltzner, who led the team that designed the landing system, said the landing had been "better than we could have dreamed." "We're on Mars," he said. "We're actually on Mars." The rover sent back its first black-and-white pictures within minutes. John Grunsfeld, NASA's associate administrator for science, said the mission would cost about US$2.5 billion. "This is an amazing achievement," he said. "It is the most sophisticated rover ever built." The rover will spend two years searching for signs that Mars could once have supported life. Scientists expect to start driving it later this month. President Barack Obama called the landing "an unprecedented feat of technology." The rover was launched from Cape Canaveral in November last year.""",
persons=["Charles Bolden", "Adam Steltzner", "John Grunsfeld", "Barack Obama"],
dates=[("Monday","2012-08-06","DATE"),("eight-month","P8M","DURATION"),("05:17 UTC","2012-08-06T05:17","TIME"),("seven minutes","PT7M","DURATION"),
       ("two years","P2Y","DURATION"),("later this month","2012-08","DATE"),("November last year","2011-11","DATE")],
quotes=[("The wheels of Curiosity have begun to blaze the trail for human footprints on Mars,","Charles Bolden"),("better than we could have dreamed.","Adam Steltzner"),
        ("We're on Mars,","Adam Steltzner"),("We're actually on Mars.","Adam Steltzner"),("This is an amazing achievement,","John Grunsfeld"),
        ("It is the most sophisticated rover ever built.","John Grunsfeld"),("an unprecedented feat of technology.","Barack Obama")]))

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
        assert sp is None or sp in a["persons"] or sp in t, (a["id"], sp)
        quotes.append(dict(text=s, start=st, end=en, speaker=sp))
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    nq = t.count('"')
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens Wikinews-style actors set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("ok", len(A))

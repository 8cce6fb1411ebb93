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

# Batch 2 (a11-a16), written after batch 1's fixes and scored once before the fixes it prompted.
A.append(dict(id="a11", title="Bill Gates leaves day-to-day role at Microsoft", dct="2008-06-28", text=
"""Bill Gates, the co-founder of Microsoft, left his full-time job at the company on Friday, 33 years after he started it with Paul Allen in Albuquerque, New Mexico.
Gates, 52, will remain the company's chairman and will work part-time on Microsoft projects. He will spend most of his time at the Bill & Melinda Gates Foundation, the charity he runs with his wife, Melinda.
"I've been incredibly lucky," Gates told employees at a farewell event at the company's headquarters in Redmond, Washington. "I get to work with the smartest people in the world.
"There won't be a moment in my life when I'm not thinking about Microsoft."
Steve Ballmer, who succeeded Gates as chief executive in 2000, was close to tears as he spoke. "There is no Microsoft without Bill Gates," he said. Ballmer added that the company was "ready for the next chapter."
Microsoft said in a statement that Ray Ozzie, its chief software architect, and Craig Mundie, its chief research and strategy officer, would take over Gates's responsibilities. The handover began two years ago.
Not everyone is sure the company will do as well without him. "Gates was the company's memory and its conscience," said Rob Enderle, an analyst at the Enderle Group. "Nobody at Microsoft can say no to Ballmer now." A Microsoft spokesman declined to comment on Enderle's remarks.
The foundation, which has an endowment of more than US$37 billion, works on health and education in poor countries. Warren Buffett, the investor, pledged most of his fortune to it two years ago.""",
persons=["Bill Gates", "Paul Allen", "Melinda", "Steve Ballmer", "Ray Ozzie", "Craig Mundie", "Rob Enderle", "Warren Buffett"],
dates=[("Friday","2008-06-27","DATE"),("33 years","P33Y","DURATION"),("2000","2000","DATE"),("two years ago","2006","DATE"),("now","PRESENT_REF","DATE"),
       ("two years ago","2006","DATE")],
quotes=[("I've been incredibly lucky,","Bill Gates"),("I get to work with the smartest people in the world.","Bill Gates"),
        ("There won't be a moment in my life when I'm not thinking about Microsoft.","Bill Gates"),("There is no Microsoft without Bill Gates,","Steve Ballmer"),
        ("ready for the next chapter.","Steve Ballmer"),("Gates was the company's memory and its conscience,","Rob Enderle"),
        ("Nobody at Microsoft can say no to Ballmer now.","Rob Enderle")]))
A.append(dict(id="a12", title="Burning oil rig sinks in Gulf of Mexico", dct="2010-04-23", text=
"""The Deepwater Horizon, an oil rig operated by Transocean for the British oil company BP, sank in the Gulf of Mexico on Thursday, two days after an explosion that set it on fire. Eleven of the 126 workers on board are missing. The United States Coast Guard said on Thursday evening that it had suspended its search by sea for the missing workers. "We are hoping for the best, but we are preparing for the worst," said Rear Admiral Mary Landry, the commander of the Coast Guard in New Orleans. Landry said oil was leaking from the well at a rate of up to 8,000 barrels a day, but officials said the leak was not yet a threat to the coast. BP said in a statement that it would "do everything in its power" to contain the spill. Tony Hayward, BP's chief executive, flew to Houston on Wednesday. "We are determined to do everything we can to stop the flow of oil," Hayward said. Transocean, which is based in Switzerland, said the rig was worth US$560 million. A spokesman for Transocean, Guy Cantwell, said the company had not given up hope. "Our thoughts and prayers are with the families," he said. President Obama said the federal government would offer "every single available resource" to the rescue effort. The White House press secretary, Robert Gibbs, said Obama had been told of the accident on Tuesday night. Shares in BP fell 2 percent in London.""",
persons=["Mary Landry", "Tony Hayward", "Guy Cantwell", "Barack Obama", "Robert Gibbs"],
dates=[("Thursday","2010-04-22","DATE"),("two days","P2D","DURATION"),("Thursday evening","2010-04-22TEV","TIME"),("a day","P1D","SET"),("Wednesday","2010-04-21","DATE"),
       ("Tuesday night","2010-04-20TNI","TIME")],
quotes=[("We are hoping for the best, but we are preparing for the worst,","Mary Landry"),("do everything in its power","BP"),
        ("We are determined to do everything we can to stop the flow of oil,","Tony Hayward"),("Our thoughts and prayers are with the families,","Guy Cantwell"),
        ("every single available resource","Barack Obama")]))
A.append(dict(id="a13", title="Airliner lands on Hudson River, all aboard survive", dct="2009-01-16", text=
"""A US Airways Airbus A320 carrying 155 people landed on the Hudson River in New York on Thursday afternoon after both of its engines failed, apparently after hitting a flock of birds. Everyone on board survived.
Flight 1549 had left LaGuardia Airport for Charlotte, North Carolina, at 15:26 local time. About two minutes later, the pilot, Chesley Sullenberger, told air traffic controllers that the aircraft had hit birds and that he would try to return. Instead he glided the aircraft over the George Washington Bridge and landed it on the river.
"It would appear that the pilot did a masterful job of landing the plane in the river and then making sure that everybody got out," New York Mayor Michael Bloomberg told a news conference. Bloomberg called Sullenberger "a hero."
Ferries and police boats reached the aircraft within minutes. "We opened the door and people were standing on the wings," said Vincent Lombardi, the captain of one of the ferries. "Some of them were in the water up to their knees."
Governor David Paterson called it "a miracle on the Hudson." Passengers described a calm evacuation. "The captain came on and told us to brace for impact," said Jeff Kolodjay, a passenger from Connecticut. "Everybody just prayed."
US Airways said in a statement that the aircraft was delivered in 1999. The National Transportation Safety Board said it would begin raising the aircraft from the river on Friday. Sullenberger, 57, a former fighter pilot, has flown for the airline for 29 years. President Bush praised the crew's "skill and heroism.\"""",
persons=["Chesley Sullenberger", "Michael Bloomberg", "Vincent Lombardi", "David Paterson", "Jeff Kolodjay", "George W. Bush"],
dates=[("Thursday afternoon","2009-01-15TAF","TIME"),("15:26","2009-01-15T15:26","TIME"),("About two minutes later","2009-01-15T15:28","TIME"),("1999","1999","DATE"),
       ("Friday","2009-01-16","DATE"),("29 years","P29Y","DURATION")],
quotes=[("It would appear that the pilot did a masterful job of landing the plane in the river and then making sure that everybody got out,","Michael Bloomberg"),
        ("a hero.","Michael Bloomberg"),("We opened the door and people were standing on the wings,","Vincent Lombardi"),
        ("Some of them were in the water up to their knees.","Vincent Lombardi"),("a miracle on the Hudson.","David Paterson"),
        ("The captain came on and told us to brace for impact,","Jeff Kolodjay"),("Everybody just prayed.","Jeff Kolodjay"),("skill and heroism.","George W. Bush")]))
A.append(dict(id="a14", title="Ford names Boeing executive Alan Mulally chief executive", dct="2006-09-06", text=
"""Ford Motor Company named Alan Mulally, the head of Boeing's commercial aircraft business, as its new chief executive on Tuesday, replacing Bill Ford, the great-grandson of the company's founder, Henry Ford. Ford, 49, who has run the company since 2001, will remain its executive chairman. "Alan is a proven leader," Ford said at a news conference at the company's headquarters in Dearborn, Michigan. "He has the experience to lead this company." Mulally, 61, spent 37 years at Boeing and led the development of the Boeing 777. "I am honored to have the chance to serve this great company," he said. "Ford is an American icon." The company lost US$1.4 billion in the first half of this year, and its share of the American market has fallen to 17.5 percent. Ford said in a statement that it would announce further cuts to its North American business next week. "This is not a job I will do halfway," Mulally told reporters. "We have a plan, and we are going to work it." Boeing said it was "sorry to lose" Mulally. David Healy, an analyst at Burnham Securities, said the appointment was a surprise. "Bringing in an outsider tells you how serious the situation is," he said. Shares of Ford rose 1.8 percent to $8.71 on the New York Stock Exchange.""",
persons=["Alan Mulally", "Bill Ford", "Henry Ford", "David Healy"],
dates=[("Tuesday","2006-09-05","DATE"),("2001","2001","DATE"),("37 years","P37Y","DURATION"),("the first half of this year","2006-H1","DATE"),("next week","2006-W37","DATE")],
quotes=[("Alan is a proven leader,","Bill Ford"),("He has the experience to lead this company.","Bill Ford"),
        ("I am honored to have the chance to serve this great company,","Alan Mulally"),("Ford is an American icon.","Alan Mulally"),
        ("This is not a job I will do halfway,","Alan Mulally"),("We have a plan, and we are going to work it.","Alan Mulally"),("sorry to lose","Boeing"),
        ("Bringing in an outsider tells you how serious the situation is,","David Healy")]))
A.append(dict(id="a15", title="Apple co-founder Steve Jobs dies at 56", dct="2011-10-06", text=
"""Steve Jobs, the co-founder of Apple, died on Wednesday at the age of 56, the company said. He had been suffering from pancreatic cancer for several years and resigned as chief executive in August. "Apple has lost a visionary and creative genius, and the world has lost an amazing human being," Apple said in a statement. Tim Cook, who succeeded Jobs as chief executive, sent an e-mail to employees. "No words can adequately express our sadness at his death or our gratitude for the opportunity to work with him," Cook wrote. Jobs's family said he "died peacefully surrounded by his family." President Obama said Jobs was "among the greatest of American innovators." Bill Gates, the co-founder of Microsoft and a rival of Jobs for more than 30 years, said he would "miss Steve immensely." Jobs started Apple with Steve Wozniak in the garage of his parents' home in 1976. He was forced out of the company in 1985 and returned in 1997, when it was close to bankruptcy. Under his leadership, Apple launched the iPod, the iPhone and the iPad, and became for a time the most valuable company in the world. Fans left flowers and notes outside Apple stores in Sydney, Tokyo, London and New York. "He changed the way we live," said Sarah Mendez, who left a bunch of flowers at the store on Fifth Avenue in New York. Wozniak told the Associated Press that he felt as if he had lost a brother.""",
persons=["Steve Jobs", "Tim Cook", "Barack Obama", "Bill Gates", "Steve Wozniak", "Sarah Mendez"],
dates=[("Wednesday","2011-10-05","DATE"),("several years","PXY","DURATION"),("August","2011-08","DATE"),("more than 30 years","P30Y","DURATION"),("1976","1976","DATE"),
       ("1985","1985","DATE"),("1997","1997","DATE")],
quotes=[("Apple has lost a visionary and creative genius, and the world has lost an amazing human being,","Apple"),
        ("No words can adequately express our sadness at his death or our gratitude for the opportunity to work with him,","Tim Cook"),
        ("died peacefully surrounded by his family.",None),("among the greatest of American innovators.","Barack Obama"),("miss Steve immensely.","Bill Gates"),
        ("He changed the way we live,","Sarah Mendez")]))
A.append(dict(id="a16", title="Dow plunges nearly 1,000 points in minutes before recovering", dct="2010-05-07", text=
"""The Dow Jones Industrial Average fell nearly 1,000 points within minutes on Thursday afternoon before recovering most of the loss, in one of the most chaotic days in the history of the New York Stock Exchange. The index closed down 347 points, or 3.2 percent, at 10,520. At its lowest point, shortly before 14:47 local time, it had been down 9.2 percent. Shares of Procter & Gamble briefly fell by more than a third. "It was like watching a car crash in slow motion," said Art Cashin, the director of floor operations at UBS Financial Services. "Nobody knew what was happening." Traders blamed the fall on fears that the debt crisis in Greece would spread to other European countries, but also on computer programs that sell shares automatically. Mary Schapiro, the chairwoman of the Securities and Exchange Commission (SEC), said the agency was working with the exchanges "to review the unusual trading activity." The Nasdaq stock market said it would cancel trades made at prices more than 60 percent away from their earlier level. In Berlin, Chancellor Merkel told the Bundestag that the euro was "in danger" and asked it to approve Germany's share of a loan of 110 billion euros to Greece. "This is about nothing less than the future of Europe," Merkel said. President Sarkozy of France said Europe would defend the euro "at all costs." "The markets are looking for an excuse to sell," said Ian Shepherdson, the chief economist at High Frequency Economics. "And they found one in Athens." Stock markets in Asia fell on Friday.""",
persons=["Art Cashin", "Mary Schapiro", "Angela Merkel", "Nicolas Sarkozy", "Ian Shepherdson"],
dates=[("Thursday afternoon","2010-05-06TAF","TIME"),("14:47","2010-05-06T14:47","TIME"),("Friday","2010-05-07","DATE")],
quotes=[("It was like watching a car crash in slow motion,","Art Cashin"),("Nobody knew what was happening.","Art Cashin"),
        ("to review the unusual trading activity.","Mary Schapiro"),("in danger","Angela Merkel"),
        ("This is about nothing less than the future of Europe,","Angela Merkel"),("at all costs.","Nicolas Sarkozy"),
        ("The markets are looking for an excuse to sell,","Ian Shepherdson"),("And they found one in Athens.","Ian Shepherdson")]))

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

"""Builds the hand-made gold files (q*.json) of the second people set: made-up articles rich in people in three
styles (Wikinews 2005-2013, AP wire 1989-2000, a 2013 broadcaster): foreign names of many origins (Chinese, Arabic,
Spanish with two surnames, Dutch "van der", Korean), people named once, lists "X, Y and Z", titles and roles,
"X, 34, of Y", sports results, reporters, names that are also common words, "Mrs." after a full name. Written blind,
before the engine was changed for them, and annotated by ../../../../../../../shared/eval/README.md's rules.
Annotations name a span by its text and occurrence; offsets are computed and checked here."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
A.append(dict(id="q01", title="Chinese carmaker Geely agrees to buy Volvo from Ford", dct="2010-03-29", text=
"""The Chinese car maker Zhejiang Geely Holding agreed on Sunday to buy Volvo Cars from Ford Motor Company for US$1.8 billion, the largest overseas purchase by a Chinese car maker. The agreement was signed in Gothenburg by Li Shufu, the chairman of Geely, and Lewis Booth, Ford's chief financial officer. "Volvo will remain Volvo," Li said through an interpreter. "Its headquarters will stay in Sweden and its factories will stay in Sweden and Belgium." Booth said the sale would let Ford concentrate on its own brands. "This is the right outcome for Volvo and for Ford," he said. Stefan Jacoby, a former Volkswagen executive, will become Volvo's chief executive in August, Geely said in a statement. Sweden's industry minister, Maud Olofsson, welcomed the deal but said the government would watch it closely. Unions at the Torslanda plant were more cautious. "We want to see the business plan before we celebrate," said Magnus Sundemo, a union leader at the plant. Analysts said Geely would gain access to Volvo's safety technology. "Geely is buying thirty years of engineering," said Yale Zhang, an analyst at CSM Worldwide in Shanghai. Chinese Vice Premier Li Keqiang attended the signing, along with officials from Zhejiang province. Ford bought Volvo in 1999 for $6.45 billion. Wang Ying and Peter Lind contributed to this report.""",
persons=["Li Shufu", "Lewis Booth", "Stefan Jacoby", "Maud Olofsson", "Magnus Sundemo", "Yale Zhang", "Li Keqiang", "Wang Ying", "Peter Lind"],
dates=[("Sunday","2010-03-28","DATE"),("August","2010-08","DATE"),("thirty years","P30Y","DURATION"),("1999","1999","DATE")],
quotes=[("Volvo will remain Volvo,","Li Shufu"),("Its headquarters will stay in Sweden and its factories will stay in Sweden and Belgium.","Li Shufu"),
        ("This is the right outcome for Volvo and for Ford,","Lewis Booth"),("We want to see the business plan before we celebrate,","Magnus Sundemo"),
        ("Geely is buying thirty years of engineering,","Yale Zhang")]))
A.append(dict(id="q02", title="Egyptian parliament speaker resigns amid protests", dct="2011-02-03", text=
"""CAIRO (AP) - The speaker of Egypt's parliament, Fathi Sorour, offered his resignation Thursday, as protests against President Hosni Mubarak entered their tenth day. Vice President Omar Suleiman said on state television that talks with opposition groups would begin soon. "The door to dialogue is open," Suleiman said. Opposition leader Mohamed ElBaradei, a former head of the U.N. nuclear agency, said the talks were meaningless while Mubarak remained in office. "He must go, and he must go now," ElBaradei told reporters at his home. In Tahrir Square, thousands of protesters gathered again. Ahmed Abdel Rahman, 27, of Alexandria, said he had slept in the square for five nights. "We are not leaving until he leaves," he said. Another protester, Mona Seif, a researcher, said soldiers had not stopped people from entering the square. Prime Minister Ahmed Shafiq apologized for the violence of Wednesday, when men on camels and horses charged the crowd. "This is a mistake that will be investigated," Shafiq said. U.S. Secretary of State Hillary Rodham Clinton called on the government to hold those responsible to account. The Arab League's secretary-general, Amr Moussa, visited the square and said he was ready to serve his country "in any capacity." Associated Press writers Hamza Hendawi, Sarah El Deeb and Maggie Michael contributed to this report.""",
persons=["Fathi Sorour", "Hosni Mubarak", "Omar Suleiman", "Mohamed ElBaradei", "Ahmed Abdel Rahman", "Mona Seif", "Ahmed Shafiq", "Hillary Rodham Clinton", "Amr Moussa", "Hamza Hendawi", "Sarah El Deeb", "Maggie Michael"],
dates=[("Thursday","2011-02-03","DATE"),("their tenth day","P10D","DURATION"),("soon","FUTURE_REF","DATE"),("now","PRESENT_REF","DATE"),("five nights","P5N","DURATION"),("Wednesday","2011-02-02","DATE")],
quotes=[("The door to dialogue is open,","Omar Suleiman"),("He must go, and he must go now,","Mohamed ElBaradei"),
        ("We are not leaving until he leaves,","Ahmed Abdel Rahman"),("This is a mistake that will be investigated,","Ahmed Shafiq"),
        ("in any capacity.","Amr Moussa")]))
A.append(dict(id="q03", title="Spain wins World Cup final against the Netherlands", dct="2010-07-12", text=
"""Spain won the football World Cup for the first time on Sunday, beating the Netherlands 1-0 after extra time in the final in Johannesburg. Andrés Iniesta scored the only goal in the 116th minute after a pass from Cesc Fàbregas. The Dutch finished the match with ten men after John Heitinga was sent off for a second yellow card. English referee Howard Webb showed 14 yellow cards, a record for a final. "I can't believe it, I still can't believe it," Iniesta said. "This is for everyone who has supported us." Spain's coach, Vicente del Bosque, praised his players. "We have played with our heads and with our hearts," he said. Goalkeeper Iker Casillas, the captain, made two important saves from Arjen Robben. The Netherlands coach, Bert van Marwijk, said his team had been too aggressive. "I am not proud of the way we played," van Marwijk said. Defender Gregory van der Wiel said the players were "empty." Spain's prime minister, José Luis Rodríguez Zapatero, watched from the stands. In Madrid, tens of thousands of people celebrated in the streets. "It's the best day of my life," said Alejandro García Fernández, 19, a student. In the match for third place on Saturday, Germany beat Uruguay 3-2; Thomas Müller, Marcell Jansen, Sami Khedira and Edinson Cavani were among the scorers. Uruguay's Diego Forlán was named the best player of the tournament.""",
persons=["Andrés Iniesta", "Cesc Fàbregas", "John Heitinga", "Howard Webb", "Vicente del Bosque", "Iker Casillas", "Arjen Robben", "Bert van Marwijk", "Gregory van der Wiel", "José Luis Rodríguez Zapatero", "Alejandro García Fernández", "Thomas Müller", "Marcell Jansen", "Sami Khedira", "Edinson Cavani", "Diego Forlán"],
dates=[("Sunday","2010-07-11","DATE"),("the 116th minute","PT116M","DURATION"),("Saturday","2010-07-10","DATE")],
quotes=[("I can't believe it, I still can't believe it,","Andrés Iniesta"),("This is for everyone who has supported us.","Andrés Iniesta"),
        ("We have played with our heads and with our hearts,","Vicente del Bosque"),("I am not proud of the way we played,","Bert van Marwijk"),
        ("empty.","Gregory van der Wiel"),("It's the best day of my life,","Alejandro García Fernández")]))
A.append(dict(id="q04", title="South Korea's Samsung names new chairman", dct="1996-11-14", text=
"""SEOUL, South Korea (AP) - Samsung Group, South Korea's largest business group, said Thursday that Lee Kun-hee would remain chairman but that day-to-day control of its electronics arm would pass to Yun Jong-yong, a 52-year-old engineer. The decision follows a sharp fall in the price of memory chips this year. "We must become faster and leaner," Yun said at a news conference. "The market will not wait for us." Finance Minister Han Seung-soo said the government would not interfere in the company's plans. Kim Young-sam, the president, has urged the country's conglomerates to cut debt. Park Hae-sung, an analyst at Daewoo Securities, said the change was overdue. "Investors have been asking for a professional manager for years," Park said. Samsung's shares rose 3 percent in Seoul. Rival Hyundai also named new managers this week. Chung Ju-yung, Hyundai's founder, and his son Chung Mong-koo attended a meeting of company presidents Wednesday. In a statement, Samsung said it would spend 2 trillion won on new factories next year. Workers at the Suwon plant, where the company makes chips, said they were worried about jobs. "Nobody tells us anything," said Choi Mi-sun, 34, of Suwon, who has worked at the plant for nine years. Mrs. Lee Hong-ja, the chairman's sister, did not attend.""",
persons=["Lee Kun-hee", "Yun Jong-yong", "Han Seung-soo", "Kim Young-sam", "Park Hae-sung", "Chung Ju-yung", "Chung Mong-koo", "Choi Mi-sun", "Lee Hong-ja"],
dates=[("Thursday","1996-11-14","DATE"),("52-year-old","P52Y","DURATION"),("this year","1996","DATE"),("for years","PXY","DURATION"),("this week","1996-W46","DATE"),("Wednesday","1996-11-13","DATE"),("next year","1997","DATE"),("nine years","P9Y","DURATION")],
quotes=[("We must become faster and leaner,","Yun Jong-yong"),("The market will not wait for us.","Yun Jong-yong"),
        ("Investors have been asking for a professional manager for years,","Park Hae-sung"),("Nobody tells us anything,","Choi Mi-sun")],
))
A.append(dict(id="q05", title="Emirates orders 50 more Airbus A380 jets at Dubai Airshow", dct="2013-11-17", text=
"""Emirates, the Dubai airline, ordered 50 more Airbus A380 aircraft on Sunday at the opening of the Dubai Airshow, in a deal worth about $20bn at list prices. The order was announced by Sheikh Ahmed bin Saeed Al Maktoum, the airline's chairman, alongside Fabrice Brégier, the chief executive of Airbus. "The A380 has been a great success for us," Sheikh Ahmed said. Emirates also ordered 150 Boeing 777X jets. Ray Conner, the head of Boeing's commercial aircraft business, called it "a historic day." Tim Clark, the president of Emirates, said the airline would need the jets to keep up with growth. "Our customers love this aircraft," he said. "We see no reason to stop." Qatar Airways' chief executive, Akbar Al Baker, said his airline had ordered 50 777X jets. Etihad's Mohammed Mubarak Fadhel Al Mazrouei, the chairman, spoke briefly to reporters. Saj Ahmad, an analyst at StrategicAero Research, said Gulf carriers were changing the industry. "These airlines are buying like nobody else," Ahmad said. Analyst Richard Aboulafia of the Teal Group said the A380 still needed more customers outside the Gulf. Reporting by Amena Bakr and Tim Hepher; editing by Mark Potter.""",
persons=["Ahmed bin Saeed Al Maktoum", "Fabrice Brégier", "Ray Conner", "Tim Clark", "Akbar Al Baker", "Mohammed Mubarak Fadhel Al Mazrouei", "Saj Ahmad", "Richard Aboulafia", "Amena Bakr", "Tim Hepher", "Mark Potter"],
dates=[("Sunday","2013-11-17","DATE")],
quotes=[("The A380 has been a great success for us,","Ahmed bin Saeed Al Maktoum"),("a historic day.","Ray Conner"),
        ("Our customers love this aircraft,","Tim Clark"),("We see no reason to stop.","Tim Clark"),("These airlines are buying like nobody else,","Saj Ahmad")]))
A.append(dict(id="q06", title="Mexican finance minister announces budget cuts", dct="2007-09-05", text=
"""Mexico's Finance Minister Agustín Carstens announced on Wednesday that the government would cut spending by 20 billion pesos next year because of lower oil revenue. Carstens presented the budget to Congress in Mexico City. "We have to be responsible," he told legislators. "Oil will not pay for everything." President Felipe Calderón has promised to raise taxes on companies. Opposition senator Carlos Navarrete said the plan hurt the poor. "This budget punishes families," Navarrete said. Energy Secretary Georgina Kessel, Deputy Finance Minister Alejandro Werner and central bank governor Guillermo Ortiz attended the presentation. Ortiz said inflation would stay near 4 percent. José Luis Hernández Rivera, an economist at Banorte in Monterrey, said investors would welcome the cuts. "Markets like discipline," Hernández said. The peso rose 0.3 percent against the dollar. Mrs. María Elena Rodríguez Sánchez, the head of a group of small businesses, said her members would wait to see the details. Former President Vicente Fox did not comment. Rose Brown, 61, of Tijuana, a shop owner, said prices were already too high. "Every week it costs more," Brown said.""",
persons=["Agustín Carstens", "Felipe Calderón", "Carlos Navarrete", "Georgina Kessel", "Alejandro Werner", "Guillermo Ortiz", "José Luis Hernández Rivera", "María Elena Rodríguez Sánchez", "Vicente Fox", "Rose Brown"],
dates=[("Wednesday","2007-09-05","DATE"),("next year","2008","DATE"),("Every week","P1W","SET")],
quotes=[("We have to be responsible,","Agustín Carstens"),("Oil will not pay for everything.","Agustín Carstens"),("This budget punishes families,","Carlos Navarrete"),
        ("Markets like discipline,","José Luis Hernández Rivera"),("Every week it costs more,","Rose Brown")]))

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
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens people set 2)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("ok", len(A))

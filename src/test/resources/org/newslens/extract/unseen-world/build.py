"""Builds the hand-made world-news gold files (g*.json): 17 made-up articles (news wire 1989-2000, Wikinews 2005-2013,
2013 broadcaster styles) about international news, rich in names from many naming traditions (Arabic variant
spellings, al-/el-, bin, Abu; Sheikh as title and as name; Burmese U/Daw; Thai first names; Chinese and Korean
family-name-first; Spanish double surnames; Indonesian single names; Russian patronymics; van/von/de; O'/Mac;
hyphenated names), titles (Ayatollah, Rev., Dr, Prince, King, Pope, Dalai Lama), bylines, lists of names,
possessive-only mentions, organisations named like people and organisations speaking through unnamed spokesmen;
annotated by the rules of ../shared/eval/README.md (persons, every TIMEX3 with value and type, quotes with
speakers). Written by the actors7 helper and scored once before any engine change. Annotations name a span
by its text and occurrence; offsets are computed and checked here, and every weekday, ISO week and shifted
day is computed from the article's dct by the helpers of goldkit.py, never typed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []

T = "2012-11-22"
A.append(dict(id="g01", title="Arab ministers meet in Cairo over Gaza fighting", dct=T, text=
"""Foreign ministers from six Arab states met in Cairo on Wednesday to discuss the fighting in the Gaza Strip. Egypt's foreign minister, Mohamed Kamel Amr, chaired the meeting, which was also attended by Qatar's Sheikh Hamad bin Jassim Al Thani and the secretary-general of the Arab League, Nabil el-Araby. "We will not stand by while civilians die," Amr told reporters after the five-hour session. Sheikh Hamad, who is also Qatar's prime minister, said his government would give $400 million for reconstruction. The Palestinian envoy, Muhammad al-Masri, said a ceasefire could be agreed within days. "The talks are serious, and both sides are listening," al-Masri said. Jordan's delegation was led by Nasser Judeh. A spokesman for the Arab League said the ministers would meet again on Saturday. "The door remains open to every party," the spokesman said. The Saudi delegate, Prince Saud al-Faisal, did not speak to the press. Abu Ahmed al-Tamimi, a Hamas official in Gaza, told Al Jazeera that the movement would study the proposal. "We have heard promises before," Abu Ahmed said. Mohammed Hassan el-Sayed, a professor of politics at Cairo University, said it was the first time since 2009 that Qatar and Egypt had worked together so closely. Elaraby, a former judge, is expected to travel to Gaza later this week.""",
persons=["Mohamed Kamel Amr", "Hamad bin Jassim Al Thani", "Nabil el-Araby", "Muhammad al-Masri", "Nasser Judeh", "Saud al-Faisal", "Abu Ahmed al-Tamimi", "Mohammed Hassan el-Sayed"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("five-hour", "PT5H", "DURATION"), ("Saturday", nxt(T, "Saturday"), "DATE"),
       ("2009", "2009", "DATE"), ("later this week", week(T), "DATE")],
quotes=[("We will not stand by while civilians die,", "Mohamed Kamel Amr"), ("The talks are serious, and both sides are listening,", "Muhammad al-Masri"),
        ("The door remains open to every party,", "Arab League"), ("We have heard promises before,", "Abu Ahmed al-Tamimi")]))

T = "1996-06-14"
A.append(dict(id="g02", title="Sheikh Hasina's party leads Bangladesh vote count", dct=T, text=
"""Sheikh Hasina's Awami League moved closer to power Friday as results from Wednesday's parliamentary election gave it a lead of more than 30 seats over the party of outgoing Prime Minister Khaleda Zia. Hasina, the daughter of the country's founding leader, Sheikh Mujibur Rahman, told supporters in Dhaka that her party would seek partners to form a government. "The people have voted for change and for democracy," she said. Mrs. Zia's Bangladesh Nationalist Party said the vote had been rigged in dozens of districts. "We will not accept these results," a party spokesman said. The chief election commissioner, Mohammad Abu Hena, said observers had found no evidence of widespread fraud. Sheikh Hasina's father was assassinated in 1975 along with most of his family. Former President Hussain Muhammad Ershad, who won a seat from jail, could decide who governs. His Jatiya Party spokesman, Anwar Hossain Manju, said Ershad would announce his choice next week. Associated Press writer Farid Hossain contributed to this report.""",
persons=["Sheikh Hasina", "Khaleda Zia", "Sheikh Mujibur Rahman", "Mohammad Abu Hena", "Hussain Muhammad Ershad", "Anwar Hossain Manju", "Farid Hossain"],
dates=[("Friday", T, "DATE"), ("Wednesday", prev(T, "Wednesday"), "DATE"), ("1975", "1975", "DATE"), ("next week", week(T, 1), "DATE")],
quotes=[("The people have voted for change and for democracy,", "Sheikh Hasina"), ("We will not accept these results,", "Bangladesh Nationalist Party")]))

T = "1990-05-29"
A.append(dict(id="g03", title="Burmese opposition claims landslide", dct=T, text=
"""Burma's main opposition party claimed a landslide victory Tuesday in the country's first multiparty election in 30 years, though its leader, Daw Aung San Suu Kyi, remains under house arrest. The National League for Democracy said it had won at least 250 of the 485 seats contested Sunday. "The people have spoken, and the army must listen," said U Kyi Maung, the party's acting chairman. The party's co-founder, U Tin Oo, has been in prison since July. Suu Kyi, 44, is the daughter of Aung San, the independence hero who was assassinated in 1947. The military government's spokesman, Col. Kyaw Win, said power would not be handed over until a new constitution was written. "There is no hurry," Kyaw Win told foreign reporters in Rangoon. Diplomats said the army chief, Gen. Saw Maung, and the intelligence chief, Maj. Gen. Khin Nyunt, had been surprised by the scale of the defeat. Kyi Maung said the party would wait for the official results, due next month.""",
persons=["Aung San Suu Kyi", "Kyi Maung", "Tin Oo", "Aung San", "Kyaw Win", "Saw Maung", "Khin Nyunt"],
dates=[("Tuesday", T, "DATE"), ("30 years", "P30Y", "DURATION"), ("Sunday", prev(T, "Sunday"), "DATE"), ("July", "1989-07", "DATE"),
       ("1947", "1947", "DATE"), ("next month", "1990-06", "DATE")],
quotes=[("The people have spoken, and the army must listen,", "Kyi Maung"), ("There is no hurry,", "Kyaw Win")]))

T = "2008-09-10"
A.append(dict(id="g04", title="Thai court removes Prime Minister Samak from office", dct=T, text=
"""Thailand's Constitutional Court on Tuesday ordered Prime Minister Samak Sundaravej to step down for hosting paid television cooking shows while in office. The nine judges ruled unanimously that Samak had broken the constitution by working for a private company. "I accept the decision of the court," Samak told reporters outside Government House. His People Power Party said it would vote him back into office on Friday. Protesters led by the media owner Sondhi Limthongkul have occupied the prime minister's compound since August 26. "Samak is only a puppet of Thaksin," Sondhi said on Wednesday. The former prime minister Thaksin Shinawatra, who was ousted in a coup in 2006, is living in exile in London. Opposition leader Abhisit Vejjajiva called for a new election. "The country needs a government that everyone can accept," Abhisit said. Deputy Prime Minister Somchai Wongsawat, who is Thaksin's brother-in-law, will serve as acting prime minister. King Bhumibol Adulyadej has not commented on the crisis.""",
persons=["Samak Sundaravej", "Sondhi Limthongkul", "Thaksin Shinawatra", "Abhisit Vejjajiva", "Somchai Wongsawat", "Bhumibol Adulyadej"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("Friday", nxt(T, "Friday"), "DATE"), ("August 26", "2008-08-26", "DATE"),
       ("Wednesday", T, "DATE"), ("2006", "2006", "DATE")],
quotes=[("I accept the decision of the court,", "Samak Sundaravej"), ("Samak is only a puppet of Thaksin,", "Sondhi Limthongkul"),
        ("The country needs a government that everyone can accept,", "Abhisit Vejjajiva")]))

T = "1998-06-11"
A.append(dict(id="g05", title="Kim Dae-jung says sunshine policy will go on", dct=T, text=
"""South Korean President Kim Dae-jung said Wednesday that he would keep offering aid to North Korea despite the capture of a North Korean submarine off the east coast. "We will answer provocation firmly, but we will not close the door," Kim told a news conference in Seoul. Foreign Minister Park Chung-soo said the government had protested to Pyongyang. China's premier, Zhu Rongji, who met Kim's envoy Lim Dong-won in Beijing on Tuesday, urged both sides to show restraint. Zhu said President Jiang Zemin would visit the peninsula next year. The North's official Korean Central News Agency said the submarine had drifted south after an engine failure. "It was an accident at sea," the agency said. Hyundai founder Chung Ju-yung, 82, is due to cross the border on Monday with 500 cattle as a gift to the North. Chung was born in a village that is now in North Korean territory. Lim said the cattle would go ahead as planned. Associated Press writer Paul Shin contributed to this report.""",
persons=["Kim Dae-jung", "Park Chung-soo", "Zhu Rongji", "Lim Dong-won", "Jiang Zemin", "Chung Ju-yung", "Paul Shin"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("Tuesday", prev(T, "Tuesday"), "DATE"), ("next year", "1999", "DATE"),
       ("Monday", nxt(T, "Monday"), "DATE"), ("now", "PRESENT_REF", "DATE")],
quotes=[("We will answer provocation firmly, but we will not close the door,", "Kim Dae-jung"), ("It was an accident at sea,", "Korean Central News Agency")]))

T = "2006-09-06"
A.append(dict(id="g06", title="Mexican court declares Calderón president-elect", dct=T, text=
"""Mexico's electoral court on Tuesday declared Felipe Calderón Hinojosa the winner of the July 2 presidential election, rejecting claims of fraud by his leftist rival, Andrés Manuel López Obrador. The seven judges said irregularities had not affected the result, in which Calderón won by 0.56 percent of the vote. "The road is now open for reconciliation," Calderón said at his party's headquarters in Mexico City. López Obrador told tens of thousands of supporters in the Zócalo that he would never recognise the ruling. "They have stolen the election from the people," López Obrador said. His spokesman, César Yáñez Centeno, said a national convention would meet on September 16. Outgoing President Vicente Fox Quesada called on Mexicans to accept the decision. Brazil's President Luiz Inácio Lula da Silva telephoned Calderón to congratulate him, Lula's office said. "Brazil and Mexico must work together for the whole region," the statement said. Spain's Prime Minister José Luis Rodríguez Zapatero also sent his congratulations. The novelist Carlos Fuentes Macías wrote in Reforma that the country was "more divided than at any time since the revolution". Calderón will take office on December 1 for a six-year term.""",
persons=["Felipe Calderón Hinojosa", "Andrés Manuel López Obrador", "César Yáñez Centeno", "Vicente Fox Quesada", "Luiz Inácio Lula da Silva", "José Luis Rodríguez Zapatero", "Carlos Fuentes Macías"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("July 2", "2006-07-02", "DATE"), ("now", "PRESENT_REF", "DATE"), ("September 16", "2006-09-16", "DATE"),
       ("December 1", "2006-12-01", "DATE"), ("six-year", "P6Y", "DURATION")],
quotes=[("The road is now open for reconciliation,", "Felipe Calderón Hinojosa"), ("They have stolen the election from the people,", "Andrés Manuel López Obrador"),
        ("Brazil and Mexico must work together for the whole region,", "Luiz Inácio Lula da Silva"),
        ("more divided than at any time since the revolution", "Carlos Fuentes Macías")]))

T = "1998-05-22"
A.append(dict(id="g07", title="Suharto resigns, Habibie sworn in", dct=T, text=
"""President Suharto resigned Thursday after 32 years in power, handing the presidency to his vice president, B.J. Habibie, after a week of riots that left hundreds dead. "I have decided to step down as president, effective today," Suharto said in a televised address from the Merdeka Palace. Habibie, a German-trained engineer, was sworn in minutes later. Armed forces chief Gen. Wiranto said the military would protect Suharto and his family. "The armed forces will uphold the constitution," Wiranto said. Students occupying the parliament building cheered the news but said they would stay until Habibie also quit. Opposition leader Amien Rais, who heads the Muhammadiyah movement, called for elections within a year. Megawati Sukarnoputri, the daughter of the country's founding president, Sukarno, said the change was "only the first step". Suharto's eldest daughter, Siti Hardiyanti Rukmana, known as Tutut, stood beside her father. Megawati said she would meet Rais on Saturday. Associated Press writer Geoff Spencer contributed to this report.""",
persons=["Suharto", "B.J. Habibie", "Wiranto", "Amien Rais", "Megawati Sukarnoputri", "Sukarno", "Siti Hardiyanti Rukmana", "Geoff Spencer"],
dates=[("Thursday", prev(T, "Thursday"), "DATE"), ("32 years", "P32Y", "DURATION"), ("today", prev(T, "Thursday"), "DATE"),
       ("a week", "P1W", "DURATION"), ("a year", "P1Y", "DURATION"), ("Saturday", nxt(T, "Saturday"), "DATE")],
quotes=[("I have decided to step down as president, effective today,", "Suharto"), ("The armed forces will uphold the constitution,", "Wiranto"),
        ("only the first step", "Megawati Sukarnoputri")]))

T = "1999-08-10"
A.append(dict(id="g08", title="Yeltsin fires Stepashin, names Putin", dct=T, text=
"""President Boris Yeltsin fired his prime minister, Sergei Stepashin, on Monday and named the head of the Federal Security Service, Vladimir Putin, as his preferred successor. It was the fourth time in 17 months that Yeltsin had dismissed his government. "I have decided to name a man who can unite society," Yeltsin said in a televised address. Putin, 46, a former KGB officer from St. Petersburg, must be confirmed by the State Duma within a week. Stepashin, who served for less than three months, said he had been loyal to the president. "I told Boris Nikolayevich that I would remain on his team," Stepashin said. Communist Party leader Gennady Zyuganov called the decision "madness". Vladimir Vladimirovich Putin has never held elected office. Former Prime Minister Yevgeny Primakov, whose Fatherland-All Russia bloc is led with Moscow Mayor Yuri Luzhkov, said he would run for the presidency next year. Luzhkov's spokesman, Sergei Tsoi, declined to comment. A Kremlin spokesman said the president was "in good health and working normally".""",
persons=["Boris Yeltsin", "Sergei Stepashin", "Vladimir Vladimirovich Putin", "Gennady Zyuganov", "Yevgeny Primakov", "Yuri Luzhkov", "Sergei Tsoi"],
dates=[("Monday", prev(T, "Monday"), "DATE"), ("17 months", "P17M", "DURATION"), ("a week", "P1W", "DURATION"), ("less than three months", "P3M", "DURATION"),
       ("next year", "2000", "DATE")],
quotes=[("I have decided to name a man who can unite society,", "Boris Yeltsin"), ("I told Boris Nikolayevich that I would remain on his team,", "Sergei Stepashin"),
        ("madness", "Gennady Zyuganov"), ("in good health and working normally", "Kremlin")]))

T = "2010-03-02"
A.append(dict(id="g09", title="Dutch coalition collapses over Afghanistan mission", dct=T, text=
"""The Dutch government of Prime Minister Jan Peter Balkenende has collapsed after the Labour Party refused to extend the country's military mission in Afghanistan. Labour leader Wouter Bos announced on Saturday that his ministers would leave the cabinet. "We cannot break our word to the voters," Bos said. Balkenende said a new election would be held on June 9. Foreign Minister Maxime Verhagen said the Netherlands would honour its commitments to NATO until the troops came home in August. Far-right leader Geert Wilders welcomed the collapse. "This is a great day for the Netherlands," Wilders said. In Berlin, Defence Minister Karl-Theodor zu Guttenberg said Germany regretted the Dutch decision, and Labour Minister Ursula von der Leyen said Merkel's government would not change its own plans. European Council President Herman Van Rompuy, a Belgian, said the decision was a matter for the Dutch people. Guttenberg is due to visit The Hague next week. NATO spokesman James Appathurai said the alliance understood the Dutch position. Wikinews reporter Joost de Vries contributed to this article from Amsterdam.""",
persons=["Jan Peter Balkenende", "Wouter Bos", "Maxime Verhagen", "Geert Wilders", "Karl-Theodor zu Guttenberg", "Ursula von der Leyen", "Angela Merkel", "Herman Van Rompuy", "James Appathurai", "Joost de Vries"],
dates=[("Saturday", prev(T, "Saturday"), "DATE"), ("June 9", "2010-06-09", "DATE"), ("August", "2010-08", "DATE"), ("next week", week(T, 1), "DATE")],
quotes=[("We cannot break our word to the voters,", "Wouter Bos"), ("This is a great day for the Netherlands,", "Geert Wilders")]))

T = "1994-09-01"
A.append(dict(id="g10", title="IRA announces ceasefire", dct=T, text=
"""The Irish Republican Army announced a "complete cessation of military operations" on Wednesday, raising hopes of an end to 25 years of violence in Northern Ireland. Irish Prime Minister Albert Reynolds said the announcement opened "a new chapter" for the island. "This is what we have all been waiting for," Reynolds told the Dail in Dublin. Sinn Fein leader Gerry Adams, who has held talks with the moderate nationalist John Hume since last year, said the peace must now be built. "We must move forward with courage," Adams said outside his office in west Belfast. Hume's deputy, Seamus Mallon, urged the British government to respond quickly. The Rev. Ian Paisley, leader of the Democratic Unionist Party, said the ceasefire was a trick. "It is a ploy to get into talks without giving up a single gun," Paisley said. Irish Foreign Minister Dick Spring flew to Washington for talks. Britain's Northern Ireland secretary, Sir Patrick Mayhew, said the government wanted to know whether the ceasefire was permanent. A British government spokesman said: "We need to see words turned into deeds." Sinn Fein's Martin McGuinness and Mitchel McLaughlin joined the celebrations in Londonderry. Father Alec Reid, a priest who carried messages between the two sides, said he was "overjoyed". Associated Press writer Shawn Pogatchnik contributed to this report.""",
persons=["Albert Reynolds", "Gerry Adams", "John Hume", "Seamus Mallon", "Ian Paisley", "Dick Spring", "Patrick Mayhew", "Martin McGuinness", "Mitchel McLaughlin", "Alec Reid", "Shawn Pogatchnik"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("25 years", "P25Y", "DURATION"), ("last year", "1993", "DATE"), ("now", "PRESENT_REF", "DATE")],
quotes=[("complete cessation of military operations", "Irish Republican Army"), ("a new chapter", "Albert Reynolds"),
        ("This is what we have all been waiting for,", "Albert Reynolds"), ("We must move forward with courage,", "Gerry Adams"),
        ("It is a ploy to get into talks without giving up a single gun,", "Ian Paisley"), ("We need to see words turned into deeds.", "British government"),
        ("overjoyed", "Alec Reid")]))

T = "2011-04-28"
A.append(dict(id="g11", title="Dalai Lama hands power to elected Tibetan leader", dct=T, text=
"""Tibetans in exile have elected a Harvard legal scholar, Lobsang Sangay, as their prime minister, the exile government in Dharamsala, India, announced on Wednesday. Sangay, 43, will take over the political duties of the Dalai Lama, who said in March that he would give up his political role. "The Dalai Lama's wish is that the Tibetan people govern themselves," Sangay said. The 14th Dalai Lama, Tenzin Gyatso, will remain the spiritual leader of Tibetans. "I am very happy, very happy," the Dalai Lama told reporters. China's foreign ministry spokeswoman, Jiang Yu, said the election was "illegal" and that Beijing would not talk to Sangay. Separately, the Vatican said on Tuesday that Pope Benedict XVI will beatify his predecessor, Pope John Paul II, on Sunday in St Peter's Square. Vatican spokesman Father Federico Lombardi said more than a million pilgrims were expected. "It will be a day of joy for the whole Church," Lombardi said. Cardinal Stanisław Dziwisz, John Paul II's secretary for 40 years, will attend the ceremony. Sister Marie Simon-Pierre, a French nun whose recovery from Parkinson's disease was declared a miracle, will also be there.""",
persons=["Lobsang Sangay", "Tenzin Gyatso", "Jiang Yu", "Benedict XVI", "John Paul II", "Federico Lombardi", "Stanisław Dziwisz", "Marie Simon-Pierre"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("March", "2011-03", "DATE"), ("Tuesday", prev(T, "Tuesday"), "DATE"), ("Sunday", nxt(T, "Sunday"), "DATE"), ("40 years", "P40Y", "DURATION")],
quotes=[("The Dalai Lama's wish is that the Tibetan people govern themselves,", "Lobsang Sangay"), ("I am very happy, very happy,", "Tenzin Gyatso"),
        ("illegal", "Jiang Yu"), ("It will be a day of joy for the whole Church,", "Federico Lombardi")]))

T = "1989-06-05"
A.append(dict(id="g12", title="Khamenei named Iran's supreme leader after Khomeini's death", dct=T, text=
"""Iran's Assembly of Experts on Sunday named President Ali Khamenei as the country's new supreme leader, hours after millions of mourners filled the streets of Tehran for the funeral of Ayatollah Ruhollah Khomeini. Khomeini, 86, died Saturday night after 11 days in hospital. Parliament Speaker Hashemi Rafsanjani said the choice had been unanimous. "The revolution will continue on the path of the imam," Rafsanjani told the assembly. Khamenei, 49, who had held the rank of hojatoleslam, is now addressed as Ayatollah. The late leader's son, Ahmad Khomeini, read his father's will on state radio. "I go to my Lord with a calm heart," the will said. Ayatollah Hossein Ali Montazeri, once the designated successor, was removed from that post in March. Prime Minister Mir Hossein Mousavi declared 40 days of mourning. Tehran radio said eight people had been crushed to death in the crowds. In Washington, President Bush said he hoped Iran would now "rejoin the family of nations".""",
persons=["Ali Khamenei", "Ruhollah Khomeini", "Hashemi Rafsanjani", "Ahmad Khomeini", "Hossein Ali Montazeri", "Mir Hossein Mousavi", "George Bush"],
dates=[("Sunday", prev(T, "Sunday"), "DATE"), ("Saturday night", prev(T, "Saturday") + "TNI", "TIME"), ("11 days", "P11D", "DURATION"),
       ("now", "PRESENT_REF", "DATE"), ("March", "1989-03", "DATE"), ("40 days", "P40D", "DURATION"), ("now", "PRESENT_REF", "DATE", 1)],
quotes=[("The revolution will continue on the path of the imam,", "Hashemi Rafsanjani"), ("I go to my Lord with a calm heart,", "Ruhollah Khomeini"),
        ("rejoin the family of nations", "George Bush")]))

T = "2013-08-03"
A.append(dict(id="g13", title="Mugabe declared winner of Zimbabwe election", dct=T, text=
"""Zimbabwe's President Robert Mugabe has been declared the winner of Wednesday's presidential election with 61% of the vote, extending his 33 years in power. His main rival, Prime Minister Morgan Tsvangirai, won 34% and has said he will challenge the result in court. "This election was a huge farce," Mr Tsvangirai told journalists in Harare. The chairwoman of the electoral commission, Rita Makarau, said the vote had been free and fair. A smaller opposition party led by Welshman Ncube, the industry minister, won less than 3%. Finance Minister Tendai Biti, a senior member of Mr Tsvangirai's party, said hundreds of thousands of voters had been turned away. "We have the evidence and we will present it," Mr Biti said. Mugabe, 89, has not spoken in public since the results were announced. His wife, Grace Mugabe, was seen at a rally in the capital on Friday. South Africa's President Jacob Zuma congratulated Mugabe, while the African Union said the election had been "peaceful and credible". Archbishop Desmond Tutu called on the region's leaders to insist on a recount. Our correspondent Brian Hungwe reports from Harare.""",
persons=["Robert Mugabe", "Morgan Tsvangirai", "Rita Makarau", "Welshman Ncube", "Tendai Biti", "Grace Mugabe", "Jacob Zuma", "Desmond Tutu", "Brian Hungwe"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("33 years", "P33Y", "DURATION"), ("Friday", prev(T, "Friday"), "DATE")],
quotes=[("This election was a huge farce,", "Morgan Tsvangirai"), ("We have the evidence and we will present it,", "Tendai Biti"),
        ("peaceful and credible", "African Union")]))

T = "2000-03-16"
A.append(dict(id="g14", title="Philip Morris to buy Nabisco stake, Morgan Stanley advises", dct=T, text=
"""Philip Morris Cos. said Wednesday it had held talks to buy the remaining shares of Nabisco Holdings, in a deal that analysts said could be worth more than $14 billion. "We are always looking at ways to grow our food business," a Philip Morris spokesman said. Nabisco, which makes Oreo cookies and Ritz crackers, is advised by Goldman Sachs, while Philip Morris has hired Morgan Stanley Dean Witter. "The talks are at an early stage," a Goldman Sachs spokeswoman said. Shares of Nabisco rose $4.25 to $36.50 on the New York Stock Exchange. Philip Morris chief executive Geoffrey Bible said last month that the company wanted to expand its Kraft Foods unit. Kraft president Betsy Holden will run the combined business if a deal goes ahead, according to people familiar with the talks. "Kraft and Nabisco would be a perfect fit," said Marc Cohen, an analyst at Goldman Sachs. The tobacco giant faces a $145 billion damages claim in a class-action suit in Florida. Lawyer Stanley Rosenblatt, who represents the smokers, said the deal would not affect the case. Shares of Philip Morris were up 50 cents at $20.69. Jim Morgan of Morgan Keegan & Co. said investors had welcomed the news. AP Business Writer Tom Murphy in New York contributed to this report.""",
persons=["Geoffrey Bible", "Betsy Holden", "Marc Cohen", "Stanley Rosenblatt", "Jim Morgan", "Tom Murphy"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("last month", "2000-02", "DATE")],
quotes=[("We are always looking at ways to grow our food business,", "Philip Morris Cos."), ("The talks are at an early stage,", "Goldman Sachs"),
        ("Kraft and Nabisco would be a perfect fit,", "Marc Cohen")]))

T = "2013-04-30"
A.append(dict(id="g15", title="Willem-Alexander becomes king as Beatrix abdicates", dct=T, text=
"""Queen Beatrix of the Netherlands has abdicated after 33 years on the throne, handing the crown to her eldest son, who becomes the country's first king since 1890. Willem-Alexander, 46, was sworn in as King Willem-Alexander at a joint session of parliament in Amsterdam's Nieuwe Kerk this afternoon. "I am taking up this office with a sense of responsibility," the new king said. His Argentine-born wife, Queen Máxima, stood beside him with their three daughters. Princess Beatrix, as she is now known, signed the act of abdication in the Royal Palace this morning. "I am happy and grateful to present to you your new king," she told the crowds from the balcony. Prime Minister Mark Rutte said the country owed her "a great debt". Among the guests were Prince Charles, Crown Princess Victoria of Sweden and Japan's Crown Prince Naruhito. The queen's husband, Prince Claus, died in 2002. Máxima's father, Jorge Zorreguieta, a minister in Argentina's military government, did not attend. The BBC's Anna Holligan reports from Amsterdam.""",
persons=["Beatrix", "Willem-Alexander", "Máxima", "Mark Rutte", "Charles", "Victoria", "Naruhito", "Claus", "Jorge Zorreguieta", "Anna Holligan"],
dates=[("33 years", "P33Y", "DURATION"), ("1890", "1890", "DATE"), ("this afternoon", T + "TAF", "TIME"), ("now", "PRESENT_REF", "DATE"),
       ("this morning", T + "TMO", "TIME"), ("2002", "2002", "DATE")],
quotes=[("I am taking up this office with a sense of responsibility,", "Willem-Alexander"), ("I am happy and grateful to present to you your new king,", "Beatrix"),
        ("a great debt", "Mark Rutte")]))

T = "2000-07-25"
A.append(dict(id="g16", title="Kashmir rebels offer ceasefire talks", dct=T, text=
"""India said Monday it was ready to hold talks with Kashmir's largest guerrilla group, Hizbul Mujahedeen, which declared a three-month ceasefire last week. "The government welcomes the offer and will respond in the coming days," Home Minister L.K. Advani told Parliament. Prime Minister Atal Bihari Vajpayee met Kashmir's chief minister, Farooq Abdullah, in New Delhi on Sunday. Abdullah is the son of Sheikh Abdullah, the state's first elected leader. Pakistan's military ruler, Gen. Pervez Musharraf, said he supported the ceasefire. The group's commander, Abdul Majeed Dar, said in Srinagar that fighters would not attack Indian troops. "We want peace with honor," Dar said. But Syed Salahuddin, the group's chief in Pakistan, warned that the truce would end if India refused to include Pakistan in the talks. Congress Party president Sonia Gandhi, the widow of Rajiv Gandhi, called on the government to move carefully. Former Pakistani Prime Minister Nawaz Sharif, who was overthrown by Musharraf in October, is serving a life sentence. His brother, Shahbaz Sharif, remains under house arrest in Lahore. Associated Press writer Ranjit Devraj contributed to this report.""",
persons=["L.K. Advani", "Atal Bihari Vajpayee", "Farooq Abdullah", "Sheikh Abdullah", "Pervez Musharraf", "Abdul Majeed Dar", "Syed Salahuddin", "Sonia Gandhi", "Rajiv Gandhi", "Nawaz Sharif", "Shahbaz Sharif", "Ranjit Devraj"],
dates=[("Monday", prev(T, "Monday"), "DATE"), ("three-month", "P3M", "DURATION"), ("last week", week(T, -1), "DATE"), ("the coming days", "FUTURE_REF", "DATE"),
       ("Sunday", prev(T, "Sunday"), "DATE"), ("October", "1999-10", "DATE")],
quotes=[("The government welcomes the offer and will respond in the coming days,", "L.K. Advani"), ("We want peace with honor,", "Abdul Majeed Dar")]))

T = "2007-07-19"
A.append(dict(id="g17", title="Mandela launches 'The Elders' group of world leaders", dct=T, text=
"""Former South African president Nelson Mandela on Wednesday launched a group of senior world figures who will work to resolve conflicts and promote human rights. The group, called The Elders, was unveiled at a ceremony in Johannesburg. Its members are former UN Secretary-General Kofi Annan, former US President Jimmy Carter, Archbishop Desmond Tutu, former Irish President Mary Robinson, Graça Machel, Ela Bhatt, Li Zhaoxing, Muhammad Yunus and Gro Harlem Brundtland. "Together we will work to support courage where there is fear," Mandela said. Tutu, who will chair the group, said it would not be "a bunch of has-beens". Professor Yunus, who won the Nobel Peace Prize last year, said the Elders would focus on Darfur first. The group was the idea of the British businessman Richard Branson and the musician Peter Gabriel. "Nelson Mandela asked us to bring the wisest people in the world together," Branson said. Aung San Suu Kyi, who has been under house arrest in Burma for most of the past 18 years, was named an honorary member; an empty chair was left for her. Li, China's former foreign minister, did not attend.""",
persons=["Nelson Mandela", "Kofi Annan", "Jimmy Carter", "Desmond Tutu", "Mary Robinson", "Graça Machel", "Ela Bhatt", "Li Zhaoxing", "Muhammad Yunus", "Gro Harlem Brundtland", "Richard Branson", "Peter Gabriel", "Aung San Suu Kyi"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("last year", "2006", "DATE"),
       ("the past 18 years", "P18Y", "DURATION")],
quotes=[("Together we will work to support courage where there is fear,", "Nelson Mandela"), ("a bunch of has-beens", "Desmond Tutu"),
        ("Nelson Mandela asked us to bring the wisest people in the world together,", "Richard Branson")]))
write_set(A, D, "hand-made (NewsLens world set)")

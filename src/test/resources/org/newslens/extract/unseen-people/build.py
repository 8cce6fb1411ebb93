"""Builds the hand-made gold files (p*.json) of the people check set: 25 made-up news articles (4 batches) rich in persons,
in mixed styles (Wikinews 2005-2013, AP wire 1989-2000, a 2013 broadcaster): foreign names of many origins
(Chinese, Arabic, Spanish with two surnames, Dutch "van der"/"de", Korean), people named once only, people in
lists "X, Y and Z", people after titles and roles ("Finance Minister X", "coach X", "X, 34, of Y"), sports
results, reporters who "contributed to this report", names that are also common words, women named "Mrs." after
a full name, with quotes. Written blind, before the engine was changed for them, and annotated by
../../../../../../../shared/eval/README.md's rules (persons, every TIMEX3, quotes with speakers). Annotations name
a span by its text and occurrence; offsets are computed and checked here."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
A.append(dict(id="p01", title="China and United States end economic talks in Washington", dct="2009-07-29", text=
"""China and the United States ended two days of economic talks in Washington on Tuesday with an agreement to work together on climate change and energy. The talks were led by Vice Premier Wang Qishan and State Councillor Dai Bingguo for China, and by Treasury Secretary Timothy Geithner and Secretary of State Hillary Clinton for the United States. "We have made real progress," Geithner told reporters after the meeting. "Both sides understand that the recovery depends on each other." Wang said China would keep its currency stable. "China is a responsible country and will act as one," he said through an interpreter. Zhu Guangyao, an assistant finance minister, said Beijing wanted "more information" about the American budget deficit. The Chinese delegation also included Zhou Xiaochuan, the governor of the central bank, and Commerce Minister Chen Deming. Analysts were cautious. "The talks produced a lot of words and few numbers," said Li Wenhua, an economist at Peking University. Huang Ming, a trader at a Shanghai brokerage, said markets had expected little from the meeting. The next round of talks will be held in Beijing next year.""",
persons=["Wang Qishan", "Dai Bingguo", "Timothy Geithner", "Hillary Clinton", "Zhu Guangyao", "Zhou Xiaochuan", "Chen Deming", "Li Wenhua", "Huang Ming"],
dates=[("two days","P2D","DURATION"),("Tuesday","2009-07-28","DATE"),("next year","2010","DATE")],
quotes=[("We have made real progress,","Timothy Geithner"),("Both sides understand that the recovery depends on each other.","Timothy Geithner"),
        ("China is a responsible country and will act as one,","Wang Qishan"),("more information","Zhu Guangyao"),
        ("The talks produced a lot of words and few numbers,","Li Wenhua")]))
A.append(dict(id="p02", title="Spain's central bank sees rates falling as unemployment stays high", dct="1994-03-09", text=
"""MADRID, Spain (AP) _ The governor of the Bank of Spain, Luis Angel Rojo, said Tuesday that interest rates would keep falling this year, as the government of Prime Minister Felipe Gonzalez struggled to bring down unemployment of 24 percent.
"The worst of the recession is behind us," Rojo told a parliamentary committee. "But jobs will come back slowly."
Economy Minister Pedro Solbes said the government would present a labor reform to Parliament next month. Union leaders Nicolas Redondo and Antonio Gutierrez have called a general strike against the plan.
In Seville, Carmen Ruiz Navarro, 34, of the nearby town of Dos Hermanas, said she had been out of work for two years. "My husband and I have sent out hundreds of letters," she said. "Nobody answers."
Jose Luis Martin Moreno, the owner of a textile plant in Alcoy, said he could not hire more workers "until the rules change." Martin Moreno employs 40 people.
The leader of the opposition Popular Party, Jose Maria Aznar, called the reform "too little and too late."
Associated Press writer Elena Castillo in Seville contributed to this report.""",
persons=["Luis Angel Rojo", "Felipe Gonzalez", "Pedro Solbes", "Nicolas Redondo", "Antonio Gutierrez", "Carmen Ruiz Navarro", "Jose Luis Martin Moreno", "Jose Maria Aznar", "Elena Castillo"],
dates=[("Tuesday","1994-03-08","DATE"),("this year","1994","DATE"),("next month","1994-04","DATE"),("two years","P2Y","DURATION")],
quotes=[("The worst of the recession is behind us,","Luis Angel Rojo"),("But jobs will come back slowly.","Luis Angel Rojo"),
        ("My husband and I have sent out hundreds of letters,","Carmen Ruiz Navarro"),("Nobody answers.","Carmen Ruiz Navarro"),
        ("until the rules change.","Jose Luis Martin Moreno"),("too little and too late.","Jose Maria Aznar")]))
A.append(dict(id="p03", title="Ajax beat PSV to move six points clear", dct="2013-04-15", text=
"""Ajax moved six points clear at the top of the Dutch league on Sunday after beating PSV Eindhoven 3-1 in Amsterdam.
Kees van den Broek scored twice and Lasse Holm, the Danish midfielder, added a third after the break. Marco de Wit pulled one back for PSV late in the game.
"We played with courage," said the Ajax coach, Ruud van der Velde. "The title is not won yet, but we are close."
Van der Velde, 44, took over in December 2010 and has won the league twice.
PSV coach Willem Bakker said his team had given away "two soft goals." "You cannot do that in Amsterdam," he said.
The Ajax goalkeeper, Tim Hendriks, made three saves in the second half.
In the other matches, Feyenoord beat Twente 2-0 with goals from Joris Mulder and Sven Koster, and AZ Alkmaar drew 1-1 with Utrecht.""",
persons=["Kees van den Broek", "Lasse Holm", "Marco de Wit", "Ruud van der Velde", "Willem Bakker", "Tim Hendriks", "Joris Mulder", "Sven Koster"],
dates=[("Sunday","2013-04-14","DATE"),("December 2010","2010-12","DATE")],
quotes=[("We played with courage,","Ruud van der Velde"),("The title is not won yet, but we are close.","Ruud van der Velde"),
        ("two soft goals.","Willem Bakker"),("You cannot do that in Amsterdam,","Willem Bakker")]))
A.append(dict(id="p04", title="South Korea approves trade deal with US after tear gas protest", dct="2011-11-23", text=
"""South Korea's parliament approved a free trade agreement with the United States on Tuesday, after a lawmaker set off a tear gas canister in the chamber in protest.
Choi Dong-won, a member of the opposition Democratic Labor Party, set off the canister near the speaker's podium shortly before the vote. "I did it to stop a bad deal for our farmers," Choi told reporters afterwards. The speaker, Han Sung-ho, called the act "a disgrace to this house."
The agreement was passed by 151 votes to seven. President Lee Myung-bak said the agreement would "open a new era" for the Korean economy. Opposition leaders Sohn Hak-kyu, Jung Min-seok and Yoon Mi-ra walked out of the chamber before the vote.
Farmers' groups held a protest in central Seoul. "Our rice fields will disappear," said Kang Eun-ji, 52, a farmer from South Jeolla province.
Trade Minister Bae Jae-hyun said the deal would add 5.7 percent to the economy over ten years. "This is the most important trade agreement Korea has signed," Bae said.""",
persons=["Choi Dong-won", "Han Sung-ho", "Lee Myung-bak", "Sohn Hak-kyu", "Jung Min-seok", "Yoon Mi-ra", "Kang Eun-ji", "Bae Jae-hyun"],
dates=[("Tuesday","2011-11-22","DATE"),("ten years","P10Y","DURATION")],
quotes=[("I did it to stop a bad deal for our farmers,","Choi Dong-won"),("a disgrace to this house.","Han Sung-ho"),("open a new era","Lee Myung-bak"),
        ("Our rice fields will disappear,","Kang Eun-ji"),("This is the most important trade agreement Korea has signed,","Bae Jae-hyun")]))
A.append(dict(id="p05", title="Egypt says it will stay away from Doha economic conference", dct="1997-11-19", text=
"""CAIRO, Egypt (AP) _ Foreign Minister Amr Moussa said Tuesday that Egypt would not attend an economic conference in Qatar next week unless Israel made progress in its peace talks with the Palestinians.
"We cannot go to Doha as if nothing has happened," Moussa told reporters after meeting the secretary-general of the Arab League, Ahmed Esmat Abdel-Meguid. "The peace process is frozen."
President Hosni Mubarak has said the conference would reward Israel for blocking the talks. A government spokesman, Nabil Osman, said the decision was final.
Khaled al-Hashimi, a political scientist at Cairo University, said other Arab states would follow Egypt. "Nobody wants to be seen shaking hands in Doha," he said.
On a busy street in central Cairo, Abdel Rahman Saleh el-Sayed, 61, a retired teacher, said he supported the boycott. "They talk of peace and build on our land," he said.
Associated Press writers Mona Salem in Cairo and Rami Haddad in Amman, Jordan, contributed to this report.""",
persons=["Amr Moussa", "Ahmed Esmat Abdel-Meguid", "Hosni Mubarak", "Nabil Osman", "Khaled al-Hashimi", "Abdel Rahman Saleh el-Sayed", "Mona Salem", "Rami Haddad"],
dates=[("Tuesday","1997-11-18","DATE"),("next week","1997-W48","DATE")],
quotes=[("We cannot go to Doha as if nothing has happened,","Amr Moussa"),("The peace process is frozen.","Amr Moussa"),
        ("Nobody wants to be seen shaking hands in Doha,","Khaled al-Hashimi"),("They talk of peace and build on our land,","Abdel Rahman Saleh el-Sayed")]))
A.append(dict(id="p06", title="Royal Society names winners of its science medals", dct="2007-05-10", text=
"""The Royal Society announced the winners of its annual science medals on Wednesday. The Hale Prize for chemistry went to Rose Hill, a professor at the University of Leeds, for her work on catalysts. Other winners included Mark Young, Grace Baker and Will Price, all from British universities.
Hill said she was "delighted and surprised." "I owe this to my students," she said. Young, a physicist at Imperial College London, won for his research on lasers.
Martin Rees, the president of the society, praised the winners. "Science in Britain is in good health," Rees said. "The winners were chosen from more than 300 nominations," said Faith Long, a spokeswoman for the society.
The medals, worth 5,000 pounds each, will be presented at a ceremony in London in November.""",
persons=["Rose Hill", "Mark Young", "Grace Baker", "Will Price", "Martin Rees", "Faith Long"],
dates=[("annual","P1Y","SET"),("Wednesday","2007-05-09","DATE"),("November","2007-11","DATE")],
quotes=[("delighted and surprised.","Rose Hill"),("I owe this to my students,","Rose Hill"),("Science in Britain is in good health,","Martin Rees"),
        ("The winners were chosen from more than 300 nominations,","Faith Long")]))
A.append(dict(id="p07", title="Mother sues state over day care fire", dct="1990-06-14", text=
"""BOSTON (AP) _ A woman whose son died in a fire at a day care center sued the state Wednesday, saying inspectors had ignored her warnings about faulty wiring.
Barbara Hale, 41, of Quincy, filed the suit in Suffolk Superior Court. "I told them twice that the building was dangerous," Mrs. Hale said at a news conference. "Nobody listened."
Her lawyer, Richard M. Costa, said the family was seeking $5 million in damages. The fire killed three children in March.
Gov. Michael Dukakis was traveling and could not be reached, but his spokesman, Jim Dunn, said the state would review the case. "The governor's heart goes out to the families," Dunn said.
State Fire Marshal Joseph Ward said his office had no record of a complaint about the building.
The owner of the center, Linda Price Carter, 56, declined to comment. Mrs. Carter has said in the past that the center met all safety codes.""",
persons=["Barbara Hale", "Richard M. Costa", "Michael Dukakis", "Jim Dunn", "Joseph Ward", "Linda Price Carter"],
dates=[("Wednesday","1990-06-13","DATE"),("March","1990-03","DATE"),("the past","PAST_REF","DATE")],
quotes=[("I told them twice that the building was dangerous,","Barbara Hale"),("Nobody listened.","Barbara Hale"),
        ("The governor's heart goes out to the families,","Jim Dunn")]))
A.append(dict(id="p08", title="Kiprotich and Worku win Hamburg Marathon", dct="2013-04-22", text=
"""Kenya's Wilson Kiprotich won the Hamburg Marathon on Sunday, finishing 14 seconds ahead of Tadese Bekele of Ethiopia. Another Kenyan, Peter Mwangi Kamau, was third.
"The wind was hard at the end," Kiprotich said. "But I felt strong."
In the women's race, Ethiopia's Aselefech Worku won her first marathon, ahead of Yuki Tanaka of Japan and the German Anna Schmidt. "I am very happy," Worku said through a translator.
Schmidt, who finished fifth last year, was the best European in either race.
Race director Frank Hoffmann said about 15,000 runners had taken part. "It was a perfect day for the city," he said.""",
persons=["Wilson Kiprotich", "Tadese Bekele", "Peter Mwangi Kamau", "Aselefech Worku", "Yuki Tanaka", "Anna Schmidt", "Frank Hoffmann"],
dates=[("Sunday","2013-04-21","DATE"),("14 seconds","PT14S","DURATION"),("last year","2012","DATE")],
quotes=[("The wind was hard at the end,","Wilson Kiprotich"),("But I felt strong.","Wilson Kiprotich"),("I am very happy,","Aselefech Worku"),
        ("It was a perfect day for the city,","Frank Hoffmann")]))
A.append(dict(id="p09", title="Dutch brewer to buy Belgian rival", dct="1999-02-03", text=
"""AMSTERDAM, Netherlands (AP) _ Vandermeer Breweries NV said Tuesday it would buy its Belgian rival Brouwerij De Kroon for $1.2 billion, creating Europe's third-largest brewer.
"Beer drinkers do not care about borders any more," chief executive Hans van der Linden said in a statement.
Finance Minister Gerrit Zalm said the government would not stand in the way of the deal.
Pieter de Graaf, an analyst at ABN Amro in Amsterdam, said the price was high. "They paid for the name," he said. Shares of Vandermeer rose 3 percent on the Amsterdam stock exchange.
The chairman of De Kroon, Jean-Marc Dumont, 62, will join the Vandermeer board.
Associated Press writer Anneke Visser in Brussels contributed to this report.""",
persons=["Hans van der Linden", "Gerrit Zalm", "Pieter de Graaf", "Jean-Marc Dumont", "Anneke Visser"],
dates=[("Tuesday","1999-02-02","DATE")],
quotes=[("Beer drinkers do not care about borders any more,","Hans van der Linden"),("They paid for the name,","Pieter de Graaf")]))
A.append(dict(id="p10", title="Calderón declared winner of Mexican presidential election", dct="2006-07-07", text=
"""Mexico's Federal Electoral Institute on Thursday declared Felipe Calderón the winner of Sunday's presidential election, by a margin of 0.58 percentage points over Andrés Manuel López Obrador. López Obrador, the former mayor of Mexico City, said he would challenge the result in court. "We will not accept these results," he told supporters in the Zócalo square.
Calderón, of the National Action Party, promised to govern for all Mexicans. "I extend my hand to those who did not vote for me," Calderón said. Outgoing President Vicente Fox called for calm.
The president of the institute, Luis Carlos Ugalde, said the count had been "clean and transparent." Roberto Madrazo, the candidate of the Institutional Revolutionary Party (PRI), came third.
María de los Ángeles Sánchez Ruiz, 45, a teacher from Oaxaca, said she had voted for López Obrador. "The poor are tired of waiting," she said.""",
persons=["Felipe Calderón", "Andrés Manuel López Obrador", "Vicente Fox", "Luis Carlos Ugalde", "Roberto Madrazo", "María de los Ángeles Sánchez Ruiz"],
dates=[("Thursday","2006-07-06","DATE"),("Sunday","2006-07-02","DATE")],
quotes=[("We will not accept these results,","Andrés Manuel López Obrador"),("I extend my hand to those who did not vote for me,","Felipe Calderón"),
        ("clean and transparent.","Luis Carlos Ugalde"),("The poor are tired of waiting,","María de los Ángeles Sánchez Ruiz")]))

# Batch 2 (p11-p15), written blind after batch 1's fixes.
A.append(dict(id="p11", title="Larsson wins Swedish Open", dct="1992-07-06", text=
"""BASTAD, Sweden (AP) _ Results Sunday of the $300,000 Swedish Open tennis tournament:
Singles, Final
Magnus Larsson, Sweden, def. Karel Novacek, Czechoslovakia, 6-4, 3-6, 7-5.
Doubles, Final
Jan Apell and Jonas Bjorkman, Sweden, def. Sergio Casal and Emilio Sanchez, Spain, 6-3, 6-4.
Larsson, 21, won his first tournament on the tour in front of a home crowd of 5,000. "I have dreamed of this since I was a boy," Larsson said. Novacek, the second seed, blamed a sore shoulder. "I could not serve properly in the third set," he said.""",
persons=["Magnus Larsson", "Karel Novacek", "Jan Apell", "Jonas Bjorkman", "Sergio Casal", "Emilio Sanchez"],
dates=[("Sunday","1992-07-05","DATE")],
quotes=[("I have dreamed of this since I was a boy,","Magnus Larsson"),("I could not serve properly in the third set,","Karel Novacek")]))
A.append(dict(id="p12", title="Wen warns of need for political reform as parliament closes", dct="2012-03-14", text=
"""Chinese Premier Wen Jiabao warned on Wednesday that China needed political reform, at the end of the annual session of the National People's Congress in Beijing. "Without political reform, the gains of economic reform may be lost," Wen told a news conference that lasted three hours. The congress approved a growth target of 7.5 percent for this year.
President Hu Jintao and Vice President Xi Jinping sat in the front row during the closing session. Wen also criticised the leaders of the city of Chongqing, where party chief Bo Xilai has been under pressure since his police chief, Wang Lijun, fled to a United States consulate last month.
Ma Jun, an environmental activist in Beijing, said the premier's words were "welcome but not new." Zhang Wei, 29, a software engineer from Hangzhou, said he had watched the news conference online. "He speaks well, but nothing changes," Zhang said.""",
persons=["Wen Jiabao", "Hu Jintao", "Xi Jinping", "Bo Xilai", "Wang Lijun", "Ma Jun", "Zhang Wei"],
dates=[("Wednesday","2012-03-14","DATE"),("annual","P1Y","SET"),("three hours","PT3H","DURATION"),("this year","2012","DATE"),("last month","2012-02","DATE")],
quotes=[("Without political reform, the gains of economic reform may be lost,","Wen Jiabao"),("welcome but not new.","Ma Jun"),
        ("He speaks well, but nothing changes,","Zhang Wei")]))
A.append(dict(id="p13", title="Actress Joy Summers dies at 84", dct="2013-06-10", text=
"""The actress Joy Summers, best known for thirty years of playing the landlady in the radio series The Corner House, has died at the age of 84, her agent said on Sunday.
Summers was born in Leeds in 1929 and began her career on the stage. Her husband, the director Frank Long, died in 2001.
Her agent, Hope Baxter, said she had died peacefully at home. "She worked until the very end," Baxter said.
Fellow actors Rowan Bell, Art Williams and Daisy North paid tribute. "She taught me everything about timing," said Bell.
Her neighbour, Pauline Grant, said Mrs. Summers still walked to the shops every day. "She was always smiling," Mrs. Grant said.""",
persons=["Joy Summers", "Frank Long", "Hope Baxter", "Rowan Bell", "Art Williams", "Daisy North", "Pauline Grant"],
dates=[("thirty years","P30Y","DURATION"),("Sunday","2013-06-09","DATE"),("1929","1929","DATE"),("2001","2001","DATE"),("every day","P1D","SET")],
quotes=[("She worked until the very end,","Hope Baxter"),("She taught me everything about timing,","Rowan Bell"),("She was always smiling,","Pauline Grant")]))
A.append(dict(id="p14", title="Arafat wins Palestinian election by a wide margin", dct="1996-01-22", text=
"""JERUSALEM (AP) _ Yasser Arafat won 88 percent of the vote in Saturday's Palestinian elections, officials said Sunday. His only rival, Samiha Khalil, a charity worker, won 9 percent.
"This is the birth of Palestinian democracy," chief Palestinian negotiator Saeb Erekat said. Former President Jimmy Carter, who led a team of foreign observers, said the vote had been "by and large free and fair."
Prime Minister Shimon Peres of Israel called Arafat to congratulate him, an aide to Peres said.
Mahmoud Abu Hassan, 45, of the Jabaliya refugee camp, said he had voted for the first time in his life. "Now we have a voice," he said.
Associated Press writer Samir Daoud in Gaza City contributed to this report.""",
persons=["Yasser Arafat", "Samiha Khalil", "Saeb Erekat", "Jimmy Carter", "Shimon Peres", "Mahmoud Abu Hassan", "Samir Daoud"],
dates=[("Saturday","1996-01-20","DATE"),("Sunday","1996-01-21","DATE"),("Now","PRESENT_REF","DATE")],
quotes=[("This is the birth of Palestinian democracy,","Saeb Erekat"),("by and large free and fair.","Jimmy Carter"),("Now we have a voice,","Mahmoud Abu Hassan")]))
A.append(dict(id="p15", title="Dutch government presents 2009 budget", dct="2008-09-17", text=
"""The Dutch government presented its budget for 2009 on Tuesday, promising to protect spending on health care despite the financial crisis. Queen Beatrix read the government's plans in the traditional speech from the throne in The Hague.
Finance Minister Wouter Bos said the Netherlands was "better prepared than most countries" for a downturn. "We have saved in good times, so we can spend in bad times," Bos told parliament.
Prime Minister Jan Peter Balkenende said the government would not raise taxes next year. Opposition leaders Mark Rutte, Geert Wilders and Agnes Kant criticised the plans.
Joost van Leeuwen, an economist at ING in Amsterdam, said the forecast of 1.25 percent growth was too optimistic. "The crisis has not reached Europe yet," Van Leeuwen said.""",
persons=["Beatrix", "Wouter Bos", "Jan Peter Balkenende", "Mark Rutte", "Geert Wilders", "Agnes Kant", "Joost van Leeuwen"],
dates=[("2009","2009","DATE"),("Tuesday","2008-09-16","DATE"),("next year","2009","DATE")],
quotes=[("better prepared than most countries","Wouter Bos"),("We have saved in good times, so we can spend in bad times,","Wouter Bos"),
        ("The crisis has not reached Europe yet,","Joost van Leeuwen")]))

# Batch 3 (p16-p20), written blind after batch 2's fix.
A.append(dict(id="p16", title="Senate Republicans unveil budget plan", dct="1995-05-18", text=
"""WASHINGTON (AP) _ Senate Majority Leader Bob Dole, R-Kan., said Wednesday that Republicans would balance the federal budget within seven years without raising taxes.
"We are going to keep our promise to the American people," Dole told reporters. Rep. Pat Schroeder, D-Colo., called the plan "a war on the elderly."
House Speaker Newt Gingrich said the House would vote on its own plan next week. White House spokesman Mike McCurry said President Clinton would veto any bill that cut Medicare "to pay for tax breaks for the rich."
Sens. Pete Domenici, R-N.M., and Phil Gramm, R-Texas, both said they expected the plan to pass.
Associated Press writer Alan Fram contributed to this report.""",
persons=["Bob Dole", "Pat Schroeder", "Newt Gingrich", "Mike McCurry", "Bill Clinton", "Pete Domenici", "Phil Gramm", "Alan Fram"],
dates=[("Wednesday","1995-05-17","DATE"),("seven years","P7Y","DURATION"),("next week","1995-W21","DATE")],
quotes=[("We are going to keep our promise to the American people,","Bob Dole"),("a war on the elderly.","Pat Schroeder"),
        ("to pay for tax breaks for the rich.","Mike McCurry")]))
A.append(dict(id="p17", title="Brazilians vote in presidential election", dct="2010-10-01", text=
"""Brazilians will vote on Sunday in a presidential election to choose a successor to Luiz Inácio Lula da Silva, who is barred from running for a third term. Polls show his former chief of staff, Dilma Rousseff of the Workers' Party, leading with about 50 percent of the vote.
Her main rivals are José Serra, a former governor of São Paulo, and Marina Silva of the Green Party, a former environment minister. "Brazil wants change with responsibility," Serra said at a rally in Rio de Janeiro on Thursday.
Lula, who leaves office with an approval rating of almost 80 percent, campaigned for Rousseff across the country. "She will continue what we started," he said.
Carlos Eduardo Pereira dos Santos, a political scientist at the University of Brasília, said a second round on 31 October was still possible.""",
persons=["Luiz Inácio Lula da Silva", "Dilma Rousseff", "José Serra", "Marina Silva", "Carlos Eduardo Pereira dos Santos"],
dates=[("Sunday","2010-10-03","DATE"),("Thursday","2010-09-30","DATE"),("31 October","2010-10-31","DATE")],
quotes=[("Brazil wants change with responsibility,","José Serra"),("She will continue what we started,","Luiz Inácio Lula da Silva")]))
A.append(dict(id="p18", title="Dhoni double century puts India in control in Chennai", dct="2013-02-25", text=
"""India captain Mahendra Singh Dhoni scored 224 on Sunday to put his side in control of the first Test against Australia in Chennai.
Dhoni shared a stand of 140 with Virat Kohli, who made 107, before Bhuvneshwar Kumar helped him add another 109 for the ninth wicket. Australia's James Pattinson took five wickets.
"It was one of those days when everything came off," Dhoni said after play. Australian captain Michael Clarke admitted his bowlers had struggled. "We were not good enough today," Clarke said.
Spinner Ravichandran Ashwin, who took seven wickets in the first innings, is expected to bowl much of the final day on Tuesday.""",
persons=["Mahendra Singh Dhoni", "Virat Kohli", "Bhuvneshwar Kumar", "James Pattinson", "Michael Clarke", "Ravichandran Ashwin"],
dates=[("Sunday","2013-02-24","DATE"),("today","2013-02-24","DATE"),("the final day","2013-02-26","DATE"),("Tuesday","2013-02-26","DATE")],
quotes=[("It was one of those days when everything came off,","Mahendra Singh Dhoni"),("We were not good enough today,","Michael Clarke")]))
A.append(dict(id="p19", title="Nigeria announces cuts to fuel subsidy", dct="2012-06-20", text=
"""Nigeria's government announced on Tuesday that it would cut the fuel subsidy by a further ten percent, six months after protests forced it to restore part of the subsidy in January.
Finance Minister Ngozi Okonjo-Iweala said the money saved would be spent on roads and hospitals. "We cannot keep paying for fuel that is smuggled out of the country," she told reporters in Abuja.
President Goodluck Jonathan has said the subsidy costs the country about US$8 billion a year. The governor of the central bank, Lamido Sanusi, supported the cut.
Labour leader Abdulwaheed Omar said the unions would meet next week to decide on a response. Aliko Dangote, the country's richest businessman, said he welcomed the decision.""",
persons=["Ngozi Okonjo-Iweala", "Goodluck Jonathan", "Lamido Sanusi", "Abdulwaheed Omar", "Aliko Dangote"],
dates=[("Tuesday","2012-06-19","DATE"),("six months","P6M","DURATION"),("January","2012-01","DATE"),("a year","P1Y","SET"),("next week","2012-W26","DATE")],
quotes=[("We cannot keep paying for fuel that is smuggled out of the country,","Ngozi Okonjo-Iweala")]))
A.append(dict(id="p20", title="Soviet coup collapses", dct="1991-08-21", text=
"""MOSCOW (AP) _ The hard-line coup against Mikhail Gorbachev collapsed Wednesday, and Russian President Boris Yeltsin said Gorbachev was free and would return to Moscow.
"The junta has been defeated," Yeltsin told the Russian parliament. Vice President Gennady Yanayev, who had declared himself acting president on Monday, was reported to be under guard.
Defense Minister Dmitri Yazov and KGB chief Vladimir Kryuchkov were said to have flown to the Crimea, where Gorbachev had been held since Sunday. Foreign Minister Alexander Bessmertnykh said he had been ill during the coup.
In Washington, President Bush called Yeltsin to congratulate him. "This is a great victory for the Soviet people," Bush said.
Associated Press writers Andrew Katell and Deborah Seward contributed to this report.""",
persons=["Mikhail Gorbachev", "Boris Yeltsin", "Gennady Yanayev", "Dmitri Yazov", "Vladimir Kryuchkov", "Alexander Bessmertnykh", "George Bush", "Andrew Katell", "Deborah Seward"],
dates=[("Wednesday","1991-08-21","DATE"),("Monday","1991-08-19","DATE"),("Sunday","1991-08-18","DATE")],
quotes=[("The junta has been defeated,","Boris Yeltsin"),("This is a great victory for the Soviet people,","George Bush")]))

# Batch 4 (p21-p25), written blind after batch 3's fixes.
A.append(dict(id="p21", title="Japan unveils stimulus package", dct="1998-04-08", text=
"""TOKYO (AP) _ Prime Minister Ryutaro Hashimoto's government said Wednesday it would spend a record 16 trillion yen on public works and tax cuts to pull Japan out of its slump.
"This package will put the economy back on its feet," Finance Minister Hikaru Matsunaga told a news conference. Bank of Japan Governor Masaru Hayami said the central bank would keep interest rates low.
Economists were not impressed. "It is too little, and it comes too late," said Kenji Nakamura, chief economist at the Daiwa Institute of Research. Sony Corp. President Nobuyuki Idei said consumers needed "a reason to spend again."
The Nikkei stock average rose 2.1 percent. Yuko Tanabe, 36, a shop owner in Tokyo's Ginza district, said sales had fallen for two years.""",
persons=["Ryutaro Hashimoto", "Hikaru Matsunaga", "Masaru Hayami", "Kenji Nakamura", "Nobuyuki Idei", "Yuko Tanabe"],
dates=[("Wednesday","1998-04-08","DATE"),("two years","P2Y","DURATION")],
quotes=[("This package will put the economy back on its feet,","Hikaru Matsunaga"),("It is too little, and it comes too late,","Kenji Nakamura"),
        ("a reason to spend again.","Nobuyuki Idei")]))
A.append(dict(id="p22", title="Irish government survives confidence vote", dct="2010-06-10", text=
"""The Irish government of Taoiseach Brian Cowen survived a vote of confidence in the Dáil on Wednesday by 82 votes to 77. The vote was called by Fine Gael leader Enda Kenny after a row over the cost of rescuing the country's banks.
"This government has lost the trust of the people," Kenny told the chamber. Cowen said the opposition had "no plan of its own."
Seán O'Neill, a Labour deputy from Cork, and Siobhán Ní Dhuibhir of Sinn Féin both voted against the government. President Mary McAleese was on a visit to China at the time of the vote.
Outside the Dáil, Declan McCarthy-Hughes, a builder who lost his job last year, held a banner. "We want an election," he said.""",
persons=["Brian Cowen", "Enda Kenny", "Seán O'Neill", "Siobhán Ní Dhuibhir", "Mary McAleese", "Declan McCarthy-Hughes"],
dates=[("Wednesday","2010-06-09","DATE"),("the time of the vote","2010-06-09","DATE"),("last year","2009","DATE")],
quotes=[("This government has lost the trust of the people,","Enda Kenny"),("no plan of its own.","Brian Cowen"),("We want an election,","Declan McCarthy-Hughes")]))
A.append(dict(id="p23", title="French former president backs pension reform", dct="2013-09-09", text=
"""The former French president Valéry Giscard d'Estaing has backed the government's plan to raise the number of years workers must pay into the pension system, in an interview published on Sunday.
"The reform is necessary, and it is modest," Giscard d'Estaing told the newspaper. Prime Minister Jean-Marc Ayrault presented the plan last month. President François Hollande has said there will be no rise in the retirement age of 62.
Union leader Anne-Sophie Lefèvre-Martin called a strike for Tuesday. "Workers will pay, and the bosses will not," she said. The former prime minister Dominique de Villepin said the plan did not go far enough.""",
persons=["Valéry Giscard d'Estaing", "Jean-Marc Ayrault", "François Hollande", "Anne-Sophie Lefèvre-Martin", "Dominique de Villepin"],
dates=[("Sunday","2013-09-08","DATE"),("last month","2013-08","DATE"),("Tuesday","2013-09-10","DATE")],
quotes=[("The reform is necessary, and it is modest,","Valéry Giscard d'Estaing"),("Workers will pay, and the bosses will not,","Anne-Sophie Lefèvre-Martin")]))
A.append(dict(id="p24", title="Saudi Arabia and Qatar end border dispute", dct="1993-10-05", text=
"""RIYADH, Saudi Arabia (AP) _ Saudi Arabia and Qatar agreed Monday to end a border dispute that led to a clash last year in which two soldiers died, Foreign Minister Prince Saud al-Faisal said.
"The matter is closed between brothers," Prince Saud told reporters. Qatar's foreign minister, Sheikh Hamad bin Jassim bin Jabr al-Thani, signed the agreement in Riyadh.
Abdullah bin Hamad al-Otaibi, a Saudi political analyst, said Egyptian mediation had helped. Egypt's President Hosni Mubarak met both sides in August.""",
persons=["Saud al-Faisal", "Hamad bin Jassim bin Jabr al-Thani", "Abdullah bin Hamad al-Otaibi", "Hosni Mubarak"],
dates=[("Monday","1993-10-04","DATE"),("last year","1992","DATE"),("August","1993-08","DATE")],
quotes=[("The matter is closed between brothers,","Saud al-Faisal")]))
A.append(dict(id="p25", title="Study links air pollution to heart disease", dct="2009-11-12", text=
"""A study of 40,000 people in six European cities has found that long-term exposure to traffic fumes raises the risk of heart disease by a fifth, researchers said on Wednesday.
The study's lead author, Dr. Sarah Okafor-Jones of Imperial College London, said the results were "clear and worrying." "Living next to a busy road is as bad for the heart as light smoking," she said.
The team, which included Hans-Peter Müller of the University of Munich and the statistician Daniel Reyes, followed the participants for ten years.
Professor Li Ming of Peking University, who was not involved in the study, said it was "careful work." The World Health Organization's director-general, Margaret Chan, said governments should act.""",
persons=["Sarah Okafor-Jones", "Hans-Peter Müller", "Daniel Reyes", "Li Ming", "Margaret Chan"],
dates=[("long-term","PXY","DURATION"),("Wednesday","2009-11-11","DATE"),("ten years","P10Y","DURATION")],
quotes=[("clear and worrying.","Sarah Okafor-Jones"),("Living next to a busy road is as bad for the heart as light smoking,","Sarah Okafor-Jones"),
        ("careful work.","Li Ming")]))

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
    assert t.count('"') == 2 * len(quotes), (a["id"], t.count('"'), len(quotes))
    for p in a["persons"]: assert p in t or p.split()[-1] in t, (a["id"], p)  # well-known people may be named by surname only
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens people set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("ok", len(A))

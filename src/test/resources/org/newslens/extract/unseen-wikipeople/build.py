"""Builds the hand-made gold files (w*.json) of the Wikinews people set: 20 made-up articles in the style of real
Wikinews 2005-2013 (as in ../../../../../../../shared/eval/articles and dev2 half a): one paragraph each, datelines,
"told Wikinews", a closing sources line, background paragraphs, people named once, lists, foreign names of many
origins, names after titles and roles, sports line-ups and results, officials of organisations, names that are also
common words or places, surname-only later mentions, possessives, people inside quotes, appositions, victims and
ages. Written blind, before the engine was changed for them, annotated by ../shared/eval/README.md's rules
(persons, every TIMEX3, quotes with speakers). Annotations name a span by its text and occurrence (0-based, in
order); offsets are computed and checked here; weekdays, ISO weeks and shifted days are computed from dct."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []

T = "2009-05-28"
A.append(dict(id="w01", title="Barcelona beat Manchester United to win Champions League", dct=T, text=
"""FC Barcelona won the UEFA Champions League for the third time on Wednesday, beating the holders Manchester United 2-0 in the final at the Stadio Olimpico in Rome. Samuel Eto'o gave the Spanish side the lead after ten minutes, and Lionel Messi headed in a cross from Xavi with 20 minutes left. Barcelona: Víctor Valdés; Carles Puyol, Gerard Piqué, Yaya Touré, Sylvinho; Xavi, Sergio Busquets, Andrés Iniesta; Messi, Eto'o, Thierry Henry. Manchester United: Edwin van der Sar; John O'Shea, Rio Ferdinand, Nemanja Vidić, Patrice Evra; Anderson, Michael Carrick, Ryan Giggs; Park Ji-sung, Cristiano Ronaldo, Wayne Rooney. The Barcelona coach, Pep Guardiola, 38, who was in his first season as a manager, became the youngest manager to win the trophy. "We played the way we always wanted to play," Guardiola said. United's manager Sir Alex Ferguson admitted that his team had been beaten by the better side. "We didn't start well and we never recovered," Ferguson told reporters. Ronaldo, who had scored in last year's final against Chelsea, was booked late in the game. The match was refereed by Massimo Busacca of Switzerland. About 62,000 spectators watched the match, and police in Rome reported only minor incidents. Barcelona had already won the Spanish league and cup, and are the first Spanish club to win all three trophies.""",
persons=["Samuel Eto'o", "Lionel Messi", "Xavi", "Víctor Valdés", "Carles Puyol", "Gerard Piqué", "Yaya Touré", "Sylvinho",
         "Sergio Busquets", "Andrés Iniesta", "Thierry Henry", "Edwin van der Sar", "John O'Shea", "Rio Ferdinand", "Nemanja Vidić",
         "Patrice Evra", "Anderson", "Michael Carrick", "Ryan Giggs", "Park Ji-sung", "Cristiano Ronaldo", "Wayne Rooney",
         "Pep Guardiola", "Alex Ferguson", "Massimo Busacca"],
dates=[("on Wednesday", prev(T, "Wednesday"), "DATE"), ("ten minutes", "PT10M", "DURATION"), ("20 minutes", "PT20M", "DURATION"),
       ("last year", "2008", "DATE")],
quotes=[("We played the way we always wanted to play,", "Pep Guardiola"),
        ("We didn't start well and we never recovered,", "Alex Ferguson")]))

T = "2010-01-14"
A.append(dict(id="w02", title="Earthquake devastates Haiti; thousands feared dead", dct=T, text=
"""A magnitude 7.0 earthquake struck Haiti on Tuesday afternoon, destroying much of the capital, Port-au-Prince, and killing thousands of people. The quake hit at 16:53 local time, about 15 kilometres from the city. The presidential palace, the parliament and the main cathedral collapsed. Among the dead is the Archbishop of Port-au-Prince, Joseph Serge Miot, whose body was found in the ruins of his office. Hédi Annabi, the head of the United Nations mission in Haiti, is missing after the mission's headquarters collapsed. President René Préval said he had been unable to reach his ministers. "Parliament has collapsed. The tax office has collapsed. Schools have collapsed," Préval told the Miami Herald. Rescue teams from France, China, Iceland and the United States arrived yesterday. Speaking to Wikinews by telephone, Jean-Baptiste Desir, a teacher from the Pétionville district, said that people were sleeping in the streets. "Nobody wants to go back inside," he said. "There is another shock, and another." US President Barack Obama promised an aggressive relief effort, and former President Bill Clinton, the UN special envoy for Haiti, appealed for donations. The Red Cross estimates that three million people, a third of the population, need aid. Haiti was hit by four storms in 2008, which killed around 800 people.""",
persons=["Joseph Serge Miot", "Hédi Annabi", "René Préval", "Jean-Baptiste Desir", "Barack Obama", "Bill Clinton"],
dates=[("Tuesday afternoon", prev(T, "Tuesday") + "TAF", "TIME"), ("16:53", prev(T, "Tuesday") + "T16:53", "TIME"),
       ("yesterday", plus(T, -1), "DATE"), ("2008", "2008", "DATE")],
quotes=[("Parliament has collapsed. The tax office has collapsed. Schools have collapsed,", "René Préval"),
        ("Nobody wants to go back inside,", "Jean-Baptiste Desir"), ("There is another shock, and another.", "Jean-Baptiste Desir")]))

T = "2007-03-21"
A.append(dict(id="w03", title="Pakistan coach Bob Woolmer found dead in Jamaica", dct=T, text=
"""Bob Woolmer, the coach of the Pakistan cricket team, died in Kingston, Jamaica on Sunday, after his team lost to Ireland on Saturday and was knocked out of the Cricket World Cup. Woolmer, 58, was found unconscious in his room at the Pegasus Hotel and was taken to the University Hospital of the West Indies, where he was pronounced dead. Jamaican police said today that he had been strangled and that they were treating the death as murder. "Mr Woolmer's death was due to asphyxia as a result of manual strangulation," Deputy Commissioner Mark Shields told a press conference. Pakistan captain Inzamam-ul-Haq announced his retirement from limited-overs cricket after the defeat. Players including Younis Khan, Mohammad Yousuf and Shoaib Malik were questioned by detectives yesterday. Woolmer, who was born in India and played 19 Tests for England, coached South Africa for five years before he took over the Pakistan team in 2004. His wife, Gill, said in a statement from their home in Cape Town that the family was "shocked beyond words". Ireland's win was led by Niall O'Brien, who scored 72, and the captain Trent Johnston. Pakistan's team manager, Talat Ali, said the squad would fly home on Friday. The International Cricket Council chief executive, Malcolm Speed, called Woolmer "a great servant of the game".""",
persons=["Bob Woolmer", "Mark Shields", "Inzamam-ul-Haq", "Younis Khan", "Mohammad Yousuf", "Shoaib Malik", "Gill",
         "Niall O'Brien", "Trent Johnston", "Talat Ali", "Malcolm Speed"],
dates=[("on Sunday", prev(T, "Sunday"), "DATE"), ("on Saturday", prev(T, "Saturday"), "DATE"), ("today", T, "DATE"),
       ("yesterday", plus(T, -1), "DATE"), ("five years", "P5Y", "DURATION"), ("2004", "2004", "DATE"),
       ("on Friday", nxt(T, "Friday"), "DATE")],
quotes=[("Mr Woolmer's death was due to asphyxia as a result of manual strangulation,", "Mark Shields"),
        ("shocked beyond words", "Gill"), ("a great servant of the game", "Malcolm Speed")]))

T = "2011-10-06"
A.append(dict(id="w04", title="Apple co-founder Steve Jobs dies aged 56", dct=T, text=
"""Steve Jobs, the co-founder and former chief executive of Apple Inc., died yesterday at his home in Palo Alto, California. He was 56. Jobs had been treated for a rare form of pancreatic cancer since 2004 and received a liver transplant in 2009. He resigned as chief executive in August and was succeeded by Tim Cook, who had run the company's operations. "Apple has lost a visionary and creative genius, and the world has lost an amazing human being," Cook wrote in a message to employees. Jobs founded Apple in 1976 with Steve Wozniak and Ronald Wayne in the garage of his parents' house. He was forced out in 1985 after a power struggle with John Sculley, and returned twelve years later. Wozniak told the Associated Press that he felt "as if a part of me is gone". Microsoft co-founder Bill Gates said he would miss Jobs "immensely", and President Barack Obama said the world had lost a visionary. Jobs is survived by his wife, Laurene Powell Jobs, and four children. Mourners left flowers and apples outside Apple stores in New York, London, Tokyo and Beijing. Only on Tuesday, Apple had presented the iPhone 4S, its first new phone under Cook. Sources: Apple Inc.; Associated Press; BBC News.""",
persons=["Steve Jobs", "Tim Cook", "Steve Wozniak", "Ronald Wayne", "John Sculley", "Bill Gates", "Barack Obama", "Laurene Powell Jobs"],
dates=[("yesterday", plus(T, -1), "DATE"), ("2004", "2004", "DATE"), ("2009", "2009", "DATE"), ("August", "2011-08", "DATE"),
       ("1976", "1976", "DATE"), ("1985", "1985", "DATE"), ("twelve years later", "1997", "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE")],
quotes=[("Apple has lost a visionary and creative genius, and the world has lost an amazing human being,", "Tim Cook"),
        ("as if a part of me is gone", "Steve Wozniak"), ("immensely", "Bill Gates")]))

T = "2008-08-18"
A.append(dict(id="w05", title="Phelps wins eighth gold medal in Beijing", dct=T, text=
"""American swimmer Michael Phelps won his eighth gold medal of the Beijing Olympics yesterday, beating the record of seven golds at one Games set by Mark Spitz in Munich in 1972. Phelps swam the butterfly leg of the 4x100 metre medley relay with Aaron Peirsol, Brendan Hansen and Jason Lezak, and the team set a world record. Australia, with Hayden Stoddart, Brenton Rickard, Andrew Lauterstein and Eamon Sullivan, took silver, and Japan took bronze. On Saturday, Phelps had won the 100 metre butterfly by the smallest of margins from Milorad Čavić of Serbia. "I just wanted to do something nobody had ever done," Phelps said. His coach, Bob Bowman, said he had been planning the eight races for four years. Spitz, 58, who watched the race on television, said: "I'm happy for him. It's a great thing for the sport." Elsewhere in the pool, Britain's Rebecca Adlington won the 800 metres freestyle, and in athletics Jamaica's Usain Bolt set a world record in the 100 metres on Saturday night. China leads the gold medal table, ahead of the United States. The Games close on Sunday. Wikinews reporter Patrick Wong contributed to this article from Beijing.""",
persons=["Michael Phelps", "Mark Spitz", "Aaron Peirsol", "Brendan Hansen", "Jason Lezak", "Hayden Stoddart", "Brenton Rickard",
         "Andrew Lauterstein", "Eamon Sullivan", "Milorad Čavić", "Bob Bowman", "Rebecca Adlington", "Usain Bolt", "Patrick Wong"],
dates=[("yesterday", plus(T, -1), "DATE"), ("1972", "1972", "DATE"), ("On Saturday", prev(T, "Saturday"), "DATE"),
       ("four years", "P4Y", "DURATION"), ("Saturday night", prev(T, "Saturday") + "TNI", "TIME"), ("on Sunday", nxt(T, "Sunday"), "DATE")],
quotes=[("I just wanted to do something nobody had ever done,", "Michael Phelps"),
        ("I'm happy for him. It's a great thing for the sport.", "Mark Spitz")]))

T = "2012-11-07"
A.append(dict(id="w06", title="Obama re-elected President of the United States", dct=T, text=
"""Barack Obama was re-elected as President of the United States yesterday, defeating the Republican candidate, former Massachusetts governor Mitt Romney. Obama won at least 303 electoral votes, well over the 270 needed. The result in Florida was still too close to call this morning. Speaking to supporters in Chicago early today, Obama said: "You voted for action, not politics as usual." Romney conceded in Boston shortly before 01:00 EST. "I so wish that I had been able to fulfil your hopes to lead the country in a different direction," he told his supporters. His running mate, Congressman Paul Ryan, kept his seat in Wisconsin. Vice President Joe Biden will serve a second term. In the Senate, Democrats kept their majority: Elizabeth Warren won in Massachusetts against Scott Brown, and Tammy Baldwin became the first openly gay senator after winning in Wisconsin. In the House of Representatives, the Republicans kept control, and Speaker John Boehner said his party was ready to work with the president. Turnout was lower than in 2008. Wikinews spoke to voters in Ohio; Denise Hall, 64, a retired nurse from Columbus, said she voted for Obama because of the health care law, while Tom Fisher, a farmer, said he had backed Romney. The new Congress meets in January.""",
persons=["Barack Obama", "Mitt Romney", "Paul Ryan", "Joe Biden", "Elizabeth Warren", "Scott Brown", "Tammy Baldwin", "John Boehner",
         "Denise Hall", "Tom Fisher"],
dates=[("yesterday", plus(T, -1), "DATE"), ("this morning", T + "TMO", "TIME"), ("early today", T, "DATE"), 
       ("01:00 EST", T + "T01:00", "TIME"), ("2008", "2008", "DATE"), ("January", "2013-01", "DATE")],
quotes=[("You voted for action, not politics as usual.", "Barack Obama"),
        ("I so wish that I had been able to fulfil your hopes to lead the country in a different direction,", "Mitt Romney")]))

T = "2006-07-10"
A.append(dict(id="w07", title="Italy wins football World Cup on penalties", dct=T, text=
"""Italy won the FIFA World Cup for the fourth time last night, beating France 5-3 on penalties after a 1-1 draw in the final at the Olympiastadion in Berlin. Zinedine Zidane put France ahead from the penalty spot after seven minutes, and Marco Materazzi headed the equaliser from a corner. In extra time, Zidane was sent off by the Argentine referee Horacio Elizondo for headbutting Materazzi in the chest. It was the last match of the France captain's career. In the shoot-out, Andrea Pirlo, Materazzi, Daniele De Rossi, Alessandro Del Piero and Fabio Grosso all scored for Italy, while David Trezeguet hit the bar. The Italian coach, Marcello Lippi, said: "This team has shown great character." Raymond Domenech, the France coach, declined to talk about the red card. "I did not see it," Domenech said. Italy's captain Fabio Cannavaro lifted the trophy. The victory came as Italian football is under investigation over match-fixing; Juventus, Milan, Lazio and Fiorentina face relegation, and a verdict is expected this week. Zidane was later named player of the tournament. Thousands of fans celebrated in the streets of Rome and Milan until dawn. Germany, the host nation, beat Portugal 3-1 on Saturday to finish third, with two goals from Bastian Schweinsteiger.""",
persons=["Zinedine Zidane", "Marco Materazzi", "Horacio Elizondo", "Andrea Pirlo", "Daniele De Rossi", "Alessandro Del Piero", "Fabio Grosso",
         "David Trezeguet", "Marcello Lippi", "Raymond Domenech", "Fabio Cannavaro", "Bastian Schweinsteiger"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("seven minutes", "PT7M", "DURATION"),
       ("this week", week(T), "DATE"), ("on Saturday", prev(T, "Saturday"), "DATE")],
quotes=[("This team has shown great character.", "Marcello Lippi"), ("I did not see it,", "Raymond Domenech")]))

T = "2010-04-11"
A.append(dict(id="w08", title="Polish president killed in plane crash in Russia", dct=T, text=
"""Polish President Lech Kaczyński and his wife Maria were among 96 people killed yesterday when their plane crashed while trying to land in thick fog at Smolensk in western Russia. The delegation was travelling to a ceremony marking 70 years since the Katyn massacre of 1940. Also on board were the chief of the general staff, General Franciszek Gągor, the head of the national bank, Sławomir Skrzypek, the deputy speaker of parliament Krzysztof Putra, and the former president in exile Ryszard Kaczorowski, 90. The Tupolev Tu-154 came down at 10:56 local time. Prime Minister Donald Tusk, who is the president's political rival, called it "the most tragic event of our post-war history". The speaker of the Sejm, Bronisław Komorowski, becomes acting head of state, and an election must be held within 60 days. Russian Prime Minister Vladimir Putin will lead the investigation. Kaczyński's twin brother Jarosław, the leader of the Law and Justice party, flew to Smolensk last night to identify the body. Thousands of people gathered outside the presidential palace in Warsaw, leaving flowers and candles. "I came because he was our president, whatever people thought of him," Agnieszka Nowak, a student, told Wikinews. Poland has declared a week of national mourning.""",
persons=["Lech Kaczyński", "Maria", "Franciszek Gągor", "Sławomir Skrzypek", "Krzysztof Putra", "Ryszard Kaczorowski", "Donald Tusk",
         "Bronisław Komorowski", "Vladimir Putin", "Jarosław", "Agnieszka Nowak"],
dates=[("yesterday", plus(T, -1), "DATE"), ("70 years", "P70Y", "DURATION"), ("1940", "1940", "DATE"),
       ("10:56", plus(T, -1) + "T10:56", "TIME"), ("60 days", "P60D", "DURATION"), ("last night", plus(T, -1) + "TNI", "TIME"),
       ("a week", "P1W", "DURATION")],
quotes=[("the most tragic event of our post-war history", "Donald Tusk"),
        ("I came because he was our president, whatever people thought of him,", "Agnieszka Nowak")]))

T = "2005-09-01"
A.append(dict(id="w09", title="New Orleans flooded after Hurricane Katrina", dct=T, text=
"""Most of New Orleans is under water after levees protecting the city broke on Monday, the day Hurricane Katrina came ashore in Louisiana and Mississippi. Officials fear that hundreds, perhaps thousands, of people have died. Mayor Ray Nagin has ordered the city to be evacuated, and tens of thousands of people are sheltering in the Superdome. "This is a national disaster," Nagin said on local radio yesterday. Louisiana Governor Kathleen Blanco said the search for survivors was the first priority. President George W. Bush flew over the area on Wednesday and said the recovery would take a long time. Michael Brown, the director of the Federal Emergency Management Agency, said more troops would arrive today. In Biloxi, Mississippi, where the storm surge destroyed casinos and houses along the coast, Mississippi Governor Haley Barbour said the damage looked like Hiroshima. Among those rescued on Tuesday was Ernestine Bell, 81, who had spent two days in her attic with her neighbour, Lionel Charbonnet. Her grandson, Marcus, told reporters that she was "tougher than the storm". Oil prices rose above $70 a barrel because of damage to refineries on the Gulf coast. The Red Cross said it had launched its largest ever relief operation in the country.""",
persons=["Ray Nagin", "Kathleen Blanco", "George W. Bush", "Michael Brown", "Haley Barbour", "Ernestine Bell", "Lionel Charbonnet", "Marcus"],
dates=[("on Monday", prev(T, "Monday"), "DATE"), ("the day", prev(T, "Monday"), "DATE"), ("yesterday", plus(T, -1), "DATE"),
       ("on Wednesday", prev(T, "Wednesday"), "DATE"), ("today", T, "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"),
       ("two days", "P2D", "DURATION")],
quotes=[("This is a national disaster,", "Ray Nagin"), ("tougher than the storm", "Marcus")]))

T = "2013-03-14"
A.append(dict(id="w10", title="Argentine cardinal Jorge Mario Bergoglio elected Pope Francis", dct=T, text=
"""Cardinal Jorge Mario Bergoglio, the Archbishop of Buenos Aires, was elected pope yesterday evening and took the name Francis. He is the first pope from the Americas and the first Jesuit to lead the Roman Catholic Church. White smoke rose from the chimney of the Sistine Chapel at 19:06 local time, after five rounds of voting. The election was announced from the balcony of St Peter's Basilica by the French cardinal Jean-Louis Tauran. "Brothers and sisters, good evening," the new pope told the crowd. Bergoglio, 76, is the son of an Italian railway worker who emigrated to Argentina. He succeeds Benedict XVI, who resigned on February 28, the first pope to step down in nearly 600 years. Cardinals such as Angelo Scola of Milan, Odilo Scherer of São Paulo and Marc Ouellet of Canada had been seen as favourites. Argentina's president, Cristina Fernández de Kirchner, who has clashed with Bergoglio over same-sex marriage, wished him a fruitful ministry. Vatican spokesman Federico Lombardi said the pope would celebrate his inauguration Mass on Tuesday. Maria Ferreira, a nun from Brazil who was in the square, told Wikinews: "We prayed for this moment." Church bells rang across Buenos Aires as the news spread. Francis will meet journalists on Saturday.""",
persons=["Jorge Mario Bergoglio", "Jean-Louis Tauran", "Benedict XVI", "Angelo Scola", "Odilo Scherer", "Marc Ouellet",
         "Cristina Fernández de Kirchner", "Federico Lombardi", "Maria Ferreira"],
dates=[("yesterday evening", plus(T, -1) + "TEV", "TIME"), ("19:06", plus(T, -1) + "T19:06", "TIME"),
       ("February 28", "2013-02-28", "DATE"), ("nearly 600 years", "P600Y", "DURATION"),
       ("on Tuesday", nxt(T, "Tuesday"), "DATE"), ("on Saturday", nxt(T, "Saturday"), "DATE")],
quotes=[("Brothers and sisters, good evening,", "Jorge Mario Bergoglio"), ("We prayed for this moment.", "Maria Ferreira")]))

T = "2008-07-07"
A.append(dict(id="w11", title="Nadal ends Federer's reign at Wimbledon", dct=T, text=
"""Rafael Nadal of Spain won the Wimbledon men's singles title yesterday, beating five-time champion Roger Federer 6-4, 6-4, 6-7, 6-7, 9-7 in a final that lasted four hours and 48 minutes, the longest in the history of the tournament. The match was interrupted twice by rain and finished in near darkness at 21:16 local time. "It's impossible to explain what I felt," Nadal said. Federer, who had won the title every year since 2003, said he had lost to a deserving champion. "He's a worthy winner," the Swiss said. Former champions Björn Borg and John McEnroe watched from the Royal Box; McEnroe called it the greatest match he had ever seen. On Saturday, Venus Williams beat her younger sister Serena 7-5, 6-4 to win the women's title for the fifth time. The sisters later won the women's doubles together. The men's doubles was won by Daniel Nestor of Canada and Nenad Zimonjić of Serbia, who beat Jonas Björkman and Kevin Ullyett. Britain's Andy Murray, 21, reached the quarter-finals, where he lost to Nadal on Wednesday. Nadal, the French Open champion, is the first man since Borg in 1980 to win both tournaments in the same year. He will be top seed at the Olympic Games in Beijing next month.""",
persons=["Rafael Nadal", "Roger Federer", "Björn Borg", "John McEnroe", "Venus Williams", "Serena", "Daniel Nestor", "Nenad Zimonjić",
         "Jonas Björkman", "Kevin Ullyett", "Andy Murray"],
dates=[("yesterday", plus(T, -1), "DATE"), ("four hours and 48 minutes", "PT4H48M", "DURATION"),
       ("21:16", plus(T, -1) + "T21:16", "TIME"), ("every year", "P1Y", "SET"), ("2003", "2003", "DATE"), ("On Saturday", prev(T, "Saturday"), "DATE"),
       ("on Wednesday", prev(T, "Wednesday"), "DATE"), ("1980", "1980", "DATE"), ("the same year", "1980", "DATE"), ("next month", "2008-08", "DATE")],
quotes=[("It's impossible to explain what I felt,", "Rafael Nadal"), ("He's a worthy winner,", "Roger Federer")]))

T = "2007-12-31"
A.append(dict(id="w12", title="Kibaki declared winner of disputed Kenyan election", dct=T, text=
"""Mwai Kibaki was sworn in for a second term as President of Kenya yesterday, within an hour of the electoral commission declaring him the winner of Thursday's election. The result was rejected by his opponent, Raila Odinga of the Orange Democratic Movement, who had led in early counts. "We will not accept this result," Odinga told a news conference in Nairobi. The chairman of the Electoral Commission of Kenya, Samuel Kivuitu, said Kibaki had won by about 230,000 votes. Kivuitu later said he had been under pressure to announce the result quickly. Riots broke out in the Kibera slum of Nairobi and in the western city of Kisumu, and police said at least 124 people had been killed since Saturday. Kalonzo Musyoka, who came third, called for calm. The chief European Union observer, Alexander Graf Lambsdorff, said the count "fell short of key international standards". Speaking to Wikinews, Grace Wanjiru, a shopkeeper in Nairobi, said she had closed her shop for three days. "Nobody knows what will happen tomorrow," she said. Kibaki, 76, first won the presidency in 2002, ending the 24-year rule of Daniel arap Moi. Several foreign governments advised their citizens against travel to Kenya. British Foreign Secretary David Miliband urged both sides to show restraint.""",
persons=["Mwai Kibaki", "Raila Odinga", "Samuel Kivuitu", "Kalonzo Musyoka", "Alexander Graf Lambsdorff", "Grace Wanjiru", "Daniel arap Moi",
         "David Miliband"],
dates=[("yesterday", plus(T, -1), "DATE"), ("an hour", "PT1H", "DURATION"), ("Thursday", prev(T, "Thursday"), "DATE"),
       ("Saturday", prev(T, "Saturday"), "DATE"), ("three days", "P3D", "DURATION"), ("tomorrow", plus(T, 1), "DATE"),
       ("2002", "2002", "DATE"), ("24-year", "P24Y", "DURATION")],
quotes=[("We will not accept this result,", "Raila Odinga"), ("fell short of key international standards", "Alexander Graf Lambsdorff"),
        ("Nobody knows what will happen tomorrow,", "Grace Wanjiru")]))

T = "2009-10-09"
A.append(dict(id="w13", title="Barack Obama wins Nobel Peace Prize", dct=T, text=
"""US President Barack Obama has been awarded the 2009 Nobel Peace Prize "for his extraordinary efforts to strengthen international diplomacy and cooperation between peoples", the Norwegian Nobel Committee announced today in Oslo. The decision surprised many observers, as Obama has been in office for less than nine months. Nominations for the prize closed on February 1, less than two weeks into his presidency. The committee's chairman, Thorbjørn Jagland, a former Norwegian prime minister, said the award was for what Obama had already done. Obama said he was "surprised and deeply humbled" and that he did not feel he deserved to be in the company of earlier winners. The former Polish president and Nobel laureate Lech Wałęsa said: "This is too early. He has had no chance to do anything." The Nobel prizes for science were announced earlier this week. Elizabeth Blackburn, Carol Greider and Jack Szostak shared the prize for medicine on Monday; Charles Kao, Willard Boyle and George Smith won the physics prize on Tuesday; and Venkatraman Ramakrishnan, Thomas Steitz and Ada Yonath won the chemistry prize on Wednesday. The German-Romanian writer Herta Müller won the literature prize yesterday. Obama will receive the prize of ten million Swedish kronor at a ceremony in Oslo on December 10.""",
persons=["Barack Obama", "Thorbjørn Jagland", "Lech Wałęsa", "Elizabeth Blackburn", "Carol Greider", "Jack Szostak", "Charles Kao",
         "Willard Boyle", "George Smith", "Venkatraman Ramakrishnan", "Thomas Steitz", "Ada Yonath", "Herta Müller"],
dates=[("2009", "2009", "DATE"), ("today", T, "DATE"), ("less than nine months", "P9M", "DURATION"), ("February 1", "2009-02-01", "DATE"),
       ("less than two weeks", "P2W", "DURATION"), ("earlier this week", week(T), "DATE"),
       ("on Monday", prev(T, "Monday"), "DATE"), ("on Tuesday", prev(T, "Tuesday"), "DATE"), ("on Wednesday", prev(T, "Wednesday"), "DATE"),
       ("yesterday", plus(T, -1), "DATE"), ("December 10", "2009-12-10", "DATE")],
quotes=[("for his extraordinary efforts to strengthen international diplomacy and cooperation between peoples", "Norwegian Nobel Committee"),
        ("surprised and deeply humbled", "Barack Obama"), ("This is too early. He has had no chance to do anything.", "Lech Wałęsa")]))

T = "2011-05-23"
A.append(dict(id="w14", title="Vettel holds off Hamilton to win Spanish Grand Prix", dct=T, text=
"""Red Bull driver Sebastian Vettel won the Spanish Grand Prix at the Circuit de Catalunya yesterday, finishing 0.6 seconds ahead of McLaren's Lewis Hamilton after a race-long duel. It was the German's fourth win in five races. His team-mate Mark Webber, who had started from pole position, finished fourth behind Jenson Button. Fernando Alonso, who led the first lap in front of his home crowd, finished fifth for Ferrari, a lap down. "Lewis was very quick at the end, and I had to push all the way," Vettel said. Hamilton said his car had been faster in the last stint. Red Bull team principal Christian Horner praised Vettel's tyre management. Results: 1. Sebastian Vettel (Red Bull); 2. Lewis Hamilton (McLaren); 3. Jenson Button (McLaren); 4. Mark Webber (Red Bull); 5. Fernando Alonso (Ferrari); 6. Michael Schumacher (Mercedes); 7. Nico Rosberg (Mercedes); 8. Nick Heidfeld (Renault); 9. Sergio Pérez (Sauber); 10. Kamui Kobayashi (Sauber). Pérez, a 21-year-old Mexican, scored his first points in Formula One. Vettel leads the championship with 118 points, 41 ahead of Hamilton. Only three of the 24 starters failed to finish. The next race is in Monaco on May 29. Sources: Formula1.com; ESPN F1.""",
persons=["Sebastian Vettel", "Lewis Hamilton", "Mark Webber", "Jenson Button", "Fernando Alonso", "Christian Horner", "Michael Schumacher",
         "Nico Rosberg", "Nick Heidfeld", "Sergio Pérez", "Kamui Kobayashi"],
dates=[("yesterday", plus(T, -1), "DATE"), ("0.6 seconds", "PT0.6S", "DURATION"), 
       ("May 29", "2011-05-29", "DATE")],
quotes=[("Lewis was very quick at the end, and I had to push all the way,", "Sebastian Vettel")]))

T = "2012-08-20"
A.append(dict(id="w15", title="Bus plunges into ravine in Peruvian Andes, killing 19", dct=T, text=
"""At least 19 people were killed and 27 injured on Sunday morning when a bus fell into a 200-metre ravine near the town of Abancay in southern Peru, police said. The bus, operated by the company Expreso Wari, was travelling from Lima to Cusco when it left the road at about 03:30 local time. Colonel Jorge Salas, the police chief of the Apurímac region, said the driver may have fallen asleep. The driver, Víctor Quispe Mamani, 52, was among the dead. Relatives named other victims as Rosa Huamán, 45, a teacher, her daughter Milagros, 12, and two students from Cusco, Luz Condori and Edwin Mamani, both 19. A Dutch tourist, Pieter de Vries, 31, survived with a broken leg. "I woke up and the bus was falling," de Vries told Wikinews from hospital. "People were screaming. Then everything was quiet." The injured were taken to hospitals in Abancay and Cusco; nine of them remain in a serious condition. Transport Minister Carlos Paredes said the government would review the company's licence. Road accidents killed more than 3,000 people in Peru last year, according to official figures. The road between Abancay and Cusco is known for its sharp bends and steep drops. In March, a bus crash near Ayacucho killed 24 people.""",
persons=["Jorge Salas", "Víctor Quispe Mamani", "Rosa Huamán", "Milagros", "Luz Condori", "Edwin Mamani", "Pieter de Vries", "Carlos Paredes"],
dates=[("Sunday morning", prev(T, "Sunday") + "TMO", "TIME"), ("03:30", prev(T, "Sunday") + "T03:30", "TIME"), ("last year", "2011", "DATE"),
       ("March", "2012-03", "DATE")],
quotes=[("I woke up and the bus was falling,", "Pieter de Vries"), ("People were screaming. Then everything was quiet.", "Pieter de Vries")]))

T = "2006-11-24"
A.append(dict(id="w16", title="Former Russian spy Alexander Litvinenko dies in London", dct=T, text=
"""Alexander Litvinenko, a former officer of Russia's Federal Security Service who had become a critic of the Kremlin, died last night at University College Hospital in London, after three weeks in hospital. Doctors had been unable to establish what had poisoned him. Litvinenko, 43, fell ill on November 1 after meeting two Russian businessmen, Andrei Lugovoi and Dmitry Kovtun, at a hotel in central London, and an Italian security expert, Mario Scaramella, at a sushi restaurant. In a statement dictated before his death and read outside the hospital today by his friend Alex Goldfarb, Litvinenko accused Russian President Vladimir Putin of ordering his killing. "You may succeed in silencing one man, but the howl of protest from around the world will reverberate, Mr Putin, in your ears," the statement said. The Kremlin rejected the accusation. Putin's spokesman, Dmitry Peskov, called it "sheer nonsense". Litvinenko had been given asylum in Britain in 2000 and was a friend of the exiled businessman Boris Berezovsky. His wife, Marina, was at his bedside. Dr Amit Nathwani, who treated him, said a radioactive substance could not be ruled out. Scotland Yard has opened an investigation. Last month, the journalist Anna Politkovskaya, another Kremlin critic whose death Litvinenko had been investigating, was shot dead in Moscow.""",
persons=["Alexander Litvinenko", "Andrei Lugovoi", "Dmitry Kovtun", "Mario Scaramella", "Alex Goldfarb", "Vladimir Putin", "Dmitry Peskov",
         "Boris Berezovsky", "Marina", "Amit Nathwani", "Anna Politkovskaya"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("three weeks", "P3W", "DURATION"), ("November 1", "2006-11-01", "DATE"),
       ("today", T, "DATE"), ("2000", "2000", "DATE"), ("Last month", "2006-10", "DATE")],
quotes=[("You may succeed in silencing one man, but the howl of protest from around the world will reverberate, Mr Putin, in your ears,", "Alexander Litvinenko"),
        ("sheer nonsense", "Dmitry Peskov")]))

T = "2010-10-14"
A.append(dict(id="w17", title="All 33 trapped Chilean miners rescued", dct=T, text=
"""The last of the 33 miners trapped underground at the San José mine in northern Chile was brought to the surface last night, ending 69 days underground. Shift foreman Luis Urzúa, 54, who had organised the men after the collapse, was the last to leave, at 21:55 local time. The first, Florencio Ávalos, emerged early yesterday, to be embraced by his son and by President Sebastián Piñera. "I have done my duty," Urzúa told Piñera. The men were lifted one at a time in a steel capsule through a shaft 622 metres deep. The second man out, Mario Sepúlveda, led the crowd in a chant and handed out rocks from the mine. Mining Minister Laurence Golborne, who had directed the operation, said the rescue had gone better than anyone had hoped. The oldest miner, Mario Gómez, 63, and the only foreigner, Carlos Mamani of Bolivia, were taken to hospital in Copiapó with the others. Bolivian President Evo Morales flew in to greet Mamani. The mine collapsed on August 5, and for 17 days the families did not know whether the men were alive. "Chile is not the same country it was 69 days ago," Piñera said. Rescuers André Sougarret and Manuel González stayed below until the end.""",
persons=["Luis Urzúa", "Florencio Ávalos", "Sebastián Piñera", "Mario Sepúlveda", "Laurence Golborne", "Mario Gómez", "Carlos Mamani",
         "Evo Morales", "André Sougarret", "Manuel González"],
dates=[("last night", plus(T, -1) + "TNI", "TIME"), ("69 days", "P69D", "DURATION"),
       ("21:55", plus(T, -1) + "T21:55", "TIME"), ("early yesterday", plus(T, -1), "DATE"), ("August 5", "2010-08-05", "DATE"),
       ("17 days", "P17D", "DURATION"), ("69 days ago", plus(T, -69), "DATE")],
quotes=[("I have done my duty,", "Luis Urzúa"), ("Chile is not the same country it was 69 days ago,", "Sebastián Piñera")]))

T = "2009-01-21"
A.append(dict(id="w18", title="Toyota names founder's grandson Akio Toyoda as president", dct=T, text=
"""Toyota Motor Corporation, the world's largest car maker, said yesterday that Akio Toyoda, the grandson of the company's founder, will become its president in June, as it heads for its first annual operating loss in 70 years. Toyoda, 52, currently an executive vice president, will succeed Katsuaki Watanabe, who has led the company since 2005 and will become vice chairman. Chairman Fujio Cho will keep his post. Toyoda's grandfather Kiichiro Toyoda founded the car business in 1937, and his father, Shoichiro Toyoda, was president from 1982 to 1992. He will be the first member of the family to run Toyota since his uncle, Tatsuro Toyoda, stepped down in 1995. "It is a very heavy responsibility," Toyoda said at a press conference at the company's headquarters in Toyota City. Watanabe said the company needed a younger leader "to return to the basics". Analysts welcomed the choice. "The family name still means a lot inside Toyota," said Koji Endo, an analyst at Advanced Research Japan in Tokyo. Another analyst, Grant Summers of Hart Lane Securities, said Toyoda's main task would be to cut costs. Toyota expects an operating loss of 150 billion yen, after sales in the United States fell 37 percent in December.""",
persons=["Akio Toyoda", "Katsuaki Watanabe", "Fujio Cho", "Kiichiro Toyoda", "Shoichiro Toyoda", "Tatsuro Toyoda", "Koji Endo", "Grant Summers"],
dates=[("yesterday", plus(T, -1), "DATE"), ("June", "2009-06", "DATE"), ("annual", "P1Y", "DURATION"), ("70 years", "P70Y", "DURATION"),
       ("currently", "PRESENT_REF", "DATE"), ("2005", "2005", "DATE"), ("1937", "1937", "DATE"), ("1982", "1982", "DATE"), ("1992", "1992", "DATE"),
       ("1995", "1995", "DATE"), ("December", "2008-12", "DATE")],
quotes=[("It is a very heavy responsibility,", "Akio Toyoda"), ("to return to the basics", "Katsuaki Watanabe"),
        ("The family name still means a lot inside Toyota,", "Koji Endo")]))

T = "2011-11-08"
A.append(dict(id="w19", title="Michael Jackson's doctor found guilty of involuntary manslaughter", dct=T, text=
"""A jury in Los Angeles yesterday found Conrad Murray, the personal doctor of the late singer Michael Jackson, guilty of involuntary manslaughter. Jackson died on June 25, 2009 at the age of 50 from an overdose of the anaesthetic propofol, which Murray had given him to help him sleep. The jury of seven men and five women deliberated for less than two days. Judge Michael Pastor ordered that Murray be held in custody until sentencing on November 29, saying he was a danger to the public. "This is a crime where the end result was the death of a human being," Pastor said. Murray, 58, faces up to four years in prison. Deputy District Attorney David Walgren had told the jury during the six-week trial that the doctor had abandoned his patient. Murray's lead defence lawyer, Ed Chernoff, said his client would appeal. Jackson's mother, Katherine, and his sisters La Toya and Rebbie were in court for the verdict. "Justice was served," La Toya Jackson told reporters outside. Fans who had gathered outside the courthouse cheered. Jackson, whose album Thriller is the best-selling album of all time, was preparing for a series of 50 concerts in London when he died. His former producer Quincy Jones said Jackson's death was "a tragedy that never had to happen".""",
persons=["Conrad Murray", "Michael Jackson", "Michael Pastor", "David Walgren", "Ed Chernoff", "Katherine", "La Toya Jackson", "Rebbie",
         "Quincy Jones"],
dates=[("yesterday", plus(T, -1), "DATE"), ("June 25, 2009", "2009-06-25", "DATE"), ("less than two days", "P2D", "DURATION"),
       ("November 29", "2011-11-29", "DATE"), ("four years", "P4Y", "DURATION"), ("six-week", "P6W", "DURATION")],
quotes=[("This is a crime where the end result was the death of a human being,", "Michael Pastor"), ("Justice was served,", "La Toya Jackson"),
        ("a tragedy that never had to happen", "Quincy Jones")]))

T = "2008-02-19"
A.append(dict(id="w20", title="Fidel Castro resigns as President of Cuba", dct=T, text=
"""Fidel Castro announced today that he will not accept another term as President of Cuba, ending nearly half a century in power. In a letter published in the Communist Party newspaper Granma, the ailing leader wrote: "I will not aspire to nor accept, I repeat, I will not aspire to nor accept, the post of President of the Council of State and Commander in Chief." Castro has not appeared in public since July 2006, when he handed power temporarily to his younger brother, Raúl, after intestinal surgery. The National Assembly will choose a new president on Sunday. Raúl Castro, 76, the defence minister, is expected to be chosen, although some observers mentioned the vice president, Carlos Lage, and the foreign minister, Felipe Pérez Roque. US President George W. Bush, speaking in Rwanda, said the change should be "the beginning of the democratic transition". The dissident Oswaldo Payá said Cubans wanted real change. Castro took power in January 1959 after a guerrilla war alongside Che Guevara and Camilo Cienfuegos, and outlasted ten US presidents from Dwight D. Eisenhower to Bush. In Miami, where many Cuban exiles live, Ana Morales, 70, who left Havana in 1961, told Wikinews: "We have waited for this day." Sources: Granma; Reuters; Wikinews.""",
persons=["Fidel Castro", "Raúl Castro", "Carlos Lage", "Felipe Pérez Roque", "George W. Bush", "Oswaldo Payá", "Che Guevara",
         "Camilo Cienfuegos", "Dwight D. Eisenhower", "Ana Morales"],
dates=[("today", T, "DATE"), ("nearly half a century", "P50Y", "DURATION"), 
       ("July 2006", "2006-07", "DATE"), ("on Sunday", nxt(T, "Sunday"), "DATE"), ("January 1959", "1959-01", "DATE"), ("1961", "1961", "DATE"),
       ("this day", T, "DATE")],
quotes=[("I will not aspire to nor accept, I repeat, I will not aspire to nor accept, the post of President of the Council of State and Commander in Chief.", "Fidel Castro"),
        ("the beginning of the democratic transition", "George W. Bush"), ("We have waited for this day.", "Ana Morales")]))

write_set(A, D, "hand-made (NewsLens Wikinews-style people set)", person_words=True)

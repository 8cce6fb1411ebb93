"""Builds the hand-made quote gold files (q*.json): 17 made-up, quote-rich articles (Wikinews 2005-2013, news-wire
1989-2000, 2013 broadcaster styles) with the hard cases of quote attribution: speaker named in one sentence and
quoted in the next, run-on quotes ("he added", "she continued"), quotes split around "said X", colon quotes,
"according to X", "X told reporters/the BBC", speakers after long appositions, pronouns with two people of the
same or different gender around, role mentions ("the minister said", "the coach added"), organisations and their
unnamed spokesmen, partial quotes, quotes inside quotes (one quote: the outer span), Q&A, a quote before its
speaker is named, unattributed crowds. Annotated by the rules of ../shared/eval/README.md (persons, every TIMEX3
with value and type, quotes with speakers). Written by the quotes4 helper and scored once before any engine change. Annotations name a span
by its text and occurrence; offsets are computed and checked here, and every weekday, ISO week and shifted
day is computed from the article's dct by the helpers of goldkit.py, never typed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []
T = "2007-03-14"
A.append(dict(id="q01", title="Dutch rail workers to strike on Friday", dct=T, text=
"""Dutch rail workers will stage a 24-hour strike on Friday after talks with the national operator NS broke down, the union FNV Bondgenoten said on Tuesday. Union negotiator Henk Brouwer called the company's offer of a 1.5 percent pay rise "an insult to the people who keep this country moving". "We have been talking for eight months," Brouwer told reporters in Utrecht. "Our members have simply run out of patience." NS said in a statement that the strike was "irresponsible and unnecessary". "We regret that the union has chosen to make passengers the victims of this dispute," the statement said. Transport minister Karin Molenaar urged both sides to return to the table. "A strike helps nobody," the minister said, adding that she expected "a solution before the weekend". Rover, a passenger group, estimated that about one million travellers would be affected. Its chairman, Pieter de Wit, advised commuters to work from home. "If you can avoid travelling on Friday, do so," he said. "It will be chaos." The last national rail strike in the Netherlands, in 2004, lasted two days.""",
persons=["Henk Brouwer", "Karin Molenaar", "Pieter de Wit"],
dates=[("24-hour", "PT24H", "DURATION"), ("Friday", nxt(T, "Friday"), "DATE"), ("Tuesday", prev(T, "Tuesday"), "DATE"),
       ("eight months", "P8M", "DURATION"), ("the weekend", week(T) + "-WE", "DATE"), ("Friday", nxt(T, "Friday"), "DATE", 1),
       ("2004", "2004", "DATE"), ("two days", "P2D", "DURATION")],
quotes=[("an insult to the people who keep this country moving", "Henk Brouwer"), ("We have been talking for eight months,", "Henk Brouwer"),
        ("Our members have simply run out of patience.", "Henk Brouwer"), ("irresponsible and unnecessary", "NS"),
        ("We regret that the union has chosen to make passengers the victims of this dispute,", "NS"),
        ("A strike helps nobody,", "Karin Molenaar"), ("a solution before the weekend", "Karin Molenaar"),
        ("If you can avoid travelling on Friday, do so,", "Pieter de Wit"), ("It will be chaos.", "Pieter de Wit")]))

T = "1990-06-12"
A.append(dict(id="q02", title="Flash flood kills 21 in Ohio creek valley", dct=T, text=
"""Residents of this Ohio River town began digging out Monday from the flash flood that killed at least 21 people, as rescuers searched for 14 who remain missing. "It was like a wall of water, 10 feet high, coming down the hollow," said Delbert Lowe, a 63-year-old retired coal miner who has lived on Pike Creek for most of his life and who lost his house and both cars in the flood. "I grabbed my wife and we ran up the hill. We didn't even have time to put our shoes on." Lowe said he had never seen the creek rise so fast. "Forty years I've been here," he added. "Nothing like this." Gov. Warren Tate toured the valley by helicopter Sunday and declared a state of emergency in Belmont County. "The devastation is just heartbreaking," the governor said at a news conference. "We will do everything in our power to help these people rebuild." Belmont County Sheriff Tom McCort said searchers would keep working around the clock. "We are not giving up on anybody," McCort said. The National Weather Service said more than 4 inches of rain fell in less than two hours Saturday night. "Nobody could have predicted that much rain in that short a time," said meteorologist Ann Kessler. A Red Cross shelter at the town's high school housed about 300 people Monday night.""",
persons=["Delbert Lowe", "Warren Tate", "Tom McCort", "Ann Kessler"],
dates=[("Monday", prev(T, "Monday"), "DATE"), ("Forty years", "P40Y", "DURATION"), ("Sunday", prev(T, "Sunday"), "DATE"),
       ("less than two hours", "PT2H", "DURATION"), ("Saturday night", prev(T, "Saturday") + "TNI", "TIME"),
       ("Monday night", prev(T, "Monday") + "TNI", "TIME")],
quotes=[("It was like a wall of water, 10 feet high, coming down the hollow,", "Delbert Lowe"),
        ("I grabbed my wife and we ran up the hill. We didn't even have time to put our shoes on.", "Delbert Lowe"),
        ("Forty years I've been here,", "Delbert Lowe"), ("Nothing like this.", "Delbert Lowe"),
        ("The devastation is just heartbreaking,", "Warren Tate"), ("We will do everything in our power to help these people rebuild.", "Warren Tate"),
        ("We are not giving up on anybody,", "Tom McCort"), ("Nobody could have predicted that much rain in that short a time,", "Ann Kessler")]))

T = "2009-11-20"
A.append(dict(id="q03", title="Rovers manager calls for replays after handball goal", dct=T, text=
"""Millwall Rovers manager Declan Foy has called for video replays after his side were knocked out of the FA Trophy by a goal that appeared to be scored with a hand. Striker Lee Carver bundled the ball in during extra time at Kingsmeadow on Wednesday night, and television pictures later showed that it had struck his arm. "Everybody in the ground saw it except the three people who mattered," Foy said. "It's a disgrace." The referee, Martin Gale, declined to comment after the match. Carver admitted on Thursday that the ball had touched his hand. "I'm not going to lie, it hit my arm," he told BBC Radio Kent. "But I didn't mean it and it's not my job to referee the game." Foy said he had spoken to Carver's manager, Gary Stenson, after the final whistle. "He said to me, 'What do you want me to do about it?' and walked off," the Rovers manager added. Stenson later defended his player. "Lee is an honest lad," he said. The Football Association said it would not order a replay. "The result stands," a spokesman for the FA said. Foy, who has managed the club for six years, said he would write to the FA next week.""",
persons=["Declan Foy", "Lee Carver", "Martin Gale", "Gary Stenson"],
dates=[("Wednesday night", prev(T, "Wednesday") + "TNI", "TIME"), ("Thursday", prev(T, "Thursday"), "DATE"), ("six years", "P6Y", "DURATION"),
       ("next week", week(T, 1), "DATE")],
quotes=[("Everybody in the ground saw it except the three people who mattered,", "Declan Foy"), ("It's a disgrace.", "Declan Foy"),
        ("I'm not going to lie, it hit my arm,", "Lee Carver"), ("But I didn't mean it and it's not my job to referee the game.", "Lee Carver"),
        ("He said to me, 'What do you want me to do about it?' and walked off,", "Declan Foy"), ("Lee is an honest lad,", "Gary Stenson"),
        ("The result stands,", "Football Association")]))

T = "1994-02-08"
A.append(dict(id="q04", title="Injured skier says she will race at Olympics", dct=T, text=
"""American downhill skier Julie Ann Marsh, who tore a knee ligament in a training crash three weeks ago, said Monday she will race at the Winter Olympics in Lillehammer, Norway. Asked at a news conference whether the knee would hold up, Marsh answered: "I don't know. Nobody knows. But I didn't come this far to watch from the bottom of the hill." Asked whether she was afraid, she replied: "Of course. Anybody who says they aren't afraid up there is lying." "Do you have a message for your rivals?" one reporter asked. "Yes," Marsh said. "See you at the bottom." Her coach, Bill Egan, said the decision had been Marsh's alone. "She's a grown woman and she knows her body better than any doctor," Egan said. The ligament is "about 70 percent healed," according to team physician Dr. Robert Sloane. The women's downhill is scheduled for Feb. 19. Marsh, 24, finished fourth at the 1992 Games in Albertville, France. "This is my last chance," she said.""",
persons=["Julie Ann Marsh", "Bill Egan", "Robert Sloane"],
dates=[("three weeks ago", week(T, -3), "DATE"), ("Monday", prev(T, "Monday"), "DATE"), ("Feb. 19", "1994-02-19", "DATE"), ("1992", "1992", "DATE")],
quotes=[("I don't know. Nobody knows. But I didn't come this far to watch from the bottom of the hill.", "Julie Ann Marsh"),
        ("Of course. Anybody who says they aren't afraid up there is lying.", "Julie Ann Marsh"),
        ("Do you have a message for your rivals?", None), ("Yes,", "Julie Ann Marsh"), ("See you at the bottom.", "Julie Ann Marsh"),
        ("She's a grown woman and she knows her body better than any doctor,", "Bill Egan"), ("about 70 percent healed,", "Robert Sloane"),
        ("This is my last chance,", "Julie Ann Marsh")]))

T = "2012-05-09"
A.append(dict(id="q05", title="Hungarian airline cancels flights as pilots strike", dct=T, text=
"""Hungarian carrier AeroDanube cancelled more than 120 flights on Tuesday as pilots began a three-day strike over pensions. "We apologise to all our passengers for the inconvenience," the airline said in a statement posted on its website. "Every passenger will be offered a refund or a seat on another flight." The Hungarian Pilots' Association, which represents about 400 of the airline's pilots, said the strike would go ahead unless the government withdrew its pension reform. "Our members did not choose this fight," the association said. According to an airline spokeswoman, the strike is costing the company about €2 million a day. "We cannot go on like this for long," she said. Economy minister György Varga said the reform would not be withdrawn. "The law has been passed, and the law will be applied," Varga told state radio on Tuesday evening. Passengers at Budapest's Liszt Ferenc airport were angry. "I have been here for seven hours and nobody has told me anything," said Anna Kovács, a teacher travelling to London. The strike is due to end on Thursday night.""",
persons=["György Varga", "Anna Kovács"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("three-day", "P3D", "DURATION"), ("a day", "P1D", "SET"),
       ("Tuesday evening", prev(T, "Tuesday") + "TEV", "TIME"), ("seven hours", "PT7H", "DURATION"), ("Thursday night", nxt(T, "Thursday") + "TNI", "TIME")],
quotes=[("We apologise to all our passengers for the inconvenience,", "AeroDanube"), ("Every passenger will be offered a refund or a seat on another flight.", "AeroDanube"),
        ("Our members did not choose this fight,", "Hungarian Pilots' Association"), ("We cannot go on like this for long,", "AeroDanube"),
        ("The law has been passed, and the law will be applied,", "György Varga"),
        ("I have been here for seven hours and nobody has told me anything,", "Anna Kovács")]))

T = "1997-09-03"
A.append(dict(id="q06", title="Jury awards $4.2 million to brain-damaged patient", dct=T, text=
"""A jury awarded $4.2 million Tuesday to a woman who was left brain-damaged after routine surgery in 1993. "No amount of money," said Margaret Doyle, the woman's sister, who has cared for her since the operation and who quit her job as a bank teller to do so, "will give me back the sister I had." The patient, Helen Doyle Price, 46, was not in court. Her lawyer, Susan Marks, said the verdict sent a message to hospitals across the state. "They cut corners, and they got caught," Marks said. "This was about accountability." Lawyers for St. Columba's Hospital said they would appeal. "We are disappointed with the verdict and believe the evidence did not support it," the hospital said in a statement. Juror Linda Chao said the panel had deliberated for two days. "We all cried when we heard the tapes," she said. Marks told reporters that Price's condition had not improved in four years. "She knows us," Doyle said, "but she can't say our names." The trial began Aug. 11.""",
persons=["Margaret Doyle", "Helen Doyle Price", "Susan Marks", "Linda Chao"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("1993", "1993", "DATE"), ("two days", "P2D", "DURATION"), ("four years", "P4Y", "DURATION"),
       ("Aug. 11", "1997-08-11", "DATE")],
quotes=[("No amount of money,", "Margaret Doyle"), ("will give me back the sister I had.", "Margaret Doyle"),
        ("They cut corners, and they got caught,", "Susan Marks"), ("This was about accountability.", "Susan Marks"),
        ("We are disappointed with the verdict and believe the evidence did not support it,", "St. Columba's Hospital"),
        ("We all cried when we heard the tapes,", "Linda Chao"), ("She knows us,", "Margaret Doyle"), ("but she can't say our names.", "Margaret Doyle")]))

T = "2013-10-15"
A.append(dict(id="q07", title="Northern Power to raise energy prices by 9.1%", dct=T, text=
"""Energy supplier Northern Power is to raise gas and electricity prices by an average of 9.1%, adding about £120 a year to a typical household bill. The increase will take effect on 15 November and will affect 2.4 million customers. The company last raised its prices in October last year. The company's chief executive, Graham Lister, said: "We understand this is unwelcome news, but the cost of buying energy and of delivering it to homes has risen sharply." Government levies make up almost a tenth of the bill, he told the BBC: "People should know where their money goes." Consumer group Fair Energy said the rise was "hard to justify". Its director, Helen Pryce, said: "Customers will be shocked." Labour's energy spokeswoman, Joanna Reeve, said the announcement proved that the market was "not working for ordinary people". "Families are being ripped off, and the government is doing nothing," she said. Energy minister Alan Crowther said customers should shop around. "Switching supplier could save families up to £200," the minister said. The regulator, Ofgem, said it would "look closely" at the increase.""",
persons=["Graham Lister", "Helen Pryce", "Joanna Reeve", "Alan Crowther"],
dates=[("a year", "P1Y", "SET"), ("15 November", "2013-11-15", "DATE"), ("October last year", "2012-10", "DATE")],
quotes=[("We understand this is unwelcome news, but the cost of buying energy and of delivering it to homes has risen sharply.", "Graham Lister"),
        ("People should know where their money goes.", "Graham Lister"), ("hard to justify", "Fair Energy"), ("Customers will be shocked.", "Helen Pryce"),
        ("not working for ordinary people", "Joanna Reeve"), ("Families are being ripped off, and the government is doing nothing,", "Joanna Reeve"),
        ("Switching supplier could save families up to £200,", "Alan Crowther"), ("look closely", "Ofgem")]))

T = "2006-04-20"
A.append(dict(id="q08", title="New species of tree frog found in Queensland", dct=T, text=
""""It is the most exciting find of my career." That is how Dr Sarah Whitfield, a herpetologist at James Cook University, described the discovery of a new species of tree frog in the rainforest of far north Queensland. The frog, which is about the size of a thumbnail, was found by Whitfield and her colleague, Dr Paul Henning, during a night survey in January. "We heard a call that neither of us recognised," Henning said. "At first we thought it was an insect." Whitfield said the team had spent three months comparing its DNA with that of known species. She said the species had been named after her late mentor, Professor Alan Reid. "He taught me everything I know about frogs," she said. Henning and a local ranger, Tom Gill, returned to the site last week and found a further 20 frogs. Henning said it was Gill who had first heard the frogs in January. "He has the best ears in Queensland," he said. "They seem to be doing well, but their habitat is tiny," Gill said. Environment groups have called for the area to be protected. The findings were published on Tuesday in the journal Zootaxa.""",
persons=["Sarah Whitfield", "Paul Henning", "Alan Reid", "Tom Gill"],
dates=[("January", "2006-01", "DATE"), ("three months", "P3M", "DURATION"), ("last week", week(T, -1), "DATE"), ("January", "2006-01", "DATE", 1),
       ("Tuesday", prev(T, "Tuesday"), "DATE")],
quotes=[("It is the most exciting find of my career.", "Sarah Whitfield"), ("We heard a call that neither of us recognised,", "Paul Henning"),
        ("At first we thought it was an insect.", "Paul Henning"), ("He taught me everything I know about frogs,", "Sarah Whitfield"),
        ("He has the best ears in Queensland,", "Paul Henning"), ("They seem to be doing well, but their habitat is tiny,", "Tom Gill")]))

T = "1989-11-10"
A.append(dict(id="q09", title="East Germans pour through opened border", dct=T, text=
"""Thousands of East Germans streamed into West Berlin on Thursday night and early Friday after their government opened the border, many of them weeping and embracing strangers. "I never thought I would live to see this," said Ingrid Kessler, a retired teacher from the Prenzlauer Berg district, clutching a bottle of champagne that a West Berliner had pressed into her hands. Her husband, Werner, said they would go home in a few hours. "We just wanted to see it with our own eyes," he said. "Then we go back to work." At the Invalidenstrasse crossing, West Berlin police Sgt. Dieter Haas watched as people climbed onto the wall. "There are no rules at this border any more," Haas said. "Everybody here is a Berliner now." The East German news agency ADN said the new travel rules were "valid immediately" and applied to all citizens. In Warsaw, Chancellor Helmut Kohl told reporters it was "a great day for Germany" and said he would cut short his visit to Poland. More than 10,000 people crossed at the Bornholmer Strasse checkpoint alone, according to West Berlin police.""",
persons=["Ingrid Kessler", "Werner", "Dieter Haas", "Helmut Kohl"],
dates=[("Thursday night", prev(T, "Thursday") + "TNI", "TIME"), ("early Friday", T, "DATE"), ("a few hours", "PTXH", "DURATION"),
       ("now", "PRESENT_REF", "DATE")],
quotes=[("I never thought I would live to see this,", "Ingrid Kessler"), ("We just wanted to see it with our own eyes,", "Werner"),
        ("Then we go back to work.", "Werner"), ("There are no rules at this border any more,", "Dieter Haas"),
        ("Everybody here is a Berliner now.", "Dieter Haas"), ("valid immediately", "ADN"), ("a great day for Germany", "Helmut Kohl")]))

T = "2010-08-05"
A.append(dict(id="q10", title="Clean Water Party Senate candidate speaks to Wikinews", dct=T, text=
"""Wikinews spoke to Rachel Tan, the Clean Water Party's candidate for the Senate in Tasmania, about her campaign ahead of the federal election on August 21. Tan, a 34-year-old marine biologist from Hobart, said her party had been founded in 2008 by a group of fishermen and farmers. Asked why voters should support a single-issue party, she said: "Water is not a single issue. It is agriculture, it is health, it is tourism." Asked whether she expected to win a seat, Tan laughed. "Realistically? Probably not this time," she said. "But we will make the big parties listen." Wikinews asked: "What would you do first if you were elected?" "Fix the rivers," Tan replied without hesitation. Tan's running mate, Greg Osborne, joined the interview by telephone. "Rachel is being modest," he said. "Our polling shows we are at six percent." When Wikinews asked Osborne about the party's funding, he said that it came "almost entirely from small donations". Tan said she would keep her job at the University of Tasmania whatever the result.""",
persons=["Rachel Tan", "Greg Osborne"],
dates=[("August 21", "2010-08-21", "DATE"), ("2008", "2008", "DATE")],
quotes=[("Water is not a single issue. It is agriculture, it is health, it is tourism.", "Rachel Tan"),
        ("Realistically? Probably not this time,", "Rachel Tan"), ("But we will make the big parties listen.", "Rachel Tan"),
        ("What would you do first if you were elected?", "Wikinews"), ("Fix the rivers,", "Rachel Tan"),
        ("Rachel is being modest,", "Greg Osborne"), ("Our polling shows we are at six percent.", "Greg Osborne"),
        ("almost entirely from small donations", "Greg Osborne")]))

T = "1999-03-16"
A.append(dict(id="q11", title="Senate panel rejects farm aid plan", dct=T, text=
"""A Senate committee on Monday rejected a $6 billion emergency aid package for farmers, dealing a blow to Midwestern lawmakers who say low grain prices are driving families off the land. "This is a slap in the face to every farmer in America," said Sen. Tom Harkness, D-Iowa, who wrote the plan and who has represented farm districts in Congress for more than 20 years. He continued: "We are going to bring this to the floor, and we are going to make every senator vote on it." The committee's chairman, Sen. Paul Whitcomb, R-Ind., said the package was too costly. "We all want to help farmers, but we can't just write blank checks," Whitcomb said. The White House said it supported "targeted help for those who need it most" but did not endorse the bill. Agriculture Secretary Frank Ortega told the American Farm Bureau's convention in Denver that prices would recover by next year. "I know it's hard to believe right now," Ortega said, "but the worst is behind us." Farm groups were skeptical. "We've heard that every year since 1996," said Kathy Lindgren, president of the Nebraska Farmers Union.""",
persons=["Tom Harkness", "Paul Whitcomb", "Frank Ortega", "Kathy Lindgren"],
dates=[("Monday", prev(T, "Monday"), "DATE"), ("more than 20 years", "P20Y", "DURATION"), ("next year", "2000", "DATE"),
       ("right now", "PRESENT_REF", "DATE"), ("every year", "P1Y", "SET"), ("1996", "1996", "DATE")],
quotes=[("This is a slap in the face to every farmer in America,", "Tom Harkness"),
        ("We are going to bring this to the floor, and we are going to make every senator vote on it.", "Tom Harkness"),
        ("We all want to help farmers, but we can't just write blank checks,", "Paul Whitcomb"),
        ("targeted help for those who need it most", "White House"), ("I know it's hard to believe right now,", "Frank Ortega"),
        ("but the worst is behind us.", "Frank Ortega"), ("We've heard that every year since 1996,", "Kathy Lindgren")]))

T = "2013-06-04"
A.append(dict(id="q12", title="Hospital apologises after woman, 91, waits 30 hours on trolley", dct=T, text=
"""A hospital in Staffordshire has apologised after a 91-year-old woman waited more than 30 hours on a trolley in its accident and emergency department. Edith Barlow was taken to Stafford County Hospital on Friday with a broken hip. Her grandson, Daniel Barlow, said she was left in a corridor without food. "She was frightened and in pain, and nobody came," he said. He added that staff had been "run off their feet". The hospital's medical director, Dr Ruth Okafor, said: "What happened to Mrs Barlow is unacceptable and I am truly sorry." She added: "We have launched a full investigation." The local MP, Martin Dowd, said the case showed that the hospital was "still in crisis". Long trolley waits are "a symptom of a system under pressure", according to NHS England. Mrs Barlow is now recovering at home. "I don't want any fuss," she told BBC Radio Stoke. "I just hope it doesn't happen to anyone else.\"""",
persons=["Edith Barlow", "Daniel Barlow", "Ruth Okafor", "Martin Dowd"],
dates=[("more than 30 hours", "PT30H", "DURATION"), ("Friday", prev(T, "Friday"), "DATE"), ("now", "PRESENT_REF", "DATE")],
quotes=[("She was frightened and in pain, and nobody came,", "Daniel Barlow"), ("run off their feet", "Daniel Barlow"),
        ("What happened to Mrs Barlow is unacceptable and I am truly sorry.", "Ruth Okafor"), ("We have launched a full investigation.", "Ruth Okafor"),
        ("still in crisis", "Martin Dowd"), ("a symptom of a system under pressure", "NHS England"),
        ("I don't want any fuss,", "Edith Barlow"), ("I just hope it doesn't happen to anyone else.", "Edith Barlow")]))

T = "2008-09-25"
A.append(dict(id="q13", title="Danish brewer to close two plants, cut 900 jobs", dct=T, text=
"""Danish brewer Nordhavn Breweries announced on Wednesday that it would close two plants in Sweden and cut about 900 jobs by the end of next year. Chief executive Lars Kjeldsen told reporters in Copenhagen that falling beer sales in northern Europe had left the company "no choice". "We are selling less beer than we did ten years ago, and we have too many breweries," the chief executive said. "This is painful, but it is necessary." The company said the closures would save about 400 million kroner a year from 2010. Swedish union leader Eva Lindström, who represents workers at both plants, said she had learned of the decision from a newspaper. "Nobody from the company had the decency to tell us first," Lindström said. "The workers are furious." Kjeldsen said the company had offered to meet the unions next week. Shares in Nordhavn rose 4.5 percent in Copenhagen trading. "Investors like cost cuts, especially now," said Mette Holm, an analyst at Danske Bank.""",
persons=["Lars Kjeldsen", "Eva Lindström", "Mette Holm"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("the end of next year", "2009", "DATE"), ("ten years ago", "1998", "DATE"),
       ("a year", "P1Y", "SET"), ("2010", "2010", "DATE"), ("next week", week(T, 1), "DATE"), ("now", "PRESENT_REF", "DATE")],
quotes=[("no choice", "Lars Kjeldsen"), ("We are selling less beer than we did ten years ago, and we have too many breweries,", "Lars Kjeldsen"),
        ("This is painful, but it is necessary.", "Lars Kjeldsen"), ("Nobody from the company had the decency to tell us first,", "Eva Lindström"),
        ("The workers are furious.", "Eva Lindström"), ("Investors like cost cuts, especially now,", "Mette Holm")]))

T = "1992-10-21"
A.append(dict(id="q14", title="American engineer freed by Colombian kidnappers", dct=T, text=
"""An American engineer kidnapped in southern Colombia was freed unharmed Tuesday after 11 days in captivity, the State Department said. Michael Brennan, 52, of Tulsa, Okla., was released near the town of Florencia and flown to Bogota, where he met his brother, Kevin. "They treated me all right, but all the time I thought, 'This is it,'" Brennan told reporters at the U.S. Embassy. "I didn't know if I'd see my family again." Kevin Brennan, who flew from Oklahoma last week to wait for news, said he had not slept properly since the kidnapping. "When the phone rang I couldn't pick it up," he said. "My hands were shaking." A spokesman for Brennan's employer, the Houston-based oil services company Petrex Corp., said no ransom had been paid. "The company does not negotiate with kidnappers," the spokesman said. Colombian police said the kidnappers belonged to a guerrilla group. Police Col. Jorge Herrera said two suspects had been arrested. "We are going to find the others," Herrera said, adding that the engineer had been held in a jungle camp and "moved from place to place".""",
persons=["Michael Brennan", "Kevin Brennan", "Jorge Herrera"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("11 days", "P11D", "DURATION"), ("last week", week(T, -1), "DATE")],
quotes=[("They treated me all right, but all the time I thought, 'This is it,'", "Michael Brennan"),
        ("I didn't know if I'd see my family again.", "Michael Brennan"), ("When the phone rang I couldn't pick it up,", "Kevin Brennan"),
        ("My hands were shaking.", "Kevin Brennan"), ("The company does not negotiate with kidnappers,", "Petrex Corp."),
        ("We are going to find the others,", "Jorge Herrera"), ("moved from place to place", "Jorge Herrera")]))

T = "2011-01-19"
A.append(dict(id="q15", title="Children's author criticises Somerset library closures", dct=T, text=
"""Children's author Maria Castell has criticised plans to close 12 public libraries in the English county of Somerset, calling them "cultural vandalism". "Libraries are where I became a writer," Castell, whose novels have sold more than three million copies, told a rally outside the county hall in Taunton on Saturday. "Close them," she continued, "and you close the door on the next generation of readers." The council's leader, Jill Pearce, defended the cuts. "Nobody wants to close a library, but we have to save £43 million over the next three years," Pearce said. She said volunteers could run some of the branches. "That is not a plan, that is a wish," said Castell when told of the leader's remarks. Campaigner Sue Ellery, who organised the rally, said more than 2,000 people had signed a petition in the past week. "We will take this to the High Court if we have to," she said. The council will vote on the plans on 15 February.""",
persons=["Maria Castell", "Jill Pearce", "Sue Ellery"],
dates=[("Saturday", prev(T, "Saturday"), "DATE"), ("the next three years", "P3Y", "DURATION"), ("the past week", "P1W", "DURATION"),
       ("15 February", "2011-02-15", "DATE")],
quotes=[("cultural vandalism", "Maria Castell"), ("Libraries are where I became a writer,", "Maria Castell"), ("Close them,", "Maria Castell"),
        ("and you close the door on the next generation of readers.", "Maria Castell"),
        ("Nobody wants to close a library, but we have to save £43 million over the next three years,", "Jill Pearce"),
        ("That is not a plan, that is a wish,", "Maria Castell"), ("We will take this to the High Court if we have to,", "Sue Ellery")]))

T = "1995-05-02"
A.append(dict(id="q16", title="Tornado kills four in Arkansas trailer park", dct=T, text=
"""A tornado tore through a trailer park in central Arkansas on Monday evening, killing four people and injuring at least 30. "It sounded like a freight train, and then everything just exploded." That was how Darlene Hicks, 37, described the moment the storm hit her mobile home in Conway. She and her two sons survived by lying in a ditch. "I covered them with my body and prayed," she told The Associated Press. Faulkner County Judge Ralph Stone, the county's top elected official, said the park had no storm shelter. "These people had nowhere to go," Stone said. "We have to do better." As rescuers arrived, neighbors shouted "Over here! Over here!" and pointed to a collapsed trailer. The National Weather Service said the tornado had winds of up to 200 mph and was on the ground for about 15 minutes. "A storm like this gives you maybe five minutes of warning," said forecaster Jim Pruitt. Gov. Allen Reese declared a disaster in the county Tuesday.""",
persons=["Darlene Hicks", "Ralph Stone", "Jim Pruitt", "Allen Reese"],
dates=[("Monday evening", prev(T, "Monday") + "TEV", "TIME"), ("about 15 minutes", "PT15M", "DURATION"), ("five minutes", "PT5M", "DURATION"),
       ("Tuesday", T, "DATE")],
quotes=[("It sounded like a freight train, and then everything just exploded.", "Darlene Hicks"), ("I covered them with my body and prayed,", "Darlene Hicks"),
        ("These people had nowhere to go,", "Ralph Stone"), ("We have to do better.", "Ralph Stone"), ("Over here! Over here!", None),
        ("A storm like this gives you maybe five minutes of warning,", "Jim Pruitt")]))

T = "2013-02-26"
A.append(dict(id="q17", title="Scotland coach defends dropping captain", dct=T, text=
"""Scotland head coach Iain Buchanan has defended his decision to leave captain Ross Kennedy on the bench for Saturday's 24-13 defeat by Italy in Rome. Speaking to BBC Sport on Monday, Buchanan said the decision had been "about form, nothing else". "Ross understands. We spoke on Thursday and he took it like the professional he is," the coach added. Kennedy, 31, who has won 58 caps, was brought on for the last 20 minutes. Asked if he was angry, he told BBC Scotland: "Disappointed, yes. Angry, no. It's the coach's call." Former Scotland captain Gavin Reid said the coach had made "a huge mistake". "You don't drop your captain in the middle of the Six Nations," Reid said. "It sends the wrong message to the whole squad." Buchanan, asked whether he would restore Kennedy for the match against Wales on 9 March, replied: "We'll see. Everybody has to earn his place.\"""",
persons=["Iain Buchanan", "Ross Kennedy", "Gavin Reid"],
dates=[("Saturday", prev(T, "Saturday"), "DATE"), ("Monday", prev(T, "Monday"), "DATE"), ("Thursday", prev(T, "Thursday"), "DATE"),
       ("the last 20 minutes", "PT20M", "DURATION"), ("9 March", "2013-03-09", "DATE")],
quotes=[("about form, nothing else", "Iain Buchanan"), ("Ross understands. We spoke on Thursday and he took it like the professional he is,", "Iain Buchanan"),
        ("Disappointed, yes. Angry, no. It's the coach's call.", "Ross Kennedy"), ("a huge mistake", "Gavin Reid"),
        ("You don't drop your captain in the middle of the Six Nations,", "Gavin Reid"), ("It sends the wrong message to the whole squad.", "Gavin Reid"),
        ("We'll see. Everybody has to earn his place.", "Iain Buchanan")]))
write_set(A, D, "hand-made (NewsLens quotes set)")

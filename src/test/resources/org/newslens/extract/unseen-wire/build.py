"""Builds the hand-made news-wire gold files (w*.json) from the texts and hand annotations below:
14 made-up stories in the style of 1989-2000 wire copy and 2013 news, annotated by the rules of
../shared/eval/README.md. Annotations name a span by its text and occurrence (0-based, in order);
offsets are computed and checked here. Written before any engine change they were scored against."""
import json, os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import span, write_set  # checked offsets and the gold writer, shared by the sets
D = os.path.dirname(os.path.abspath(__file__))
A = []
A.append(dict(id="w01", title="Harcourt Industries profit falls 18 percent", dct="1989-10-27", text=
"""NEW YORK (AP) — Harcourt Industries Inc. said yesterday that its fiscal first-quarter earnings fell 18 percent, hurt by weak demand for its machine tools and a strike at its Ohio plant.
The Cleveland-based company earned $14.2 million, or 61 cents a share, in the quarter ended Sept. 30, compared with $17.3 million, or 74 cents a share, in the year-earlier period. Sales slipped 4 percent to $212 million.
"Demand is soft, and we don't expect much improvement before spring," Chairman Walter J. Brennan said in an interview. He said the strike, which began Aug. 14 and lasted six weeks, cost the company about $3 million.
Harcourt shares fell 1 1/8 to 27 3/4 in New York Stock Exchange composite trading Thursday. The stock has lost nearly a third of its value since June.
Analysts had expected the company to earn about 70 cents a share. "It's been a tough stretch, and the strike made it worse," said Ellen Marks, an analyst with Shearson Lehman Hutton Inc.
For the 12 months ended June 30, Harcourt earned $66 million on sales of $870 million. The company said it would cut 400 jobs over the next 18 months and close a plant in Erie, Pa., by the end of 1990.
Brennan, 58, has been chairman since 1983. The board will meet Nov. 8 to consider the quarterly dividend.""",
persons=["Walter J. Brennan", "Ellen Marks"],
dates=[("yesterday","1989-10-26","DATE"),("fiscal first-quarter","1989-Q3","DATE"),("the quarter","1989-Q3","DATE"),("Sept. 30","1989-09-30","DATE"),
       ("the year-earlier period","1988-Q3","DATE"),("spring","1990-SP","DATE"),("Aug. 14","1989-08-14","DATE"),("six weeks","P6W","DURATION"),
       ("Thursday","1989-10-26","DATE"),("June","1989-06","DATE"),("the 12 months","P12M","DURATION"),("June 30","1989-06-30","DATE"),
       ("the next 18 months","P18M","DURATION"),("the end of 1990","1990","DATE"),("1983","1983","DATE"),("Nov. 8","1989-11-08","DATE"),("quarterly","P3M","SET")],
quotes=[("Demand is soft, and we don't expect much improvement before spring,","Walter J. Brennan"),
        ("It's been a tough stretch, and the strike made it worse,","Ellen Marks")]))
A.append(dict(id="w02", title="Signal failure suspected in commuter train crash", dct="1990-08-03", text=
"""CHICAGO (AP) — Federal investigators said today that a signal failure may have caused Wednesday's collision of two commuter trains that killed six people and injured more than 100 on the city's South Side.
The National Transportation Safety Board team, which arrived late Wednesday night, will spend at least two weeks examining the wreckage and the signal equipment, said board member Lemuel Hart.
"We are not ruling anything out," Hart told reporters at the scene Thursday.
The northbound train, carrying about 400 passengers, struck the rear of a stopped train at 7:42 a.m. as it neared the Van Buren Street station. It was the worst accident on the line since 1972, when 45 people died in a similar crash.
The engineer of the northbound train, Raymond Tully, 44, was in stable condition at Michael Reese Hospital. His lawyer, Joan Petrakis, said Tully had worked for the railroad for 19 years and had a clean record. "He did everything he was supposed to do," she said.
The railroad's signals were last inspected on July 17, according to records released Thursday. A spokeswoman for the railroad, Donna Reyes, said service on the line would resume Monday, but trains would run at reduced speed until the investigation is complete.
The board's preliminary report is expected within 60 days; a final report usually takes about a year.""",
persons=["Lemuel Hart", "Raymond Tully", "Joan Petrakis", "Donna Reyes"],
dates=[("today","1990-08-03","DATE"),("Wednesday","1990-08-01","DATE"),("late Wednesday night","1990-08-01TNI","TIME"),("at least two weeks","P2W","DURATION"),
       ("Thursday","1990-08-02","DATE"),("7:42 a.m.","1990-08-01T07:42","TIME"),("1972","1972","DATE"),("19 years","P19Y","DURATION"),
       ("July 17","1990-07-17","DATE"),("Thursday","1990-08-02","DATE"),("Monday","1990-08-06","DATE"),("60 days","P60D","DURATION"),("about a year","P1Y","DURATION")],
quotes=[("We are not ruling anything out,","Lemuel Hart"),("He did everything he was supposed to do,","Joan Petrakis")]))
A.append(dict(id="w03", title="Calloway wins Colorado Senate seat", dct="1992-11-04", text=
"""DENVER (AP) — Democrat Ruth Calloway won Colorado's open Senate seat Tuesday, defeating Republican Dale Hendricks after a bitter campaign that turned on the economy and her opponent's votes on the savings and loan bailout.
With 98 percent of precincts reporting early today, Calloway had 52 percent of the vote to Hendricks' 45 percent.
"The people of Colorado voted for change," Calloway told cheering supporters at a Denver hotel. She will be sworn in Jan. 5 and become the first woman to represent the state in the Senate.
Hendricks, a four-term congressman, conceded at 1:15 a.m. "The voters have spoken, and I respect their decision," he said. He said he would serve out his House term, which ends in January, and then "take some time off."
The race was the most expensive in state history. The two candidates spent more than $9 million combined, most of it in the last six weeks of the campaign.
Calloway, 49, a former state attorney general, trailed by 11 points in a poll taken in early September. She gained ground after a televised debate on Oct. 11 in which Hendricks defended his support for the bailout.
Turnout was about 78 percent, the highest since 1960, state election officials said.""",
persons=["Ruth Calloway", "Dale Hendricks"],
dates=[("Tuesday","1992-11-03","DATE"),("early today","1992-11-04","DATE"),("Jan. 5","1993-01-05","DATE"),("1:15 a.m.","1992-11-04T01:15","TIME"),
       ("January","1993-01","DATE"),("the last six weeks","P6W","DURATION"),("early September","1992-09","DATE"),("Oct. 11","1992-10-11","DATE"),("1960","1960","DATE")],
quotes=[("The people of Colorado voted for change,","Ruth Calloway"),("The voters have spoken, and I respect their decision,","Dale Hendricks"),
        ("take some time off.","Dale Hendricks")]))
A.append(dict(id="w04", title="Jury selection begins in thrift fraud trial", dct="1994-01-18", text=
"""LOS ANGELES (AP) — Jury selection began today in the fraud trial of a former savings and loan executive accused of looting his thrift of $40 million before it collapsed in 1989.
Prosecutors say Martin Oberholt, 61, the former chairman of Pacific Western Savings, diverted depositors' money into real estate ventures he secretly controlled from 1985 until regulators seized the thrift in March 1989.
U.S. District Judge Helen Garza told prospective jurors the trial could last three months. She said testimony would begin Feb. 7 if a jury was seated by the end of next week.
Oberholt, who has pleaded not guilty to 23 counts of fraud and conspiracy, arrived at the federal courthouse shortly before 9 a.m. with his wife and his attorney, Harold Finch.
"My client has waited four years to clear his name," Finch said outside the courtroom. "He never took a dime that wasn't his."
The trial had been scheduled to begin last week but was postponed after a defense witness fell ill. The government's lead prosecutor, Assistant U.S. Attorney Nina Lowell, declined to comment.
If convicted, Oberholt faces up to 30 years in prison. A co-defendant, the thrift's former president, pleaded guilty in November and is expected to testify against him.""",
persons=["Martin Oberholt", "Helen Garza", "Harold Finch", "Nina Lowell"],
dates=[("today","1994-01-18","DATE"),("1989","1989","DATE"),("1985","1985","DATE"),("March 1989","1989-03","DATE"),("three months","P3M","DURATION"),
       ("Feb. 7","1994-02-07","DATE"),("the end of next week","1994-W04","DATE"),("shortly before 9 a.m.","1994-01-18T09:00","TIME"),("four years","P4Y","DURATION"),
       ("last week","1994-W02","DATE"),("30 years","P30Y","DURATION"),("November","1993-11","DATE")],
quotes=[("My client has waited four years to clear his name,","Harold Finch"),("He never took a dime that wasn't his.","Harold Finch")]))
A.append(dict(id="w05", title="Chemical plant explosion kills four", dct="1995-04-21", text=
"""PASADENA, Texas (AP) — Rescue crews searched the wreckage for three workers missing after an explosion tore through a chemical plant here Thursday afternoon, killing at least four people and injuring 28.
The blast, at 2:10 p.m. in a storage area of the Gulfstar Chemical Co. plant, shook homes up to 10 miles away and sent a column of black smoke over the Houston Ship Channel. Fires burned for more than five hours before firefighters brought them under control.
"It felt like an earthquake," said Lupe Navarro, who lives four blocks from the plant. "The windows just came in."
Fire Chief Dwight Sorensen said early Friday that the chances of finding the missing workers alive were "very slim." Crews would resume the search once the site had cooled, he said.
The plant, which employs about 600 people, was cited for safety violations twice in the past three years, most recently in October 1993, according to federal records. The company paid a $48,000 fine after that inspection.
Gulfstar president Charles Whitaker said the company would cooperate with investigators from the Occupational Safety and Health Administration, who were expected to arrive later today. "Our hearts go out to the families," he said.
The plant will remain closed at least until next Wednesday.""",
persons=["Lupe Navarro", "Dwight Sorensen", "Charles Whitaker"],
dates=[("Thursday afternoon","1995-04-20TAF","TIME"),("2:10 p.m.","1995-04-20T14:10","TIME"),("more than five hours","PT5H","DURATION"),("early Friday","1995-04-21","DATE"),
       ("the past three years","P3Y","DURATION"),("most recently","PAST_REF","DATE"),("October 1993","1993-10","DATE"),("later today","1995-04-21","DATE"),("next Wednesday","1995-04-26","DATE")],
quotes=[("It felt like an earthquake,","Lupe Navarro"),("The windows just came in.","Lupe Navarro"),("very slim.","Dwight Sorensen"),
        ("Our hearts go out to the families,","Charles Whitaker")]))
A.append(dict(id="w06", title="Midland pilots authorize strike", dct="1996-07-18", text=
"""WASHINGTON (AP) — Pilots at Midland Air Lines voted overwhelmingly to authorize a strike, their union said Wednesday, raising the prospect of the carrier's first walkout in more than a decade.
The Air Line Pilots Association said 94 percent of the airline's 1,800 pilots voted for the authorization in balloting that ended Tuesday. The pilots have worked without a new contract since May 1995.
"Our members have been patient for 14 months. Their patience has run out," said union spokesman Frank Deluca.
Under federal labor law, the pilots cannot strike until a 30-day cooling-off period has passed, and only if the National Mediation Board releases them from talks. The board has scheduled a meeting with both sides for July 29.
Midland, based in Minneapolis, lost $62 million last year but returned to profit in the first quarter, earning $4.1 million. It has cut 600 jobs in the past year. Chief executive Paul Anders said in a statement that the company "remains committed to reaching a fair agreement at the bargaining table."
Midland's stock fell 75 cents to $13.25 on the American Stock Exchange yesterday. The airline carries about 40,000 passengers a day.
The last strike at the airline, in 1985, lasted 19 days and cost it an estimated $30 million.""",
persons=["Frank Deluca", "Paul Anders"],
dates=[("Wednesday","1996-07-17","DATE"),("more than a decade","P10Y","DURATION"),("Tuesday","1996-07-16","DATE"),("May 1995","1995-05","DATE"),
       ("14 months","P14M","DURATION"),("30-day","P30D","DURATION"),("July 29","1996-07-29","DATE"),("last year","1995","DATE"),("the first quarter","1996-Q1","DATE"),
       ("the past year","P1Y","DURATION"),("yesterday","1996-07-17","DATE"),("a day","P1D","SET"),("1985","1985","DATE"),("19 days","P19D","DURATION")],
quotes=[("Our members have been patient for 14 months. Their patience has run out,","Frank Deluca"),
        ("remains committed to reaching a fair agreement at the bargaining table.","Paul Anders")]))
A.append(dict(id="w07", title="Stocks rebound after record drop", dct="1997-10-28", text=
"""NEW YORK (AP) — Stocks rebounded sharply today after the Dow Jones industrial average suffered its biggest point loss ever, as bargain hunters swept back into the market.
The Dow rose 337.17 points to 7,498.32 by midday, recovering more than half of Monday's 554-point plunge. Trading was so heavy that the New York Stock Exchange's volume passed 800 million shares by 1 p.m., on pace for a record.
Monday's drop, triggered by a collapse in Hong Kong stock prices, forced the exchange to halt trading twice under rules adopted after the crash of October 1987. It was the first time the so-called circuit breakers had been used.
"People panicked yesterday, and today they're realizing the economy is still in good shape," said Eugene Pratt, chief market strategist at a Boston investment firm.
In Asia, Hong Kong's Hang Seng index recovered 18.8 percent, its biggest one-day gain in 22 years, after sliding nearly 24 percent over the previous four sessions.
The Dow had been up nearly 20 percent this year before last week's slide. Analysts said the next few days would show whether the recovery would hold.
"This is not 1987," Pratt said.""",
persons=["Eugene Pratt"],
dates=[("today","1997-10-28","DATE"),("midday","1997-10-28TMI","TIME"),("Monday","1997-10-27","DATE"),("1 p.m.","1997-10-28T13:00","TIME"),
       ("Monday","1997-10-27","DATE"),("October 1987","1987-10","DATE"),("yesterday","1997-10-27","DATE"),("today","1997-10-28","DATE"),
       ("one-day","P1D","DURATION"),("22 years","P22Y","DURATION"),("this year","1997","DATE"),("last week","1997-W43","DATE"),
       ("the next few days","PXD","DURATION"),("1987","1987","DATE",1)],
quotes=[("People panicked yesterday, and today they're realizing the economy is still in good shape,","Eugene Pratt"),("This is not 1987,","Eugene Pratt")]))
A.append(dict(id="w08", title="Carolina First to buy Atlantic Trust", dct="1998-12-11", text=
"""CHARLOTTE, N.C. (AP) — Two of the nation's largest regional banks agreed yesterday to merge in a stock swap valued at $11.6 billion, creating the biggest bank in the Southeast.
Under the agreement, announced late Thursday after the markets closed, Carolina First Bancorp will acquire Atlantic Trust Corp. for 1.2 shares of its stock for each Atlantic share. The deal is expected to close in the second quarter of 1999, pending approval by regulators and shareholders of both companies.
"This combination gives us the scale to compete with anyone," Carolina First chairman Hugh McRae said at a news conference in Charlotte this morning. McRae, 56, will be chief executive of the combined bank; Atlantic's chairman, Susan Gorman, will become president and succeed him when he retires in 2001.
The banks said they would eliminate about 3,500 jobs over three years, or roughly 9 percent of their combined work force, and close 150 branches. They expect to save $400 million a year by the end of 2001.
Atlantic Trust shares jumped $8.50 to $51.25 in early trading today on the New York Stock Exchange, while Carolina First fell $2.
It is the third big bank merger this year. Banks have announced deals worth more than $200 billion since January, according to Securities Data Co.
Atlantic earned $812 million last year.""",
persons=["Hugh McRae", "Susan Gorman"],
dates=[("yesterday","1998-12-10","DATE"),("late Thursday","1998-12-10","DATE"),("the second quarter of 1999","1999-Q2","DATE"),("this morning","1998-12-11TMO","TIME"),
       ("2001","2001","DATE"),("three years","P3Y","DURATION"),("a year","P1Y","SET"),("the end of 2001","2001","DATE"),("today","1998-12-11","DATE"),
       ("this year","1998","DATE"),("January","1998-01","DATE"),("last year","1997","DATE")],
quotes=[("This combination gives us the scale to compete with anyone,","Hugh McRae")]))
A.append(dict(id="w09", title="Appeals court overturns death row conviction", dct="1999-06-09", text=
"""RICHMOND, Va. (AP) — A federal appeals court on Tuesday overturned the murder conviction of a man who has spent 11 years on death row, ruling that prosecutors had hidden evidence that pointed to another suspect.
The 4th U.S. Circuit Court of Appeals ordered a new trial for Dennis Lee Harlan, 38, who was convicted in 1988 of killing a convenience store clerk in Norfolk during a robbery on Dec. 2, 1987.
In a 2-1 decision, the court said police reports describing a second man seen near the store that night were never given to Harlan's lawyers. "The suppressed evidence goes to the heart of the case," Judge Anne Whitfield wrote for the majority.
Harlan had been scheduled to be executed on June 24. The governor's office had refused last month to intervene.
State Attorney General Thomas Reid said his office would ask the full court to rehear the case within 14 days.
Harlan's mother, Edna Harlan, wept when she heard the news. "I have prayed every day for 11 years," she said. "He is coming home."
The clerk's brother, Vincent Moy, said the family was stunned. "We thought this was over a long time ago," he said.""",
persons=["Dennis Lee Harlan", "Anne Whitfield", "Thomas Reid", "Edna Harlan", "Vincent Moy"],
dates=[("on Tuesday","1999-06-08","DATE"),("11 years","P11Y","DURATION"),("1988","1988","DATE"),("Dec. 2, 1987","1987-12-02","DATE"),
       ("that night","1987-12-02TNI","TIME"),("June 24","1999-06-24","DATE"),("last month","1999-05","DATE"),("14 days","P14D","DURATION"),
       ("every day","P1D","SET"),("11 years","P11Y","DURATION"),("a long time ago","PAST_REF","DATE")],
quotes=[("The suppressed evidence goes to the heart of the case,","Anne Whitfield"),("I have prayed every day for 11 years,","Edna Harlan"),
        ("He is coming home.","Edna Harlan"),("We thought this was over a long time ago,","Vincent Moy")]))
A.append(dict(id="w10", title="Miami begins mayoral recount", dct="2000-11-09", text=
"""MIAMI (AP) — Election workers began a hand recount of 112,000 ballots in the Miami mayor's race today, after an election on Tuesday that left the two candidates separated by fewer than 300 votes.
The count, ordered by the county canvassing board late Wednesday, is expected to take at least a week. Officials said they hoped to certify a winner by Nov. 17. The new mayor is due to take office on Nov. 20.
Incumbent Mayor Rafael Soto led challenger Denise Albright by 287 votes in Tuesday's unofficial returns. "Every vote will be counted, and every vote will be counted fairly," said canvassing board chairman Leonard Katz.
Albright, a former city commissioner, asked for the recount Wednesday morning, citing problems with voting machines in 14 precincts. "We owe it to the voters to get this right," she said.
Soto, 63, who was first elected in 1996, called the recount "a waste of time and money" and said his lawyers would go to court on Friday to try to stop it.
The last recount in a Miami city race, in 1997, took 11 days and reversed the result.""",
persons=["Rafael Soto", "Denise Albright", "Leonard Katz"],
dates=[("today","2000-11-09","DATE"),("on Tuesday","2000-11-07","DATE"),("late Wednesday","2000-11-08","DATE"),("at least a week","P1W","DURATION"),
       ("Nov. 17","2000-11-17","DATE"),("Nov. 20","2000-11-20","DATE"),("Tuesday","2000-11-07","DATE",1),("Wednesday morning","2000-11-08TMO","TIME"),
       ("1996","1996","DATE"),("on Friday","2000-11-10","DATE"),("1997","1997","DATE"),("11 days","P11D","DURATION")],
quotes=[("Every vote will be counted, and every vote will be counted fairly,","Leonard Katz"),("We owe it to the voters to get this right,","Denise Albright"),
        ("a waste of time and money","Rafael Soto")]))
A.append(dict(id="w11", title="Clearwave profit rises on broadband growth", dct="2013-02-14", text=
"""Clearwave Communications said on Wednesday that its fourth-quarter profit rose 21 percent, beating analysts' forecasts, as subscribers signed up for its faster broadband service in record numbers.
The Denver-based cable operator earned $318 million, or 94 cents a share, in the three months to December 31, up from $263 million a year earlier. Revenue rose 7 percent to $2.9 billion.
The company added 212,000 broadband customers in the quarter, its best showing since the end of 2010. "2012 was the best year in our history, and we see more room to grow," chief executive Laura Kessler said on a call with analysts.
Kessler said the company would spend about $1.5 billion on its network this year and raise its quarterly dividend by 10 percent starting in April. She also said Clearwave would buy back up to $2 billion of its shares over the next two years.
Shares of Clearwave rose 4.2 percent to $58.10 in morning trading on Thursday. The stock has gained 38 percent over the past 12 months.
Rival Summit Cable last week reported a drop in subscribers. Its chief financial officer, Gregory Hahn, told investors he expected the losses "to continue well into 2013".""",
persons=["Laura Kessler", "Gregory Hahn"],
dates=[("on Wednesday","2013-02-13","DATE"),("fourth-quarter","2012-Q4","DATE"),("the three months","P3M","DURATION"),("December 31","2012-12-31","DATE"),
       ("a year earlier","2011-Q4","DATE"),("the quarter","2012-Q4","DATE"),("the end of 2010","2010","DATE"),("2012","2012","DATE"),("this year","2013","DATE"),
       ("quarterly","P3M","SET"),("April","2013-04","DATE"),("the next two years","P2Y","DURATION"),("morning","2013-02-14TMO","TIME"),("on Thursday","2013-02-14","DATE"),
       ("the past 12 months","P12M","DURATION"),("last week","2013-W06","DATE"),("2013","2013","DATE")],
quotes=[("2012 was the best year in our history, and we see more room to grow,","Laura Kessler"),("to continue well into 2013","Gregory Hahn")]))
A.append(dict(id="w12", title="Tornado kills nine in Kansas town", dct="2013-05-22", text=
"""CALDWELL, Kan. — Residents of this small farming town began returning to what was left of their homes on Tuesday, after a tornado with winds of more than 200 miles an hour cut a mile-wide path through its center on Monday, killing nine people.
The storm touched down southwest of town at 3:47 p.m. Monday and stayed on the ground for 40 minutes, the National Weather Service said. Forecasters had issued a tornado warning for the county 16 minutes before it touched down.
"We heard the sirens, we got in the cellar, and when we came out there was nothing," said Marlene Hostetler, 71, standing beside the concrete slab where her house had been. She and her husband had lived there since 1968.
By Tuesday evening, all residents had been accounted for, Police Chief Ron Tillman said.
The town's only school, which was empty when the tornado struck because classes had ended last Friday, was destroyed. Superintendent Karen Voss said students would attend classes in a neighboring district in the fall.
It was the deadliest tornado in Kansas since 1955, when a storm killed 80 people in Udall. Federal emergency officials are expected to tour the area on Thursday.""",
persons=["Marlene Hostetler", "Ron Tillman", "Karen Voss"],
dates=[("on Tuesday","2013-05-21","DATE"),("on Monday","2013-05-20","DATE"),("3:47 p.m.","2013-05-20T15:47","TIME"),("Monday","2013-05-20","DATE",1),
       ("40 minutes","PT40M","DURATION"),("16 minutes","PT16M","DURATION"),("1968","1968","DATE"),("Tuesday evening","2013-05-21TEV","TIME"),
       ("last Friday","2013-05-17","DATE"),("the fall","2013-FA","DATE"),("1955","1955","DATE"),("on Thursday","2013-05-23","DATE")],
quotes=[("We heard the sirens, we got in the cellar, and when we came out there was nothing,","Marlene Hostetler")]))
A.append(dict(id="w13", title="Judge blocks voter ID law", dct="2013-09-10", text=
"""A federal judge on Monday blocked a new state law that would have required voters to show photo identification, ruling that it placed an unfair burden on elderly and minority voters ahead of the November election.
U.S. District Judge Patricia Moreno said the law, passed by the legislature in April and signed by Governor Alan Brisco in May, could not take effect until a full trial was held. The trial is set to begin on January 13.
"The state has had decades to address voter fraud and offers no evidence that it exists," Moreno wrote in a 46-page opinion.
Brisco, a Republican, said the state would appeal to the 5th Circuit Court of Appeals by the end of the week. "This decision ignores the will of the people," he said in a statement Monday night.
About 300,000 registered voters lack a state-issued photo ID, according to a study released last year by the state's election office. Opponents of the law had argued that many of them would have to travel for hours to reach the nearest licensing office, which in some rural counties is more than 100 miles away.
The ruling is the second setback for the law in a month. In August, a state court rejected Brisco's request to move up the law's effective date to October 1.""",
persons=["Patricia Moreno", "Alan Brisco"],
dates=[("on Monday","2013-09-09","DATE"),("November","2013-11","DATE"),("April","2013-04","DATE"),("May","2013-05","DATE"),("January 13","2014-01-13","DATE"),
       ("the end of the week","2013-W37","DATE"),("Monday night","2013-09-09TNI","TIME"),("last year","2012","DATE"),("a month","P1M","DURATION"),
       ("August","2013-08","DATE"),("October 1","2013-10-01","DATE")],
quotes=[("The state has had decades to address voter fraud and offers no evidence that it exists,","Patricia Moreno"),
        ("This decision ignores the will of the people,","Alan Brisco")]))
A.append(dict(id="w14", title="Arthur Pennington, Marshall Plan economist, dies at 84", dct="1991-03-06", text=
"""BOSTON (AP) — Arthur Pennington, the economist who advised three presidents and helped design the postwar Marshall Plan, died Tuesday at his home in Cambridge. He was 84.
His son, Richard Pennington, said he died of heart failure after a long illness.
Born in Ohio in 1906, Pennington taught at Harvard University for almost four decades. He joined the State Department in 1946 and two years later became one of the chief architects of the aid program that rebuilt Western Europe.
He returned to Harvard in 1951 but was called back to Washington in 1961 to serve on President Kennedy's Council of Economic Advisers. He resigned the following year over a dispute about tax policy.
"He never stopped believing that economics was about people," said Lawrence Abbott, a former student who is now dean of the university's economics department. "He was still answering letters from students last month."
Pennington's wife of 55 years, Margaret, died in 1987. A memorial service will be held on March 16 at Harvard's Memorial Church.""",
persons=["Arthur Pennington", "Richard Pennington", "John F. Kennedy", "Lawrence Abbott", "Margaret"],
dates=[("Tuesday","1991-03-05","DATE"),("1906","1906","DATE"),("almost four decades","P40Y","DURATION"),("1946","1946","DATE"),("two years later","1948","DATE"),
       ("1951","1951","DATE"),("1961","1961","DATE"),("the following year","1962","DATE"),("now","PRESENT_REF","DATE"),("last month","1991-02","DATE"),
       ("55 years","P55Y","DURATION"),("1987","1987","DATE"),("March 16","1991-03-16","DATE")],
quotes=[("He never stopped believing that economics was about people,","Lawrence Abbott"),("He was still answering letters from students last month.","Lawrence Abbott")]))

write_set(A, D, "hand-made (NewsLens news-wire set)", paragraphs=True)

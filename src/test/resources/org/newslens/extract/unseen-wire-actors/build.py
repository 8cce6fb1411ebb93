"""Builds the hand-made wire-style gold files (w*.json) of the actors/quotes check set: 14 made-up news-wire
stories (1989-2000 style: datelines, "Sen. X, R-Kan.,", "said Tuesday", reported speech, unnamed spokesmen,
organisations, ships, storms, shows and books named like people). Written blind, before the engine was changed
for them, and annotated by ../../../../../../../shared/eval/README.md's rules (persons, every TIMEX3, quotes
with speakers). Annotations name a span by its text and occurrence; offsets are computed and checked here."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
A.append(dict(id="w01", title="Dole threatens to block budget plan", dct="1991-03-06", text=
"""WASHINGTON (AP) — Sen. Bob Dole, R-Kan., said Tuesday that Republicans would block the Democrats' budget plan unless it included a cut in the capital gains tax.
"We're not going to roll over on this one," Dole told reporters after a closed-door meeting of Senate Republicans. "The president has made it very clear what he wants, and so have we."
Senate Majority Leader George Mitchell, D-Maine, called the threat "the same old politics" and said the Senate would take up the measure next week regardless.
President Bush, speaking at a White House ceremony for returning Gulf War veterans, urged Congress to act quickly. Mr. Bush said the economy "needs a shot in the arm," but he would not say whether he would veto a bill without the tax cut.
White House spokesman Marlin Fitzwater said later that the president was "not in the business of drawing lines in the sand" on domestic issues.
The dispute has dragged on for nearly three months. Democrats say the tax cut would mostly help the wealthy; Republicans say it would create jobs.
"It's a giveaway, pure and simple," said Rep. Dan Rostenkowski, D-Ill., chairman of the House Ways and Means Committee. He said his committee would hold hearings on the plan on March 19.""",
persons=["Bob Dole", "George Mitchell", "George Bush", "Marlin Fitzwater", "Dan Rostenkowski"],
dates=[("Tuesday","1991-03-05","DATE"),("next week","1991-W11","DATE"),("nearly three months","P3M","DURATION"),("March 19","1991-03-19","DATE")],
quotes=[("We're not going to roll over on this one,","Bob Dole"),("The president has made it very clear what he wants, and so have we.","Bob Dole"),
        ("the same old politics","George Mitchell"),("needs a shot in the arm,","George Bush"),
        ("not in the business of drawing lines in the sand","Marlin Fitzwater"),("It's a giveaway, pure and simple,","Dan Rostenkowski")]))
A.append(dict(id="w02", title="Hurricane Hugo hits Charleston", dct="1989-09-22", text=
"""CHARLESTON, S.C. (AP) — Hurricane Hugo slammed into the South Carolina coast shortly before midnight Thursday with winds of 135 mph, tearing roofs off buildings, flooding the historic downtown and forcing more than 250,000 people to flee inland.
Hugo, which killed at least 27 people in the Caribbean last week, weakened as it moved inland early Friday but was still packing hurricane-force winds near Charlotte, N.C., by mid-morning.
"It looks like a war zone out there," said Mayor Joseph P. Riley Jr., who toured the city by helicopter. "We have lost trees that were here before the Civil War."
Gov. Carroll Campbell said at least four people had died in the state. He asked President Bush to declare South Carolina a disaster area, and the White House said Mr. Bush would do so later in the day.
"We have never seen anything like this," Campbell said at a news conference in Columbia. "But we will rebuild, and we will rebuild quickly."
At a shelter in a high school gym in Summerville, Ruth Ann Delaney, 71, said she had lived through Hurricane Hazel in 1954. "Hazel was bad," she said, "but this one was meaner."
Forecasters at the National Hurricane Center in Coral Gables, Fla., said Hugo was the strongest storm to hit the East Coast in 30 years. The center's director, Robert Sheets, said damage could run into billions of dollars.""",
persons=["Joseph P. Riley Jr.", "Carroll Campbell", "George Bush", "Ruth Ann Delaney", "Robert Sheets"],
dates=[("midnight Thursday","1989-09-21T24:00","TIME"),("last week","1989-W37","DATE"),("early Friday","1989-09-22","DATE"),("mid-morning","1989-09-22TMO","TIME"),
       ("later in the day","1989-09-22","DATE"),("1954","1954","DATE"),("30 years","P30Y","DURATION")],
quotes=[("It looks like a war zone out there,","Joseph P. Riley Jr."),("We have lost trees that were here before the Civil War.","Joseph P. Riley Jr."),
        ("We have never seen anything like this,","Carroll Campbell"),("But we will rebuild, and we will rebuild quickly.","Carroll Campbell"),
        ("Hazel was bad,","Ruth Ann Delaney"),("but this one was meaner.","Ruth Ann Delaney")]))
A.append(dict(id="w03", title="Apple sells 50,000 Newtons", dct="1993-08-03", text=
"""CUPERTINO, Calif. (Reuter) — Apple Computer Inc. said Monday it had sold more than 50,000 of its Newton hand-held computers in four days, beating its own forecast, and would begin shipping the device in Europe next month.
The Newton MessagePad, which reads handwriting and sends faxes, went on sale Friday at about 1,500 stores for $699. Apple chairman John Sculley, who has championed the product for three years, called it "the beginning of a revolution."
"People are lining up to buy it," Sculley said in a telephone interview. "We have not seen anything like this since the original Macintosh."
Not everyone is convinced. Richard Shaffer, editor of the newsletter Technologic Computer Letter, said the handwriting recognition "still makes too many mistakes" for serious users.
An Apple spokeswoman said the company had fixed several software problems found by early buyers. "We expected some of that," the spokeswoman said. "It's a brand-new category."
Apple shares rose 75 cents to $28.25 in trading on the Nasdaq on Monday. The company, which reported a loss of $188 million for its third quarter last month, has said it expects the Newton to lose money for at least a year.
Sharp Corp. of Japan, which builds the Newton for Apple, plans to sell its own version, the ExpertPad, in the fall.""",
persons=["John Sculley", "Richard Shaffer"],
dates=[("Monday","1993-08-02","DATE"),("four days","P4D","DURATION"),("next month","1993-09","DATE"),("Friday","1993-07-30","DATE"),("three years","P3Y","DURATION"),
       ("Monday","1993-08-02","DATE"),("last month","1993-07","DATE"),("at least a year","P1Y","DURATION"),("the fall","1993-FA","DATE")],
quotes=[("the beginning of a revolution.","John Sculley"),("People are lining up to buy it,","John Sculley"),
        ("We have not seen anything like this since the original Macintosh.","John Sculley"),("still makes too many mistakes","Richard Shaffer"),
        ("We expected some of that,","Apple Computer Inc."),("It's a brand-new category.","Apple Computer Inc.")]))
A.append(dict(id="w04", title="House impeaches Clinton", dct="1998-12-19", text=
"""WASHINGTON (AP) — The House of Representatives impeached President Clinton on Saturday, approving two articles accusing him of lying under oath and obstructing justice to hide his relationship with former White House intern Monica Lewinsky. He is only the second president in the nation's history to be impeached.
The votes came hours after Rep. Bob Livingston, R-La., the speaker-designate, stunned the chamber by announcing that he would resign from Congress in May. Livingston, who admitted this week to extramarital affairs, urged Clinton to do the same.
"I must set the example that I hope the president will follow," Livingston said.
Democrats, who walked out of the chamber after a vote on censure was refused, called the proceedings a partisan coup. House Minority Leader Richard Gephardt, D-Mo., said the Republicans were "tearing this country apart." He pleaded with them to stop. "We are now rapidly descending into a politics of personal destruction," Gephardt said. "We need to start healing."
Rep. Henry Hyde, R-Ill., chairman of the Judiciary Committee, who led the case against the president, said the vote was about the rule of law. The president, he said, had lied to a grand jury in August, and lying under oath was a crime no matter who committed it.
"This is not about sex," Hyde said. "It is about perjury."
After the vote, Clinton appeared with his wife, Hillary Rodham Clinton, and about 100 Democratic lawmakers on the South Lawn of the White House. He said he would "continue to do the work of the American people."
The Senate is expected to begin a trial in January. Removal from office requires a two-thirds vote, which few expect.""",
persons=["Bill Clinton", "Monica Lewinsky", "Bob Livingston", "Richard Gephardt", "Henry Hyde", "Hillary Rodham Clinton"],
dates=[("on Saturday","1998-12-19","DATE"),("May","1999-05","DATE"),("this week","1998-W51","DATE"),("now","PRESENT_REF","DATE"),("August","1998-08","DATE"),("January","1999-01","DATE")],
quotes=[("I must set the example that I hope the president will follow,","Bob Livingston"),("tearing this country apart.","Richard Gephardt"),
        ("We are now rapidly descending into a politics of personal destruction,","Richard Gephardt"),("We need to start healing.","Richard Gephardt"),
        ("This is not about sex,","Henry Hyde"),("It is about perjury.","Henry Hyde"),("continue to do the work of the American people.","Bill Clinton")]))
A.append(dict(id="w05", title="Freighter spills oil in Casco Bay", dct="1997-02-11", text=
"""PORTLAND, Maine (AP) — The Liberian-registered freighter Margaret Ellison ran aground off Cape Elizabeth early Monday, spilling an estimated 30,000 gallons of fuel oil into Casco Bay, the Coast Guard said.
None of the 24 crew members was hurt. The Margaret Ellison, carrying a cargo of steel from Rotterdam, had lost power in heavy seas about two hours before it struck the rocks, said Coast Guard Petty Officer Dennis Farrow.
"The crew did everything they could," Farrow said. "The weather just didn't give them a chance."
By Monday night, oil had washed ashore on at least six miles of beaches. Gov. Angus King toured the area by helicopter on Tuesday morning and said state workers would help with the cleanup.
"This is a disaster for the bay," King said. "We'll be dealing with this for months."
The ship's owner, Halvorsen Shipping of Oslo, said in a statement that it would "pay every cost of the cleanup." A company spokesman said the captain had been with the line for 12 years.
Lobstermen worry about the catch. "If this stuff gets into the traps, we're finished," said Tom Pelletier, who has fished the bay since 1971.""",
persons=["Dennis Farrow", "Angus King", "Tom Pelletier"],
dates=[("early Monday","1997-02-10","DATE"),("about two hours","PT2H","DURATION"),("Monday night","1997-02-10TNI","TIME"),("Tuesday morning","1997-02-11TMO","TIME"),
       ("12 years","P12Y","DURATION"),("1971","1971","DATE")],
quotes=[("The crew did everything they could,","Dennis Farrow"),("The weather just didn't give them a chance.","Dennis Farrow"),
        ("This is a disaster for the bay,","Angus King"),("We'll be dealing with this for months.","Angus King"),
        ("pay every cost of the cleanup.","Halvorsen Shipping"),("If this stuff gets into the traps, we're finished,","Tom Pelletier")]))
A.append(dict(id="w06", title="Mandela walks free", dct="1990-02-12", text=
"""CAPE TOWN, South Africa (Reuter) — Nelson Mandela walked out of Victor Verster prison on Sunday afternoon after 27 years behind bars, raised his fist to a cheering crowd and promised to continue the struggle against apartheid.
Hours later, speaking from the balcony of Cape Town's city hall to more than 50,000 people, the 71-year-old leader of the African National Congress said the armed struggle would go on. "The majority of South Africans, black and white, recognise that apartheid has no future," Mandela said. "It has to be ended by our own decisive mass action."
He praised President F.W. de Klerk, who announced his release on Saturday, as "a man of integrity," but said the government had to go further. Mandela said the state of emergency must be lifted and all political prisoners freed before negotiations could begin.
He said that the ANC remained committed to a peaceful settlement. It was not the movement, he said, that had chosen violence.
"We have waited too long for our freedom," he told the crowd. "We can no longer wait."
De Klerk, speaking in Pretoria, said he welcomed Mandela's call for peace. "I believe he is committed to finding a peaceful solution," de Klerk said.
Mandela was accompanied by his wife, Winnie, and by Walter Sisulu, who was freed in October. Archbishop Desmond Tutu, who hosted the couple at his residence, said Mandela's release would be remembered "for as long as there are South Africans.\"""",
persons=["Nelson Mandela", "F.W. de Klerk", "Winnie", "Walter Sisulu", "Desmond Tutu"],
dates=[("Sunday afternoon","1990-02-11TAF","TIME"),("27 years","P27Y","DURATION"),("on Saturday","1990-02-10","DATE"),("October","1989-10","DATE")],
quotes=[("The majority of South Africans, black and white, recognise that apartheid has no future,","Nelson Mandela"),
        ("It has to be ended by our own decisive mass action.","Nelson Mandela"),("a man of integrity,","Nelson Mandela"),
        ("We have waited too long for our freedom,","Nelson Mandela"),("We can no longer wait.","Nelson Mandela"),
        ("I believe he is committed to finding a peaceful solution,","F.W. de Klerk"),("for as long as there are South Africans.","Desmond Tutu")]))
A.append(dict(id="w07", title="Merrill Lynch profit jumps 48 percent", dct="1999-10-14", text=
"""NEW YORK (Reuters) - Merrill Lynch & Co. said Wednesday its third-quarter profit rose 48 percent, beating analysts' forecasts, as a surge in stock trading by individual investors offset weaker results from investment banking.
The nation's largest brokerage earned $628 million, or $1.52 a share, compared with $424 million, or $1.04 a share, a year earlier. Analysts surveyed by First Call had expected $1.36 a share.
"Our retail franchise has never been stronger," chairman David Komansky said in a statement.
Rival Charles Schwab Corp., the biggest discount broker, reported on Tuesday that its online accounts had grown by a third since January. Schwab has been taking customers from Merrill, which only this summer began offering trades over the Internet for $29.95.
Merrill's shares fell $1.75 to $68.50 on the New York Stock Exchange. Analysts said the firm still faced pressure on commissions. "The full-service model is under attack, and Merrill knows it," said Lorraine Vasquez, an analyst at Morgan Stanley Dean Witter in New York. "The question is how much revenue they are willing to give up."
A Merrill spokesman said the firm would add 500 financial consultants by the end of the year. "We're hiring, not firing," the spokesman said.
Goldman Sachs Group Inc., which went public in May, is expected to report its results next week. Morgan Stanley Dean Witter & Co. reported a record profit last month.""",
persons=["David Komansky", "Lorraine Vasquez"],
dates=[("Wednesday","1999-10-13","DATE"),("third-quarter","1999-Q3","DATE"),("a year earlier","1998-Q3","DATE"),("on Tuesday","1999-10-12","DATE"),("January","1999-01","DATE"),
       ("this summer","1999-SU","DATE"),("the end of the year","1999","DATE"),("May","1999-05","DATE"),("next week","1999-W42","DATE"),("last month","1999-09","DATE")],
quotes=[("Our retail franchise has never been stronger,","David Komansky"),("The full-service model is under attack, and Merrill knows it,","Lorraine Vasquez"),
        ("The question is how much revenue they are willing to give up.","Lorraine Vasquez"),("We're hiring, not firing,","Merrill Lynch & Co.")]))
A.append(dict(id="w08", title="Clinton wins the presidency", dct="1992-11-04", text=
"""LITTLE ROCK, Ark. (AP) — Gov. Bill Clinton of Arkansas was elected the nation's 42nd president on Tuesday, ending 12 years of Republican rule in the White House and promising to focus "like a laser beam" on the economy.
Clinton and his running mate, Sen. Al Gore of Tennessee, won at least 32 states. President Bush conceded shortly after 11 p.m. EST in Houston. "The people have spoken, and we respect the majesty of the democratic system," Bush told supporters. "I will work with him."
Texas billionaire Ross Perot, who spent more than $60 million of his own money on the race, won about 19 percent of the vote, the best showing by an independent candidate since Theodore Roosevelt in 1912.
"This is not the end," Perot told cheering volunteers in Dallas. "We have only just started."
Speaking to a crowd of tens of thousands outside the Old State House here, Clinton called on Americans to come together. "In this great celebration of our democracy, we must all remember that we are one people," he said.
Perot announced his candidacy on CNN's "Larry King Live" in February, then dropped out of the race in July before re-entering it on Oct. 1.
Clinton's aides said the president-elect would spend the weekend resting in Little Rock before naming his transition team.""",
persons=["Bill Clinton", "Al Gore", "George Bush", "Ross Perot", "Theodore Roosevelt"],
dates=[("on Tuesday","1992-11-03","DATE"),("12 years","P12Y","DURATION"),("11 p.m. EST","1992-11-03T23:00","TIME"),("1912","1912","DATE"),("February","1992-02","DATE"),
       ("July","1992-07","DATE"),("Oct. 1","1992-10-01","DATE"),("the weekend","1992-W45-WE","DATE")],
quotes=[("like a laser beam","Bill Clinton"),("The people have spoken, and we respect the majesty of the democratic system,","George Bush"),
        ("I will work with him.","George Bush"),("This is not the end,","Ross Perot"),("We have only just started.","Ross Perot"),
        ("In this great celebration of our democracy, we must all remember that we are one people,","Bill Clinton")]))
A.append(dict(id="w09", title="Gore and Bush sweep the primaries", dct="2000-03-08", text=
"""WASHINGTON (Reuters) - Vice President Al Gore and Texas Gov. George W. Bush swept to big victories in Tuesday's primaries in 16 states, all but locking up their parties' presidential nominations.
Bush beat Arizona Sen. John McCain in California, New York and Ohio, while Gore won every one of the states holding Democratic contests on Tuesday, leaving former New Jersey Sen. Bill Bradley with no path to the nomination.
"The voters have sent a clear message," Bush told supporters in Austin. "They want a conservative with a heart."
McCain, whose memoir "Faith of My Fathers" has been on best-seller lists since the fall, said he would go home to Sedona, Ariz., to consider his future. Aides said he was expected to suspend his campaign on Thursday.
"I have no regrets," McCain said. "We took on the establishment, and we nearly won."
Bradley was expected to withdraw from the race as early as Thursday. His spokesman, Eric Hauser, said only that the former basketball star "will have something to say" soon.
Gore, speaking in Nashville, praised Bradley for running "a strong and honorable campaign." He said he was ready for the general election in November. "The real race begins now," Gore said.""",
persons=["Al Gore", "George W. Bush", "John McCain", "Bill Bradley", "Eric Hauser"],
dates=[("Tuesday","2000-03-07","DATE"),("on Tuesday","2000-03-07","DATE"),("the fall","1999-FA","DATE"),("on Thursday","2000-03-09","DATE"),("as early as Thursday","2000-03-09","DATE"),
       ("soon","FUTURE_REF","DATE"),("November","2000-11","DATE"),("now","PRESENT_REF","DATE")],
quotes=[("The voters have sent a clear message,","George W. Bush"),("They want a conservative with a heart.","George W. Bush"),
        ("I have no regrets,","John McCain"),("We took on the establishment, and we nearly won.","John McCain"),
        ("will have something to say","Eric Hauser"),("a strong and honorable campaign.","Al Gore"),("The real race begins now,","Al Gore")]))
A.append(dict(id="w10", title="Simpson acquitted", dct="1995-10-04", text=
"""LOS ANGELES (AP) — O.J. Simpson was acquitted Tuesday of the murders of his former wife and her friend, ending a trial that had gripped the nation for nine months.
The jury of 10 women and two men reached its verdict after less than four hours of deliberations. Simpson, 48, mouthed "thank you" to the jurors as the verdict was read and hugged his lead lawyer, Johnnie L. Cochran Jr.
"He's relieved, he's happy, and he wants to get on with his life," Cochran told reporters outside the courthouse. "The system worked."
Prosecutor Marcia Clark said she was disappointed but would not criticize the jury. District Attorney Gil Garcetti said the panel had apparently decided the case "based on emotion" rather than evidence.
The families of the victims, Nicole Brown Simpson and Ronald Goldman, wept in the courtroom. "This is the second worst day of my life," Fred Goldman, Ronald Goldman's father, said later.
Judge Lance A. Ito thanked the jurors, who had been sequestered since January, and sent them home.
Simpson was driven to his Brentwood estate, where friends and family had gathered. In a statement read by his son Jason, he said he would devote himself to finding "the killer or killers who slaughtered Nicole and Mr. Goldman.\"""",
persons=["O.J. Simpson", "Johnnie L. Cochran Jr.", "Marcia Clark", "Gil Garcetti", "Nicole Brown Simpson", "Ronald Goldman", "Fred Goldman", "Lance A. Ito", "Jason"],
dates=[("Tuesday","1995-10-03","DATE"),("nine months","P9M","DURATION"),("less than four hours","PT4H","DURATION"),("January","1995-01","DATE")],
quotes=[("thank you","O.J. Simpson"),("He's relieved, he's happy, and he wants to get on with his life,","Johnnie L. Cochran Jr."),
        ("The system worked.","Johnnie L. Cochran Jr."),("based on emotion","Gil Garcetti"),("This is the second worst day of my life,","Fred Goldman"),
        ("the killer or killers who slaughtered Nicole and Mr. Goldman.","O.J. Simpson")]))
A.append(dict(id="w11", title="Eastern strike grounds most flights", dct="1989-03-08", text=
"""MIAMI (AP) — Striking machinists kept most of Eastern Airlines' planes on the ground Wednesday, and the carrier's parent company said it was considering selling the airline or seeking protection from its creditors.
Eastern said it operated only 130 of its usual 1,040 daily flights. "We are flying as many people as we safely can," an Eastern spokesman said. "We will not give in to the union's demands."
Frank Lorenzo, chairman of Texas Air Corp., Eastern's parent, met with his board in Houston on Tuesday. A Texas Air spokeswoman, Karen Ware, said no decision had been made.
Charles Bryan, head of the International Association of Machinists local at Eastern, said the strikers would stay out "as long as it takes." "Lorenzo wants to break this union, and we won't let him," Bryan told a rally at Miami International Airport.
Transportation Secretary Samuel Skinner said Monday that President Bush would not intervene. "This is a dispute between a company and its workers," Skinner said.
The union went on strike on Saturday after 17 months of talks.""",
persons=["Frank Lorenzo", "Karen Ware", "Charles Bryan", "Samuel Skinner", "George Bush"],
dates=[("Wednesday","1989-03-08","DATE"),("daily","P1D","SET"),("on Tuesday","1989-03-07","DATE"),("Monday","1989-03-06","DATE"),("on Saturday","1989-03-04","DATE"),
       ("17 months","P17M","DURATION")],
quotes=[("We are flying as many people as we safely can,","Eastern Airlines"),("We will not give in to the union's demands.","Eastern Airlines"),
        ("as long as it takes.","Charles Bryan"),("Lorenzo wants to break this union, and we won't let him,","Charles Bryan"),
        ("This is a dispute between a company and its workers,","Samuel Skinner")]))
A.append(dict(id="w12", title="Northern Ireland peace deal reached", dct="1998-04-11", text=
"""BELFAST (Reuters) - Protestant and Catholic leaders in Northern Ireland reached a historic peace agreement on Friday after 22 months of negotiations, ending nearly 30 years of conflict that has claimed more than 3,200 lives.
The deal was announced at 5:36 p.m. by former U.S. Senator George Mitchell, who chaired the talks. "I believe this agreement will last," Mitchell told reporters at Stormont. "This is a victory for the people of Northern Ireland."
British Prime Minister Tony Blair, who flew to Belfast on Tuesday and spent much of the week at the talks, said he felt "the hand of history" on his shoulder. Irish Prime Minister Bertie Ahern, whose mother died on Monday, also stayed at the table.
David Trimble, leader of the Ulster Unionist Party, the province's largest Protestant party, said the agreement secured Northern Ireland's place in the United Kingdom. He faced a revolt from some of his own members, who said they had been sold out. Trimble insisted that the deal was the best available. He said the union was stronger than ever.
"I have not betrayed anyone," he said. "I have done what I was elected to do."
Gerry Adams, president of Sinn Fein, the political wing of the Irish Republican Army, was more cautious. Sinn Fein would study the document before deciding whether to back it, Adams said. "The struggle is not over," he added.
Voters in both parts of Ireland will decide on the agreement in referendums on May 22.""",
persons=["George Mitchell", "Tony Blair", "Bertie Ahern", "David Trimble", "Gerry Adams"],
dates=[("on Friday","1998-04-10","DATE"),("22 months","P22M","DURATION"),("nearly 30 years","P30Y","DURATION"),("5:36 p.m.","1998-04-10T17:36","TIME"),
       ("on Tuesday","1998-04-07","DATE"),("the week","1998-W15","DATE"),("on Monday","1998-04-06","DATE"),("May 22","1998-05-22","DATE")],
quotes=[("I believe this agreement will last,","George Mitchell"),("This is a victory for the people of Northern Ireland.","George Mitchell"),
        ("the hand of history","Tony Blair"),("I have not betrayed anyone,","David Trimble"),("I have done what I was elected to do.","David Trimble"),
        ("The struggle is not over,","Gerry Adams")]))
A.append(dict(id="w13", title="Seinfeld tops the ratings", dct="1996-05-21", text=
"""NEW YORK (AP) — NBC's "Seinfeld" was the most-watched show on television last week, followed by "ER" and "Friends," according to figures released Tuesday by Nielsen Media Research.
The season finale of "Seinfeld" drew 35 million viewers on Thursday. "It was a huge success for us," said NBC Entertainment president Warren Littlefield. "Our lineup is the strongest in television."
In late-night television, "Late Show With David Letterman" on CBS again lost ground to NBC's "The Tonight Show With Jay Leno." Leno, who took over from Johnny Carson in 1992, has led the ratings since last summer. A CBS spokesman said the network was "very happy" with its late-night numbers.
"The Oprah Winfrey Show" remained the top-rated daytime program. Winfrey said in an interview on Monday that she planned to keep the show going for at least two more years. "As long as I'm having fun, I'll be there," she said.""",
persons=["Warren Littlefield", "Jay Leno", "Johnny Carson", "Oprah Winfrey"],
dates=[("last week","1996-W20","DATE"),("Tuesday","1996-05-21","DATE"),("on Thursday","1996-05-16","DATE"),("1992","1992","DATE"),("last summer","1995-SU","DATE"),
       ("on Monday","1996-05-20","DATE"),("at least two more years","P2Y","DURATION")],
quotes=[("It was a huge success for us,","Warren Littlefield"),("Our lineup is the strongest in television.","Warren Littlefield"),
        ("very happy","CBS"),("As long as I'm having fun, I'll be there,","Oprah Winfrey")]))
A.append(dict(id="w14", title="Thousands mark March on Washington", dct="1993-08-29", text=
"""WASHINGTON (AP) — Tens of thousands of people marched to the Lincoln Memorial on Saturday to mark the 30th anniversary of the March on Washington, where the Rev. Martin Luther King Jr. delivered his "I Have a Dream" speech.
Coretta Scott King, the slain civil rights leader's widow, told the crowd that her husband's dream was "still unfulfilled." "We have come a long way, but we have a long way to go," she said.
The Rev. Jesse Jackson, who marched with King in 1963, called for jobs and an end to violence in the cities. "Our fight now is for economic justice," Jackson said.
President Clinton, vacationing on Martha's Vineyard, sent a message read by Labor Secretary Robert Reich. "Dr. King's dream remains the nation's unfinished business," the message said.
Organizers had hoped for 100,000 marchers; the National Park Service estimated the crowd at 75,000. A Park Service spokesman said the march was peaceful. "We had no arrests," the spokesman said.
John Lewis, now a Democratic congressman from Georgia, who was the youngest speaker at the 1963 march, said the anniversary was bittersweet. "We marched for the right to vote. Now we must march for the right to a job," Lewis said.""",
persons=["Martin Luther King Jr.", "Coretta Scott King", "Jesse Jackson", "Bill Clinton", "Robert Reich", "John Lewis"],
dates=[("on Saturday","1993-08-28","DATE"),("1963","1963","DATE"),("now","PRESENT_REF","DATE"),("now","PRESENT_REF","DATE"),("1963","1963","DATE"),("Now","PRESENT_REF","DATE")],
quotes=[("still unfulfilled.","Coretta Scott King"),("We have come a long way, but we have a long way to go,","Coretta Scott King"),
        ("Our fight now is for economic justice,","Jesse Jackson"),("Dr. King's dream remains the nation's unfinished business,","Bill Clinton"),
        ("We had no arrests,","National Park Service"),("We marched for the right to vote. Now we must march for the right to a job,","John Lewis")]))

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
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens wire-style actors set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("ok", len(A))

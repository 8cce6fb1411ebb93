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

# Batch 2 (w15-w20): written after the first batch's fixes, scored once before any fix of its own.
A.append(dict(id="w15", title="Gorbachev returns to Moscow", dct="1991-08-22", text=
"""MOSCOW (AP) — Mikhail S. Gorbachev returned to Moscow early Thursday after the collapse of a three-day coup by hard-liners, and declared that he was again in full control of the country.
"I have come back to a different country," Mr. Gorbachev told reporters at Vnukovo airport, looking pale and tired. "The coup has failed, and the people who organized it will be punished."
The Soviet leader had been held under house arrest at his vacation home in the Crimea since Sunday. He said the plotters had cut his telephone lines and demanded that he hand over power to Vice President Gennadi I. Yanayev. He had refused, he said, and had told them that they were making a terrible mistake.
Russian President Boris N. Yeltsin, who led the resistance from the Russian Parliament building, was hailed by crowds as a hero. Mr. Yeltsin said on Wednesday night that the country owed its freedom to "the ordinary people who stood in front of the tanks."
In Kennebunkport, Me., President Bush said he had spoken with Mr. Gorbachev by telephone for about 20 minutes. "He sounded strong, and he thanked the American people for their support," Mr. Bush said.
The Soviet news agency Tass said that Mr. Yanayev and seven other members of the emergency committee had been arrested. An agency spokesman said the former Defense Minister, Dmitri T. Yazov, was among them.
"Today democracy won," said Yelena Petrova, 34, a teacher who spent the last three days at the barricades.""",
persons=["Mikhail S. Gorbachev", "Gennadi I. Yanayev", "Boris N. Yeltsin", "George Bush", "Dmitri T. Yazov", "Yelena Petrova"],
dates=[("early Thursday","1991-08-22","DATE"),("three-day","P3D","DURATION"),("Sunday","1991-08-18","DATE"),("Wednesday night","1991-08-21TNI","TIME"),
       ("about 20 minutes","PT20M","DURATION"),("Today","1991-08-22","DATE"),("the last three days","P3D","DURATION")],
quotes=[("I have come back to a different country,","Mikhail S. Gorbachev"),("The coup has failed, and the people who organized it will be punished.","Mikhail S. Gorbachev"),
        ("the ordinary people who stood in front of the tanks.","Boris N. Yeltsin"),("He sounded strong, and he thanked the American people for their support,","George Bush"),
        ("Today democracy won,","Yelena Petrova")]))
A.append(dict(id="w16", title="Comet fragments keep hitting Jupiter", dct="1994-07-18", text=
"""GREENBELT, Md. (Reuter) - Fragments of Comet Shoemaker-Levy 9 kept slamming into Jupiter on Sunday, raising plumes of hot gas thousands of miles high and leaving dark scars larger than the Earth, astronomers said.
The largest fragment, known as G, struck on Saturday and left a spot visible through backyard telescopes.
"It's the most spectacular thing I've ever seen," said Eugene Shoemaker, who discovered the comet last year with his wife, Carolyn, and David H. Levy at the Palomar Observatory in California. "We've been waiting for this for 16 months."
Heidi Hammel, who leads the Hubble Space Telescope team studying the impacts, said the images had exceeded every expectation. She told a news conference at the Goddard Space Flight Center that her team had cheered when the first picture came in. "Nobody expected plumes this big," Hammel said. "We are rewriting the textbooks."
The Galileo spacecraft, on its way to Jupiter, also photographed the impacts. NASA said Galileo's pictures would be sent back to Earth in August.
The impacts will continue until Friday, when the last of the 21 fragments is due to hit.""",
persons=["Eugene Shoemaker", "Carolyn", "David H. Levy", "Heidi Hammel"],
dates=[("on Sunday","1994-07-17","DATE"),("on Saturday","1994-07-16","DATE"),("last year","1993","DATE"),("16 months","P16M","DURATION"),("August","1994-08","DATE"),
       ("Friday","1994-07-22","DATE")],
quotes=[("It's the most spectacular thing I've ever seen,","Eugene Shoemaker"),("We've been waiting for this for 16 months.","Eugene Shoemaker"),
        ("Nobody expected plumes this big,","Heidi Hammel"),("We are rewriting the textbooks.","Heidi Hammel")]))
A.append(dict(id="w17", title="Ford unveils new Taurus", dct="1996-01-05", text=
"""DETROIT (AP) — Ford Motor Co. unveiled a redesigned Taurus on Thursday, betting that a sleeker look will keep the sedan ahead of the Honda Accord as America's best-selling car.
"This is the most important car we have ever built," Ford chairman Alex Trotman said at the North American International Auto Show.
The new Taurus, which goes on sale in the fall, will cost about $1,000 more than the current model. Ford also showed a concept version of the Lincoln Continental and a new Mercury Sable.
Analyst Maryann Keller of Furman Selz said the Taurus faced tougher competition than ever. "The Japanese have closed the gap on quality," she said. "Ford can't count on loyalty anymore."
General Motors Corp. president John F. Smith Jr. said GM would introduce 14 new models this year. Ford sold 366,266 Tauruses in 1995.
A Honda spokesman said the company was "not worried." "The Accord speaks for itself," the spokesman said.""",
persons=["Alex Trotman", "Maryann Keller", "John F. Smith Jr."],
dates=[("on Thursday","1996-01-04","DATE"),("the fall","1996-FA","DATE"),("this year","1996","DATE"),("1995","1995","DATE")],
quotes=[("This is the most important car we have ever built,","Alex Trotman"),("The Japanese have closed the gap on quality,","Maryann Keller"),
        ("Ford can't count on loyalty anymore.","Maryann Keller"),("not worried.","Honda"),("The Accord speaks for itself,","Honda")]))
A.append(dict(id="w18", title="Rubin to leave Treasury", dct="1999-05-13", text=
"""WASHINGTON (Reuters) - Treasury Secretary Robert E. Rubin said Wednesday he would step down in July, ending a four-and-a-half-year tenure in which he was widely credited with steering the economy through a series of global financial crises.
President Clinton named Deputy Treasury Secretary Lawrence H. Summers to succeed him. Speaking in the Rose Garden with both men at his side, Mr. Clinton called Mr. Rubin "the greatest secretary of the Treasury since Alexander Hamilton."
Mr. Rubin, 60, a former co-chairman of Goldman, Sachs & Co., said he wanted to return to private life. He said he had told the president of his decision several weeks ago and had no plans to take another job.
"I've had the best job in Washington," Mr. Rubin said. "But it is time to go home."
Stocks fell sharply on the news before recovering. The Dow Jones industrial average closed down 20 points at 11,000.
Federal Reserve Chairman Alan Greenspan, who met Mr. Rubin every week, said in a statement that Mr. Rubin had "served the nation with distinction."
Mr. Summers, 44, a former Harvard economist, is expected to be confirmed easily by the Senate. Senate Banking Committee chairman Phil Gramm, R-Texas, said he would hold hearings "as soon as possible.\"""",
persons=["Robert E. Rubin", "Bill Clinton", "Lawrence H. Summers", "Alexander Hamilton", "Alan Greenspan", "Phil Gramm"],
dates=[("Wednesday","1999-05-12","DATE"),("July","1999-07","DATE"),("four-and-a-half-year","P4.5Y","DURATION"),("several weeks ago","PAST_REF","DATE"),
       ("every week","P1W","SET"),("as soon as possible","FUTURE_REF","DATE")],
quotes=[("the greatest secretary of the Treasury since Alexander Hamilton.","Bill Clinton"),("I've had the best job in Washington,","Robert E. Rubin"),
        ("But it is time to go home.","Robert E. Rubin"),("served the nation with distinction.","Alan Greenspan"),("as soon as possible.","Phil Gramm")]))
A.append(dict(id="w19", title="Germany celebrates unity", dct="1990-10-04", text=
"""BERLIN (AP) — Germany celebrated its unification on Wednesday with fireworks, church bells and a million people in the streets of Berlin, 45 years after the country was divided at the end of World War II.
"We have achieved the unity and freedom of Germany," Chancellor Helmut Kohl said in a televised address on Tuesday night. "We want to serve peace in the world."
At a ceremony in the Philharmonic Hall, President Richard von Weizsaecker said the Germans had to earn the trust of their neighbors. "We are aware of our responsibility," Mr. von Weizsaecker said.
Lothar de Maiziere, the last prime minister of East Germany, joined Mr. Kohl's Cabinet as a minister without portfolio. De Maiziere said he felt "joy, but also some sadness."
In Moscow, President Mikhail S. Gorbachev sent a message of congratulations. "A united Germany will be a good neighbor to the Soviet Union," the message said.
Not everyone celebrated. Several thousand leftist demonstrators marched through East Berlin, shouting "Never again Germany.\"""",
persons=["Helmut Kohl", "Richard von Weizsaecker", "Lothar de Maiziere", "Mikhail S. Gorbachev"],
dates=[("on Wednesday","1990-10-03","DATE"),("45 years","P45Y","DURATION"),("Tuesday night","1990-10-02TNI","TIME")],
quotes=[("We have achieved the unity and freedom of Germany,","Helmut Kohl"),("We want to serve peace in the world.","Helmut Kohl"),
        ("We are aware of our responsibility,","Richard von Weizsaecker"),("joy, but also some sadness.","Lothar de Maiziere"),
        ("A united Germany will be a good neighbor to the Soviet Union,","Mikhail S. Gorbachev"),("Never again Germany.",None)]))
A.append(dict(id="w20", title="Ripken breaks Gehrig's record", dct="1995-09-07", text=
"""BALTIMORE (AP) — Cal Ripken Jr. played in his 2,131st consecutive game Wednesday night, breaking the record set by Lou Gehrig 56 years ago and drawing a 22-minute standing ovation from the sellout crowd at Camden Yards.
The Baltimore Orioles shortstop, 35, circled the field slapping hands with fans. "I stand here overwhelmed," Ripken told the crowd after the game. "I know that if Lou Gehrig is looking down, he's not the least bit upset."
Gehrig, the New York Yankees first baseman known as the "Iron Horse," played in 2,130 straight games from 1925 to 1939 before a fatal illness forced him to retire.
President Clinton and Vice President Al Gore were among the 46,272 fans. Clinton, who called the play-by-play on radio for one inning, said Ripken had shown "what it means to show up for work every day."
Orioles manager Phil Regan said: "I've been in baseball 40 years and I've never seen anything like it."
Ripken's streak began on May 30, 1982.""",
persons=["Cal Ripken Jr.", "Lou Gehrig", "Bill Clinton", "Al Gore", "Phil Regan"],
dates=[("Wednesday night","1995-09-06TNI","TIME"),("56 years ago","1939","DATE"),("22-minute","PT22M","DURATION"),("1925","1925","DATE"),("1939","1939","DATE"),
       ("every day","P1D","SET"),("40 years","P40Y","DURATION"),("May 30, 1982","1982-05-30","DATE")],
quotes=[("I stand here overwhelmed,","Cal Ripken Jr."),("I know that if Lou Gehrig is looking down, he's not the least bit upset.","Cal Ripken Jr."),
        ("what it means to show up for work every day.","Bill Clinton"),("I've been in baseball 40 years and I've never seen anything like it.","Phil Regan")]))

# Batch 3 (w21-w24): written after batch 2's fixes, scored once, not tuned on.
A.append(dict(id="w21", title="Shearson profit falls 45%", dct="1989-10-20", text=
"""NEW YORK — Shearson Lehman Hutton Inc. said third-quarter net income fell 45% as the stock market's swings scared small investors away and the firm's investment-banking fees dried up.
The brokerage unit of American Express Co. earned $41 million, compared with $74.6 million a year earlier. Revenue slid 8% to $2.6 billion.
"It was a tough quarter for everybody on the Street," said Martin R. Feld, Shearson's president, in an interview. "Retail investors just aren't there."
Mr. Feld said the firm would cut about 1,000 jobs, most of them in its back offices, by the end of the year. He said the cuts wouldn't touch the 11,500 brokers who are the heart of the firm. Shearson, he added, remained committed to the small investor.
"We aren't walking away from Main Street," Mr. Feld said.
Analysts were unimpressed. "They have too many people and too little business," said Perrin Long of Lipper Analytical Securities Corp. Lawrence Eckenfelder, an analyst with Prudential-Bache Securities, said the firm's earnings would stay "under a lot of pressure."
American Express shares rose 25 cents to $34.375 in New York Stock Exchange composite trading yesterday.""",
persons=["Martin R. Feld", "Perrin Long", "Lawrence Eckenfelder"],
dates=[("third-quarter","1989-Q3","DATE"),("a year earlier","1988-Q3","DATE"),("the end of the year","1989","DATE"),("yesterday","1989-10-19","DATE")],
quotes=[("It was a tough quarter for everybody on the Street,","Martin R. Feld"),("Retail investors just aren't there.","Martin R. Feld"),
        ("We aren't walking away from Main Street,","Martin R. Feld"),("They have too many people and too little business,","Perrin Long"),
        ("under a lot of pressure.","Lawrence Eckenfelder")]))
A.append(dict(id="w22", title="The English Patient wins nine Oscars", dct="1997-03-25", text=
"""LOS ANGELES (AP) — "The English Patient," a sweeping romance set in the North African desert during World War II, won nine Academy Awards on Monday night, including best picture and best director for Anthony Minghella.
Geoffrey Rush won best actor for his role as a troubled pianist in "Shine," and Frances McDormand was named best actress for playing a pregnant police chief in "Fargo," which was directed by her husband, Joel Coen.
Cuba Gooding Jr., who played a football player in "Jerry Maguire," gave the most exuberant speech of the ceremony, shouting "I love you!" to everyone from his wife to Tom Cruise, the film's star.
"I didn't expect this at all," Minghella said backstage. "It's like a dream."
Juliette Binoche, who won best supporting actress for "The English Patient," said she had been sure that Lauren Bacall would win. "I don't have any speech," she told the audience.
Host Billy Crystal opened the ceremony at the Shrine Auditorium with a medley mocking the nominated films.""",
persons=["Anthony Minghella", "Geoffrey Rush", "Frances McDormand", "Joel Coen", "Cuba Gooding Jr.", "Tom Cruise", "Juliette Binoche", "Lauren Bacall", "Billy Crystal"],
dates=[("Monday night","1997-03-24TNI","TIME")],
quotes=[("I love you!","Cuba Gooding Jr."),("I didn't expect this at all,","Anthony Minghella"),("It's like a dream.","Anthony Minghella"),
        ("I don't have any speech,","Juliette Binoche")]))
A.append(dict(id="w23", title="Hurricane Andrew flattens South Florida", dct="1992-08-25", text=
"""HOMESTEAD, Fla. (AP) — Hurricane Andrew roared across South Florida early Monday with gusts of 164 mph, flattening entire neighborhoods, leaving more than 250,000 people homeless and knocking out power to 1.3 million homes.
"We need food, we need water, we need people," said Kate Hale, Dade County's emergency management director. "Everything here is gone."
President Bush, who toured the area Monday afternoon, declared a federal disaster. "We'll do everything we can to help," Mr. Bush said at the Homestead Air Force Base, which was heavily damaged.
Andrew, the first major hurricane to strike the state since Betsy in 1965, was heading across the Gulf of Mexico toward Louisiana on Tuesday.
Gov. Lawton Chiles said the damage could reach $20 billion. A National Guard spokesman said 1,000 troops had been sent to the area. "We're patrolling to stop looting," the spokesman said.""",
persons=["Kate Hale", "George Bush", "Lawton Chiles"],
dates=[("early Monday","1992-08-24","DATE"),("Monday afternoon","1992-08-24TAF","TIME"),("1965","1965","DATE"),("on Tuesday","1992-08-25","DATE")],
quotes=[("We need food, we need water, we need people,","Kate Hale"),("Everything here is gone.","Kate Hale"),
        ("We'll do everything we can to help,","George Bush"),("We're patrolling to stop looting,","National Guard")]))
A.append(dict(id="w24", title="Starr report released", dct="1998-09-12", text=
"""WASHINGTON (AP) — Independent counsel Kenneth W. Starr's report to Congress, released Friday, accuses President Clinton of lying under oath about his relationship with former White House intern Monica S. Lewinsky and of obstructing justice.
The 445-page report, posted on the Internet hours after the House voted 363-63 to make it public, lays out 11 possible grounds for impeachment.
Mr. Clinton's personal lawyer, David E. Kendall, called the report "a one-sided compilation of salacious allegations."
Speaker Newt Gingrich said the House would proceed "with dignity and fairness." "This is a very serious matter," Mr. Gingrich said.
At a prayer breakfast at the White House on Friday morning, the president again apologized. "I have sinned," he said. "I don't think there is a fancy way to say that."
White House spokesman Mike McCurry said the president had not read the report. "He has other things to do," Mr. McCurry said.
The report says Mr. Clinton and Ms. Lewinsky had 10 sexual encounters between November 1995 and March 1997.""",
persons=["Kenneth W. Starr", "Bill Clinton", "Monica S. Lewinsky", "David E. Kendall", "Newt Gingrich", "Mike McCurry"],
dates=[("Friday","1998-09-11","DATE"),("Friday morning","1998-09-11TMO","TIME"),("November 1995","1995-11","DATE"),("March 1997","1997-03","DATE")],
quotes=[("a one-sided compilation of salacious allegations.","David E. Kendall"),("with dignity and fairness.","Newt Gingrich"),
        ("This is a very serious matter,","Newt Gingrich"),("I have sinned,","Bill Clinton"),("I don't think there is a fancy way to say that.","Bill Clinton"),
        ("He has other things to do,","Mike McCurry")]))

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

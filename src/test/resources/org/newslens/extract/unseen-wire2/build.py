"""Builds the second hand-made news-wire gold set (n*.json) from the texts and hand annotations below:
20 made-up stories as hard as real 1989-2000 news text: 7 Wall Street Journal-style business stories of 1989
(earnings, takeovers, bonds, retail, a court), an AP story of 1989 with a "BONN, West Germany (AP) _" dateline,
7 AP/Reuters/NYT-style stories of 1998 and 5 transcripts of 1998 broadcast news (ABC, CNN, VOA, PRI style).
Annotated by the rules of ../shared/eval/README.md. Annotations name a span by its text and occurrence (0-based,
in order); offsets are computed and checked here, and every weekday, shifted day and ISO week is computed from
the dct by the helpers below, never typed. Written and annotated before the engine was scored on it."""
import datetime as _dt
import json, os
D = os.path.dirname(os.path.abspath(__file__))
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def _d(s): return _dt.date.fromisoformat(s)
def prev(dct, day, same=False):
    """The last such weekday before dct (dct itself when same and it is that day)."""
    d = _d(dct); k = (d.weekday() - WD.index(day)) % 7
    if k == 0 and not same: k = 7
    return (d - _dt.timedelta(k)).isoformat()
def nxt(dct, day):
    """The next such weekday after dct."""
    d = _d(dct); k = (WD.index(day) - d.weekday()) % 7 or 7
    return (d + _dt.timedelta(k)).isoformat()
def plus(dct, n): return (_d(dct) + _dt.timedelta(n)).isoformat()
def week(dct, n=0):
    y, w, _ = (_d(dct) + _dt.timedelta(7 * n)).isocalendar(); return "%d-W%02d" % (y, w)
def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)
A = []
def art(id, dct, weekday, title, text, persons, dates, quotes):
    assert WD[_d(dct).weekday()] == weekday, (id, dct, WD[_d(dct).weekday()])
    A.append(dict(id=id, dct=dct, title=title, text=text, persons=persons, dates=dates, quotes=quotes))

# ---- Wall Street Journal style, 1989 ----
T = "1989-10-18"
art("n01", T, "Wednesday", "Meridian Paper's net falls 23%",
"""Meridian Paper Co. said its third-quarter net income fell 23% as lower pulp prices and higher interest costs from its acquisition of Lakeland Mills last year offset gains in its packaging business.
The Stamford, Conn., company said yesterday that it earned $41.6 million, or $1.12 a share, in the quarter, compared with $54 million, or $1.47 a share, a year earlier. Sales rose 6% to $812.3 million from $766.1 million. For the nine months, net was $138.9 million, or $3.76 a share, down 8%.
"Pulp prices peaked in the spring, and we don't see them coming back before the middle of next year," said Harold W. Kessler Jr., chairman and chief executive officer. Mr. Kessler said the company would take a pretax charge of about $15 million in the fourth quarter to close two older mills in Maine.
Analysts had expected earnings of about $1.25 a share. Margaret Oyelaran, an analyst with Kidder, Peabody & Co., said the results were "disappointing but not alarming." She cut her estimate for 1989 to $4.90 a share from $5.30.
In New York Stock Exchange composite trading yesterday, Meridian shares fell $1.375 to $38.25. The stock had already lost $3 in Friday's market drop.
The company also said its board approved a quarterly dividend of 40 cents a share, payable Dec. 1 to stock of record Nov. 10. Mr. Kessler, 61, said Meridian planned to spend $350 million on new equipment over the next two years.""",
["Harold W. Kessler Jr.", "Margaret Oyelaran"],
[("third-quarter","1989-Q3","DATE"),("last year","1988","DATE"),("yesterday",plus(T,-1),"DATE"),("the quarter","1989-Q3","DATE"),
 ("a year earlier","1988-Q3","DATE"),("the nine months","P9M","DURATION"),("the spring","1989-SP","DATE"),("the middle of next year","1990","DATE"),
 ("the fourth quarter","1989-Q4","DATE"),("1989","1989","DATE"),("yesterday",plus(T,-1),"DATE"),("Friday",prev(T,"Friday"),"DATE"),
 ("quarterly","P3M","SET"),("Dec. 1","1989-12-01","DATE"),("Nov. 10","1989-11-10","DATE"),("the next two years","P2Y","DURATION")],
[("Pulp prices peaked in the spring, and we don't see them coming back before the middle of next year,","Harold W. Kessler Jr."),
 ("disappointing but not alarming.","Margaret Oyelaran")])

T = "1989-10-24"
art("n02", T, "Tuesday", "Investor group bids $1.9 billion for Halvern",
"""Halvern Corp., the Dallas-based defense electronics maker, said it received an unsolicited $1.9 billion offer from an investor group led by financier Ronald J. Petrakis, sending its shares up sharply.
The group, Petrakis Partners L.P., offered $48 a share in cash for the company's 39.6 million shares, according to a letter made public late yesterday. Halvern stock closed Friday at $36.50; it jumped $8.625 to $45.125 yesterday in New York Stock Exchange composite trading.
"We believe Halvern's shares have been undervalued for years, and the market drop of Oct. 13 made that plain," Mr. Petrakis said in the letter to Halvern's chairman, Thomas E. Wainwright. "Our offer is a full and fair one."
Halvern said its board would meet next Monday to consider the bid and had retained Goldman, Sachs & Co. as its adviser. "The board will act in the best interests of all shareholders," the company said in a statement. Mr. Wainwright, 57, declined to comment.
The bid is the first major hostile offer since the collapse of the UAL Corp. buy-out financing this month, which helped trigger the 190-point plunge in the Dow Jones Industrial Average on Oct. 13. Several takeover specialists said financing may be hard to find. "Banks are nervous right now," said Kenneth Ishikawa, a partner at a New York law firm. "Nobody wants to be the last lender into a deal like this."
Mr. Petrakis, 44, said the group had commitments from three banks for $1.2 billion and expected to complete the deal by the end of the first quarter of 1990. He owns 4.9% of Halvern, which he bought over the past six weeks.""",
["Ronald J. Petrakis", "Thomas E. Wainwright", "Kenneth Ishikawa"],
[("late yesterday",plus(T,-1),"DATE"),("Friday",prev(T,"Friday"),"DATE"),("yesterday",plus(T,-1),"DATE",1),("Oct. 13","1989-10-13","DATE"),
 ("next Monday",nxt(T,"Monday"),"DATE"),("this month","1989-10","DATE"),("Oct. 13","1989-10-13","DATE"),("right now","PRESENT_REF","DATE"),
 ("the end of the first quarter of 1990","1990-Q1","DATE"),("the past six weeks","P6W","DURATION")],
[("We believe Halvern's shares have been undervalued for years, and the market drop of Oct. 13 made that plain,","Ronald J. Petrakis"),
 ("Our offer is a full and fair one.","Ronald J. Petrakis"),
 ("The board will act in the best interests of all shareholders,","Halvern Corp."),
 ("Banks are nervous right now,","Kenneth Ishikawa"),("Nobody wants to be the last lender into a deal like this.","Kenneth Ishikawa")])

T = "1989-11-08"
art("n03", T, "Wednesday", "Bentley-Marsh names Oduya president",
"""Bentley-Marsh Inc. named Frederick L. Oduya president and chief operating officer, positioning the 48-year-old executive to succeed Chairman and Chief Executive William H. Travers Sr. when he retires next year.
Mr. Oduya, who joined the Chicago food company in 1981 from General Mills Inc., has headed its frozen-foods division since March 1987. He succeeds Paul R. Delacroix, 63, who retired in September after 31 years with the company.
Mr. Travers, 64, said in an interview yesterday that he planned to step down at the annual meeting in April. "Fred has run our most profitable business for almost three years, and he has the confidence of the board," he said. "This gives us an orderly transition.
"We looked outside the company, but in the end the best candidate was already here," he added.
The appointment ends months of speculation about the succession. Two other senior executives, Janet Kowalczyk and Robert T. Ames, had been considered candidates. Ms. Kowalczyk, executive vice president for marketing, said she intended to stay with the company. Mr. Ames couldn't be reached.
Bentley-Marsh's frozen-foods unit earned $96 million on sales of $1.1 billion in the 12 months ended June 30, nearly a third of the company's operating profit. Under Mr. Oduya, the unit introduced a line of microwave dinners that became the company's fastest-growing product last year.
"He's a marketing man who understands numbers, which is rare in this industry," said Andrew Sato, a food-industry analyst at Dean Witter Reynolds Inc.
Bentley-Marsh shares rose 50 cents to $52.75 in New York Stock Exchange composite trading yesterday.""",
["Frederick L. Oduya", "William H. Travers Sr.", "Paul R. Delacroix", "Janet Kowalczyk", "Robert T. Ames", "Andrew Sato"],
[("next year","1990","DATE"),("1981","1981","DATE"),("March 1987","1987-03","DATE"),("September","1989-09","DATE"),("31 years","P31Y","DURATION"),
 ("yesterday",plus(T,-1),"DATE"),("annual","P1Y","SET"),("April","1990-04","DATE"),("almost three years","P3Y","DURATION"),
 ("the 12 months","P12M","DURATION"),("June 30","1989-06-30","DATE"),("last year","1988","DATE"),("yesterday",plus(T,-1),"DATE")],
[("Fred has run our most profitable business for almost three years, and he has the confidence of the board,","William H. Travers Sr."),
 ("This gives us an orderly transition.","William H. Travers Sr."),
 ("We looked outside the company, but in the end the best candidate was already here,","William H. Travers Sr."),
 ("He's a marketing man who understands numbers, which is rare in this industry,","Andrew Sato")])

T = "1989-07-12"
art("n04", T, "Wednesday", "Nakamura Electric to buy Westbrook Instruments",
"""TOKYO -- Nakamura Electric Industrial Co., Japan's third-largest maker of consumer electronics, agreed to acquire Westbrook Instruments Inc. of San Jose, Calif., for about $640 million, the latest in a string of Japanese purchases of U.S. technology concerns this year.
The companies said yesterday that Nakamura would pay $27 a share in cash, a 35% premium over Westbrook's closing price Monday. Westbrook's board approved the offer at a meeting Tuesday night.
"Westbrook gives us a strong position in measuring equipment in the American market," Nakamura's president, Hiroshi Tanabe, told a news conference in Tokyo. "We intend to keep its management and its employees."
Westbrook's chairman, Gerald M. Finch, said he would stay on for at least three years under a new contract. Mr. Finch, 52, founded the company in 1971. A spokesman for Westbrook, who spoke on condition of anonymity, said "nobody has been told they will lose their job."
The deal must be reviewed by the U.S. Committee on Foreign Investment, which has 30 days to decide whether to investigate. Some lawmakers have urged closer scrutiny of such purchases. Rep. Thomas Kilbride, D-Pa., said in Washington that he would ask the committee to look at the sale. "We keep selling the technology that our security depends on," he said.
Mr. Tanabe, 59, said Nakamura expected the purchase to be completed by the end of September. Nakamura earned 48.2 billion yen, or about $340 million, on sales of 1.9 trillion yen last year.
Westbrook shares rose $6.50 to $26.375 yesterday in national over-the-counter trading.""",
["Hiroshi Tanabe", "Gerald M. Finch", "Thomas Kilbride"],
[("this year","1989","DATE"),("yesterday",plus(T,-1),"DATE"),("Monday",prev(T,"Monday"),"DATE"),("Tuesday night",prev(T,"Tuesday")+"TNI","TIME"),
 ("at least three years","P3Y","DURATION"),("1971","1971","DATE"),("30 days","P30D","DURATION"),("the end of September","1989-09","DATE"),
 ("last year","1988","DATE"),("yesterday",plus(T,-1),"DATE")],
[("Westbrook gives us a strong position in measuring equipment in the American market,","Hiroshi Tanabe"),
 ("We intend to keep its management and its employees.","Hiroshi Tanabe"),
 ("nobody has been told they will lose their job.","Westbrook Instruments Inc."),
 ("We keep selling the technology that our security depends on,","Thomas Kilbride")])

T = "1989-12-20"
art("n05", T, "Wednesday", "Bond prices rise on bets of a rate cut",
"""Treasury bond prices rose for the third consecutive session as traders bet that the Federal Reserve would cut interest rates again before the end of the year.
The benchmark 30-year bond gained more than 5/8 point yesterday, or about $6.25 for each $1,000 face amount. Its yield fell to 7.84% from 7.90% Monday, the lowest level since early October.
The rally followed a government report showing that consumer prices rose only 0.2% last month, the smallest increase since July. "Inflation is simply not the problem the Fed thought it was in the spring," said Maria Elena Cordero, chief economist at a New York securities firm. "They have room to move, and I think they'll move before Christmas."
Fed Chairman Alan Greenspan told the Joint Economic Committee last week that the economy was growing "at a moderate pace" and that inflation pressures had eased. Many economists read the remarks as a signal that the central bank would lower its target for the federal funds rate, now about 8 1/4%.
Not everyone agrees. Samuel K. Whitfield, a bond strategist at Salomon Brothers Inc., said the Fed had already cut rates twice since July and would wait to see fourth-quarter figures. "I'd be surprised to see another move this year," Mr. Whitfield said.
Short-term rates also fell. The yield on three-month Treasury bills dropped to 7.62% at the weekly auction Monday. The Treasury will sell $9.5 billion of two-year notes today and $7.5 billion of five-year notes tomorrow.""",
["Maria Elena Cordero", "Alan Greenspan", "Samuel K. Whitfield"],
[("the end of the year","1989","DATE"),("30-year","P30Y","DURATION"),("yesterday",plus(T,-1),"DATE"),("Monday",prev(T,"Monday"),"DATE"),
 ("early October","1989-10","DATE"),("last month","1989-11","DATE"),("July","1989-07","DATE"),("the spring","1989-SP","DATE"),
 ("Christmas","1989-12-25","DATE"),("last week",week(T,-1),"DATE"),("now","PRESENT_REF","DATE"),("July","1989-07","DATE"),
 ("fourth-quarter","1989-Q4","DATE"),("this year","1989","DATE"),("three-month","P3M","DURATION"),("weekly","P1W","SET"),
 ("Monday",prev(T,"Monday"),"DATE"),("two-year","P2Y","DURATION"),("today",T,"DATE"),("five-year","P5Y","DURATION"),("tomorrow",plus(T,1),"DATE")],
[("Inflation is simply not the problem the Fed thought it was in the spring,","Maria Elena Cordero"),
 ("They have room to move, and I think they'll move before Christmas.","Maria Elena Cordero"),
 ("at a moderate pace","Alan Greenspan"),("I'd be surprised to see another move this year,","Samuel K. Whitfield")])

T = "1989-09-25"
art("n06", T, "Monday", "Ex-banker gets three years for insider trading",
"""NEW YORK -- A former mergers specialist at Carrington, Hale & Co. was sentenced Friday to three years in prison and fined $250,000 for trading on confidential information about pending takeovers.
Peter J. Lindqvist, 34, of Greenwich, Conn., pleaded guilty in June to four counts of securities fraud. Prosecutors said he made about $1.4 million in 1987 and 1988 by buying shares of companies that his firm's clients planned to acquire.
U.S. District Judge Constance B. Marr said in federal court in Manhattan that a prison term was needed to deter others. "Mr. Lindqvist betrayed the trust of his employer and its clients, and he did it again and again," she said.
Mr. Lindqvist's lawyer, Arthur D. Goldfarb, had asked for probation, citing his client's cooperation with the government. Mr. Lindqvist has testified before a grand jury investigating two other traders. "He has accepted responsibility from the first day," Mr. Goldfarb said after the hearing. "We're disappointed."
Mr. Lindqvist must surrender on Nov. 6. He also agreed last year to pay the Securities and Exchange Commission $2.1 million to settle civil charges and to be barred from the securities industry for life.
An SEC official, who asked not to be named, said the agency had brought 37 insider-trading cases in the 12 months that end Saturday, up from 29 in the previous 12 months. The U.S. attorney in Manhattan, Richard Castellano, said in a statement that "the message to Wall Street should be clear."
Carrington Hale, which fired Mr. Lindqvist in March 1988, said it "cooperated fully with the investigation.\"""",
["Peter J. Lindqvist", "Constance B. Marr", "Arthur D. Goldfarb", "Richard Castellano"],
[("Friday",prev(T,"Friday"),"DATE"),("three years","P3Y","DURATION"),("June","1989-06","DATE"),("1987","1987","DATE"),("1988","1988","DATE"),
 ("Nov. 6","1989-11-06","DATE"),("last year","1988","DATE"),("the 12 months","P12M","DURATION"),("Saturday",nxt(T,"Saturday"),"DATE"),
 ("the previous 12 months","P12M","DURATION"),("March 1988","1988-03","DATE")],
[("Mr. Lindqvist betrayed the trust of his employer and its clients, and he did it again and again,","Constance B. Marr"),
 ("He has accepted responsibility from the first day,","Arthur D. Goldfarb"),("We're disappointed.","Arthur D. Goldfarb"),
 ("the message to Wall Street should be clear.","Richard Castellano"),
 ("cooperated fully with the investigation.","Carrington, Hale & Co.")])

T = "1989-12-28"
art("n07", T, "Thursday", "Discounters gain, department stores lag in December",
"""Retailers reported mixed results for December, with discounters posting solid gains while several department-store chains said sales were flat or lower than a year ago.
Hollister Stores Inc., the Minneapolis-based discount chain, said sales at stores open at least a year rose 7.2% in the five weeks ended Saturday. Kendall-Rowe Department Stores said its comparable-store sales fell 2.1% in November and December combined.
"The consumer is looking for value, and the discounters are giving it to him," said Walter Fenwick, a retail analyst with PaineWebber Inc. "The department stores are paying for years of heavy debt."
Kendall-Rowe, which was acquired in a leveraged buy-out in 1986, has struggled to meet interest payments of about $180 million a year. Its chairman, Lawrence P. Quigley, said in a statement late Tuesday that the chain remained "comfortably able to meet its obligations." Mr. Quigley, 55, said the company would close 12 stores by the end of March.
Among other retailers, Carver & Moss Inc. said December sales rose 4%, while Brandt's Inc. said sales for the month fell 1.5%. Results for January will be reported Feb. 8.
"It was a season of hard bargains," said Elaine Whitaker-Ross, president of a New York retail consulting firm. "Shoppers waited until the week before Christmas, and they waited for markdowns."
In New York Stock Exchange composite trading yesterday, Hollister rose 37.5 cents to $24.75.""",
["Walter Fenwick", "Lawrence P. Quigley", "Elaine Whitaker-Ross"],
[("December","1989-12","DATE"),("a year ago","1988","DATE"),("at least a year","P1Y","DURATION"),("the five weeks","P5W","DURATION"),
 ("Saturday",prev(T,"Saturday"),"DATE"),("November","1989-11","DATE"),("December","1989-12","DATE"),("1986","1986","DATE"),("a year","P1Y","SET",2),
 ("late Tuesday",prev(T,"Tuesday"),"DATE"),("the end of March","1990-03","DATE"),("December","1989-12","DATE"),("the month","1989-12","DATE"),
 ("January","1990-01","DATE"),("Feb. 8","1990-02-08","DATE"),("the week before Christmas",week("1989-12-18"),"DATE"),("yesterday",plus(T,-1),"DATE")],
[("The consumer is looking for value, and the discounters are giving it to him,","Walter Fenwick"),
 ("The department stores are paying for years of heavy debt.","Walter Fenwick"),
 ("comfortably able to meet its obligations.","Lawrence P. Quigley"),
 ("It was a season of hard bargains,","Elaine Whitaker-Ross"),
 ("Shoppers waited until the week before Christmas, and they waited for markdowns.","Elaine Whitaker-Ross")])

# ---- AP, 1989 ----
T = "1989-11-14"
art("n08", T, "Tuesday", "Kohl offers East Germany aid for free elections",
"""BONN, West Germany (AP) _ Chancellor Helmut Kohl said today that West Germany would offer East Germany broad economic aid if its Communist leaders agree to free elections, and he announced he would postpone a trip to Poland to meet East German leader Egon Krenz.
Kohl told parliament that the opening of the Berlin Wall last Thursday night was "a historic hour," but warned that the flood of East Germans into the West could not go on for long. "We want people to have a future in their homeland," he said. "That future needs freedom, and it needs an economy that works."
More than 8,000 East Germans crossed into West Berlin on Monday alone, police said.
Foreign Minister Hans-Dietrich Genscher said Secretary of State James A. Baker III had telephoned him late Sunday to discuss the situation. Genscher, who was born in the East German city of Halle, will fly to Washington next Monday for talks with Baker.
A government spokesman, Hans Klein, said Kohl and Krenz would meet "within weeks" but that no date had been set.
In East Berlin, the official news agency ADN said the new government would publish a draft travel law by Friday. The Communist Party daily Neues Deutschland said in an editorial that "the wall will not be rebuilt."
Thousands of East Germans were still lining up at police stations early today for exit visas, which are now valid for 30 days.
Opposition leader Hans-Jochen Vogel of the Social Democrats said the aid offer came "years too late." Kohl's coalition faces a national election in December 1990.""",
["Helmut Kohl", "Egon Krenz", "Hans-Dietrich Genscher", "James A. Baker III", "Hans Klein", "Hans-Jochen Vogel"],
[("today",T,"DATE"),("last Thursday night",prev(T,"Thursday")+"TNI","TIME"),("on Monday",prev(T,"Monday"),"DATE"),("late Sunday",prev(T,"Sunday"),"DATE"),
 ("next Monday",nxt(T,"Monday"),"DATE"),("Friday",nxt(T,"Friday"),"DATE"),("early today",T,"DATE"),("now","PRESENT_REF","DATE"),
 ("30 days","P30D","DURATION"),("December 1990","1990-12","DATE")],
[("a historic hour,","Helmut Kohl"),("We want people to have a future in their homeland,","Helmut Kohl"),
 ("That future needs freedom, and it needs an economy that works.","Helmut Kohl"),("within weeks","Hans Klein"),
 ("the wall will not be rebuilt.","Neues Deutschland"),("years too late.","Hans-Jochen Vogel")])

# ---- AP / Reuters / NYT style, 1998 ----
T = "1998-03-18"
art("n09", T, "Wednesday", "Senate passes $214 billion highway bill",
"""WASHINGTON (AP) _ The Senate voted 63-37 Tuesday night to approve a $214 billion highway and mass transit bill, the largest public works measure in the nation's history, after lawmakers from rural states won a bigger share of the money.
The vote came after two weeks of debate and a last-minute deal between the bill's chief sponsor, Sen. Daniel R. Whitmore, R-Kan., and Sen. Thomas Eckhardt, D-Mont. The House is expected to take up its own version next Wednesday.
"This is about roads, bridges and jobs in every state in the union," Whitmore said after the vote. "Nobody went home empty-handed."
Sen. Walter Ashby Jr., R-R.I., chairman of the Environment and Public Works Committee, voted against the bill, saying it broke the spending limits set in last year's balanced-budget agreement. "We made a promise to the American people in August, and this bill breaks it," he said.
The measure would spend $173 billion on highways and $41 billion on mass transit over six years, starting Oct. 1. Money would be distributed by a formula that guarantees each state at least 91 cents back for every dollar its drivers pay in federal gas taxes.
White House spokesman Barry Toomey said President Clinton had "serious concerns" about the cost but stopped short of threatening a veto. Clinton was expected to discuss the bill with congressional leaders at the White House on Thursday.
The current highway law expired last Sept. 30. Congress passed a six-month extension in November to keep money flowing to the states until May 1.""",
["Daniel R. Whitmore", "Thomas Eckhardt", "Walter Ashby Jr.", "Barry Toomey", "Bill Clinton"],
[("Tuesday night",prev(T,"Tuesday")+"TNI","TIME"),("two weeks","P2W","DURATION"),("next Wednesday",nxt(T,"Wednesday"),"DATE"),("last year","1997","DATE"),
 ("August","1997-08","DATE"),("six years","P6Y","DURATION"),("Oct. 1","1998-10-01","DATE"),("on Thursday",nxt(T,"Thursday"),"DATE"),
 ("last Sept. 30","1997-09-30","DATE"),("six-month","P6M","DURATION"),("November","1997-11","DATE"),("May 1","1998-05-01","DATE")],
[("This is about roads, bridges and jobs in every state in the union,","Daniel R. Whitmore"),("Nobody went home empty-handed.","Daniel R. Whitmore"),
 ("We made a promise to the American people in August, and this bill breaks it,","Walter Ashby Jr."),("serious concerns","Barry Toomey")])

T = "1998-06-12"
art("n10", T, "Friday", "Japan slides into first recession in 23 years",
"""TOKYO (Reuters) - Japan's economy shrank in the January-March quarter for the second time in a row, the government said on Friday, confirming that the world's second-largest economy had slipped into its first recession in 23 years.
Gross domestic product fell 1.3 percent in the quarter from the previous three months, the Economic Planning Agency said. For the 12 months to March 31, the economy contracted 0.7 percent, the first annual decline since 1974.
"The economy is in an extremely severe situation," Economic Planning Agency Director-General Shigeru Kanemoto told a news conference. "We must do everything we can to turn it around by the end of this year."
The yen fell to 141.20 to the dollar in Tokyo trading, its weakest level in almost eight years, before recovering slightly to 140.85 at 5 p.m. (0800 GMT).
Prime Minister Ryutaro Hashimoto, who faces an upper house election on July 12, has promised a 16 trillion yen stimulus package, including income tax cuts. Opposition leaders said the measures came too late. "Mr Hashimoto has been wrong about the economy for a year and a half," said Yukio Tsuchiya, a senior member of the Democratic Party of Japan.
In Washington, the U.S. Treasury said in a statement on Thursday that it was "deeply concerned" about the yen's weakness, but it did not say whether Washington would intervene.
Economists said the data for the April-June quarter, due in September, would probably show a third quarter of decline. "There is no sign of a bottom yet," said Takeshi Yamada, chief economist at a Tokyo brokerage.""",
["Shigeru Kanemoto", "Ryutaro Hashimoto", "Yukio Tsuchiya", "Takeshi Yamada"],
[("the January-March quarter","1998-Q1","DATE"),("on Friday",prev(T,"Friday",True),"DATE"),("23 years","P23Y","DURATION"),("the quarter","1998-Q1","DATE"),
 ("the previous three months","P3M","DURATION"),("the 12 months","P12M","DURATION"),("March 31","1998-03-31","DATE"),("annual","P1Y","DURATION"),
 ("1974","1974","DATE"),("the end of this year","1998","DATE"),("almost eight years","P8Y","DURATION"),("5 p.m.",T+"T17:00","TIME"),
 ("0800 GMT",T+"T08:00","TIME"),("July 12","1998-07-12","DATE"),("a year and a half","P1.5Y","DURATION"),("on Thursday",prev(T,"Thursday"),"DATE"),
 ("the April-June quarter","1998-Q2","DATE"),("September","1998-09","DATE")],
[("The economy is in an extremely severe situation,","Shigeru Kanemoto"),("We must do everything we can to turn it around by the end of this year.","Shigeru Kanemoto"),
 ("Mr Hashimoto has been wrong about the economy for a year and a half,","Yukio Tsuchiya"),("deeply concerned","U.S. Treasury"),
 ("There is no sign of a bottom yet,","Takeshi Yamada")])

T = "1998-05-11"
art("n11", T, "Monday", "Ortega's homer lifts Red Sox past Indians",
"""BOSTON (AP) _ Rookie Luis Ortega Ramirez hit a two-run homer in the eighth inning and the Boston Red Sox beat the Cleveland Indians 5-3 Sunday, completing a three-game sweep and moving into first place in the American League East for the first time since April.
Ortega, 23, a Dominican who was called up from Triple-A Pawtucket on May 1, drove a 2-1 pitch from reliever Tom Kessler over the left-field wall. He has 11 RBIs in his last nine games.
"I was just looking for something I could hit hard," Ortega said through an interpreter. "My father told me on the phone to be patient."
Carl Whitney (4-2) allowed three runs on six hits in seven innings, and Dennis Ruiz pitched the ninth for his ninth save. "He's been our best pitcher for a month," Boston manager Jim Doyle said of Whitney.
The Indians, who still lead the AL Central by 4 1/2 games, have lost five straight for the first time in two years. "We're not hitting, and it's that simple," Cleveland manager Frank Pulaski said. "When we start hitting, we'll start winning again."
Cleveland took a 3-1 lead in the fourth on a three-run double by Marcus Bell, but Whitney retired the last 11 batters he faced.
The teams meet again May 22 at Jacobs Field. Boston opens a four-game series against the New York Yankees on Thursday.""",
["Luis Ortega Ramirez", "Tom Kessler", "Carl Whitney", "Dennis Ruiz", "Jim Doyle", "Frank Pulaski", "Marcus Bell"],
[("Sunday",prev(T,"Sunday"),"DATE"),("April","1998-04","DATE"),("May 1","1998-05-01","DATE"),("a month","P1M","DURATION"),("two years","P2Y","DURATION"),
 ("May 22","1998-05-22","DATE"),("on Thursday",nxt(T,"Thursday"),"DATE")],
[("I was just looking for something I could hit hard,","Luis Ortega Ramirez"),("My father told me on the phone to be patient.","Luis Ortega Ramirez"),
 ("He's been our best pitcher for a month,","Jim Doyle"),("We're not hitting, and it's that simple,","Frank Pulaski"),
 ("When we start hitting, we'll start winning again.","Frank Pulaski")])

T = "1998-10-17"
art("n12", T, "Saturday", "Church treasurer gets six years for theft",
"""AKRON, Ohio (AP) _ A former church treasurer was sentenced Friday to six years in prison for stealing more than $600,000 from his congregation over a decade to pay gambling debts.
John R. Mallory, 45, of Akron, pleaded guilty in August to 14 counts of theft and forgery. Summit County Common Pleas Judge Mary F. Spicer also ordered him to repay the money, though prosecutors said little of it was likely to be recovered.
"You stole from people who trusted you with the collection plate," Spicer told Mallory. "That is as low as it gets."
Mallory, who had been treasurer of Grace Lutheran Church since 1987, wept as he apologized to about 40 members of the congregation in the courtroom. "I am ashamed, and I will spend the rest of my life trying to pay this back," he said.
The thefts came to light last spring, when a new church accountant, Deborah Kline-Watts, 38, of Cuyahoga Falls, noticed checks written to cash. She told investigators that the church's accounts had not been audited in 11 years.
The Rev. Martin E. Haugen, the church's pastor, said the congregation had forgiven Mallory but that "forgiveness is not the same as letting him go free." He said the church had cut its budget by a third this year and put off repairs to its roof until next spring.
"We will rebuild, and we will be more careful," Haugen said. "But some of our older members gave what they could not spare.
"They deserve to know where it went."
Mallory's attorney, Sam Adeyemi, said his client would not appeal. Mallory must report to prison by Nov. 2. He could be eligible for early release after three years.""",
["John R. Mallory", "Mary F. Spicer", "Deborah Kline-Watts", "Martin E. Haugen", "Sam Adeyemi"],
[("Friday",prev(T,"Friday"),"DATE"),("six years","P6Y","DURATION"),("a decade","P10Y","DURATION"),("August","1998-08","DATE"),("1987","1987","DATE"),
 ("last spring","1998-SP","DATE"),("11 years","P11Y","DURATION"),("this year","1998","DATE"),("next spring","1999-SP","DATE"),
 ("Nov. 2","1998-11-02","DATE"),("three years","P3Y","DURATION")],
[("You stole from people who trusted you with the collection plate,","Mary F. Spicer"),("That is as low as it gets.","Mary F. Spicer"),
 ("I am ashamed, and I will spend the rest of my life trying to pay this back,","John R. Mallory"),
 ("forgiveness is not the same as letting him go free.","Martin E. Haugen"),
 ("We will rebuild, and we will be more careful,","Martin E. Haugen"),("But some of our older members gave what they could not spare.","Martin E. Haugen"),
 ("They deserve to know where it went.","Martin E. Haugen")])

T = "1998-02-23"
art("n13", T, "Monday", "Arab states oppose strike on Iraq as Annan meets Saddam",
"""CAIRO, Egypt (AP) _ Egypt said today that Arab states would not support a U.S. military strike on Iraq, hours before U.N. Secretary-General Kofi Annan was to meet Saddam Hussein in Baghdad in a last effort to end the standoff over weapons inspections.
"There is still time for diplomacy, and every Arab capital wants it to succeed," Egypt's minister of state for foreign affairs, Mahmoud Abdel-Rahman Sharif, told reporters after talks with his Jordanian counterpart, Abdul-Ilah al-Khatib. He added: "A strike would only punish the Iraqi people."
Annan arrived in Baghdad on Friday and held more than three hours of talks with Deputy Prime Minister Tariq Aziz on Saturday. An Iraqi official, who spoke on condition of anonymity, said early Sunday that the two sides were "very close" to an agreement on access to eight presidential sites.
In Washington, Secretary of State Madeleine Albright said Sunday that any deal must give inspectors "unconditional and unrestricted access." The United States has about 30,000 troops and more than 300 warplanes in the Persian Gulf region.
Egyptian newspapers reported that President Hosni Mubarak had telephoned Saddam late Saturday night to urge him to accept Annan's proposals. Mubarak's spokesman, Nabil Osman, declined to confirm the report.
In Amman, hundreds of Jordanians marched through the city center on Friday chanting support for Iraq. Police said the march ended peacefully after about two hours.
The inspections have been frozen since Oct. 29, when Iraq barred Americans from the U.N. teams. Sharif said Egypt would call a meeting of Arab League foreign ministers next month "whatever happens in Baghdad.\"""",
["Kofi Annan", "Saddam Hussein", "Mahmoud Abdel-Rahman Sharif", "Abdul-Ilah al-Khatib", "Tariq Aziz", "Madeleine Albright", "Hosni Mubarak", "Nabil Osman"],
[("today",T,"DATE"),("on Friday",prev(T,"Friday"),"DATE"),("more than three hours","PT3H","DURATION"),("on Saturday",prev(T,"Saturday"),"DATE"),
 ("early Sunday",prev(T,"Sunday"),"DATE"),("Sunday",prev(T,"Sunday"),"DATE",1),("late Saturday night",prev(T,"Saturday")+"TNI","TIME"),
 ("on Friday",prev(T,"Friday"),"DATE"),("about two hours","PT2H","DURATION"),("Oct. 29","1997-10-29","DATE"),("next month","1998-03","DATE")],
[("There is still time for diplomacy, and every Arab capital wants it to succeed,","Mahmoud Abdel-Rahman Sharif"),
 ("A strike would only punish the Iraqi people.","Mahmoud Abdel-Rahman Sharif"),("very close",None),
 ("unconditional and unrestricted access.","Madeleine Albright"),("whatever happens in Baghdad.","Mahmoud Abdel-Rahman Sharif")])

T = "1998-09-03"
art("n14", T, "Thursday", "Colombian rebels free 12 soldiers",
"""BOGOTA, Colombia (AP) _ Leftist rebels freed 12 soldiers they had held for nearly seven months, handing them over Wednesday to a Red Cross team in the southern jungle, in what President Andres Pastrana called a first step toward peace talks.
The soldiers, captured during an attack on a military base in Caqueta province on Feb. 9, were flown to Bogota and reunited with their families late Wednesday night at the Catam air base.
"This is a gesture we value, but the country needs more than gestures," Interior Minister Nestor Humberto Vargas said in a televised address at 9 p.m. Wednesday. "We expect the rest of the hostages to be home by Christmas."
The Revolutionary Armed Forces of Colombia, or FARC, still holds about 250 soldiers and police officers. In a statement read on a rebel radio station, the group said the release showed "our will for a political solution."
Cpl. Jose Antonio Restrepo Diaz, 22, said the rebels had moved the prisoners almost every week. "We walked for days. Some of us were sick with malaria," he said. His mother, Maria Diaz de Restrepo, had traveled from Medellin on Tuesday to wait at the base.
Pastrana, who took office Aug. 7, has offered to withdraw troops from five southern municipalities for 90 days to allow talks with the rebels to begin by November. The army commander, Gen. Jorge Enrique Salcedo, said the military would respect the decision but warned that the rebels "must not use the zone to rearm."
The FARC has fought the government for 34 years.""",
["Andres Pastrana", "Nestor Humberto Vargas", "Jose Antonio Restrepo Diaz", "Maria Diaz de Restrepo", "Jorge Enrique Salcedo"],
[("nearly seven months","P7M","DURATION"),("Wednesday",prev(T,"Wednesday"),"DATE"),("Feb. 9","1998-02-09","DATE"),
 ("late Wednesday night",prev(T,"Wednesday")+"TNI","TIME"),("9 p.m.",prev(T,"Wednesday")+"T21:00","TIME"),("Wednesday",prev(T,"Wednesday"),"DATE",2),
 ("Christmas","1998-12-25","DATE"),("every week","P1W","SET"),("on Tuesday",prev(T,"Tuesday"),"DATE"),("Aug. 7","1998-08-07","DATE"),
 ("90 days","P90D","DURATION"),("November","1998-11","DATE"),("34 years","P34Y","DURATION")],
[("This is a gesture we value, but the country needs more than gestures,","Nestor Humberto Vargas"),
 ("We expect the rest of the hostages to be home by Christmas.","Nestor Humberto Vargas"),
 ("our will for a political solution.","Revolutionary Armed Forces of Colombia"),
 ("We walked for days. Some of us were sick with malaria,","Jose Antonio Restrepo Diaz"),
 ("must not use the zone to rearm.","Jorge Enrique Salcedo")])

T = "1998-01-09"
art("n15", T, "Friday", "Ice storm leaves millions without power",
"""MONTREAL (AP) _ Freezing rain fell for a fifth straight day on Quebec and northern New England today, snapping power lines under the weight of ice and leaving more than 3 million people without electricity in the worst ice storm in the region's history.
At least 15 deaths in Canada and the United States have been blamed on the storm, which began late Monday. Forecasters said the rain would taper off by 9 p.m. EST but that temperatures would stay below freezing through the weekend.
Prime Minister Jean Chretien, who toured the hardest-hit areas south of Montreal by helicopter Thursday afternoon, promised federal help for the province. About 8,000 Canadian soldiers had been sent in by early today.
Hydro-Quebec, the provincial utility, said some customers might be without power for three weeks. "We are rebuilding a network, not repairing it," the utility's president, Pierre Lemieux-Gagnon, told a news conference shortly after 7 a.m.
In Maine, where about 250,000 homes were dark, a state of emergency was declared Wednesday night. "People are cold, they are tired, and many of them are frightened," said Ronald Pelletier, the state's emergency management director. "We'll get through this."
In Watertown, N.Y., Elizabeth Farrow, 81, spent her third night in a high school gymnasium with about 300 other people. "I've lived here since 1939 and I've never seen anything like it," she said.
The storm could cost insurers more than $1 billion, the Insurance Bureau of Canada estimated Thursday.""",
["Jean Chretien", "Pierre Lemieux-Gagnon", "Ronald Pelletier", "Elizabeth Farrow"],
[("today",T,"DATE"),("late Monday",prev(T,"Monday"),"DATE"),("9 p.m. EST",T+"T21:00","TIME"),("the weekend",week(T)+"-WE","DATE"),
 ("Thursday afternoon",prev(T,"Thursday")+"TAF","TIME"),("early today",T,"DATE"),("three weeks","P3W","DURATION"),("shortly after 7 a.m.",T+"T07:00","TIME"),
 ("Wednesday night",prev(T,"Wednesday")+"TNI","TIME"),("1939","1939","DATE"),("Thursday",prev(T,"Thursday"),"DATE",1)],
[("We are rebuilding a network, not repairing it,","Pierre Lemieux-Gagnon"),("People are cold, they are tired, and many of them are frightened,","Ronald Pelletier"),
 ("We'll get through this.","Ronald Pelletier"),("I've lived here since 1939 and I've never seen anything like it,","Elizabeth Farrow")])

# ---- broadcast news transcripts, 1998 ----
T = "1998-08-31"
art("n16", T, "Monday", "World News Tonight: Wall Street plunges, ruble falls",
"""Good evening. I'm Daniel Kerr. The stock market took its second-worst point drop ever today, as fears about Russia's collapsing economy spread from Moscow to Latin America and finally to Wall Street. The Dow Jones industrial average fell 512 points, more than 6 percent, and all of this year's gains are now gone. ABC's Laura Bennett is at the New York Stock Exchange tonight. Laura?
Daniel, the selling started slowly this morning and turned into a rout in the last 90 minutes of trading. Between 3 p.m. and the closing bell at 4 o'clock, the Dow lost nearly 300 points. Traders here told me they had not seen anything like it since October of last year.
One of them, Frank DiNapoli, who has worked on this floor for 26 years, put it this way: "Nobody wanted to be the last one holding stocks tonight."
The Federal Reserve said in a brief statement this evening that it was "monitoring developments closely." Analysts expect the Fed chairman, Alan Greenspan, to speak about the markets when he testifies before Congress on Friday. Laura Bennett, ABC News, New York.
In Moscow today, President Boris Yeltsin again refused to resign. Our correspondent Michael Ostrovsky reports.
The ruble lost another 15 percent of its value today, and in shops across the city, prices were being marked up in front of customers. A pensioner, Valentina Sergeyevna Orlova, 71, said she had not been paid since June. "We lived through the war, and we will live through this," she told me. Mr. Yeltsin's spokesman, Dmitry Yakushkin, said the president would address the nation tomorrow night. Michael Ostrovsky, ABC News, Moscow.
When we come back, what the market drop means for your retirement savings.""",
["Daniel Kerr", "Laura Bennett", "Frank DiNapoli", "Alan Greenspan", "Boris Yeltsin", "Michael Ostrovsky", "Valentina Sergeyevna Orlova", "Dmitry Yakushkin"],
[("today",T,"DATE"),("this year","1998","DATE"),("now","PRESENT_REF","DATE"),("tonight",T+"TNI","TIME"),("this morning",T+"TMO","TIME"),
 ("the last 90 minutes","PT90M","DURATION"),("3 p.m.",T+"T15:00","TIME"),("4 o'clock",T+"T16:00","TIME"),("October of last year","1997-10","DATE"),
 ("26 years","P26Y","DURATION"),("tonight",T+"TNI","TIME"),("this evening",T+"TEV","TIME"),("on Friday",nxt(T,"Friday"),"DATE"),
 ("today",T,"DATE"),("today",T,"DATE"),("June","1998-06","DATE"),("tomorrow night",plus(T,1)+"TNI","TIME")],
[("Nobody wanted to be the last one holding stocks tonight.","Frank DiNapoli"),("monitoring developments closely.","Federal Reserve"),
 ("We lived through the war, and we will live through this,","Valentina Sergeyevna Orlova")])

T = "1998-04-10"
art("n17", T, "Friday", "CNN: Northern Ireland peace agreement reached",
"""Good evening, and welcome to The World Today. I'm Catherine Marsh. After nearly two years of talks, negotiators in Belfast reached a peace agreement for Northern Ireland this evening, 17 hours after their deadline ran out. British Prime Minister Tony Blair called the deal a victory for common sense. CNN's Richard Elwood has more.
Catherine, the deal came at about 5:30 p.m. local time, after the talks' chairman, former U.S. Senator George Mitchell, told the parties that he would not extend the deadline a second time. The agreement creates a new Northern Ireland assembly, which would be elected in June, and bodies linking Belfast and Dublin.
Irish Prime Minister Bertie Ahern, whose mother died on Monday, flew back to Belfast after her funeral Wednesday to take part. "We are very tired and very happy," said Margaret Quinlan-Burke, a delegate of the small Alliance Party, outside Castle Buildings. The agreement must be approved by voters on both sides of the Irish border in referendums on May 22.
Not everyone here is celebrating. Unionist leader Ian Paisley led a small protest outside the talks this morning, and his supporters carried signs saying, "No surrender." Richard Elwood, CNN, Belfast.
President Clinton, who telephoned the leaders several times during the talks, said at the White House that the agreement offered "a chance for a lasting peace." We'll be back after this.""",
["Catherine Marsh", "Tony Blair", "Richard Elwood", "George Mitchell", "Bertie Ahern", "Margaret Quinlan-Burke", "Ian Paisley", "Bill Clinton"],
[("nearly two years","P2Y","DURATION"),("this evening",T+"TEV","TIME"),("17 hours","PT17H","DURATION"),("about 5:30 p.m.",T+"T17:30","TIME"),
 ("June","1998-06","DATE"),("on Monday",prev(T,"Monday"),"DATE"),("Wednesday",prev(T,"Wednesday"),"DATE"),("May 22","1998-05-22","DATE"),
 ("this morning",T+"TMO","TIME")],
[("We are very tired and very happy,","Margaret Quinlan-Burke"),("No surrender.",None),("a chance for a lasting peace.","Bill Clinton")])

T = "1998-11-05"
art("n18", T, "Thursday", "VOA News: Kenya arrests second embassy bombing suspect",
"""From Washington, this is VOA News. I'm Ahmed Suleiman. Kenyan police say they have arrested a second man in connection with the August bombing of the U.S. embassy in Nairobi. VOA's Alex Nderitu reports from Nairobi.
A police spokesman, Peter Kimanthi, told reporters today that the suspect was detained Tuesday night at a house in the coastal city of Mombasa. He did not give the man's name or nationality but said he had entered Kenya in July on a forged passport. "He is being questioned, and we expect to hand him to the Americans within days," Mr. Kimanthi said.
The bombing on August seventh killed 213 people in Nairobi, 12 of them Americans, and injured more than 4,500. A nearly simultaneous attack on the embassy in Dar es Salaam, Tanzania, killed 11 people.
U.S. officials have blamed the attacks on Saudi-born militant Osama bin Laden, who is believed to be living in Afghanistan. A federal grand jury in New York indicted him yesterday on charges of conspiring to kill Americans. The U.S. Embassy said in a statement that the indictment "sends a message that we will never forget." The ambassador, Prudence Bushnell, was injured in the blast. Alex Nderitu, VOA News, Nairobi.
In other news, the Sudanese government says it will allow United Nations investigators to visit the pharmaceutical factory in Khartoum that U.S. missiles destroyed in August. A government statement said the visit could take place next month. Sudan says the plant made only medicines.
Those are the headlines. I'm Ahmed Suleiman, VOA News, Washington.""",
["Ahmed Suleiman", "Alex Nderitu", "Peter Kimanthi", "Osama bin Laden", "Prudence Bushnell"],
[("August","1998-08","DATE"),("today",T,"DATE"),("Tuesday night",prev(T,"Tuesday")+"TNI","TIME"),("July","1998-07","DATE"),
 ("August seventh","1998-08-07","DATE"),("yesterday",plus(T,-1),"DATE"),("August","1998-08","DATE",2),("next month","1998-12","DATE")],
[("He is being questioned, and we expect to hand him to the Americans within days,","Peter Kimanthi"),
 ("sends a message that we will never forget.","U.S. Embassy")])

T = "1998-07-13"
art("n19", T, "Monday", "The World: Paris celebrates World Cup victory",
"""Hello, I'm Robert Ashdown, and this is The World. Paris is still celebrating tonight. Hundreds of thousands of people filled the Champs-Elysees for a second night after France beat Brazil three-nil in the World Cup final on Sunday. It was the first time France had won the tournament in its 68-year history. The World's Claire Dubois-Martin was in the crowd.
People began arriving here this afternoon, hours before the team's open-top bus was due, and by eight this evening you could not move on the avenue. Many of them had not slept since Sunday night. I met a student, Karim Benali, 19, from the suburb of Saint-Denis, wrapped in the tricolor flag. "Tonight we are all French, whatever our parents' country," he told me. "Zidane is from where I am from."
Zinedine Zidane, the son of Algerian immigrants, scored two of the goals with his head. President Jacques Chirac, who was at the stadium, said today that the victory showed "a France that wins together." The government is to honor the players at the Elysee Palace on Wednesday.
In Brazil, the mood was very different. Newspapers in Rio de Janeiro blamed coach Mario Zagallo, and questions are still being asked about what happened to the star striker Ronaldo, who was taken ill hours before the match. Brazil's team doctor, Lidio Toledo, said the player had suffered a convulsion in his hotel room on Sunday afternoon. For The World, I'm Claire Dubois-Martin in Paris.""",
["Robert Ashdown", "Claire Dubois-Martin", "Karim Benali", "Zinedine Zidane", "Jacques Chirac", "Mario Zagallo", "Ronaldo", "Lidio Toledo"],
[("tonight",T+"TNI","TIME"),("on Sunday",prev(T,"Sunday"),"DATE"),("68-year","P68Y","DURATION"),("this afternoon",T+"TAF","TIME"),
 ("eight this evening",T+"T20:00","TIME"),("Sunday night",prev(T,"Sunday")+"TNI","TIME"),("Tonight",T+"TNI","TIME"),("today",T,"DATE"),
 ("on Wednesday",nxt(T,"Wednesday"),"DATE"),("Sunday afternoon",prev(T,"Sunday")+"TAF","TIME")],
[("Tonight we are all French, whatever our parents' country,","Karim Benali"),("Zidane is from where I am from.","Karim Benali"),
 ("a France that wins together.","Jacques Chirac")])

T = "1998-10-08"
art("n20", T, "Thursday", "Moneyline: yen surge rattles markets",
"""Good evening, everyone. I'm Paul Whitcomb. Wall Street ended a wild session in the red tonight. The Dow Jones industrial average fell 1.4 percent, after being down nearly 300 points at midday, as a record surge in the Japanese yen shook currency and bond markets around the world.
The yen jumped more than 7 percent against the dollar today, after gaining 6 percent on Wednesday, its biggest two-day rise since the early 1970s. The dollar fell as low as 111.58 yen in New York trading this afternoon, down from 136 yen at the start of the week.
Hedge funds that had borrowed in yen to buy higher-yielding assets rushed to cover their positions. "This is a margin call on the whole world," said Ellen Rothstein, chief currency strategist at a Wall Street firm. "Some of these funds have to sell anything they can sell, right now."
Joining us now from Washington is our economics correspondent, Tom Hadley. Tom, is the Fed going to cut rates again?
Paul, officials aren't saying so publicly, but the Fed cut rates by a quarter point just last week, on September 29th, and many economists expect another cut before the policymakers next meet on November 17th. Treasury Secretary Robert Rubin said this morning that the U.S. economy remained "fundamentally sound," and the Treasury declined to comment on the yen.
Thanks, Tom. Tom Hadley in Washington. We'll take a look at tomorrow's earnings reports when we come back. This is Moneyline.""",
["Paul Whitcomb", "Ellen Rothstein", "Tom Hadley", "Robert Rubin"],
[("tonight",T+"TNI","TIME"),("midday",T+"TMI","TIME"),("today",T,"DATE"),("on Wednesday",prev(T,"Wednesday"),"DATE"),("two-day","P2D","DURATION"),
 ("the early 1970s","197","DATE"),("this afternoon",T+"TAF","TIME"),("the start of the week",week(T),"DATE"),("right now","PRESENT_REF","DATE"),
 ("now","PRESENT_REF","DATE",1),("last week",week(T,-1),"DATE"),("September 29th","1998-09-29","DATE"),("November 17th","1998-11-17","DATE"),
 ("this morning",T+"TMO","TIME"),("tomorrow",plus(T,1),"DATE")],
[("This is a margin call on the whole world,","Ellen Rothstein"),("Some of these funds have to sell anything they can sell, right now.","Ellen Rothstein"),
 ("fundamentally sound,","Robert Rubin")])

for a in A:
    t = a["text"]; pos = {}
    def find(s):
        k = pos.get(s, 0); st, en = span(t, s, k); pos[s] = k + 1; return st, en
    dates = []
    for s, v, ty, *occ in a["dates"]:
        if occ: pos[s] = occ[0]
        st, en = find(s); dates.append(dict(text=s, value=v, type=ty, start=st, end=en))
    pos.clear()
    quotes = []
    for s, sp in a["quotes"]:
        st, en = find(s); assert t[st-1] in '"“' and (en == len(t) or t[en] in '"”\n'), (a["id"], s)
        quotes.append(dict(text=s, start=st, end=en, speaker=sp))
    open_ended = sum(1 for q in quotes if q["end"] < len(t) and t[q["end"]] == "\n")  # quote continued in the next paragraph
    assert t.count('"') == 2 * len(quotes) - open_ended, (a["id"], t.count('"'), len(quotes))
    for q in quotes:
        assert q["speaker"] is None or q["speaker"] in a["persons"] or q["speaker"] in t, (a["id"], q)
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    for d, e in zip(dates, dates[1:]): assert d["end"] <= e["start"], (a["id"], d["text"], e["text"])
    for d in dates:  # a date span starts and ends at word boundaries
        assert (d["start"] == 0 or not t[d["start"]-1].isalnum()) and (d["end"] == len(t) or not t[d["end"]].isalnum()), (a["id"], d["text"])
    for p in a["persons"]:  # every gold person's surname (or single name) is in the text
        assert p.split()[-1].rstrip(".") in t or p.split()[-2] in t, (a["id"], p)
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens news-wire set 2)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    json.dump(out, open(os.path.join(D, a["id"] + ".json"), "w"), ensure_ascii=False, indent=1)
    print(a["id"], len(t.split()), "words")
print("ok", len(A), "articles,", sum(len(a["dates"]) for a in A), "dates,", sum(len(a["persons"]) for a in A), "persons,", sum(len(a["quotes"]) for a in A), "quotes")

"""Builds the hand-made TempEval-3-style gold files (t*.json) from the texts and hand annotations below:
20 made-up news stories of 2013 in the style of the TempEval-3 test set (wire services and broadcasters:
world politics, conflicts, economy, accidents, sport, science), annotated by the rules of
../shared/eval/README.md (TIMEX3 as in TimeBank/TempEval-3). A held-out set: written and annotated
before the engine was scored on it, scored once, errors not inspected, never tuned on.

Annotations name a span by its text and occurrence (0-based, in order; a fourth element sets the
occurrence); offsets are computed and checked here. Values that depend on the calendar are written
as functions of the publication date and computed with datetime, never by hand:
  @day:N        dct + N days                     ("yesterday" = @day:-1)
  @past:Mon     the nearest Monday on or before dct; @next:Mon the nearest one after dct
  @week:N       the ISO week of dct + N weeks    ("last week" = @week:-1)
  @wkend:N      the weekend of that ISO week     ("this weekend" = @wkend:0)
  +SUFFIX       appended to the computed value   ("Monday night" = @past:Mon+TNI, "@day:0+T14:30")
Run `python3 build.py` to rewrite the json files (-v also lists the temporal-looking words left outside
every gold span, the regular-expression pass the annotator reviewed).

Decisions the README's rules leave open, taken once here (before scoring):
- Clock times keep the local clock value, the zone word inside the span: "about 6:40 p.m. CST" =
  T18:40, "0900 GMT" = T09:00; a local time and its GMT equivalent in brackets are two expressions.
  "shortly after midnight" after a Wednesday-evening event = the Thursday's T00:00.
- "overnight" = the night (TNI) it refers to; "through the night" (past) = the previous night.
- Decades of years follow the README ("almost four decades" P40Y): "a decade" P10Y, "the next few
  decades"/"the coming years" PXY, "the coming months" PXM, "the coming weeks" PXW.
- Sports seasons ("this season", "next season", "season-ending") are not calendar seasons: not annotated;
  "temperatures in the 90s" is not a decade: not annotated; "a summer camp" not annotated.
- "in as many weeks" after "the third" = P3W; "the short term" = FUTURE_REF; "every Monday" = SET XXXX-WXX-1.
- A partial quote from an organisation's statement is the organisation's ("Westbridge United").
"""
import json, os, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def span(text, s, occ=0):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)

def resolve(value, dct):
    """A literal TIMEX3 value, or one of the @-forms above computed from the publication date."""
    if not value.startswith("@"):
        return value
    base, _, suffix = value[1:].partition("+")
    kind, _, arg = base.partition(":")
    d = dt.date.fromisoformat(dct)
    if kind == "day":
        v = (d + dt.timedelta(days=int(arg))).isoformat()
    elif kind in ("past", "next"):
        want = DAYS.index(arg)
        delta = (d.weekday() - want) % 7
        v = (d - dt.timedelta(days=delta) if kind == "past" else d + dt.timedelta(days=(want - d.weekday()) % 7 or 7)).isoformat()
    elif kind in ("week", "wkend"):
        y, w, _ = (d + dt.timedelta(weeks=int(arg))).isocalendar()
        v = f"{y}-W{w:02d}" + ("-WE" if kind == "wkend" else "")
    else:
        raise ValueError(value)
    return v + suffix

def weekday_of(iso):
    return DAYS[dt.date.fromisoformat(iso[:10]).weekday()]

A = []
A.append(dict(id="t01", title="German industrial orders fall unexpectedly in November", dct="2013-01-09", text=
"""BERLIN (Reuters) - German industrial orders fell unexpectedly in November, data showed on Wednesday, adding to signs that Europe's largest economy shrank in the final quarter of last year as the euro zone debt crisis weighed on demand from its neighbours.
Contract orders dropped 1.8 percent from the previous month, the Economy Ministry said, after a revised rise of 3.9 percent in October. Economists polled by Reuters had expected a gain of 0.5 percent. Compared with a year earlier, orders were down 0.9 percent.
"The figures confirm that the fourth quarter was weak," said Andreas Kolbe, an economist at Bankhaus Lemberg in Frankfurt. "We expect the economy to have contracted by around half a percent, but the worst should be behind us by the spring."
The Federal Statistics Office will publish its first estimate of growth for 2012 on January 15, and a breakdown for the fourth quarter is due on February 14.
The ministry said orders from other euro zone countries had fallen 4.7 percent, while demand from outside the currency bloc held steady. Business sentiment has improved for two months in a row, and a survey of purchasing managers released on Monday showed the services sector growing for the first time since August.
The government said last week that it expected growth of 0.4 percent this year, down from 0.7 percent in 2012, and that the labour market would remain robust. Unemployment stood at 6.9 percent in December, close to its lowest level since reunification in 1990.
Separate data on Tuesday showed euro zone unemployment at a record 11.8 percent in November. More than 18.8 million people were out of work in the 17 countries that share the currency, with joblessness in Spain and Greece above 26 percent.
"The divergence between the north and the south of the currency area is now at its widest in a decade," Kolbe said.""",
persons=["Andreas Kolbe"],
dates=[("November","2012-11","DATE"),("Wednesday","@day:0","DATE"),("the final quarter of last year","2012-Q4","DATE"),("the previous month","2012-10","DATE"),
       ("October","2012-10","DATE"),("a year earlier","2011-11","DATE"),("the fourth quarter","2012-Q4","DATE"),("the spring","2013-SP","DATE"),
       ("2012","2012","DATE"),("January 15","2013-01-15","DATE"),("the fourth quarter","2012-Q4","DATE"),("February 14","2013-02-14","DATE"),
       ("two months","P2M","DURATION"),("Monday","@past:Mon","DATE"),("August","2012-08","DATE"),("last week","@week:-1","DATE"),("this year","2013","DATE"),
       ("2012","2012","DATE"),("December","2012-12","DATE"),("1990","1990","DATE"),("Tuesday","@past:Tue","DATE"),("November","2012-11","DATE"),
       ("now","PRESENT_REF","DATE"),("a decade","P10Y","DURATION")],
quotes=[("The figures confirm that the fourth quarter was weak,","Andreas Kolbe"),
        ("We expect the economy to have contracted by around half a percent, but the worst should be behind us by the spring.","Andreas Kolbe"),
        ("The divergence between the north and the south of the currency area is now at its widest in a decade,","Andreas Kolbe")]))
A.append(dict(id="t02", title="Derailed train leaks propane, hundreds evacuated in Mississippi", dct="2013-01-24", text=
"""MERIDIAN, Miss. (AP) — Crews worked through the night to clear the wreckage of a freight train that derailed near this east Mississippi city Wednesday evening, forcing about 800 residents from their homes as a tank car leaked propane.
No one was hurt, but officials said the evacuation could last until at least Friday. "We're not going to let anybody back in until we're sure it's safe," Lauderdale County emergency management director Ray Hollins said at a news conference early Thursday.
Twenty-two cars of the 97-car Delta Southern Railway train left the tracks at about 6:40 p.m. CST as it crossed a bridge over a creek two miles east of downtown. Three of the cars were carrying propane, and one of them was punctured in the crash, according to the railroad.
Hazardous materials teams spent more than five hours trying to seal the leak before deciding to let the gas burn off, Hollins said. The flames were still visible from the interstate this morning.
Railroad spokeswoman Tara Delgado said the company was working with state and federal officials and would pay for hotel rooms for evacuated families. "Our first concern is the safety of the people in the community," she said.
The National Transportation Safety Board sent a team of four investigators, who arrived shortly after midnight. Board member Earl Whitcomb said the team would look at the condition of the track and the bridge, which was last inspected in October. A preliminary report is expected within 30 days.
It was the second derailment in the county in less than a year. Last March, 11 cars of a coal train left the tracks near the town of Toomsuba, and in 2009 a derailment spilled 5,000 gallons of diesel fuel into a nearby river.
Residents who gathered at a Red Cross shelter at a local church on Thursday said they had been given only minutes to leave. "The police came banging on the door and said go, go now," said Loretta Simms, 67, who lives a quarter-mile from the tracks. "I didn't even get my medicine."
Interstate 20 was reopened at 5 a.m. after being closed for nine hours.""",
persons=["Ray Hollins", "Tara Delgado", "Earl Whitcomb", "Loretta Simms"],
dates=[("the night","@day:-1+TNI","TIME"),("Wednesday evening","@past:Wed+TEV","TIME"),("at least Friday","@next:Fri","DATE"),("early Thursday","@day:0","DATE"),
       ("about 6:40 p.m. CST","@past:Wed+T18:40","TIME"),("more than five hours","PT5H","DURATION"),("this morning","@day:0+TMO","TIME"),
       ("shortly after midnight","@day:0+T00:00","TIME"),("October","2012-10","DATE"),("30 days","P30D","DURATION"),("less than a year","P1Y","DURATION"),
       ("Last March","2012-03","DATE"),("2009","2009","DATE"),("Thursday","@day:0","DATE",1),("now","PRESENT_REF","DATE"),("5 a.m.","@day:0+T05:00","TIME"),
       ("nine hours","PT9H","DURATION")],
quotes=[("We're not going to let anybody back in until we're sure it's safe,","Ray Hollins"),
        ("Our first concern is the safety of the people in the community,","Tara Delgado"),
        ("The police came banging on the door and said go, go now,","Loretta Simms"),("I didn't even get my medicine.","Loretta Simms")]))
A.append(dict(id="t03", title="Arctic sea ice thinner than ever, satellite shows", dct="2013-02-06", text=
"""Arctic sea ice shrank to its smallest extent on record last summer, and the ice that remains is thinner than at any time since satellite measurements began in the late 1970s, a study published on Wednesday suggests.
Researchers at the University of Leeds used data from the European Space Agency's CryoSat-2 satellite, launched in April 2010, to measure the thickness of the ice across the Arctic Ocean. They found that the volume of the ice had fallen by 36% between 2003 and 2012.
"The ice is not just shrinking in area, it is getting thinner, and that makes it far more vulnerable," said lead author Dr Helen Marsh. "We could see an ice-free Arctic within the next few decades."
The team compared the satellite readings with measurements made by submarines and aircraft over the past 30 years. The loss in the coldest months was smaller, about 9%, because new ice forms each year when the sea freezes.
On 16 September last year, the extent of the sea ice fell to 3.41 million sq km, almost half the average of the 1980s and 1990s, according to the US National Snow and Ice Data Center.
Some climate models had predicted that the Arctic would become ice-free only by the end of the century. But Prof Julian Reyes, of University College London, who was not involved in the study, said the new figures suggested that could happen as early as the 2030s.
"Ten years ago, we thought we had decades. Now we are not so sure," he told BBC News.
CryoSat-2 is expected to operate until at least 2015. A successor mission is currently being planned by the agency, and a decision on its funding is due later this year.""",
persons=["Helen Marsh", "Julian Reyes"],
dates=[("last summer","2012-SU","DATE"),("the late 1970s","197","DATE"),("Wednesday","@day:0","DATE"),("April 2010","2010-04","DATE"),("2003","2003","DATE"),
       ("2012","2012","DATE"),("the next few decades","PXY","DURATION"),("the past 30 years","P30Y","DURATION"),("each year","P1Y","SET"),
       ("16 September last year","2012-09-16","DATE"),("the 1980s","198","DATE"),("1990s","199","DATE"),("the end of the century","20","DATE"),
       ("the 2030s","203","DATE"),("Ten years ago","2003","DATE"),("Now","PRESENT_REF","DATE"),("at least 2015","2015","DATE"),
       ("currently","PRESENT_REF","DATE"),("later this year","2013","DATE")],
quotes=[("The ice is not just shrinking in area, it is getting thinner, and that makes it far more vulnerable,","Helen Marsh"),
        ("We could see an ice-free Arctic within the next few decades.","Helen Marsh"),
        ("Ten years ago, we thought we had decades. Now we are not so sure,","Julian Reyes")]))
A.append(dict(id="t04", title="Malawi police fire tear gas at fuel price protest", dct="2013-02-19", text=
"""NAIROBI — Thousands of opposition supporters marched through the Malawian capital, Lilongwe, on Monday to protest a sharp rise in fuel prices, the third such demonstration in as many weeks.
Police fired tear gas to disperse protesters who tried to reach parliament in the early afternoon. A hospital spokesman said 14 people were treated for injuries, two of them for gunshot wounds.
The government raised the price of petrol by 22 percent on February 1, after devaluing the national currency, the kwacha, last May under an agreement with the International Monetary Fund. Prices of maize, the country's staple food, have almost doubled since then.
Opposition leader Gift Chanza told VOA that the marches would continue every Monday until the government reversed the increase. "People cannot feed their families. We are asking for nothing more than bread," he said by telephone from Lilongwe.
Information Minister Esther Kaphale said on state radio Monday night that the protests were illegal and accused the opposition of using the economic hardship to prepare for next year's presidential election. "The government will not be held hostage by a few politicians," she said.
Malawi's economy contracted for the first time in more than a decade in 2012, according to the central bank, which expects growth of about 5 percent this year as tobacco exports recover. Tobacco accounts for nearly two-thirds of the country's export earnings.
Analysts say tensions have been building for months. "This is the most serious unrest since July 2011, when 19 people were killed," said Peter Banda, a political scientist at the University of Malawi. He said the government had been slow to deliver the aid it promised in November.
The IMF is due to send a team to Lilongwe next month to review the loan program. The fund approved a three-year, $157 million credit for Malawi last July.""",
persons=["Gift Chanza", "Esther Kaphale", "Peter Banda"],
dates=[("Monday","@past:Mon","DATE"),("as many weeks","P3W","DURATION"),("the early afternoon","@past:Mon+TAF","TIME"),("February 1","2013-02-01","DATE"),
       ("last May","2012-05","DATE"),("every Monday","XXXX-WXX-1","SET"),("Monday night","@past:Mon+TNI","TIME"),("next year","2014","DATE"),
       ("more than a decade","P10Y","DURATION"),("2012","2012","DATE"),("this year","2013","DATE"),("July 2011","2011-07","DATE"),
       ("November","2012-11","DATE"),("next month","2013-03","DATE"),("three-year","P3Y","DURATION"),("last July","2012-07","DATE")],
quotes=[("People cannot feed their families. We are asking for nothing more than bread,","Gift Chanza"),
        ("The government will not be held hostage by a few politicians,","Esther Kaphale"),
        ("This is the most serious unrest since July 2011, when 19 people were killed,","Peter Banda")]))
A.append(dict(id="t05", title="Storm heads for Washington after burying Midwest in snow", dct="2013-03-05", text=
"""(CNN) -- A slow-moving storm that dumped more than a foot of snow across parts of the upper Midwest on Monday was bearing down on the nation's capital Tuesday, prompting federal offices in Washington to announce they would close Wednesday.
The National Weather Service issued a winter storm warning for the Washington and Baltimore areas from 7 p.m. Tuesday until 6 p.m. Wednesday, with 5 to 10 inches of snow expected. Forecasters said the heaviest snow would fall overnight and during the Wednesday morning commute.
"This is going to be a wet, heavy snow, and that means downed trees and power outages," said CNN meteorologist Jon Ellery.
More than 1,100 flights had been canceled nationwide by Tuesday afternoon, according to the tracking website FlightAware, most of them at Chicago's O'Hare and Washington's Reagan National airports.
In Chicago, where 9 inches of snow fell by late Monday, schools reopened after a one-day closure. Minnesota authorities blamed the storm for at least three traffic deaths since the weekend.
The storm would be the biggest to hit Washington in three years. In February 2010, back-to-back blizzards buried the region under more than 30 inches of snow and shut down the federal government for four days.
Virginia's emergency management chief, Lydia Ortega, said crews had been treating roads since Monday night. "We have 2,400 trucks ready to go," she said. "If you don't need to be out tomorrow, stay home."
The snow is expected to taper off by Thursday, but temperatures will stay below normal through the weekend, forecasters said. Spring officially begins on March 20.""",
persons=["Jon Ellery", "Lydia Ortega"],
dates=[("Monday","@past:Mon","DATE"),("Tuesday","@day:0","DATE"),("Wednesday","@next:Wed","DATE"),("7 p.m.","@day:0+T19:00","TIME"),("Tuesday","@day:0","DATE"),
       ("6 p.m.","@next:Wed+T18:00","TIME"),("Wednesday","@next:Wed","DATE"),("overnight","@day:0+TNI","TIME"),("Wednesday morning","@next:Wed+TMO","TIME"),
       ("Tuesday afternoon","@day:0+TAF","TIME"),("late Monday","@past:Mon","DATE"),("one-day","P1D","DURATION"),("the weekend","@wkend:-1","DATE"),
       ("three years","P3Y","DURATION"),("February 2010","2010-02","DATE"),("four days","P4D","DURATION"),("Monday night","@past:Mon+TNI","TIME"),
       ("tomorrow","@day:1","DATE"),("Thursday","@next:Thu","DATE"),("the weekend","@wkend:0","DATE"),("Spring","2013-SP","DATE"),("March 20","2013-03-20","DATE")],
quotes=[("This is going to be a wet, heavy snow, and that means downed trees and power outages,","Jon Ellery"),
        ("We have 2,400 trucks ready to go,","Lydia Ortega"),("If you don't need to be out tomorrow, stay home.","Lydia Ortega")]))
A.append(dict(id="t06", title="Slovenia injects 900 million euros into second-largest bank", dct="2013-03-21", text=
"""LJUBLJANA (Reuters) - Slovenia's government on Thursday approved a 900 million euro capital injection for Hranilnica Ljubljana, the country's second-largest bank, in an effort to quell fears that the small euro zone country could be the next to seek an international bailout after Cyprus.
The bank lost 412 million euros last year as bad loans to construction firms piled up, and its capital fell below the regulatory minimum in January. Its shares have been suspended from trading on the Ljubljana Stock Exchange since March 8.
"We will not allow a single bank to put the stability of the whole system at risk," Finance Minister Matej Rozman told a news conference after the cabinet met for nearly four hours. He said the money would be raised by selling bonds in the second quarter and that the state would take a majority stake in the bank by the end of June.
Slovenia's borrowing costs have risen sharply this week as the crisis in Cyprus, where lawmakers on Tuesday rejected a levy on bank deposits, revived worries about weak banks across the region. The yield on its 10-year bond rose to 6.1 percent on Wednesday, from 4.9 percent a month ago.
The government, which took office just two days ago, has said it will present a plan to shrink the budget deficit to below 3 percent of gross domestic product by 2015. The economy has been in recession for most of the past two years and is expected to shrink 2 percent this year.
"Markets are looking for the next weak link, and Slovenia fits the profile," said Tanja Vidmar, an analyst at Erste Group in Vienna. "The capital injection buys time, but it does not solve the problem of some 7 billion euros of bad loans."
The European Commission will publish its assessment of the Slovenian economy in April. Officials in Brussels have said privately that they do not expect the country to need outside help before the summer.""",
persons=["Matej Rozman", "Tanja Vidmar"],
dates=[("Thursday","@day:0","DATE"),("last year","2012","DATE"),("January","2013-01","DATE"),("March 8","2013-03-08","DATE"),("nearly four hours","PT4H","DURATION"),
       ("the second quarter","2013-Q2","DATE"),("the end of June","2013-06","DATE"),("this week","@week:0","DATE"),("Tuesday","@past:Tue","DATE"),
       ("10-year","P10Y","DURATION"),("Wednesday","@past:Wed","DATE"),("a month ago","2013-02","DATE"),("just two days ago","@day:-2","DATE"),("2015","2015","DATE"),
       ("the past two years","P2Y","DURATION"),("this year","2013","DATE"),("April","2013-04","DATE"),("the summer","2013-SU","DATE")],
quotes=[("We will not allow a single bank to put the stability of the whole system at risk,","Matej Rozman"),
        ("Markets are looking for the next weak link, and Slovenia fits the profile,","Tanja Vidmar"),
        ("The capital injection buys time, but it does not solve the problem of some 7 billion euros of bad loans.","Tanja Vidmar")]))
A.append(dict(id="t07", title="Westbridge United fire manager Hartley", dct="2013-04-10", text=
"""LONDON (AP) — Struggling Premier League club Westbridge United fired manager Colin Hartley on Wednesday, less than a year after he signed a three-year contract, with the team second from the bottom and seven games left in the season.
The club said in a statement that assistant coach Steve Morland would take charge for Saturday's match at home against Norwich, and that it hoped to appoint a permanent successor "within the next two weeks."
Westbridge has won only once in its last 12 league games, and a 3-0 loss at Swansea on Sunday left it four points from safety. Relegation would cost the club an estimated 60 million pounds ($92 million) in television revenue next season.
"This was a difficult decision, but the board believes a change is needed now if we are to stay up," chairman Richard Pryce said. "Colin has worked tirelessly since he arrived, and we thank him for that."
Hartley, 49, joined Westbridge last May from second-tier Leyton Park, which he had led to promotion twice in four years. He spent 15 million pounds on new players in the summer and another 8 million in January, but injuries to key defenders undermined his plans.
He is the ninth Premier League manager to lose his job this season, the most since the 1994-95 campaign.
Fans had called for Hartley's exit for weeks, and some held banners calling for a change at Sunday's game. Hartley did not comment, but a friend said he was "deeply disappointed" and expected to take a break before looking for a new job.
Westbridge has not been relegated since 1987. It has five home games left, the last of them on May 19 against Chelsea.""",
persons=["Colin Hartley", "Steve Morland", "Richard Pryce"],
dates=[("Wednesday","@day:0","DATE"),("less than a year","P1Y","DURATION"),("three-year","P3Y","DURATION"),("Saturday","@next:Sat","DATE"),
       ("the next two weeks","P2W","DURATION"),("Sunday","@past:Sun","DATE"),("now","PRESENT_REF","DATE"),("last May","2012-05","DATE"),("four years","P4Y","DURATION"),
       ("the summer","2012-SU","DATE"),("January","2013-01","DATE"),("1994","1994","DATE"),("95","1995","DATE"),("Sunday","@past:Sun","DATE"),
       ("1987","1987","DATE"),("May 19","2013-05-19","DATE")],
quotes=[("within the next two weeks.","Westbridge United"),
        ("This was a difficult decision, but the board believes a change is needed now if we are to stay up,","Richard Pryce"),
        ("Colin has worked tirelessly since he arrived, and we thank him for that.","Richard Pryce"),("deeply disappointed",None)]))
A.append(dict(id="t08", title="Nine trapped Peruvian miners rescued after five days", dct="2013-04-25", text=
"""LIMA, Peru — Rescuers in southern Peru on Thursday reached nine miners who had been trapped underground for five days after a tunnel collapsed at an informal gold mine, officials said.
The men were brought to the surface one by one shortly after 4 a.m. local time (0900 GMT) and taken to a hospital in the city of Nazca, about 450 kilometers south of Lima. Doctors said all of them were dehydrated but in stable condition.
"They are alive, they are all alive. This is a miracle," Interior Ministry official Rosa Quispe told reporters at the mine. Relatives who had camped near the entrance since Saturday cheered and embraced as the miners emerged.
The tunnel at the Cerro Colorado mine caved in on Saturday afternoon, blocking the only exit about 200 meters from the surface. Rescue teams spent the first two days removing rubble by hand, before heavy equipment arrived on Monday from a large mine nearby.
Rescuers were able to pass food, water and oxygen to the trapped men through a pipe on Tuesday. "We talked to them every hour, and that kept us going," said rescue coordinator Julio Mendoza.
The government said it would review safety at small mines in the region, where thousands of people work without permits.
Informal mining has grown rapidly in Peru over the past decade as gold prices have risen. The government estimates that about 100,000 people work in unlicensed mines, most of them in the southern regions of Arequipa, Ayacucho and Madre de Dios.
In 2012, at least 40 people died in accidents at informal mines, according to the Energy and Mines Ministry. Last April, nine miners were rescued from a mine in the Ica region after being trapped for a week.
The ministry plans to present a bill to Congress next month that would require informal miners to register by the end of the year.""",
persons=["Rosa Quispe", "Julio Mendoza"],
dates=[("Thursday","@day:0","DATE"),("five days","P5D","DURATION"),("shortly after 4 a.m. local time","@day:0+T04:00","TIME"),("0900 GMT","@day:0+T09:00","TIME"),
       ("Saturday","@past:Sat","DATE"),("Saturday afternoon","@past:Sat+TAF","TIME"),("the first two days","P2D","DURATION"),("Monday","@past:Mon","DATE"),
       ("Tuesday","@past:Tue","DATE"),("every hour","PT1H","SET"),("the past decade","P10Y","DURATION"),("2012","2012","DATE"),("Last April","2012-04","DATE"),
       ("a week","P1W","DURATION"),("next month","2013-05","DATE"),("the end of the year","2013","DATE")],
quotes=[("They are alive, they are all alive. This is a miracle,","Rosa Quispe"),("We talked to them every hour, and that kept us going,","Julio Mendoza")]))
A.append(dict(id="t09", title="Japan's economy seen growing fastest in a year", dct="2013-05-14", text=
"""TOKYO (Reuters) - Japan's economy probably grew at its fastest pace in a year in the first quarter, helped by a rebound in consumer spending as Prime Minister Shinzo Abe's aggressive policies lifted share prices and confidence, a Reuters poll showed on Tuesday.
Gross domestic product is forecast to have expanded at an annualised rate of 2.8 percent in January-March, after 0.2 percent growth in the previous quarter, according to the median estimate of 20 economists. The Cabinet Office will release the preliminary data on Thursday at 8:50 a.m. (2350 GMT Wednesday).
"Consumers are spending again because they feel richer. The question is whether companies will follow with wages and investment," said Kenji Moriyama, chief economist at Hoshino Securities.
The Nikkei share average has risen more than 70 percent since mid-November, when Abe's victory in the December 16 election became likely, and the yen has fallen about 20 percent against the dollar over the same period. On Friday the dollar rose above 100 yen for the first time in four years.
The Bank of Japan last month pledged to double the money supply within two years to end nearly 15 years of deflation. The central bank's governor said on Monday that it would do whatever was necessary to reach its 2 percent inflation target in about two years.
Economists expect growth to slow in the current quarter before picking up again ahead of a planned increase in the sales tax next April. Wages, however, fell for the 10th straight month in March.
"Real incomes have been falling since the late 1990s. Without a rise in pay, this recovery will not last," Moriyama said.""",
persons=["Shinzo Abe", "Kenji Moriyama"],
dates=[("a year","P1Y","DURATION"),("the first quarter","2013-Q1","DATE"),("Tuesday","@day:0","DATE"),("annualised","P1Y","SET"),("January","2013-01","DATE"),
       ("March","2013-03","DATE"),("the previous quarter","2012-Q4","DATE"),("Thursday","@next:Thu","DATE"),("8:50 a.m.","@next:Thu+T08:50","TIME"),
       ("2350 GMT","@next:Wed+T23:50","TIME"),("Wednesday","@next:Wed","DATE"),("mid-November","2012-11","DATE"),("December 16","2012-12-16","DATE"),
       ("Friday","@past:Fri","DATE"),("four years","P4Y","DURATION"),("last month","2013-04","DATE"),("two years","P2Y","DURATION"),("nearly 15 years","P15Y","DURATION"),
       ("Monday","@past:Mon","DATE"),("about two years","P2Y","DURATION"),("the current quarter","2013-Q2","DATE"),("next April","2014-04","DATE"),
       ("March","2013-03","DATE"),("the late 1990s","199","DATE")],
quotes=[("Consumers are spending again because they feel richer. The question is whether companies will follow with wages and investment,","Kenji Moriyama"),
        ("Real incomes have been falling since the late 1990s. Without a rise in pay, this recovery will not last,","Kenji Moriyama")]))
A.append(dict(id="t10", title="Care home manager jailed for stealing from residents", dct="2013-05-30", text=
"""A former care home manager has been jailed for six years for stealing more than £400,000 from elderly residents over a period of nearly a decade.
Margaret Ashworth, 58, of Bolton, was sentenced at Manchester Crown Court on Thursday after being found guilty of 14 counts of fraud at a trial earlier this month.
The court heard that Ashworth had taken money from the bank accounts of at least 23 residents of the Elms care home in Farnworth between 2003 and 2012, when an audit uncovered the losses.
Judge Andrew Keeling told her: "You abused the trust of people who depended on you entirely. Many of them did not live to see you brought to justice."
Ashworth, who had worked at the home for 17 years, used the money to pay for holidays abroad, a new car and her daughter's wedding in 2008, prosecutors said.
The theft came to light on 9 October 2012, when the son of one resident noticed that his mother's savings had fallen by £30,000 in just three months. He contacted the police the following day.
"We trusted her completely. She came to my dad's funeral," said Paul Greaves, whose father lived at the home from 2005 until his death four years later. "Today is not about revenge, it is about making sure this never happens to anyone else."
The home's owners, Calder Care, said they had since introduced monthly checks on residents' accounts and had repaid all the money that was taken. "We are deeply sorry for what happened," a spokesman for the company said.
Greater Manchester Police said officers would seek to recover the money through the courts in the coming months.""",
persons=["Margaret Ashworth", "Andrew Keeling", "Paul Greaves"],
dates=[("six years","P6Y","DURATION"),("nearly a decade","P10Y","DURATION"),("Thursday","@day:0","DATE"),("earlier this month","2013-05","DATE"),("2003","2003","DATE"),
       ("2012","2012","DATE"),("17 years","P17Y","DURATION"),("2008","2008","DATE"),("9 October 2012","2012-10-09","DATE"),("three months","P3M","DURATION"),
       ("the following day","2012-10-10","DATE"),("2005","2005","DATE"),("four years later","2009","DATE"),("Today","@day:0","DATE"),("monthly","P1M","SET"),
       ("the coming months","PXM","DURATION")],
quotes=[("You abused the trust of people who depended on you entirely. Many of them did not live to see you brought to justice.","Andrew Keeling"),
        ("We trusted her completely. She came to my dad's funeral,","Paul Greaves"),
        ("Today is not about revenge, it is about making sure this never happens to anyone else.","Paul Greaves"),
        ("We are deeply sorry for what happened,","Calder Care")]))
A.append(dict(id="t11", title="Colorado wildfire destroys at least 92 homes", dct="2013-06-12", text=
"""COLORADO SPRINGS, Colo. (AP) — A fast-moving wildfire in the forested hills north of Colorado Springs has destroyed at least 92 homes and forced more than 7,000 people to flee, authorities said Wednesday.
The blaze, which began Tuesday afternoon near the community of Pine Hollow, grew to about 8,500 acres overnight, driven by gusty winds and temperatures in the 90s. It was not contained at all as of 10 a.m. today.
"This fire is moving fast, and it's moving in every direction," El Paso County Sheriff Dale Ketchum said at a morning briefing. "If you are told to leave, leave now. Don't wait."
Two air tankers and four helicopters dropped water and retardant on the flames until dark Tuesday and resumed at first light. About 500 firefighters were on the lines, and more crews were expected to arrive from neighboring states by Thursday.
Forecasters said a cold front could bring cooler air and a chance of rain late Friday, but warned that dry lightning might spark new fires over the weekend.
The fire is burning about 10 miles from the area scorched last June by the Cedar Ridge fire, which destroyed 346 homes and killed two people. That fire took more than two weeks to contain.
Dry conditions have made this one of the worst fire seasons in Colorado in a decade. The state has had below-average snowfall in three of the last four years, and the National Weather Service said May was the driest on record in parts of the Front Range.
At a shelter set up at a high school, evacuees waited for news of their homes. Dan Whitlow, 62, said he and his wife left with their two dogs and a box of photographs. "We've lived here 30 years. I don't know what's left," he said.
The governor declared a disaster emergency Wednesday morning, freeing state funds for the firefighting effort.""",
persons=["Dale Ketchum", "Dan Whitlow"],
dates=[("Wednesday","@day:0","DATE"),("Tuesday afternoon","@past:Tue+TAF","TIME"),("overnight","@day:-1+TNI","TIME"),("10 a.m.","@day:0+T10:00","TIME"),
       ("today","@day:0","DATE"),("morning","@day:0+TMO","TIME"),("now","PRESENT_REF","DATE"),("Tuesday","@past:Tue","DATE",1),("Thursday","@next:Thu","DATE"),
       ("late Friday","@next:Fri","DATE"),("the weekend","@wkend:0","DATE"),("last June","2012-06","DATE"),("more than two weeks","P2W","DURATION"),
       ("a decade","P10Y","DURATION"),("the last four years","P4Y","DURATION"),("May","2013-05","DATE"),("30 years","P30Y","DURATION"),
       ("Wednesday morning","@day:0+TMO","TIME")],
quotes=[("This fire is moving fast, and it's moving in every direction,","Dale Ketchum"),("If you are told to leave, leave now. Don't wait.","Dale Ketchum"),
        ("We've lived here 30 years. I don't know what's left,","Dan Whitlow")]))
A.append(dict(id="t12", title="UN warns Syrian refugees could reach 3.5 million this year", dct="2013-06-27", text=
"""GENEVA — The United Nations on Thursday appealed for more money to help Syrian refugees, warning that the number of people fleeing the war could reach 3.5 million by the end of the year, up from 1.6 million now.
The UN refugee agency said about 6,000 people were crossing into Jordan, Lebanon, Turkey and Iraq every day, most of them women and children. Since January, more than 1 million Syrians have registered as refugees, more than in all of 2012.
"We have never seen a refugee crisis grow this fast, not even in Rwanda in the 1990s," said Leila Haddad, a spokeswoman for the agency, at a briefing in Geneva. "Host countries are reaching their limits."
The UN is seeking $5.2 billion for its Syria operations for the rest of 2013, the largest appeal in its history. Donors pledged $1.5 billion at a conference in Kuwait in January, but only about a third of that has been paid so far.
In Jordan, the Zaatari camp has grown into the country's fourth-largest city since it opened last July. Aid workers say it now houses more than 120,000 people, and a second camp is due to open in the coming weeks.
Lebanese officials said earlier this week that the country, with a population of about 4 million, could no longer cope. Schools in the north of the country are running two shifts a day to make room for Syrian children.
The conflict began in March 2011 with peaceful protests against President Bashar al-Assad and has since killed more than 93,000 people, according to UN figures released two weeks ago. Peace talks proposed by the United States and Russia last month have been postponed at least until August.
Ahmad Khalil, 34, who arrived in Zaatari with his wife and four children three weeks ago, said the family had walked for two days to reach the border. "We left everything. We just want our children to live," he said.""",
persons=["Leila Haddad", "Bashar al-Assad", "Ahmad Khalil"],
dates=[("Thursday","@day:0","DATE"),("the end of the year","2013","DATE"),("now","PRESENT_REF","DATE"),("every day","P1D","SET"),("January","2013-01","DATE"),
       ("2012","2012","DATE"),("the 1990s","199","DATE"),("the rest of 2013","2013","DATE"),("January","2013-01","DATE"),("last July","2012-07","DATE"),
       ("now","PRESENT_REF","DATE"),("the coming weeks","PXW","DURATION"),("earlier this week","@week:0","DATE"),("a day","P1D","SET"),("March 2011","2011-03","DATE"),
       ("two weeks ago","@week:-2","DATE"),("last month","2013-05","DATE"),("August","2013-08","DATE"),("three weeks ago","@week:-3","DATE"),
       ("two days","P2D","DURATION")],
quotes=[("We have never seen a refugee crisis grow this fast, not even in Rwanda in the 1990s,","Leila Haddad"),("Host countries are reaching their limits.","Leila Haddad"),
        ("We left everything. We just want our children to live,","Ahmad Khalil")]))
A.append(dict(id="t13", title="Flight recorders recovered from Nepal plane crash", dct="2013-07-08", text=
"""KATHMANDU (Reuters) - Investigators on Monday recovered the flight data recorders from a passenger plane that skidded off a runway in western Nepal on Saturday, killing three people and injuring 17, officials said.
The Dornier 228 operated by Himal Air was carrying 21 passengers and three crew from Pokhara to Jomsom when it overshot the runway at about 7:15 a.m. local time (0130 GMT) and plunged into a riverbed.
"The weather was clear, the pilot reported no problems. We do not know yet what went wrong," said Ram Prasad Adhikari, a senior official at the Civil Aviation Authority of Nepal.
The recorders will be sent abroad for analysis later this week, and a preliminary report is expected within a month, he said.
Two of the dead were tourists from South Korea, the police said. The third was the co-pilot, Suresh Thapa, 28, who had joined the airline eight months ago.
Nepal has one of the worst air safety records in the world. At least 65 people have died in seven crashes since 2010, most of them on small planes flying to remote mountain airstrips.
The European Union added all Nepali airlines to its list of carriers banned from its airspace in December, citing a lack of oversight. The government has said it will set up an independent accident investigation body by the end of 2013.
Himal Air, which operates four flights a day on the route, suspended its services to Jomsom until further notice. The airline's chief executive, Binod Shrestha, said on Sunday that the plane had been serviced in May and had flown more than 30,000 hours since it was built in 1986.
"Our thoughts are with the families of those who died," he said in a statement. The route is popular with trekkers heading for the Annapurna region.""",
persons=["Ram Prasad Adhikari", "Suresh Thapa", "Binod Shrestha"],
dates=[("Monday","@day:0","DATE"),("Saturday","@past:Sat","DATE"),("about 7:15 a.m. local time","@past:Sat+T07:15","TIME"),("0130 GMT","@past:Sat+T01:30","TIME"),
       ("later this week","@week:0","DATE"),("a month","P1M","DURATION"),("eight months ago","2012-11","DATE"),("2010","2010","DATE"),("December","2012-12","DATE"),
       ("the end of 2013","2013","DATE"),("a day","P1D","SET"),("Sunday","@past:Sun","DATE"),("May","2013-05","DATE"),
       ("more than 30,000 hours","PT30000H","DURATION"),("1986","1986","DATE")],
quotes=[("The weather was clear, the pilot reported no problems. We do not know yet what went wrong,","Ram Prasad Adhikari"),
        ("Our thoughts are with the families of those who died,","Binod Shrestha")]))
A.append(dict(id="t14", title="Oregon measles outbreak grows to 31 cases", dct="2013-07-23", text=
"""(CNN) -- Health officials in Oregon are urging parents to vaccinate their children after a measles outbreak that has sickened 31 people in Lane County since late June, the state's largest in more than two decades.
Seven of the patients, most of them children under 5, have been hospitalized, the Oregon Health Authority said Monday. None has died.
"Measles is one of the most contagious diseases we know, and it spreads before people even realize they are sick," said Dr. Karen Lindqvist, the state's public health officer. "The best protection is two doses of the vaccine."
Officials believe the outbreak began when an unvaccinated teenager returned from a trip to Europe in the middle of June. Cases were then reported at a summer camp, a church and two day-care centers.
The county has opened free vaccination clinics, which will run daily through August 10, and schools will require proof of vaccination when classes resume in September.
Measles was declared eliminated from the United States in 2000, but imported cases have led to outbreaks in recent years. In 2011, the country recorded 222 cases, the most in 15 years, according to the Centers for Disease Control and Prevention.
About 6 percent of kindergartners in Oregon had a nonmedical exemption from at least one vaccine last year, the highest rate in the nation.
"We thought this was a disease of the past," said Melissa Okafor, whose 3-year-old son was treated at a Eugene hospital last week. "Now I check every day for a rash on my daughter."
Symptoms usually appear 10 to 12 days after exposure, so health officials expect more cases over the next two weeks.""",
persons=["Karen Lindqvist", "Melissa Okafor"],
dates=[("late June","2013-06","DATE"),("more than two decades","P20Y","DURATION"),("Monday","@past:Mon","DATE"),("the middle of June","2013-06","DATE"),
       ("daily","P1D","SET"),("August 10","2013-08-10","DATE"),("September","2013-09","DATE"),("2000","2000","DATE"),("recent years","PAST_REF","DATE"),
       ("2011","2011","DATE"),("15 years","P15Y","DURATION"),("last year","2012","DATE"),("the past","PAST_REF","DATE"),("last week","@week:-1","DATE"),
       ("Now","PRESENT_REF","DATE"),("every day","P1D","SET"),("10","P10D","DURATION",1),("12 days","P12D","DURATION"),("the next two weeks","P2W","DURATION")],
quotes=[("Measles is one of the most contagious diseases we know, and it spreads before people even realize they are sick,","Karen Lindqvist"),
        ("The best protection is two doses of the vaccine.","Karen Lindqvist"),("We thought this was a disease of the past,","Melissa Okafor"),
        ("Now I check every day for a rash on my daughter.","Melissa Okafor")]))
A.append(dict(id="t15", title="Chilean students march for free education", dct="2013-08-15", text=
"""SANTIAGO, Chile (AP) — Tens of thousands of students marched through downtown Santiago on Wednesday to demand free public education, in the largest protest since the movement began more than two years ago.
Police used water cannons and tear gas to break up a group of masked protesters who smashed shop windows near the presidential palace late in the afternoon. Authorities said 58 people were arrested and 23 officers were injured.
Organizers estimated the crowd at 150,000; police put it at 80,000. "We have been asking for the same thing since 2011, and the answer is always 'wait'," said student leader Camila Rojas.
The government says it cannot afford to make university free for everyone. Education Minister Andrés Figueroa said on Thursday that the government would send a bill to Congress next week to expand scholarships to 70 percent of students by 2016. "We share the goal, but it has to be done responsibly," he told Radio Cooperativa.
The protest came three months before the presidential election on Nov. 17, in which education has become a central issue. The leading candidates have all promised changes to the system.
Chilean students pay some of the highest university fees in the world relative to income. Many graduates spend 15 years or more paying off their loans.
The student movement brought hundreds of thousands to the streets in 2011, when schools and universities were occupied for seven months. The protests forced two education ministers from office.
Another march is planned for Aug. 28, and teachers' unions have called a national strike for the following day. "This will not end until there is a real change," Rojas said.""",
persons=["Camila Rojas", "Andrés Figueroa"],
dates=[("Wednesday","@past:Wed","DATE"),("more than two years ago","2011","DATE"),("late in the afternoon","@past:Wed+TAF","TIME"),("2011","2011","DATE"),
       ("Thursday","@day:0","DATE"),("next week","@week:1","DATE"),("2016","2016","DATE"),("three months","P3M","DURATION"),("Nov. 17","2013-11-17","DATE"),
       ("15 years","P15Y","DURATION"),("2011","2011","DATE"),("seven months","P7M","DURATION"),("Aug. 28","2013-08-28","DATE"),("the following day","2013-08-29","DATE")],
quotes=[("We have been asking for the same thing since 2011, and the answer is always 'wait',","Camila Rojas"),
        ("We share the goal, but it has to be done responsibly,","Andrés Figueroa"),("This will not end until there is a real change,","Camila Rojas")]))
A.append(dict(id="t16", title="Norvik to buy Latvia's BaltNet for 1.1 billion euros", dct="2013-09-03", text=
"""STOCKHOLM (Reuters) - Swedish telecoms operator Norvik said on Tuesday it had agreed to buy Latvian rival BaltNet for 1.1 billion euros ($1.45 billion) in cash, its biggest acquisition in more than a decade, as it seeks growth outside its saturated home market.
Norvik will pay 14.20 euros a share, a premium of 31 percent to BaltNet's closing price on Friday, before Latvian media reported that the two companies were in talks. BaltNet's shares jumped 27 percent to 13.80 euros in Riga by 1030 GMT.
"This deal gives us a leading position in all three Baltic countries and a platform for growth for the next ten years," Norvik Chief Executive Lars Engström told reporters in Stockholm. He said the company expected to save about 60 million euros a year by 2016 by combining the two networks.
The deal, which has been approved by both boards, is expected to close in the first quarter of 2014, subject to approval by regulators. BaltNet's largest shareholder, a fund controlled by businessman Andris Kalnins that owns 38 percent, has agreed to tender its shares.
Norvik's shares fell 2.3 percent by midday. Some analysts said the company was overpaying. "It is a full price for a business whose revenue has been shrinking for three straight years," said Sofia Lindahl, an analyst at Hallberg Securities.
Norvik has been looking for acquisitions since it sold its Danish unit in 2011. Last year it walked away from talks to buy a Polish operator after the two sides failed to agree on a price.
The company, which has 9.4 million customers, will report third-quarter results on October 22. In July, it said second-quarter profit had fallen 8 percent as price competition in Sweden intensified.
Engström, who took over as chief executive in January 2012, said there were no plans for job cuts at BaltNet "in the short term.\"""",
persons=["Lars Engström", "Andris Kalnins", "Sofia Lindahl"],
dates=[("Tuesday","@day:0","DATE"),("more than a decade","P10Y","DURATION"),("Friday","@past:Fri","DATE"),("1030 GMT","@day:0+T10:30","TIME"),
       ("the next ten years","P10Y","DURATION"),("a year","P1Y","SET"),("2016","2016","DATE"),("the first quarter of 2014","2014-Q1","DATE"),
       ("midday","@day:0+TMI","TIME"),("three straight years","P3Y","DURATION"),("2011","2011","DATE"),("Last year","2012","DATE"),
       ("third-quarter","2013-Q3","DATE"),("October 22","2013-10-22","DATE"),("July","2013-07","DATE"),("second-quarter","2013-Q2","DATE"),
       ("January 2012","2012-01","DATE"),("the short term","FUTURE_REF","DATE")],
quotes=[("This deal gives us a leading position in all three Baltic countries and a platform for growth for the next ten years,","Lars Engström"),
        ("It is a full price for a business whose revenue has been shrinking for three straight years,","Sofia Lindahl"),
        ("in the short term.","Lars Engström")]))
A.append(dict(id="t17", title="Kestrel probe sends first pictures of the Sun's poles", dct="2013-09-26", text=
"""Europe's Kestrel spacecraft has sent back its first pictures of the Sun's polar regions, nearly 11 months after it was launched from French Guiana.
The images, released by the European Space Agency (Esa) on Thursday, show the Sun's south pole in more detail than ever before, including streams of hot gas rising from dark regions known as coronal holes.
"For centuries, we have only been able to look at the Sun from the side. Now, for the first time, we are seeing it from above," said Dr Maria Castell, the mission's project scientist.
Kestrel lifted off on a Soyuz rocket from Kourou at 03:12 GMT on 29 October last year. It used the gravity of Venus twice, in February and again in early August, to tilt its orbit out of the plane in which the planets circle the Sun.
The £420m mission is designed to operate for at least five years. Its orbit will become steeper over the coming years, and scientists expect the best views of the poles from 2016 onwards.
The Sun is now close to the peak of its 11-year cycle of activity, when sunspots and solar flares are most frequent. The current cycle has been unusually weak, and researchers hope Kestrel's observations will help explain why.
"If we understand what happens at the poles, we can predict the next cycle years in advance," said Prof David Kerr, of the University of Glasgow, who leads one of the spacecraft's ten instruments.
The spacecraft's main camera suffered a software fault in the spring, which engineers took six weeks to fix. It has been working normally since the middle of June.
Scientists will present the first results at a meeting in Rome next month. Nasa's Solar Dynamics Observatory, launched in 2010, watches the Sun from Earth orbit, and the two missions will make joint observations in 2014.""",
persons=["Maria Castell", "David Kerr"],
dates=[("nearly 11 months","P11M","DURATION"),("Thursday","@day:0","DATE"),("Now","PRESENT_REF","DATE"),("03:12 GMT","2012-10-29T03:12","TIME"),
       ("29 October last year","2012-10-29","DATE"),("February","2013-02","DATE"),("early August","2013-08","DATE"),("at least five years","P5Y","DURATION"),
       ("the coming years","PXY","DURATION"),("2016","2016","DATE"),("now","PRESENT_REF","DATE"),("11-year","P11Y","DURATION"),("the spring","2013-SP","DATE"),
       ("six weeks","P6W","DURATION"),("the middle of June","2013-06","DATE"),("next month","2013-10","DATE"),("2010","2010","DATE"),("2014","2014","DATE")],
quotes=[("For centuries, we have only been able to look at the Sun from the side. Now, for the first time, we are seeing it from above,","Maria Castell"),
        ("If we understand what happens at the poles, we can predict the next cycle years in advance,","David Kerr")]))
A.append(dict(id="t18", title="Three-time Grand Slam champion Marchetti retires", dct="2013-10-16", text=
"""NEW YORK (AP) — Elena Marchetti, who won three Grand Slam titles and spent 41 weeks at No. 1 in the world, announced her retirement from tennis on Wednesday, saying her body could no longer handle the demands of the tour.
The 32-year-old Italian had not played since early July, when she pulled out of Wimbledon in the second round with a back injury.
"I have been thinking about this moment for many months. I gave tennis everything I had for 17 years, and now it is time for something else," Marchetti said in a statement posted on her website.
Marchetti turned professional in 1996 at age 15 and won her first major title at the French Open in 2002. She added the U.S. Open in 2004 and the Australian Open two years later. She reached No. 1 for the first time in September 2004.
Injuries slowed her in the second half of her career. She had surgery on her right shoulder in 2009 and on her left knee three years ago, and she dropped out of the top 100 for several months in 2011 before returning to the top 20 last year.
"She was the toughest competitor I ever faced. Every match against her was a battle," said former rival Anna Kowalczyk, who lost to her in the Australian Open final in 2006.
Marchetti said she planned to spend the next few months at home in Milan with her husband and 2-year-old daughter, and would play one last exhibition match in Rome in December. She said she might work as a coach in the future.
The Women's Tennis Association said it would honor her at the season-ending championships in Istanbul next week.""",
persons=["Elena Marchetti", "Anna Kowalczyk"],
dates=[("41 weeks","P41W","DURATION"),("Wednesday","@day:0","DATE"),("early July","2013-07","DATE"),("many months","PXM","DURATION"),("17 years","P17Y","DURATION"),
       ("now","PRESENT_REF","DATE"),("1996","1996","DATE"),("2002","2002","DATE"),("2004","2004","DATE"),("two years later","2006","DATE"),
       ("September 2004","2004-09","DATE"),("2009","2009","DATE"),("three years ago","2010","DATE"),("several months","PXM","DURATION"),("2011","2011","DATE"),
       ("last year","2012","DATE"),("2006","2006","DATE"),("the next few months","PXM","DURATION"),("December","2013-12","DATE"),("the future","FUTURE_REF","DATE"),
       ("next week","@week:1","DATE")],
quotes=[("I have been thinking about this moment for many months. I gave tennis everything I had for 17 years, and now it is time for something else,","Elena Marchetti"),
        ("She was the toughest competitor I ever faced. Every match against her was a battle,","Anna Kowalczyk")]))
A.append(dict(id="t19", title="Bangladesh evacuates 600,000 as cyclone approaches", dct="2013-11-12", text=
"""DHAKA — Bangladeshi authorities evacuated more than 600,000 people from low-lying coastal areas on Tuesday as Cyclone Barsha churned across the Bay of Bengal toward the country's southern coast.
The storm, packing winds of up to 150 kilometers per hour, was expected to make landfall between Khulna and Chittagong late Wednesday or early Thursday, the Bangladesh Meteorological Department said. At 6 p.m. local time (1200 GMT), it was about 400 kilometers south of Chittagong.
"We are taking no chances. Every life matters," Disaster Management Minister Abdul Karim Sarkar told reporters in Dhaka. He said 3,800 cyclone shelters had been opened and 50,000 volunteers deployed along the coast since Monday.
Fishermen were ordered to return to port, and all flights to and from Chittagong were canceled for the next 48 hours. Schools in 14 coastal districts will be closed until Saturday.
Bangladesh has greatly improved its storm defenses since 1991, when a cyclone and tidal surge killed about 140,000 people. In November 2007, Cyclone Sidr killed more than 3,000 people, most of them in the southwest.
"Twenty years ago, people did not believe the warnings. Now they come to the shelters as soon as they hear the sirens," said Nasrin Akter, who works for a Red Crescent program in the coastal district of Barguna.
Forecasters said heavy rain would continue through the weekend and could cause flooding and landslides in the hills around Chittagong. The storm is the second to threaten the country in a month.
In neighboring India, officials in West Bengal said they were monitoring the storm closely. More than a million people were evacuated there last month ahead of a larger cyclone that killed 23 people.""",
persons=["Abdul Karim Sarkar", "Nasrin Akter"],
dates=[("Tuesday","@day:0","DATE"),("late Wednesday","@next:Wed","DATE"),("early Thursday","@next:Thu","DATE"),("6 p.m. local time","@day:0+T18:00","TIME"),
       ("1200 GMT","@day:0+T12:00","TIME"),("Monday","@past:Mon","DATE"),("the next 48 hours","PT48H","DURATION"),("Saturday","@next:Sat","DATE"),
       ("1991","1991","DATE"),("November 2007","2007-11","DATE"),("Twenty years ago","1993","DATE"),("Now","PRESENT_REF","DATE"),("the weekend","@wkend:0","DATE"),
       ("a month","P1M","DURATION"),("last month","2013-10","DATE")],
quotes=[("We are taking no chances. Every life matters,","Abdul Karim Sarkar"),
        ("Twenty years ago, people did not believe the warnings. Now they come to the shelters as soon as they hear the sirens,","Nasrin Akter")]))
A.append(dict(id="t20", title="Arden Motors to end Australian car production by 2016", dct="2013-12-18", text=
"""SYDNEY (Reuters) - U.S.-owned carmaker Arden Motors said on Wednesday it would stop making cars in Australia by the end of 2016, closing its plant in Adelaide and cutting 2,400 jobs after more than six decades of local production.
The company blamed the strong Australian dollar, high labour costs and one of the most competitive car markets in the world. It has lost money in Australia in four of the past five years, including a loss of A$140 million ($125 million) in 2012.
"This is a very sad moment for our employees, their families and the community," Arden's Australian managing director, Craig Monaghan, told a news conference at 11 a.m. (0030 GMT). "We looked at every option, but the business case simply does not add up."
Arden has built cars at its Elizabeth plant since 1953, and at its peak in the 1970s employed more than 8,000 people there. Production will be cut from two shifts to one early next year.
Industry Minister Simon Hardacre said the government had offered the company A$100 million in new aid last month but had not received a reply. "We did everything we could," he told parliament on Tuesday night.
Union official Karen Doyle said workers had been "kicked in the guts" after accepting a three-year pay freeze in May to keep the plant open.
Economists estimate that each job at a car plant supports three or four jobs at suppliers. The closure follows the announcement in May that another carmaker would end production in 2016.
The state government said it would set up a A$50 million fund to help workers find new jobs over the next three years. South Australia's unemployment rate rose to 6.7 percent in November, the highest since 2002.""",
persons=["Craig Monaghan", "Simon Hardacre", "Karen Doyle"],
dates=[("Wednesday","@day:0","DATE"),("the end of 2016","2016","DATE"),("more than six decades","P60Y","DURATION"),("the past five years","P5Y","DURATION"),
       ("2012","2012","DATE"),("11 a.m.","@day:0+T11:00","TIME"),("0030 GMT","@day:0+T00:30","TIME"),("1953","1953","DATE"),("the 1970s","197","DATE"),
       ("early next year","2014","DATE"),("last month","2013-11","DATE"),("Tuesday night","@past:Tue+TNI","TIME"),("three-year","P3Y","DURATION"),
       ("May","2013-05","DATE"),("May","2013-05","DATE"),("2016","2016","DATE",1),("the next three years","P3Y","DURATION"),("November","2013-11","DATE"),
       ("2002","2002","DATE")],
quotes=[("This is a very sad moment for our employees, their families and the community,","Craig Monaghan"),
        ("We looked at every option, but the business case simply does not add up.","Craig Monaghan"),("We did everything we could,","Simon Hardacre"),
        ("kicked in the guts","Karen Doyle")]))

import re
WORDS = re.compile(r"\b(today|tonight|tomorrow|yesterday|now|currently|recently|soon|future|ago|later|earlier|past|next|last|this|"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|week(?:end|ly|s)?|months?|years?|decades?|centur(?:y|ies)|days?|daily|"
                   r"hours?|minutes?|annual(?:ly)?|quarter(?:ly)?|morning|afternoon|evening|night|overnight|noon|midnight|"
                   r"spring|summer|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
                   r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4}s?|\d{1,2}:\d\d|a\.m\.|p\.m\.|GMT|UTC|EDT|EST|CST|PDT)\b", re.I)

def bounded(t, st, en):
    return (st == 0 or not t[st-1].isalnum()) and (en == len(t) or not t[en].isalnum())

def find_word(t, s, occ):
    """The occ-th (0-based) occurrence of s in t that starts and ends at word boundaries."""
    i, k = -1, -1
    while k < occ:
        i = t.index(s, i + 1)
        if bounded(t, i, i + len(s)): k += 1
    return i, i + len(s)

import sys
report = "-v" in sys.argv
for a in A:
    t = a["text"]; pos = {}
    def find(s, occ=None):
        k = pos.get(s, 0) if occ is None else occ
        st, en = find_word(t, s, k); pos[s] = k + 1; return st, en
    dates = []
    for s, v, ty, *occ in a["dates"]:
        st, en = find(s, occ[0] if occ else None)
        val = resolve(v, a["dct"])
        assert ty in ("DATE", "TIME", "DURATION", "SET"), (a["id"], s, ty)
        assert ty == "SET" or (ty == "TIME") == bool(re.search(r"\dT", val)), (a["id"], s, ty, val)
        assert (ty == "DURATION") <= val.startswith("P"), (a["id"], s, ty, val)
        m = re.search(r"(mon|tues|wednes|thurs|fri|satur|sun)day", s, re.I)
        if m and re.match(r"\d{4}-\d\d-\d\d", val):  # a weekday in the text agrees with the computed day
            assert weekday_of(val).lower() == m.group(0)[:3].lower(), (a["id"], s, val)
        dates.append(dict(text=s, value=val, type=ty, start=st, end=en))
    pos.clear()
    quotes = []
    for s, sp in a["quotes"]:
        st, en = find(s); assert t[st-1] in '"“' and (en == len(t) or t[en] in '"”\n'), (a["id"], s)
        quotes.append(dict(text=s, start=st, end=en, speaker=sp))
    assert t.count('"') == 2 * len(quotes) + a.get("other_marks", 0), (a["id"], t.count('"'), len(quotes))
    for q in quotes:
        assert q["speaker"] is None or q["speaker"] in a["persons"] or q["speaker"] in t, (a["id"], q)
    for p in a["persons"]:
        assert p.split()[-1] in t, (a["id"], p)
    dates.sort(key=lambda d: d["start"]); quotes.sort(key=lambda q: q["start"])
    for d in dates: assert t[d["start"]:d["end"]] == d["text"]
    for d, e in zip(dates, dates[1:]): assert d["end"] <= e["start"], (a["id"], d["text"], e["text"])
    words = len(t.split())
    assert 150 <= words <= 450, (a["id"], words)
    if report:  # the regular-expression pass: temporal words outside every gold span, for the annotator to review
        for m in WORDS.finditer(t):
            if not any(d["start"] <= m.start() < d["end"] for d in dates):
                print(f"  {a['id']}: unannotated {m.group(0)!r}: ...{t[max(0, m.start()-40):m.end()+25]!r}")
    out = dict(id=a["id"], title=a["title"], dct=a["dct"], source="hand-made (NewsLens TempEval-3-style set)", license="project",
               text=t, persons=a["persons"], dates=dates, quotes=quotes)
    with open(os.path.join(D, a["id"] + ".json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
print("ok", len(A), "articles,", sum(len(a["dates"]) for a in A), "dates,", sum(len(a["persons"]) for a in A), "persons,",
      sum(len(a["quotes"]) for a in A), "quotes,", sum(len(a["text"].split()) for a in A), "words")

"""Builds the hand-made family gold files (f*.json): 10 made-up articles (Wikinews 2005-2013, AP wire 1989-2000,
2013 broadcaster styles) rich in people who share a surname (spouses, siblings, parents and children, Jr./Sr.,
unrelated namesakes) and gendered honorifics (Mr, Mrs, Ms, Miss), with quotes; annotated by the rules of
../shared/eval/README.md (persons, every TIMEX3 with value and type, quotes with speakers). Written by the
actors6 helper for same-surname resolution and scored once before any engine change. Annotations name a span
by its text and occurrence; offsets are computed and checked here, and every weekday, ISO week and shifted
day is computed from the article's dct by the helpers of goldkit.py, never typed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import *  # prev, nxt, plus, week, span, write_set
D = os.path.dirname(os.path.abspath(__file__))
A = []

T = "2009-02-11"
A.append(dict(id="f01", title="Couple rescued from roof as Carlisle floods", dct=T, text=
"""A retired couple were rescued from the roof of their flooded home in Carlisle on Tuesday after the River Eden burst its banks. John Kell, 58, and his wife, Margaret Kell, 55, spent nearly six hours on the roof before a coastguard helicopter lifted them to safety. "We thought we would die," Mr Kell said. "The water came up so fast that we had no time to take anything." His wife said she had kept warm by singing hymns. "I sang every one I knew, twice," Mrs Kell said. The couple's son, David Kell, who lives in Leeds, drove north to reach the hospital where they were treated. "My mother is the toughest person I know," he said. "She was more worried about the cat than about herself." Cumbria police said more than 200 homes had been flooded in the city since the weekend. Chief Inspector Alan Moss said officers had knocked on every door in the worst-hit streets. "Some people did not want to leave, and we respect that, but the river is still rising," Moss said. The Environment Agency has issued 14 severe flood warnings for the region and expects more rain on Thursday. The last major flood in Carlisle, in January 2005, killed three people and forced 3,000 from their homes. Mr Kell, a former postman, said the couple would stay with their son until the house dried out.""",
persons=["John Kell", "Margaret Kell", "David Kell", "Alan Moss"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("nearly six hours", "PT6H", "DURATION"), ("the weekend", week(T, -1) + "-WE", "DATE"),
       ("Thursday", nxt(T, "Thursday"), "DATE"), ("January 2005", "2005-01", "DATE")],
quotes=[("We thought we would die,", "John Kell"), ("The water came up so fast that we had no time to take anything.", "John Kell"),
        ("I sang every one I knew, twice,", "Margaret Kell"), ("My mother is the toughest person I know,", "David Kell"),
        ("She was more worried about the cat than about herself.", "David Kell"),
        ("Some people did not want to leave, and we respect that, but the river is still rising,", "Alan Moss")]))

T = "2011-02-03"
A.append(dict(id="f02", title="Gary Neville retires from football", dct=T, text=
"""Manchester United defender Gary Neville announced his retirement from football on Wednesday, ending a playing career of almost 20 years at the club. Neville, 35, made 602 appearances for United and won eight league titles and two Champions League trophies. He also played 85 times for England. "I have been a Manchester United fan all my life and it has been a privilege to play for the club," he said in a statement. His brother Phil, who left United for Everton in 2005, paid tribute to him. "He has been the best example I could ever have had, on and off the pitch," Phil Neville told the club's website. Their sister, Tracey Neville, a former England netball international, said the family was proud of him. United manager Sir Alex Ferguson described the defender as "the best professional I have worked with" and said he would be offered a coaching role. Gary Neville played his last match for the club against West Bromwich Albion on New Year's Day. He said he had known for several weeks that his body could no longer cope. "I would never want to let the team down, and that is why I have made this decision," Neville said. The club will hold a testimonial match for him in May.""",
persons=["Gary Neville", "Phil Neville", "Tracey Neville", "Alex Ferguson"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("almost 20 years", "P20Y", "DURATION"), ("2005", "2005", "DATE"),
       ("New Year's Day", "2011-01-01", "DATE"), ("several weeks", "PXW", "DURATION"), ("May", "2011-05", "DATE")],
quotes=[("I have been a Manchester United fan all my life and it has been a privilege to play for the club,", "Gary Neville"),
        ("He has been the best example I could ever have had, on and off the pitch,", "Phil Neville"),
        ("the best professional I have worked with", "Alex Ferguson"),
        ("I would never want to let the team down, and that is why I have made this decision,", "Gary Neville")]))

T = "2000-07-10"
A.append(dict(id="f03", title="Williams sisters add Wimbledon doubles title", dct=T, text=
"""Venus Williams won her first Wimbledon title on Saturday, and a day later she and her younger sister were champions again. The Williams sisters, Venus and Serena, beat Julie Halard-Decugis and Ai Sugiyama 6-3, 6-2 in the women's doubles final Sunday. "We are a team, on and off the court," said Serena, 18. "When she wins, I win." Venus, 20, had beaten her sister in the semifinals Thursday before defeating defending champion Lindsay Davenport 6-3, 7-6 in the final. "It was hard to play Serena, but I knew one of us had to lose," Venus said. Serena Williams, who won the U.S. Open last September, is expected to play in the Olympic Games in Sydney with her sister. Their father, Richard Williams, who coached both girls on public courts in Compton, Calif., danced in the players' box after Saturday's final. "I told everybody 10 years ago that this would happen," Williams said. Their mother, Oracene Price, watched from the stands. The sisters will return to the United States this week to prepare for the hard-court season.""",
persons=["Venus Williams", "Serena Williams", "Julie Halard-Decugis", "Ai Sugiyama", "Lindsay Davenport", "Richard Williams", "Oracene Price"],
dates=[("Saturday", prev(T, "Saturday"), "DATE"), ("a day later", plus(prev(T, "Saturday"), 1), "DATE"),
       ("Sunday", prev(T, "Sunday"), "DATE"), ("Thursday", prev(T, "Thursday"), "DATE"), ("last September", "1999-09", "DATE"),
       ("Saturday", prev(T, "Saturday"), "DATE", 1), ("10 years ago", "1990", "DATE"), ("this week", week(T), "DATE")],
quotes=[("We are a team, on and off the court,", "Serena Williams"), ("When she wins, I win.", "Serena Williams"),
        ("It was hard to play Serena, but I knew one of us had to lose,", "Venus Williams"),
        ("I told everybody 10 years ago that this would happen,", "Richard Williams")]))

T = "2007-05-17"
A.append(dict(id="f04", title="Former Gulfstar finance chief convicted, father acquitted", dct=T, text=
"""A federal jury in Houston on Wednesday convicted Robert Hale Jr., the former chief financial officer of Gulfstar Energy, of securities fraud, but acquitted his father, Robert Hale Sr., who founded the company in 1972. The younger Hale, 44, faces up to 20 years in prison. Prosecutors said he had hidden $400 million in losses from investors between 2001 and 2004. "The jury has spoken clearly: nobody is above the law," said Assistant US Attorney Karen Boyd. Hale Sr., 71, embraced his wife, Dorothy Hale, after the verdict was read. "I never doubted that the truth would come out for me, but my heart is broken for my son," he said. Defence lawyer Michael Trent said his client would appeal. "We believe the judge made serious errors in her instructions to the jury," Trent said. Mrs Hale told reporters that the family would stand by her son. "He is a good man who trusted the wrong people," she said. Sentencing is scheduled for August 30. Gulfstar filed for bankruptcy in 2005, and about 1,200 employees lost their jobs and their retirement savings.""",
persons=["Robert Hale Jr.", "Robert Hale Sr.", "Karen Boyd", "Dorothy Hale", "Michael Trent"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("1972", "1972", "DATE"), ("20 years", "P20Y", "DURATION"), ("2001", "2001", "DATE"),
       ("2004", "2004", "DATE"), ("August 30", "2007-08-30", "DATE"), ("2005", "2005", "DATE")],
quotes=[("The jury has spoken clearly: nobody is above the law,", "Karen Boyd"),
        ("I never doubted that the truth would come out for me, but my heart is broken for my son,", "Robert Hale Sr."),
        ("We believe the judge made serious errors in her instructions to the jury,", "Michael Trent"),
        ("He is a good man who trusted the wrong people,", "Dorothy Hale")]))

T = "1991-03-22"
A.append(dict(id="f05", title="Lottery winners to give jackpot to church", dct=T, text=
"""A retired steelworker and his wife who won $18 million in the Pennsylvania lottery said Thursday they would give most of the money to their church and to a children's hospital. Walter Smith, 67, and his wife, Ellen, 64, of Bethlehem, Pa., held the only winning ticket in last Saturday's drawing. "We have everything we need," Smith said at a news conference in Harrisburg. "We have a house, we have our health and we have each other." Ellen Smith said she had bought the ticket at a gas station on her way home from a prayer meeting. "I almost didn't stop," she said. "It was raining and I was tired." The couple will receive the prize in 20 annual payments of $900,000 before taxes. Lottery director Frank Novak said it was the largest jackpot ever won by a single ticket in the state. Mr. and Mrs. Smith have been married for 45 years and have three grown children. Their pastor, the Rev. James Dunn, said he learned of the gift Wednesday night. "I had to sit down," Dunn said. A neighbor, Carl Smith, who is no relation, said he was not surprised. "She would give you her last dollar," he said.""",
persons=["Walter Smith", "Ellen Smith", "Frank Novak", "James Dunn", "Carl Smith"],
dates=[("Thursday", prev(T, "Thursday"), "DATE"), ("last Saturday", prev(T, "Saturday"), "DATE"), ("annual", "P1Y", "SET"),
       ("45 years", "P45Y", "DURATION"), ("Wednesday night", prev(T, "Wednesday") + "TNI", "TIME")],
quotes=[("We have everything we need,", "Walter Smith"), ("We have a house, we have our health and we have each other.", "Walter Smith"),
        ("I almost didn't stop,", "Ellen Smith"), ("It was raining and I was tired.", "Ellen Smith"),
        ("I had to sit down,", "James Dunn"), ("She would give you her last dollar,", "Carl Smith")]))

T = "2013-07-08"
A.append(dict(id="f06", title="Murray ends 77-year wait for British Wimbledon champion", dct=T, text=
"""Andy Murray has become the first British man in 77 years to win the Wimbledon singles title, beating world number one Novak Djokovic in straight sets. The 26-year-old Scot won 6-4, 7-5, 6-4 on Centre Court on Sunday, in front of a crowd that included Prime Minister David Cameron. "I tried my best, and those were the hardest few points I have ever played in my life," Murray said. His mother, Judy Murray, who coached him as a boy in Dunblane, wept in the players' box. "I can't quite believe it," she told the BBC. Murray's older brother Jamie, a doubles specialist, was knocked out of the men's doubles in the second round last week. "He has worked so hard for this," Jamie Murray said. "I'm so proud of him." The last British man to win the title was Fred Perry, in 1936. Djokovic, who won the title in 2011, said Murray had deserved to win. "He played better than me," he said. Mr Cameron said it was "a fantastic moment" for British sport and called for Murray to be knighted. The new champion will now take a break before the hard-court season in North America.""",
persons=["Andy Murray", "Novak Djokovic", "David Cameron", "Judy Murray", "Jamie Murray", "Fred Perry"],
dates=[("77 years", "P77Y", "DURATION"), ("Sunday", prev(T, "Sunday"), "DATE"), ("last week", week(T, -1), "DATE"), ("1936", "1936", "DATE"),
       ("2011", "2011", "DATE"), ("now", "PRESENT_REF", "DATE")],
quotes=[("I tried my best, and those were the hardest few points I have ever played in my life,", "Andy Murray"),
        ("I can't quite believe it,", "Judy Murray"), ("He has worked so hard for this,", "Jamie Murray"), ("I'm so proud of him.", "Jamie Murray"),
        ("He played better than me,", "Novak Djokovic"), ("a fantastic moment", "David Cameron")]))

T = "2013-04-09"
A.append(dict(id="f07", title="Margaret Thatcher dies aged 87", dct=T, text=
"""Margaret Thatcher, Britain's first female prime minister, has died at the age of 87 following a stroke. Lady Thatcher died on Monday morning at the Ritz hotel in London, where she had been staying since leaving hospital in December. Her spokesman, Tim Bell, said the family would announce the funeral arrangements. Her son, Mark Thatcher, said his mother had died peacefully. "We are deeply saddened, and we thank everyone for their kind words," Mark Thatcher said outside his mother's home in Belgravia. His twin sister, Carol Thatcher, who lives in Switzerland, is flying back to London. Prime Minister David Cameron cut short a visit to Spain. "We have lost a great leader, a great prime minister and a great Briton," Mr Cameron said. Thatcher led the Conservative Party to three general election victories and served as prime minister from 1979 to 1990. Her husband, Sir Denis Thatcher, died in 2003. Labour leader Ed Miliband said she had been "a unique figure" who had "reshaped the politics of a whole generation". Mrs Thatcher will receive a ceremonial funeral with military honours at St Paul's Cathedral next week, Downing Street said.""",
persons=["Margaret Thatcher", "Tim Bell", "Mark Thatcher", "Carol Thatcher", "David Cameron", "Denis Thatcher", "Ed Miliband"],
dates=[("Monday morning", prev(T, "Monday") + "TMO", "TIME"), ("December", "2012-12", "DATE"), ("1979", "1979", "DATE"),
       ("1990", "1990", "DATE"), ("2003", "2003", "DATE"), ("next week", week(T, 1), "DATE")],
quotes=[("We are deeply saddened, and we thank everyone for their kind words,", "Mark Thatcher"),
        ("We have lost a great leader, a great prime minister and a great Briton,", "David Cameron"),
        ("a unique figure", "Ed Miliband"), ("reshaped the politics of a whole generation", "Ed Miliband")]))

T = "2006-08-24"
A.append(dict(id="f08", title="Founders sell Trattoria Costa restaurant chain", dct=T, text=
"""The founders of the Italian restaurant chain Trattoria Costa, siblings Anna Costa and Marco Costa, have agreed to sell the company to the British private equity firm Harwell Partners for £120 million, the firms announced on Wednesday. The chain, which Ms Costa and her brother opened as a single restaurant in Manchester in 1987, now has 64 outlets across the UK and employs about 2,300 people. "It was the hardest decision of my life," Ms Costa said. "But the business needs money to grow, and we could not give it that ourselves." Mr Costa, who will stay on as chairman for two years, said the new owners had promised not to close any restaurants. "Nothing will change for our customers or our staff," he said. Their mother, Lucia Costa, who still makes the desserts for the original restaurant, was not part of the deal. Harwell's managing partner, Simon Reed, said the firm planned to open 20 more restaurants by 2009. "Trattoria Costa is a great British success story," Reed said. Costa said she would use part of her share of the proceeds to set up a cookery school for young people. Analysts said the price was about 12 times the chain's annual profit.""",
persons=["Anna Costa", "Marco Costa", "Lucia Costa", "Simon Reed"],
dates=[("Wednesday", prev(T, "Wednesday"), "DATE"), ("1987", "1987", "DATE"), ("now", "PRESENT_REF", "DATE"), ("two years", "P2Y", "DURATION"),
       ("2009", "2009", "DATE"), ("annual", "P1Y", "DURATION")],
quotes=[("It was the hardest decision of my life,", "Anna Costa"), ("But the business needs money to grow, and we could not give it that ourselves.", "Anna Costa"),
        ("Nothing will change for our customers or our staff,", "Marco Costa"), ("Trattoria Costa is a great British success story,", "Simon Reed")]))

T = "1996-11-06"
A.append(dict(id="f09", title="Sheriff beats ex-wife in county race", dct=T, text=
"""An Oklahoma sheriff who faced his former wife in Tuesday's election kept his job by fewer than 300 votes, according to unofficial returns. Sheriff Tom Hollis, a Democrat who has held the office since 1984, received 6,112 votes in Pawnee County to 5,840 for Republican Janet Hollis, a former deputy who divorced him in 1993. "The voters have made their choice and I respect it," Mrs. Hollis said Wednesday. She said she had not decided whether to ask for a recount. Hollis, 52, said he bore his opponent no ill will. "We were married for 19 years. I wish her well," he said. The campaign was the talk of the county. The couple's daughter, Amy Hollis, 24, said she had voted but would not say for whom. "It has been hard on our family," she said. Janet Hollis, 49, had promised during the campaign to hire more deputies and to reopen the county jail, which was closed in July after an inspection found broken locks and leaking pipes. The sheriff said the jail would reopen by spring. State election officials will certify the results next week.""",
persons=["Tom Hollis", "Janet Hollis", "Amy Hollis"],
dates=[("Tuesday", prev(T, "Tuesday"), "DATE"), ("1984", "1984", "DATE"), ("1993", "1993", "DATE"), ("Wednesday", T, "DATE"),
       ("19 years", "P19Y", "DURATION"), ("July", "1996-07", "DATE"), ("spring", "1997-SP", "DATE"), ("next week", week(T, 1), "DATE")],
quotes=[("The voters have made their choice and I respect it,", "Janet Hollis"), ("We were married for 19 years. I wish her well,", "Tom Hollis"),
        ("It has been hard on our family,", "Amy Hollis")]))

T = "1989-08-15"
A.append(dict(id="f10", title="Mother and children found alive after four days in Sierra", dct=T, text=
"""A mother and her two children who spent four days lost in the Sierra Nevada were found alive Monday by a helicopter crew, authorities said. Carol Benton, 41, her son, Kevin Benton, 15, and her daughter, Lisa Benton, 12, set off on a hike from a campground near Bishop, Calif., on Thursday and took a wrong trail. "We ate berries and drank from a creek, and we prayed," Mrs. Benton said from her hospital bed in Bishop. "I never stopped believing we would get out." Her husband, Dale Benton, had reported them missing Thursday night. "I have not slept since then," Benton said. "I just want to hug them." Kevin, who carried his sister on his back for the last mile, was treated for blisters. "He was so brave," Miss Benton said of her brother. Inyo County sheriff's Sgt. Roy Alvarez said more than 100 volunteers had joined the search, which was to be called off Tuesday. "We were running out of hope," Alvarez said. Doctors said all three were dehydrated but would be released by Wednesday.""",
persons=["Carol Benton", "Kevin Benton", "Lisa Benton", "Dale Benton", "Roy Alvarez"],
dates=[("four days", "P4D", "DURATION"), ("Monday", prev(T, "Monday"), "DATE"), ("Thursday", prev(T, "Thursday"), "DATE"),
       ("Thursday night", prev(T, "Thursday") + "TNI", "TIME"), ("Tuesday", T, "DATE"), ("Wednesday", nxt(T, "Wednesday"), "DATE")],
quotes=[("We ate berries and drank from a creek, and we prayed,", "Carol Benton"), ("I never stopped believing we would get out.", "Carol Benton"),
        ("I have not slept since then,", "Dale Benton"), ("I just want to hug them.", "Dale Benton"), ("He was so brave,", "Lisa Benton"),
        ("We were running out of hope,", "Roy Alvarez")]))
write_set(A, D, "hand-made (NewsLens families set)")

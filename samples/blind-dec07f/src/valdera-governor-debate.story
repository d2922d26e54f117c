note: A debate story in guillemets with curly apostrophes, built around a televised debate. The transcript turns (BARREDA: / MORALES: / STENZ:) carry no quotation marks, so they are not gold quotes, and neither is the label-less paragraph that continues Stenz's turn; the moderator named (Ines Barreda) and quoted in the narrative after the debate; in the narrative, an interruption rendered as two quotes ("Stenz began, before Morales cut in:"), a split quote, quotes carried by "he" and "she"; a political scientist named; the broadcaster's statement as a body ("the broadcaster said").
source: morales
  kind: person
  name: Teodora Morales
  aliases: Morales
source: stenz
  kind: person
  name: Aurelio Stenz
  aliases: Stenz | Gov. Aurelio Stenz
source: barreda
  kind: person
  name: Ines Barreda
  aliases: Barreda | the moderator
source: castagnede
  kind: person
  name: Oriane Castagnède
  aliases: Castagnède
source: rtv
  kind: organization
  name: RTV Valdera
  aliases: the broadcaster
---
Morales and Stenz clash over hospital closures in only televised debate

PELLAN — Gov. Aurelio Stenz and his challenger, Teodora Morales, spent much of their only televised debate on Thursday night arguing over a maternity ward that closed three years ago, a fight that both campaigns believe will decide the Valdera regional election on Nov. 30.

The 90-minute debate, broadcast from a studio in Pellan by the regional network RTV Valdera, was the first time the two candidates had shared a stage. Morales, a former mayor of the port town of Ardeval, trails Stenz by four points in most recent polls.

Morales opened by promising to reopen the maternity ward at San Telmo hospital in Sorrin, which Stenz’s government closed in 2023, forcing women in the northern valleys to drive more than an hour to give birth. She called the closure «⟦morales|the single cruelest decision this government has made⟧».

Stenz defended it as a matter of safety rather than money. «⟦stenz|A ward that delivers 200 babies a year cannot keep its midwives, and a ward without midwives is a danger to the mothers who trust it,⟧» he said in his opening statement.

The sharpest exchange came about 20 minutes in, when the moderator, Ines Barreda, the network’s political editor, pressed Morales on the cost. Part of it went like this:

BARREDA: Ms. Morales, you have promised to reopen the ward within a year. Where does the money come from?

MORALES: From the same place the governor found 40 million for a new car park at the airport. It’s a question of priorities.

STENZ: That car park pays for itself. Your ward —

MORALES: It pays for itself because you doubled the fees. Twice.

BARREDA: Governor, please let her finish, and then you’ll have a minute to reply.

STENZ: Thank you. I’ll use it. Let me be plain with the people watching at home. There are not enough midwives in this region to staff the ward she wants to reopen. We advertised those posts for two years.

Reopening a building is not the same thing as reopening a service, and I think Ms. Morales knows that.

MORALES: What I know is that you stopped advertising in the third year.

The two also sparred over the closure of smaller clinics. At one point, as the governor described his record, the argument turned into a shouting match.

«⟦stenz|We have never closed a clinic that —⟧» Stenz began, before Morales cut in: «⟦morales|Ardeval. Monteluz. Both in your first term.⟧»

Barreda had to ask both candidates three times to let the other speak, and at one point she turned off their microphones for several seconds. Speaking to reporters after the broadcast, she said the format had been agreed by both campaigns in advance.

«⟦barreda|They knew the rules. I don’t enjoy pressing that button, but I’d do it again,⟧» Barreda said.

On the economy, the candidates stayed closer to their scripts. Stenz pointed to a fall in unemployment to 7.1 percent, the lowest in the region in a decade, and promised to cut the regional income tax for families with children.

«⟦stenz|I’m not asking anyone to believe a promise,⟧» he said. «⟦stenz|I’m asking them to look at four years of results.⟧»

Morales said the new jobs were mostly seasonal work in the coastal hotels and did not reach the valleys. «⟦morales|Ask a young nurse in Sorrin how she feels about the results,⟧» she said, «⟦morales|and then ask her where she’s going to give birth.⟧»

In her closing statement, Morales returned to the ward, and to her own mother, who she said had given birth to her in the same building in 1979.

«⟦morales|I don’t want to be the governor who balanced the books. I want to be the governor who kept the lights on in that hospital,⟧» she said.

Oriane Castagnède, a political scientist at the University of Pellan who studies regional elections, said neither candidate had landed a decisive blow, but that the hospital argument suited Morales.

«⟦castagnede|Every minute they spend talking about San Telmo is a minute on her ground,⟧» Castagnède said. «⟦castagnede|The governor wants this election to be about jobs. Tonight it was about a maternity ward.⟧»

RTV Valdera said in a statement on Friday that 412,000 people had watched at least part of the debate, the largest audience for a political program in the network’s history. «⟦rtv|We are grateful to both candidates for agreeing to take part,⟧» the broadcaster said.

The candidates are scheduled to appear together once more, at a radio forum in Ardeval next week.

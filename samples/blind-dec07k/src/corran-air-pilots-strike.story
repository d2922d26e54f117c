note: An airline strike in British style: single curly marks as the outer quotation marks, curly apostrophes inside them (the same character as the closing mark), a quote inside a quote in double marks (it belongs to the outer quote), punctuation outside partial quotes, "said Mr X" and "Ms X said" tags. The union leader named and carried by "she", with a three-paragraph quote (one gold quote per paragraph); the airline's chief executive with a quote split around an inverted tag ("said Mr Pell"); an airline spokeswoman who did not give her name in line with company policy (justified anonymous); a captain who asked not to be named because pilots had been warned not to talk (justified); a student who gave only her first name (anonymous, no reason: unjustified); the aviation regulator as a body; the transport secretary named, carried by "she".
source: tulliver
  kind: person
  name: Morwenna Tulliver
  aliases: Ms Tulliver | Tulliver | general secretary of the Flight Crew Union
source: pell
  kind: person
  name: Anders Pell
  aliases: Mr Pell | Pell | Corran Air’s chief executive
source: spokeswoman
  kind: anonymous
  name: A spokeswoman for the airline
  aliases: the spokeswoman
  justified: yes
source: captain
  kind: anonymous
  name: A captain with 22 years at the airline
  aliases: the captain
  justified: yes
source: hollie
  kind: anonymous
  name: Hollie
  aliases: A student who gave only her first name
  justified: no
source: deshmukh
  kind: person
  name: Ravi Deshmukh
  aliases: Mr Deshmukh | Deshmukh
source: asa
  kind: organization
  name: The Aviation Standards Authority
  aliases: the regulator
source: strand
  kind: person
  name: Helen Strand
  aliases: Ms Strand | The Transport Secretary
---
Corran Air pilots walk out, grounding 310 flights and stranding 46,000 passengers

Hallwick Airport was brought to a standstill on Friday as pilots at Corran Air began the first strike in the airline’s 38-year history, grounding all but a handful of its flights and leaving tens of thousands of passengers searching for seats on other carriers at the start of the half-term holiday.

The airline cancelled 310 of its 334 scheduled departures and said about 46,000 passengers had been affected. Queues at the rebooking desks in Terminal 2 stretched back through the check-in hall and out on to the pavement by 7am.

The Flight Crew Union, which represents about 1,150 of the airline’s 1,280 pilots, called the 48-hour walkout after talks over a new rostering system collapsed on Wednesday night. Pilots say the system, which the airline plans to introduce in January, would cut their rest between early starts and stack more night flights on to senior crews.

Speaking to several hundred pilots on a picket line at the entrance to the staff car park, Morwenna Tulliver, general secretary of the Flight Crew Union, said her members had run out of patience.

‘⟦tulliver|Nobody who flies for this company wanted to be standing in a car park this morning. We have spent eighteen months asking for one thing, which is a roster that lets a tired pilot sleep.⟧

‘⟦tulliver|What we got instead was a letter telling us that from January the rosters would be set by software, and that anyone who didn’t like it was free to look elsewhere.⟧

‘⟦tulliver|So here we are.⟧’

Ms Tulliver said pilots had logged 212 formal fatigue reports in the past year, more than twice the number of two years earlier. ‘⟦tulliver|One captain told me, “I’ve done three dawn starts in a row and I’m being told I’m lucky”,⟧’ she said. ‘⟦tulliver|That is not a safety culture.⟧’

Anders Pell, Corran Air’s chief executive, said the union had walked away from an offer that included a 6 per cent pay rise over two years and a guaranteed minimum of 12 hours’ rest between shifts.

‘⟦pell|We have made a fair offer,⟧’ said Mr Pell, ‘⟦pell|and it is still on the table this morning.⟧’ He called the strike ‘⟦pell|a deliberate attempt to wreck half-term for families⟧’ and said the new system had been tested for a year on the airline’s cargo flights without a single breach of rest rules.

A spokeswoman for the airline, who in line with company policy did not give her name, said customers whose flights had been cancelled could rebook free of charge on any date until the end of November or claim a full refund. ‘⟦spokeswoman|We are genuinely sorry. We would ask customers not to come to the airport unless they have been told their flight is operating,⟧’ the spokeswoman said.

Not every pilot on the picket line shared the union’s confidence. A captain with 22 years at the airline, who asked not to be named because pilots had been warned by managers not to speak to the press, said some younger first officers were worried about their jobs.

‘⟦captain|I’ll stand here all weekend,⟧’ the captain said. ‘⟦captain|But I’ve got colleagues with a mortgage and a new baby, and they’ve been told the company can hire in crews from abroad. That frightens people.⟧’

Inside the terminal, the mood was a mixture of fury and resignation. Ravi Deshmukh, 41, who had been due to fly to Lisbon with his wife and three children, said he had spent more than two hours in a queue only to be offered a seat on Tuesday.

‘⟦deshmukh|The kids have been packed since Wednesday,⟧’ Mr Deshmukh said. ‘⟦deshmukh|I understand the pilots want to be rested. I’d like to be rested too.⟧’

A student who gave only her first name, Hollie, was sitting on her rucksack near the departures board after her flight to a friend’s wedding in Dublin was cancelled. ‘⟦hollie|I found out from the board, not from the airline,⟧’ she said. ‘⟦hollie|The app still says it’s on time.⟧’

The Aviation Standards Authority said it was monitoring the dispute and reminded airlines of their duty to passengers. Carriers must offer ‘⟦asa|a choice between a refund and rerouting at the earliest opportunity⟧’, the regulator said, and must pay for meals and hotels where passengers are stranded overnight.

The Transport Secretary, Helen Strand, urged both sides to return to talks on Monday at the offices of the independent conciliation service. ‘⟦strand|Families who have saved all year for a holiday should not be caught in the middle of this,⟧’ Ms Strand said.

She said the government had no plans to intervene directly. Asked whether ministers would consider new limits on strikes in aviation, she said only that ‘⟦strand|nothing is off the table⟧’.

The union has said that a second, longer walkout will follow before Christmas if no agreement is reached.

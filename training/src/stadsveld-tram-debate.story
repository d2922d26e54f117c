note: A televised debate between two candidates: after two tagged turns the candidates alternate without tags, starting with a statement rather than a question; later the moderator's tagged question is answered, the other candidate answers back with a tag, and an untagged reply goes to the candidate before him (the last two speakers, not the moderator); a chant with no source and a justified anonymous aide.
source: haverkamp
  kind: person
  name: Piet Haverkamp
  aliases: Deputy Mayor Piet Haverkamp | Haverkamp | the deputy mayor
source: reyn
  kind: person
  name: Lotte Reyn
  aliases: councillor Lotte Reyn | Reyn | Ms. Reyn
source: marchetti
  kind: person
  name: Ilse Marchetti
  aliases: Marchetti | The moderator
source: chamber
  kind: organization
  name: The Stadsveld Chamber of Commerce
source: aide
  kind: anonymous
  name: A campaign aide to Haverkamp
  aliases: the aide
  justified: yes
---
Tram line splits mayoral rivals in sharp television debate

STADSVELD (QW) — The two candidates to be Stadsveld's next mayor clashed over a planned tram line on Tuesday night in their only televised debate, trading interruptions for most of an hour over its cost, its route and who would pay if it ran late.

Deputy Mayor Piet Haverkamp, who has championed the 11-kilometre line since 2023, called it "⟦haverkamp|the best thing this city will build in my lifetime.⟧" His challenger, councillor Lotte Reyn, said it would "⟦reyn|swallow every other promise on the ballot.⟧"

The moderator, Ilse Marchetti of TV Stadsveld, asked each of them to name the line's final cost.

"⟦haverkamp|Four hundred and ten million, and not a cent more,⟧" Haverkamp said.

"⟦reyn|That was the figure two years ago,⟧" Reyn said. "⟦reyn|It was three hundred and sixty the year before that.⟧"

"⟦haverkamp|Prices rose everywhere. Steel rose, wages rose.⟧"

"⟦reyn|And they will rise again, and you will come back to the council for more.⟧"

"⟦haverkamp|We have a fixed-price contract for the rails.⟧"

"⟦reyn|For the rails. Not for the stations, not for the depot, not for moving the water mains.⟧"

Marchetti cut in to move the debate on to the route, which would run through the old market square. "⟦marchetti|Ms. Reyn, would you cancel the line?⟧" she asked.

"⟦reyn|I would pause it and open the books,⟧" Reyn replied.

"⟦haverkamp|A pause is a cancellation with better manners,⟧" Haverkamp said.

"⟦reyn|A pause is what a careful person does before spending four hundred million of other people's money.⟧"

The Stadsveld Chamber of Commerce, which represents about 2,000 businesses, has backed the tram but said last month that market traders needed "⟦chamber|real compensation, not a leaflet⟧" for the two years of works in the square.

Outside the studio, a few dozen Haverkamp supporters chanted "⟦-|Rails, not roads!⟧" as the candidates arrived.

A campaign aide to Haverkamp, who spoke on condition of anonymity because he was not authorized to discuss the campaign's strategy, said the deputy mayor had expected Reyn to attack the cost. "⟦aide|What we did not expect was the word pause. That one will stick,⟧" the aide said.

Reyn told reporters after the debate that she was not against trams. "⟦reyn|I am against blank cheques,⟧" she said. "⟦reyn|There is a difference, and voters can see it.⟧"

Haverkamp, leaving by a side door, was asked whether he had won.

"⟦haverkamp|The tram won. Ask me again in ten years.⟧"

Polls published last week put the two candidates within three points of each other. The election is on Nov. 19.

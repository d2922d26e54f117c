note: A sports story with ordinary tagged quotes and no exchange: organisers as a body, two winners, a race director described first and named in the same sentence whose quote runs over two paragraphs, a study with no named author (the study itself), a runners' club as a body, a spectator named only by his first name with no reason (anonymous, not justified), and a banner with no source.
source: organisers
  kind: organization
  name: Organisers of the Porto Corrado marathon
  aliases: the organisers | the statement
source: ketter
  kind: person
  name: Jonah Ketter
  aliases: Ketter
source: fenoglio
  kind: person
  name: Ilaria Fenoglio
  aliases: Fenoglio
source: strazzi
  kind: person
  name: Paolo Strazzi
  aliases: Strazzi | the race director
source: study
  kind: organization
  name: A study published last year in a sports medicine journal
  aliases: the study
source: club
  kind: organization
  name: The Corrado Runners' Club
  aliases: the club
source: marco
  kind: anonymous
  name: a spectator who gave his name only as Marco
  aliases: Marco
  justified: no
---
Runners wilt as record heat forces changes to Porto Corrado marathon

PORTO CORRADO (QW) — Organisers of the Porto Corrado marathon moved Sunday's start forward by two hours and added eight water stations after forecasts showed temperatures along the course would reach 31 degrees, the highest in the race's 40-year history.

Of the 6,400 runners who started, 212 were treated by medical staff and 14 were taken to hospital, the organisers said in a statement. "⟦organisers|None of those admitted is in a serious condition,⟧" the statement said.

The men's race was won by Jonah Ketter in 2 hours 19 minutes, almost nine minutes outside the course record. "⟦ketter|I stopped looking at the clock after 25 kilometres,⟧" Ketter said. "⟦ketter|Today was about finishing, not about time.⟧"

Ilaria Fenoglio, who won the women's race in 2 hours 41 minutes, said she had poured water over her head at every station. "⟦fenoglio|My shoes were squelching from kilometre ten,⟧" she said, laughing. "⟦fenoglio|I could hear myself coming.⟧"

The race director, Paolo Strazzi, said the organisers had drawn up a heat plan two years ago but had never expected to use all of it.

"⟦strazzi|We had a plan for heat. We did not have a plan for this much heat, and next year we will,⟧" Strazzi said. "⟦strazzi|The start will be at seven, not nine, whatever the forecast says.⟧

"⟦strazzi|I would rather have runners complain that they had to get up early than have them in an ambulance.⟧"

Heat-related collapses have become more common at spring and early-summer races across southern Europe. A study published last year in a sports medicine journal found that such collapses at city marathons in the region had tripled since 2000. "⟦study|Spring races are becoming summer races,⟧" the study concluded, recommending that organisers move start times earlier and set cut-off temperatures at which a race would be cancelled.

The Corrado Runners' Club, whose members make up about a third of the field, said it had asked for an earlier start as long ago as 2023. "⟦club|We are glad the organisers listened. We are sorry it took a day like this,⟧" the club said in a post on its website.

Along the seafront, families sprayed runners with garden hoses, and one group held up a bedsheet painted with the words "⟦-|Keep going, Nonna Rosa!⟧" for a 71-year-old grandmother who finished in just under six hours.

A spectator who gave his name only as Marco said he had run the race eleven times but would not have started on Sunday. "⟦marco|You could see it in their faces at the 30th kilometre. Half of them were walking,⟧" he said.

Strazzi said the organisers would publish a full report on the medical cases within a month.

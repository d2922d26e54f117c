note: A science story in British style: single curly quotation marks outside, double ones inside, and curly apostrophes everywhere. Two studies: the first has a named lead author, so "Okonjo-Hart and her colleagues wrote" is her, and she also speaks in an interview; the second is never credited to a named person, so "the authors wrote" is the study itself, an organization-like source, never anonymous. A university press release speaks for the university, an outside expert is named, and the title of a paper in quotation marks is not a quote.
source: okonjo-hart
  kind: person
  name: Dr Mireille Okonjo-Hart
  aliases: Okonjo-Hart
source: fenholt-study
  kind: organization
  name: A second study
  aliases: the study | the authors
source: tarnwick-uni
  kind: organization
  name: the University of Tarnwick
  aliases: the university | a press release
source: ramaswamy
  kind: person
  name: Priya Ramaswamy
  aliases: Ramaswamy
source: council
  kind: organization
  name: Tarnwick City Council
  aliases: the council
---
City foxes are eating takeaway leftovers and getting heavier, studies find

Urban foxes in two British cities are eating far more discarded takeaway food than they did a decade ago, and some are putting on weight as a result, according to two studies published this week.

The first, led by Dr Mireille Okonjo-Hart of the University of Tarnwick, analysed the stomach contents of 212 foxes killed on roads in Tarnwick between 2019 and 2024 and compared them with samples collected in the same city in the early 2010s.

The share of each fox’s diet that came from food packaging, bins and street litter roughly doubled over the period, to about 38 per cent, while the share made up of rodents and earthworms fell. Okonjo-Hart and her colleagues wrote that the change was ‘⟦okonjo-hart|large, consistent across every district sampled, and closely tied to the spread of late-night delivery services⟧’.

The paper, published in the journal Urban Ecology under the title ‘Fast food, slow foxes’, found that the average adult fox in the recent sample weighed about 7 per cent more than its counterpart a decade earlier.

‘⟦okonjo-hart|We expected a shift. We didn’t expect one this big,⟧’ Okonjo-Hart said in an interview. ‘⟦okonjo-hart|A fox that finds half a kebab under every bench doesn’t need to hunt, and a fox that doesn’t hunt is a different animal, in a quite literal sense.⟧’

She said the team had first noticed the pattern when a student, sorting samples in the lab, asked why so many contained chips. ‘⟦okonjo-hart|She came to me and said, “Either these foxes have very good taste or something has changed,” and she was right about the second part,⟧’ Okonjo-Hart said.

The University of Tarnwick, in a press release announcing the findings, described the study as ‘⟦tarnwick-uni|the most detailed picture yet of how a British city’s wildlife eats⟧’ and said the work had been funded by a grant from a wildlife charity.

A second study, carried out by a team at the Fenholt Institute in Marlowe and published in the same issue, tracked 46 foxes fitted with GPS collars across a single winter. It found that the animals spent nearly a third of their active hours within 50 metres of a fast-food outlet or a large bin.

‘⟦fenholt-study|Foxes in the study area organised their nightly movements around the opening hours of food outlets rather than around the availability of natural prey,⟧’ the authors wrote. The study said the collared foxes covered shorter distances on nights after the bins were emptied late, which it called ‘⟦fenholt-study|a striking sign of how closely the animals track human routines⟧’.

Not everyone is convinced that the findings are cause for alarm. Priya Ramaswamy, a wildlife biologist at Kellbrook University who was not involved in either study, said urban foxes had always been opportunists.

‘⟦ramaswamy|Foxes ate our rubbish in the 1950s, too. The menu has changed, not the habit,⟧’ Ramaswamy said. She said the weight gain was ‘⟦ramaswamy|real, but modest⟧’ and might reflect milder winters as much as diet. ‘⟦ramaswamy|I would want to see a few more years of data before anyone starts talking about fat foxes as a public health story.⟧’

Okonjo-Hart agreed that the study could not separate the two effects entirely, but said the change in diet was large enough to matter for the animals’ health. Foxes in the recent sample had more dental disease and higher levels of salt in their tissue, the paper found.

Tarnwick City Council, which collects commercial waste in the city centre, said it would look at both studies. ‘⟦council|If the bins on our high streets are feeding the local wildlife, that is something we ought to know about,⟧’ the council said in a statement.

The researchers say the fix may be simple. ‘⟦okonjo-hart|Lids,⟧’ Okonjo-Hart said. ‘⟦okonjo-hart|Heavy ones.⟧’

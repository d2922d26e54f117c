note: A science press-conference story in British style: single curly quotation marks with curly apostrophes inside them (the same character as the closing mark). The mission's principal investigator named and carried by "she"; her deputy named only once, in a quote split around its tag; the agency's statement as a body ("the agency said in a statement"); an outside scientist described first, with a partial quote, and named only in the next sentence; a minister quoted "through a spokesman" (his own words, so he is the source); two nicknames in single marks that nobody is said to have said (not quotes).
source: agency
  kind: organization
  name: the Westmarch Space Agency
  aliases: the agency | WSA
source: achterberg
  kind: person
  name: Rosalind Achterberg
  aliases: Dr Rosalind Achterberg | Dr Achterberg | Achterberg
source: mwangi-ferris
  kind: person
  name: Tobias Mwangi-Ferris
  aliases: Dr Tobias Mwangi-Ferris | Her deputy
source: vass
  kind: person
  name: Eleanor Vass
  aliases: Professor Eleanor Vass | Vass | A planetary geologist at the University of Strathcairn
source: pullinger
  kind: person
  name: Gareth Pullinger
  aliases: Pullinger | The science minister
---
Probe finds water-bearing rock on asteroid Orrin hours after arrival

KESTON — A spacecraft that spent six years travelling to the asteroid Orrin has found signs of water locked inside its rocks, scientists said on Tuesday, hours after the probe slipped into orbit around the 900-metre-wide body at the first attempt.

The Velda probe, built and operated by the Westmarch Space Agency (WSA), fired its main engine for 41 minutes early on Tuesday morning to slow itself enough to be captured by Orrin's faint gravity. Mission controllers at the agency's centre in Keston waited almost 19 minutes for the signal confirming the burn to cross the 340 million kilometres back to Earth.

‘⟦achterberg|I don’t think anyone in that room breathed for the last two minutes,⟧’ Dr Rosalind Achterberg, the mission’s principal investigator, told a press conference at the centre. ‘⟦achterberg|When the numbers came up green, one of our flight engineers sat down on the floor and wouldn’t get up.⟧’

She said the probe’s infrared spectrometer had begun taking readings within an hour of arrival, and that the first set showed a clear signature of minerals that form only in the presence of liquid water.

‘⟦achterberg|We didn’t expect to be saying this on day one,⟧’ she said. ‘⟦achterberg|We expected to spend a month calibrating. Instead the instrument team came to me at breakfast with a plot they couldn’t stop smiling at.⟧’

Dr Achterberg, who has led the science team since the mission was approved in 2017, cautioned that the result was preliminary and that the readings covered only about a tenth of the surface. The team will spend the next four months mapping the asteroid from a height of about two kilometres before attempting to collect a sample in the spring.

The early images show a surface far rougher than the team had hoped for. A wide, shallow crater near Orrin’s equator, which the camera team has already nicknamed ‘the Teacup’, is ringed by boulders, some as large as a lorry. A smoother plain to its north, known within the team as ‘the Lawn’, is now the favoured landing site.

Her deputy, Dr Tobias Mwangi-Ferris, who is responsible for the sampling arm, said the boulders had forced the team to rethink its plans. ‘⟦mwangi-ferris|We designed the arm for gravel, and Orrin has given us furniture,⟧’ he said. ‘⟦mwangi-ferris|We’ll need every week between now and April to find a patch that won’t tip us over.⟧’

In a statement released as the press conference began, the agency said the arrival was ‘⟦agency|the most complex manoeuvre ever performed by a Westmarch spacecraft⟧’ and thanked the more than 1,400 engineers and scientists at 23 universities and companies who had worked on the mission.

‘⟦agency|Velda has already repaid the trust that taxpayers placed in it,⟧’ the agency said in the statement. ‘⟦agency|The science it returns over the coming year will be studied for decades.⟧’

The mission, which has cost about £710 million, was nearly cancelled in 2020 when a fault in its solar panels delayed the launch by 14 months. Dr Achterberg said that the team had spent that year rewriting the probe’s software to make the most of the extra time.

‘⟦achterberg|People forget that a delay isn’t only bad news. It gave us a year to think,⟧’ she said. ‘⟦achterberg|A good deal of what we did this morning was planned during that year.⟧’

Scientists outside the mission welcomed the early results. A planetary geologist at the University of Strathcairn, who has no role in the mission, called the water signature ‘⟦vass|the best news the field has had in years⟧’. Professor Eleanor Vass has observed Orrin through ground-based telescopes since 2009 and had predicted, in a paper published in 2021, that its rocks would be rich in clays.

‘⟦vass|It’s very pleasant to be proved right, but it’s far more interesting to find out how I was wrong, and I suspect Velda will show us that too,⟧’ she said. ‘⟦vass|Clays on the surface tell you water was there once. They don’t tell you when, or for how long.⟧’

The science minister, Gareth Pullinger, who had been due to attend the briefing but was kept in the capital by a vote, said through a spokesman that the mission showed what Westmarch’s engineers could do.

‘⟦pullinger|Tonight every child who has ever drawn a rocket on the back of an exercise book should feel a little taller,⟧’ Pullinger said through the spokesman. ‘⟦pullinger|This is their achievement as much as anyone’s.⟧’

The probe is due to leave Orrin in 2028 and return its sample capsule to Earth in 2031, landing in the salt flats of the country’s southern desert. Asked what she would do with the rest of her day, Dr Achterberg smiled.

‘⟦achterberg|Sleep, I think,⟧’ she said. ‘⟦achterberg|And then we start work.⟧’

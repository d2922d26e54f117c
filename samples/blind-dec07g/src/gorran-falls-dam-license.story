note: An energy and environment wire story in curly marks and curly apostrophes. A federal commission's ruling as a body ("In its ruling, the agency said", partial quotes); a dissenting commissioner named; a utility as a body ("the company said in a statement", then "it said" right after a sentence ending in a river's name); its chief executive named, with "they" inside her quote meaning the customers; an environmental group as a body ("called the ruling", "the group said"); a study with a named lead author ("the authors wrote", then "they wrote" right after a mountain range's name, with "they" inside the quote meaning the fish), then the lead author herself through "she"; an economist at a named university carried by "he".
source: commission
  kind: organization
  name: The Federal Waterpower Commission
  aliases: the agency | the commission
source: lintz
  kind: person
  name: Adebayo Lintz
  aliases: Commissioner Adebayo Lintz | Lintz
source: utility
  kind: organization
  name: Kestrin Valley Electric
  aliases: the company | Kestrin Valley | the utility
source: brandvold
  kind: person
  name: Celia Brandvold
  aliases: Brandvold | Kestrin Valley’s chief executive
source: riverkeepers
  kind: organization
  name: The Tamsel Riverkeepers
  aliases: the group
source: quist
  kind: person
  name: Rosalind Quist
  aliases: Quist | the authors | Dr. Rosalind Quist
source: reinholt
  kind: person
  name: Tomas Reinholt
  aliases: Reinholt
---
Regulators renew Gorran Falls dam license but order $310 million fish passage

LISKERN (Wire) — Federal regulators on Thursday granted Kestrin Valley Electric a 30-year renewal of its license to run the Gorran Falls hydroelectric dam on the Tamsel River, but ordered the utility to build passage for migrating fish at an estimated cost of $310 million, a condition the company had fought for five years.

The Federal Waterpower Commission’s 3-1 decision ends one of the longest licensing disputes in the agency’s history. The dam, finished in 1958, can generate up to 540 megawatts, enough to supply about 412,000 homes, and is the largest source of electricity in the region.

In its ruling, the agency said the dam had “⟦commission|cut off more than 90 percent of the historical spawning habitat⟧” of the river’s salmon and sea trout, and that the company’s program of catching fish below the dam and trucking them upstream “⟦commission|has not worked, and there is nothing in the record to suggest that it will.⟧”

“⟦commission|A license to use a public river carries an obligation to the life in it,⟧” the commission wrote. It gave Kestrin Valley until the end of 2031 to finish the work.

Commissioner Adebayo Lintz, the lone dissenter, wrote that the order “⟦lintz|places the full cost of a century of decisions on the ratepayers of a single utility⟧” and that the commission should have allowed a cheaper design to be tested first.

Kestrin Valley’s chief executive, Celia Brandvold, said the company would comply with the order while it considered whether to ask for a rehearing.

“⟦brandvold|We will build what the commission has told us to build,⟧” Brandvold said in a call with reporters. “⟦brandvold|But our customers are going to pay for it, and they deserve to hear that from us today, not in a bill two years from now.⟧”

The company said in a statement that the work could add about $4 a month to the average household bill for a decade. “⟦utility|Gorran Falls has delivered clean, reliable power to this region for nearly seventy years, and it will keep doing so,⟧” the company said.

Kestrin Valley said construction would begin in 2028 with a series of fish ladders along the eastern bank of the Tamsel River. “⟦utility|We expect the first ladders to be carrying fish by the spring of 2031,⟧” it said.

The Tamsel Riverkeepers, an environmental group that petitioned the commission in 2021 to attach the fish-passage condition to the license, called the ruling “⟦riverkeepers|the best news this river has had since the concrete was poured.⟧”

“⟦riverkeepers|For sixty-eight years the salmon have been swimming into a wall. Now somebody has finally been told to build them a door,⟧” the group said.

Much of the commission’s reasoning rested on a 2024 study in the journal Freshwater Systems, led by Dr. Rosalind Quist, a fisheries biologist at the University of Ambrey. Using tagged fish, river surveys and records kept by a hatchery since the 1950s, Quist and four colleagues estimated how many salmon the upper river could support if the fish could reach it.

“⟦quist|Passage at Gorran Falls alone could restore a spawning run of 40,000 to 60,000 fish within two decades,⟧” the authors wrote. Salmon once ran as far as the foothills of the Hesper Mountains, more than 200 kilometers upstream, and “⟦quist|could do so again if they are given a way around the dam,⟧” they wrote.

Reached by phone, Quist said she had not expected the commission to rely so heavily on the study. “⟦quist|We wrote it for other biologists,⟧” she said. “⟦quist|It is a strange feeling to open a federal ruling and see your own graphs in it.⟧”

Not everyone is convinced that the benefits will match the bill. Tomas Reinholt, an energy economist at Pellingham University who has studied dam relicensing for two decades, said the utility’s cost estimate was, if anything, low.

“⟦reinholt|Projects like this one almost always come in over budget, often by a third or more,⟧” Reinholt said. He said the commission had been right to weigh the river’s fish against the dam’s power, but that the region’s households would carry the cost in a way the ruling did not fully acknowledge.

“⟦reinholt|The fish are a public good, and the bill is private,⟧” he said. “⟦reinholt|That is a policy choice, and it should be made out loud.⟧”

Kestrin Valley has 30 days to ask the commission to reconsider. The Tamsel Riverkeepers said they would oppose any request for a rehearing.

note: A science story in curly double marks with a nested single quote. The study has a named lead author and unnamed co-authors, so "Venn and four co-authors wrote" and later "the authors wrote" are the lead author; the university speaks through a press release (organization); an outside expert is described and then named in the next sentence; a nickname in quotation marks is not a quote.
source: venn
  kind: person
  name: Priyanka Venn
  aliases: Dr. Priyanka Venn | Venn
source: ostmark
  kind: organization
  name: the University of Ostmark
  aliases: The university
source: reel
  kind: person
  name: Tomasz Reel
  aliases: Dr. Tomasz Reel | Reel
source: hask
  kind: person
  name: Gerald Hask
  aliases: Hask
---
Lichens on old gravestones kept a century-long record of coal smoke, study finds

The pale crusts of lichen that cover old gravestones have been quietly recording the air people breathed for more than a hundred years, according to a study published on Wednesday in the journal Environmental Archives.

Researchers at the University of Ostmark sampled lichens from 312 headstones in nine cemeteries around the former mining town of Dunmere, using the carved death dates as a calendar: a lichen cannot be older than the stone it grows on. By measuring sulfur and lead in thin slices of each colony, the team reconstructed pollution levels back to the 1880s.

“⟦venn|A gravestone is the only object in a town that tells you, in stone, exactly when it was put outside,⟧” said Dr. Priyanka Venn, an environmental chemist who led the study. “⟦venn|Everything else we had to guess. This we could read.⟧”

The readings rise steeply through the early twentieth century, peak around 1952 and fall sharply after the town’s last coal-fired foundry closed in 1971, matching the few air measurements that survive from the period.

In the paper, Venn and four co-authors wrote that the lichens offered “⟦venn|a cheap and surprisingly faithful archive⟧” for towns that never had monitoring stations. The authors wrote that the method would not work everywhere: lichens die off entirely where pollution is heaviest, leaving gaps in the record “⟦venn|precisely where the story is worst.⟧”

The University of Ostmark announced the findings in a press release, calling the cemeteries “⟦ostmark|open-air laboratories that have been running since Victorian times.⟧” The university said the project had been funded in part by a local heritage trust and had used no samples from graves less than fifty years old.

Venn said the team had sought permission from parish councils and, where possible, from families. Some relatives had been curious rather than wary, she said. One man asked her to test his grandfather’s stone first.

“⟦venn|He told me his grandfather used to say, ‘The foundry paid for the house and took the lungs,’ and he wanted to see it written down somewhere,⟧” Venn said. “⟦venn|In a way, it was.⟧”

A researcher who has studied tree rings as pollution records for two decades was more cautious. Dr. Tomasz Reel, of the Baltic Institute of Climate Records, who was not involved in the study, said lichens could pick up lead from the stone itself and from paint on nearby railings.

“⟦reel|It is an elegant idea, and the trend is convincing,⟧” Reel said. “⟦reel|I would be careful with any single decade. Cemeteries are not sealed boxes.⟧”

He said he would like to see the results compared against peat cores from the moors above Dunmere, which trap airborne metals year by year.

Venn said her group planned to do exactly that next summer, and to extend the survey to two port towns where shipping fuel, rather than coal, dominated the air.

Local people have long called the crusts “grave frost,” for the way they whiten old stones in winter light. Gerald Hask, 68, who has tended the Dunmere parish cemetery since 1994, said he had scraped the lichen off for years before a visiting student asked him to stop.

“⟦hask|I thought I was cleaning,⟧” Hask said. “⟦hask|Turns out I was throwing away the town’s medical records.⟧”

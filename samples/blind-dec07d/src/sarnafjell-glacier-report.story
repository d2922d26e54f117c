note: A science and climate story in straight marks, with guillemets for some quotes. A research institute's report as a body ("the report said", "It said ... were "…"", partial quotes); a report title in quotation marks (not a quote); a study with a named lead author and unnamed co-authors ("the researchers wrote", "they wrote": the lead author); a climate minister in guillemets, carried by "he"; an independent scientist described first ("A glaciologist at the University of Varnholt who was not involved in the study") and named in the next sentence, carried by "she".
source: institute
  kind: organization
  name: the Halvmark Institute for Polar Research
  aliases: the institute | the report | The institute's report
source: solvang
  kind: person
  name: Ingrid Solvang
  aliases: Dr. Ingrid Solvang | Solvang | the researchers
source: tiel
  kind: person
  name: Rasmus Tiel
  aliases: Tiel | Climate Minister Rasmus Tiel
source: brennholt
  kind: person
  name: Katja Brennholt
  aliases: Brennholt | A glaciologist at the University of Varnholt who was not involved in the study
---
Sarnafjell glaciers losing ice twice as fast as a decade ago, institute says

LJORVIK (Wire) — Glaciers in the Sarnafjell range are losing ice at roughly twice the rate they did a decade ago, and several of the smaller ones could vanish within 25 years, according to a report released on Wednesday by the Halvmark Institute for Polar Research.

The report, titled "Thin Ice, Long Shadows," draws on measurements from 212 glaciers that the institute has monitored since 1994. It found that they lost an average of 1.4 meters of ice thickness a year between 2019 and 2025, against about 0.7 meters a year in the decade before, and described the trend as "⟦institute|unambiguous and accelerating.⟧"

"⟦institute|What was a slow retreat has become a collapse at the lower elevations,⟧" the report said. It said the range's smallest glaciers were "⟦institute|unlikely to survive past the middle of the century⟧" under any of the emissions pathways now under discussion by governments.

The institute's report was released alongside a study in the Journal of Mountain Ice led by Dr. Ingrid Solvang, a geographer at Nordvik University, which used 40 years of satellite images and aerial photographs to reconstruct the retreat of the range's largest glacier, the Orrbreen.

Solvang and five co-authors found that the Orrbreen's snout had retreated about 1,850 meters since 1985, more than half of it in the past 12 years, and that its surface had dropped by as much as 60 meters near the front.

"⟦solvang|The Orrbreen is no longer in balance with today's climate, let alone tomorrow's,⟧" the researchers wrote. Meltwater from the glacier feeds the Orra River, which supplies a hydroelectric plant and about 14,000 households downstream, and "⟦solvang|a change of this size will be felt in every valley below it,⟧" they wrote.

In an interview, Solvang said the team had spent months checking its results against field records. "⟦solvang|We kept going back to the numbers because we did not want to believe them,⟧" she said. "⟦solvang|Then the field teams sent us their photographs, and there was nothing left to argue about.⟧"

Climate Minister Rasmus Tiel said the government would study both documents before the budget debate in March.

«⟦tiel|These figures are a warning, and we take them as one,⟧» Tiel told reporters in Ljorvik. «⟦tiel|But no country can save a glacier on its own. The ice in Sarnafjell is melting because of emissions everywhere.⟧»

He said the government would keep its target of cutting emissions by 55 percent by 2035 and did not plan to move it forward. «⟦tiel|I will not promise what I cannot deliver,⟧» he said.

Environmental groups criticized that answer. The institute itself made no policy recommendations, but the report said that the pace of loss "⟦institute|leaves little time for communities downstream to adapt their water supplies.⟧"

A glaciologist at the University of Varnholt who was not involved in the study said its findings matched what field teams had seen on the ground. Katja Brennholt, who has measured the position of the Orrbreen's front every summer since 2008, said the change was visible to anyone who visited.

"⟦brennholt|Every year we walk further from the car park to reach the ice,⟧" Brennholt said. "⟦brennholt|In 2008 it was twenty minutes. This summer it was well over an hour.⟧"

She cautioned, however, that the study's estimate of future runoff was «⟦brennholt|at the high end of what is plausible⟧», because it assumed that summers would keep warming at the rate of the past decade. "⟦brennholt|The direction is not in doubt,⟧" she said. "⟦brennholt|The speed is where honest scientists can still disagree.⟧"

The institute said it would repeat its survey in 2028, with drones added to the aircraft it now uses, and would publish its raw measurements online for other researchers to check.

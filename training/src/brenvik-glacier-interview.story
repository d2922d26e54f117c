note: A newspaper interview with a glaciologist: two tagged turns, then the reporter and the scientist alternate without tags, starting with a question; one untagged answer runs over two paragraphs (one speaker); a study with a named lead author (he and his colleagues wrote: the lead author), a study credited to no one (the study itself, an organization-like source), the park authority as a body; the exchange resumes after a paragraph that names both, and the headline quote is the scientist's.
source: aune
  kind: person
  name: Signe Aune
  aliases: Dr. Signe Aune | Aune
source: ferrante
  kind: person
  name: Nadia Ferrante
  aliases: Ferrante
source: malby
  kind: person
  name: Dr. Owen Malby
  aliases: Malby
source: study
  kind: organization
  name: A separate study
  aliases: the study
source: park
  kind: organization
  name: the Hesselfjell National Park authority
  aliases: The park authority | the authority
---
"⟦aune|The ice is not waiting for us⟧": a glaciologist on the Brenvik's retreat

HESSELFJELL (QW) — The Brenvik glacier lost 41 metres of length last summer, the most since measurements began in 1931, according to figures released on Friday by the Hesselfjell National Park authority. Dr. Signe Aune, who has measured the glacier's snout every September for 22 years, spoke to the Valley Post's Nadia Ferrante at the park's research hut.

"⟦ferrante|When did you first think the retreat was speeding up?⟧" Ferrante asked.

"⟦aune|Around 2015,⟧" Aune said. "⟦aune|Before that we lost ten, twelve metres a year. Then twenty. Now this.⟧"

"⟦ferrante|Is 41 metres a freak year?⟧"

"⟦aune|I would like to think so. The last three summers say otherwise.⟧"

"⟦ferrante|What changed?⟧"

"⟦aune|The winters. We still get snow, but it comes late and it goes early. The glacier is living on its savings.⟧

"⟦aune|And the dark dust from the moraine settles on the ice now that there is less fresh snow to bury it. Darker ice melts faster. It feeds itself.⟧"

"⟦ferrante|Can anything slow it down?⟧"

"⟦aune|Locally? Not really. You can cover a ski slope with blankets. You cannot cover a glacier.⟧"

Aune's measurements match the findings of a study published in March by Dr. Owen Malby of Tarn University, which compared the snouts of 60 glaciers in the range. "⟦malby|The Brenvik is not an outlier. It is the rule, arriving early,⟧" Malby and his colleagues wrote.

A separate study, commissioned by the region's hydropower operators, found that summer meltwater in the Brenvik's river had peaked in 2022 and was now declining. "⟦study|Peak water has passed for this catchment,⟧" the study said, warning that late-summer flows could fall by a fifth within 20 years.

The park authority said in a statement that it would close the lower glacier path for the rest of the season because of falling ice at the snout. "⟦park|Visitors should view the glacier from the marked platform only,⟧" the authority said.

Back at the hut, Ferrante asked Aune whether she would keep measuring.

"⟦aune|As long as there is something to measure. The ice is not waiting for us,⟧" Aune said. "⟦aune|My students joke that they will be measuring a puddle.⟧"

"⟦ferrante|Do you laugh?⟧"

"⟦aune|Less than I used to.⟧"

Aune's next measurement is due in the second week of September, when the park closes for the winter and the snout can be reached on foot from the lower hut. She said she would take two students with her this year, and a laser range-finder bought with money from a local bank.

"⟦aune|The old tape measure is retiring. I am not,⟧" she said.

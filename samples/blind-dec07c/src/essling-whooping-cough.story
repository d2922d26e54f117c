note: A public-health story in straight marks with single-quoted nested quotes (they belong to the outer quote). The provincial health agency speaks through its report as a body ("according to the agency's report", partial quotes from "the report"); a named epidemiologist; a study with a named lead author and unnamed co-authors, so "the authors wrote" is the lead author; a named hospital spokeswoman; a patient identified by first name only with the reason given (justified anonymous); a nurse who "asked not to be named", with no reason (unjustified anonymous).
source: agency
  kind: organization
  name: the Essling Provincial Health Agency
  aliases: the agency | The report | the agency's report
source: korsgaard
  kind: person
  name: Nadia Korsgaard
  aliases: Dr. Nadia Korsgaard | Korsgaard
source: imre
  kind: person
  name: Halvard Imre
  aliases: Dr. Halvard Imre | Imre | the authors
source: feckett
  kind: person
  name: Lorna Feckett
  aliases: Feckett | a spokeswoman for the hospital
source: teodor
  kind: anonymous
  name: Teodor
  aliases: a 58-year-old bus mechanic from Vallenby
  justified: yes
source: nurse
  kind: anonymous
  name: A nurse on the hospital's infant ward
  aliases: the nurse
  justified: no
---
Whooping cough cases in Essling reach highest level in thirty years, agency says

VALLENBY — Cases of whooping cough in the province of Essling have risen to their highest level in three decades, and four infants too young to be vaccinated have died of the disease since January, according to a report published on Tuesday by the Essling Provincial Health Agency.

The province recorded 3,870 confirmed cases in the first eleven months of the year, against 412 in the whole of last year, according to the agency's report. More than a third of the patients admitted to hospital were babies under six months old.

The report called the rise "⟦agency|a sustained epidemic rather than a seasonal peak⟧" and said vaccination rates among pregnant women, whose antibodies protect newborns in their first weeks, had fallen to 61 percent from 78 percent five years ago. It urged doctors to offer the vaccine "⟦agency|at every antenatal appointment, not only when asked.⟧"

The agency said the increase was not limited to Essling. Neighboring provinces have reported smaller rises, and whooping cough, or pertussis, tends to surge every three to five years. But the scale of this year's outbreak has surprised specialists.

"⟦korsgaard|We expected a bad year. We did not expect this,⟧" said Dr. Nadia Korsgaard, an epidemiologist at the University of Vallenby who has tracked respiratory infections in the province since 2009. "⟦korsgaard|The babies are the ones who pay for it, and they are the ones who had no say.⟧"

Korsgaard said part of the rise could be explained by better testing, since more clinics now use rapid laboratory tests that pick up mild cases in adults. "⟦korsgaard|Testing finds cases. It does not fill intensive care beds,⟧" she said. "⟦korsgaard|The hospital numbers are real.⟧"

A study published last month in the Northern Journal of Infectious Disease suggests that protection from the childhood vaccine fades faster than once thought. Dr. Halvard Imre, a pediatrician at Ostvik University Hospital who led the study, and his colleagues followed 14,200 children in three provinces for eight years.

Protection against infection fell by about half within four years of the last childhood dose, the study found. The authors wrote that the finding "⟦imre|argues strongly for a booster in early adolescence⟧" and that adults in close contact with newborns should be revaccinated.

In an interview, Imre said the results should not be read as a reason to doubt the vaccine. "⟦imre|Parents hear 'the vaccine wears off' and they hear 'the vaccine doesn't work,'⟧" he said. "⟦imre|Those are very different sentences. It works. It just needs topping up.⟧"

At St. Brennan's Children's Hospital in Vallenby, the region's main pediatric hospital, eleven of the twenty beds on the infant ward were occupied by babies with whooping cough on Monday, said Lorna Feckett, a spokeswoman for the hospital.

"⟦feckett|Our staff have been working extra shifts since September,⟧" Feckett said. "⟦feckett|We have not turned anyone away, and we will not.⟧"

A nurse on the hospital's infant ward, who asked not to be named, said the hardest part was watching babies struggle for breath at night, when coughing fits are often worst.

"⟦nurse|You stand by the cot with the oxygen ready and you count,⟧" the nurse said. "⟦nurse|Some nights I count to forty before the baby breathes in.⟧"

Adults often mistake the illness for a stubborn cold. Teodor, a 58-year-old bus mechanic from Vallenby, coughed for nine weeks this autumn before he was diagnosed. He asked that his surname not be published because his employer does not know he was ill and he worries about his job.

"⟦teodor|My doctor listened for about ten seconds and said, 'That's not a cold, that's the hundred-day cough,' and I laughed at her,⟧" he said. "⟦teodor|I stopped laughing around week six. I cracked a rib coughing.⟧"

He said he had visited his newborn granddaughter twice before his diagnosis. She did not fall ill. "⟦teodor|I think about that every day,⟧" he said.

The agency said it would open walk-in vaccination clinics in eight towns from next week and would write to every family doctor in the province. Its report said that the target of vaccinating 90 percent of pregnant women "⟦agency|remains achievable within two years⟧" if the clinics were well used.

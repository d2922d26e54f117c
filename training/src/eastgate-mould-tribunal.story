note: A housing tribunal: the chair questions a landlord and the two alternate without tags; an untagged quote after a paragraph in which the chair acts is hers, and one after a paragraph about the landlord is his (a speaker continuing, not a new turn); an inspector quoted with a tag, a tenant named only by her first name for a stated reason (anonymous, justified), a tenants' association and the tribunal as bodies, and a headline quote that is the landlord's.
source: beck
  kind: person
  name: Oriana Beck
  aliases: Beck | The tribunal's chair
source: marsh
  kind: person
  name: Lucian Marsh
  aliases: Marsh | Mr. Marsh | A landlord who owns 23 flats in two blocks on Quarry Lane | Landlord
source: tallis
  kind: person
  name: Ruben Tallis
  aliases: Tallis | the city's housing inspector
source: dagny
  kind: anonymous
  name: A tenant identified only as Dagny
  aliases: Dagny
  justified: yes
source: association
  kind: organization
  name: The Eastgate Tenants' Association
source: tribunal
  kind: organization
  name: the Eastgate Housing Tribunal
  aliases: The tribunal
---
Landlord tells housing tribunal mould was "⟦marsh|the tenants' own doing⟧"

EASTGATE (QW) — A landlord who owns 23 flats in two blocks on Quarry Lane told the Eastgate Housing Tribunal on Thursday that mould found in most of them was "⟦marsh|the tenants' own doing,⟧" caused by laundry dried indoors, as the tribunal began hearing complaints from 17 households.

Lucian Marsh, 64, appeared without a lawyer. The tribunal's chair, Oriana Beck, questioned him for about an hour.

"⟦beck|When did you first hear about the mould in flat 4B?⟧" Beck asked.

"⟦marsh|In the winter of last year,⟧" Marsh said. "⟦marsh|A letter from the tenant.⟧"

"⟦beck|What did you do?⟧"

"⟦marsh|I sent a man to paint over it.⟧"

"⟦beck|Paint over it, or treat it?⟧"

"⟦marsh|He used a special paint. For bathrooms.⟧"

"⟦beck|And when it came back?⟧"

"⟦marsh|I told her to open the windows.⟧"

Beck then showed him photographs taken in October by the city's housing inspector, Ruben Tallis, of black mould across a bedroom ceiling.

"⟦beck|That is a bedroom, Mr. Marsh. Nobody dries laundry on a bedroom ceiling.⟧"

"⟦marsh|You would be surprised what people do.⟧"

Marsh said the blocks had been built in the 1960s and that he had replaced all the windows in 2019 at his own cost. He took a folder of invoices from his bag and held it up.

"⟦marsh|Forty thousand on windows. Nobody mentions that. Nobody ever mentions what a landlord spends.⟧"

Tallis told the tribunal that he had found damp readings above the safe limit in 19 of the 23 flats and that the extractor fans in most bathrooms had been disconnected. "⟦tallis|In several flats the fan had no power at all. The switch was there, the wire was not,⟧" he said.

A tenant identified only as Dagny, who asked that her surname not be used because she fears she will be evicted, told the tribunal that her daughter had been treated for asthma twice this year. "⟦dagny|I open the windows. I open them in January. It does not help,⟧" she said.

The Eastgate Tenants' Association, which helped the households bring the case, said the hearing had shown "⟦association|a pattern of neglect, not a run of bad luck.⟧"

The tribunal said it would issue its decision within six weeks and could order repairs, rent reductions or both. Beck adjourned the hearing until Tuesday, when Marsh is due to call a surveyor.

"⟦marsh|I look forward to it,⟧" Marsh said as he left. "⟦marsh|Then we will hear some facts.⟧"

note: A television interview with a minister: two tagged turns, then the presenter and the minister alternate without tags, starting with a question; after a paragraph saying the presenter asked, a three-paragraph untagged answer is the minister's although he spoke last (an answer, not the next turn); the name of a programme in quotation marks (not a quote), the ministry as a body, an opposition spokeswoman with a partial quote and a full one, and an unnamed officer who only declined to be named (not justified).
source: roos
  kind: person
  name: Arvid Roos
  aliases: Defence Minister Arvid Roos | Roos | the minister
source: castell
  kind: person
  name: Miriam Castell
  aliases: presenter Miriam Castell | Castell
source: ministry
  kind: organization
  name: The defence ministry
source: lind
  kind: person
  name: Edda Lind
  aliases: Lind
source: officer
  kind: anonymous
  name: A serving officer at the Varholm air base
  aliases: the officer
  justified: no
---
Minister defends helicopter purchase in tense TV interview

VARHOLM (QW) — Defence Minister Arvid Roos on Sunday defended the purchase of 12 transport helicopters that have spent more time in the hangar than in the air, telling a television interviewer that the fleet's problems were "⟦roos|teething, not rot.⟧"

Roos was interviewed for 25 minutes on "Evening Line," the public broadcaster's current-affairs programme, by presenter Miriam Castell, who began by reading the fleet's availability figures aloud.

"⟦castell|Four of twelve flying on an average day. Is that what the country paid for?⟧" Castell asked.

"⟦roos|No, and I have never said it was,⟧" Roos said. "⟦roos|The contract promised nine of twelve. We are holding the manufacturer to that.⟧"

"⟦castell|Holding them how?⟧"

"⟦roos|With penalties. We withheld 40 million last quarter, and we will withhold more.⟧"

"⟦castell|Meanwhile the crews train on simulators.⟧"

"⟦roos|The crews train on simulators, on the helicopters that do fly, and on the old fleet, which we kept in service precisely because we expected a slow start.⟧"

"⟦castell|Did you expect four of twelve?⟧"

"⟦roos|I expected better than four.⟧"

Castell then asked whether he would consider cancelling a second order of eight helicopters, due to be signed next spring.

"⟦roos|Let me be careful here, because people in the armed forces are listening and they deserve a straight answer.⟧

"⟦roos|If the manufacturer cannot show us by March that the first twelve work as promised, I will not sign for eight more. I will not sign for one more.⟧

"⟦roos|But I am not going to cancel a contract on a Sunday evening on television because the first year was hard.⟧"

The defence ministry said in a statement after the broadcast that the manufacturer had delivered replacement gearbox parts for six of the aircraft and that availability "⟦ministry|should improve markedly by the summer.⟧"

Edda Lind, the opposition's defence spokeswoman, said the minister had "⟦lind|run out of patience with everyone except the manufacturer.⟧" "⟦lind|He talks about penalties as if they were a victory. Forty million is what the country loses every month these machines sit on the ground,⟧" Lind said.

A serving officer at the Varholm air base, who declined to be named, said crews had been told to log simulator hours as flight training. "⟦officer|On paper we are ready. In the air we are not,⟧" the officer said.

Roos ended the interview by saying that he would report to parliament's defence committee in January, and that he would bring the manufacturer's chief executive with him.

"⟦roos|If they want to explain it to me, they can explain it to the committee too,⟧" he said.

The helicopters, bought in 2024 for 1.9 billion crowns, replaced a fleet that had been flying since the 1980s.

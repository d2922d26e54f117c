note: A hospital strike in straight marks and straight apostrophes. The union as a body ("the union said in a statement", "The association said", a partial quote); its president named and carried by "she", with a quote split around its tag; a chant and a sign's words in quotation marks (no source); a hospital spokeswoman named who "declined to comment on the negotiations but said" (a partial quote, then a full one); the hospital as a body (a letter to staff); a nurse identified by first name only, with the reason (justified anonymous), then "Renata said"; a named nurse carried by "he"; figures with thousands commas.
source: union
  kind: organization
  name: the Corbury Nurses Association
  aliases: the union | The association | the association
source: haverty
  kind: person
  name: Lorna Haverty
  aliases: Haverty
source: crowe
  kind: person
  name: Bettina Crowe
  aliases: Crowe | A hospital spokeswoman
source: hospital
  kind: organization
  name: Linnet Hill General Hospital
  aliases: the hospital | Linnet Hill
source: renata
  kind: anonymous
  name: Renata
  aliases: A nurse on the hospital's cardiac floor who gave only her first name
  justified: yes
source: aranha
  kind: person
  name: Dev Aranha
  aliases: Aranha
---
Nurses walk out at Linnet Hill General as staffing talks stall

CORBURY — About 2,300 nurses at Linnet Hill General Hospital walked off the job at 7 a.m. Monday, beginning a three-day strike over staffing levels that their union says have left patients waiting hours for pain medication, baths and help getting to the bathroom.

The strike is the first in the 88-year history of the 640-bed hospital, the largest in Corbury. It follows eleven months of talks between the hospital and the Corbury Nurses Association, which represents registered nurses at Linnet Hill and two smaller clinics the hospital runs on the city's east side.

"⟦union|The nurses of Linnet Hill did not choose this strike. Management chose it, every time it sent one nurse to do the work of two,⟧" the union said in a statement on Sunday night, after a final bargaining session ended without an agreement shortly before 10 p.m.

The association said its members had logged 4,180 shifts in the past year on which a single nurse was responsible for more patients than the hospital's own guidelines allow, and called the hospital's latest offer "⟦union|a pay raise wrapped around the same broken schedule.⟧"

By mid-morning several hundred nurses in red T-shirts were walking a picket line that stretched along both sides of Tenter Road, outside the hospital's main entrance. Passing drivers honked, and the strikers chanted "⟦-|Safe staff, safe care⟧" each time a bus went by. One nurse carried a sign that read "⟦-|I can't be in two rooms at once⟧" in large black letters, with a drawing of a clock beneath it.

Lorna Haverty, the association's president and an emergency room nurse for 22 years, spoke to the crowd from the back of a pickup truck.

"⟦haverty|We have offered to meet every day this week, including today,⟧" Haverty said. "⟦haverty|The only thing we will not do is sign a contract that treats safe staffing as a suggestion.⟧"

She said the union's central demand was a limit of four patients per nurse on medical and surgical floors, a ratio she said was already standard at two other hospitals in the region. "⟦haverty|Nobody here is asking for anything exotic,⟧" she said. "⟦haverty|We are asking to be able to do our jobs.⟧"

A hospital spokeswoman, Bettina Crowe, declined to comment on the negotiations but said the hospital "⟦crowe|remains fully open and continues to care for every patient who comes through its doors.⟧"

"⟦crowe|Our priority this week is the same as every week: the safety of our patients,⟧" Crowe said.

Linnet Hill has hired about 1,100 replacement nurses through an outside staffing agency for the length of the strike, at a cost it has not disclosed, and postponed about 60 scheduled surgeries. In a letter sent to all staff last week, the hospital said its offer of raises totaling 14 percent over three years was "⟦hospital|the most generous in the hospital's history⟧" and that fixed ratios would force it to close beds during the winter.

On the picket line, nurses described shifts that left them exhausted and afraid of making mistakes.

A nurse on the hospital's cardiac floor who gave only her first name, Renata, because she is still in her probationary period and said she feared being let go for speaking to reporters, said she had cared for seven patients at once on a recent night shift.

"⟦renata|Two of them were on drips that needed checking every hour, and one of them kept trying to climb out of bed,⟧" Renata said. "⟦renata|I went eleven hours without sitting down. I didn't eat until I got home.⟧"

She said she had thought about leaving nursing altogether. "⟦renata|I love this work. I just don't know how long I can do it like this,⟧" she said.

Dev Aranha, who has worked in the hospital's intensive care unit for 14 years, said he had never expected to go on strike. "⟦aranha|I voted yes, and I didn't sleep the night before,⟧" he said. "⟦aranha|Walking out on your patients feels terrible, even for three days. But staying quiet felt worse.⟧"

Nurses at Linnet Hill earn a starting salary of about $71,500 a year, according to the association, and the hospital's most recent offer would raise that to about $81,500 by 2029.

The strike is scheduled to end at 7 a.m. Thursday. Haverty said the union had not ruled out a longer walkout if the talks did not resume. "⟦haverty|We would much rather be inside,⟧" she said, "⟦haverty|but we will be right here until they listen.⟧"

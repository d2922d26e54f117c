note: A radio exchange in which, after the first two lines, nobody is tagged: the quotes alternate between the host and the minister, the two speakers last named. Reading a conversation means keeping track of whose turn it is.
source: solvberg
  kind: person
  name: Kari Sølvberg
  aliases: Health Minister Kari Sølvberg | Sølvberg | the minister
source: vik
  kind: person
  name: Einar Vik
  aliases: host Einar Vik | Vik
source: mork
  kind: person
  name: Hanne Mørk
  aliases: Mørk | The head of the nurses' union
source: directorate
  kind: organization
  name: The national health directorate
  aliases: The directorate
source: opposition
  kind: anonymous
  name: Opposition lawmakers
  justified: no
source: haugli
  kind: person
  name: Anders Haugli
  aliases: the committee's chair
---
Health minister clashes with radio host over hospital waiting lists

OSLO (QW) — Health Minister Kari Sølvberg defended her handling of hospital waiting lists on Tuesday in a combative radio interview, insisting that a new referral system would cut waits by a third within a year.

In a 20-minute exchange on the public broadcaster's morning program "Morgenpuls," host Einar Vik repeatedly pressed Sølvberg on figures published last week showing that the average wait for a hip replacement had risen to 41 weeks.

"⟦vik|Forty-one weeks, minister. Would you wait 41 weeks?⟧" Vik asked.

"⟦solvberg|I understand the frustration, and I am not going to pretend the numbers are good,⟧" Sølvberg replied. "⟦solvberg|But they are numbers from before the reform took effect.⟧"

"⟦vik|The reform took effect in March. It is now October.⟧"

"⟦solvberg|And the queue has stopped growing. That is the first step.⟧"

"⟦vik|Patients' hips don't wait for first steps.⟧"

"⟦solvberg|Nobody is asking them to. We have opened 600 new operating slots this autumn, and private clinics are taking public referrals for the first time.⟧"

"⟦vik|At public expense.⟧"

"⟦solvberg|At public expense, yes, and at public prices. That is the whole point.⟧"

The figures, compiled by the national health directorate, showed waits rising in four of the country's five health regions. The directorate said in a statement that it would publish updated numbers in November and that the effect of the reform "⟦directorate|cannot yet be measured with confidence.⟧"

The head of the nurses' union, Hanne Mørk, said after the broadcast that the new operating slots existed "⟦mork|mostly on paper⟧" because hospitals could not find staff for the extra shifts.

"⟦mork|You can open an operating theater by press release. You cannot staff it by press release,⟧" Mørk said in a telephone interview. She said that more than 4,000 nursing posts were vacant nationwide and that the union's members were being asked to cover weekend shifts on short notice.

Opposition lawmakers have called for Sølvberg to appear before parliament's health committee, and the committee's chair, Anders Haugli, told the newspaper Dagbladet Nord that a hearing could be held before Christmas.

Speaking to reporters outside the ministry later on Tuesday, the minister said she had "⟦solvberg|no regrets⟧" about the tone of the interview.

"⟦solvberg|He does his job and I do mine,⟧" she said of Vik. "⟦solvberg|If the numbers are still bad next autumn, he can ask me again, and he will be right to.⟧"

note: A diplomatic wire story in straight marks. A senior official of the Tamrovian Foreign Ministry is introduced with a description and a reason for anonymity ("spoke on condition of anonymity because the ministry had not authorized anyone to discuss the negotiations"), then only "the official said", once right after a place name ending the quote ("around Kelmitz," the official said) and once after a place name in paraphrase; a named Veskarian foreign minister carried by "she"; the joint statement of the two ministries as a body; a relief group's statement as a body; numbers with thousands commas.
source: official
  kind: anonymous
  name: A senior official of the Tamrovian Foreign Ministry
  aliases: the official | The Tamrovian official
  justified: yes
source: marrek
  kind: person
  name: Ilse Marrek
  aliases: Veskarian Foreign Minister Ilse Marrek | Marrek | Foreign Minister Ilse Marrek
source: joint
  kind: organization
  name: The joint statement
  aliases: the two foreign ministries | a joint statement by the two foreign ministries
source: relief
  kind: organization
  name: the Northern Relief Council
  aliases: The council
---
Tamrovia and Veskaria agree to reopen border crossing, but no truce in Harlan Valley

OSTRANE, Tamrovia (Wire) — Tamrovia and Veskaria agreed on Thursday to reopen the main crossing on their shared border to civilian traffic and to let 12,400 refugees stranded in a frontier camp return home, after two days of talks in the Tamrovian capital that officials on both sides described as tense.

The agreement, announced in a joint statement by the two foreign ministries, stops short of a cease-fire in the disputed Harlan Valley, where fighting between Veskarian troops and Tamrovian-backed militias has killed more than 1,800 people since March and driven about 46,000 from their homes.

The joint statement said both governments had committed to "⟦joint|the safe, voluntary and dignified return⟧" of civilians through the Sarvel crossing from Monday and would set up a working group "⟦joint|to address outstanding security questions without preconditions.⟧"

A senior official of the Tamrovian Foreign Ministry who sat in on the talks said the text had been agreed only in the early hours of Thursday, after Veskaria dropped a demand that militia positions in the valley be handed over before any other step. The official spoke on condition of anonymity because the ministry had not authorized anyone to discuss the negotiations publicly.

"⟦official|We were very close to walking out twice,⟧" the official said. "⟦official|The second time the bags were already in the cars.⟧"

Veskarian Foreign Minister Ilse Marrek, who led her country's delegation, told reporters at Ostrane airport before flying home that the deal was "⟦marrek|a first step and not a small one.⟧"

"⟦marrek|Twelve thousand people have spent a winter in tents because two governments could not agree on a road,⟧" Marrek said. "⟦marrek|From Monday they can go home. That is what we came here to do.⟧"

She said the future of the valley would be taken up by the working group, which is to meet for the first time in January in the Veskarian city of Drevno. "⟦marrek|Nobody should read more into this text than is written in it,⟧" she said.

The Tamrovian official was more cautious about the prospects for a wider truce.

"⟦official|We will not discuss a cease-fire while their artillery is still firing on the villages around Kelmitz,⟧" the official said. "⟦official|If the guns go quiet, everything else becomes possible. Not before.⟧"

Veskaria has moved at least 3,200 troops toward the line of contact in the past month in preparation for a spring offensive near Kelmitz, the official said. Veskarian officials have denied planning any offensive and say the troops are rotating through positions that have been held since the autumn.

According to the official, Tamrovia offered during the talks to pull heavy weapons back 20 kilometers from the line if Veskaria did the same, but the Veskarian delegation "⟦official|did not even pick up the paper.⟧"

Asked about that account, Marrek said Tamrovia had made the offer in the last hour of the talks, when there was no time to study it. "⟦marrek|Proposals that arrive at two in the morning are usually meant for the newspapers,⟧" she said.

The camp at Sarvel, a cluster of tents and prefabricated huts on a frozen plateau, has held people fleeing the valley since the first weeks of the fighting. The Northern Relief Council, which runs it with funding from several European governments, said in a statement that it welcomed the agreement but that many of the homes people would return to had been damaged or looted.

"⟦relief|Opening a gate is the easy part,⟧" the council said. "⟦relief|Families need heating, water and some guarantee that the shelling will not follow them home.⟧"

The council said it had registered 12,400 people at the camp, among them about 5,100 children, and that roughly 900 had asked to be resettled elsewhere rather than return.

The two countries, which share a 430-kilometer border, broke off diplomatic relations in 2019 after a dispute over water rights on the Harlan River. Thursday's meeting was the first between their foreign ministers in more than four years.

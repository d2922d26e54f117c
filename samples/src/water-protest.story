note: Not every quotation mark belongs to a speaker. A chant, a banner and graffiti have no stated source, and the so-called “reforms” and the “consultation” are scare quotes that nobody is said to have said. Two residents are unnamed for a stated reason: fear of reprisals. Samira, who gives only her first name and no reason, is an unnamed source too.
source: al-nour-residents
  kind: anonymous
  name: Two residents of the Al-Nour district
  aliases: one of them | The other | a retired port worker
  justified: yes
source: samira
  kind: anonymous
  name: Samira
  aliases: a mother of four who gave only her first name
  justified: no
source: qabbani
  kind: person
  name: Nasser Qabbani
  aliases: Governor Nasser Qabbani | Qabbani | the governor
source: governor-office
  kind: organization
  name: the governor’s office
source: police
  kind: organization
  name: Police
source: residents
  kind: anonymous
  name: residents
  justified: no
---
Thousands march in Port Selim against so-called “reforms” to water prices

PORT SELIM (QW) — Several thousand people marched through the center of Port Selim on Friday to protest a sharp rise in household water tariffs, in the largest demonstration the coastal city has seen in more than a decade.

The chant of “⟦-|Water is not for sale!⟧” echoed between the shuttered shops of the old souk as the march wound toward the governor’s office, where riot police had set up barricades of parked buses.

One banner, strung between two lampposts, read “⟦-|Our taps, our children, our city.⟧” On the wall of a closed pharmacy, someone had sprayed in red paint: “⟦-|They fill their pools, we pay the bill.⟧”

The new tariffs, announced in August, roughly double the price of water for families that use more than 15 cubic meters a month. Governor Nasser Qabbani said on Sunday that the increase was needed to pay for repairs to a network that loses almost half its water to leaks. The public “consultation” on the plan lasted eleven days.

In the eastern districts, residents said the taps run only two days a week, so that families buy water from private tankers at several times the official price.

Two residents of the Al-Nour district, who asked not to be named for fear of reprisals against their relatives who work for the municipality, said they had been warned by neighborhood officials not to attend the march.

“⟦al-nour-residents|They came to the door on Wednesday night and said, ‘Think of your brother’s job,’⟧” one of them said. “⟦al-nour-residents|We came anyway. My brother came too.⟧”

The other, a retired port worker, said he had not protested since the ’90s. “⟦al-nour-residents|I’m 67. I don’t march for fun. I march because my pension buys less water every month,⟧” he said.

Samira, a mother of four who gave only her first name, said she filled every bottle and bucket she owns on Tuesdays and Fridays. “⟦samira|My children know the water days better than their school days,⟧” she said.

Police said in a statement that the march had been “⟦police|largely peaceful⟧” and that 14 people were detained after stones were thrown at the barricades late in the afternoon. The statement did not say whether those detained had been charged.

Qabbani, who was appointed by the interior ministry last year, has called the protests “⟦qabbani|a misunderstanding that the opposition is exploiting.⟧” In a television interview on Thursday, he said the tariffs would fall again “⟦qabbani|as soon as the network stops bleeding.⟧”

A statement from the governor’s office on Friday evening said that families with more than five members would be able to apply for a reduced rate from next month. It gave no details of how to apply.

By dusk the crowd had thinned, and street sweepers were clearing torn placards from the square. Across the steps of the central mosque, three words had been chalked in large letters: “⟦-|Not for sale.⟧”

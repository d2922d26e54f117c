note: Culture stories are full of quotation marks that are not quotes: film and album titles, and a nickname (Marcus "Red" Adeyemi). Only words someone said or wrote count, including the line set off by a dash under the headline.
source: adeyemi
  kind: person
  name: Marcus "Red" Adeyemi
  aliases: Marcus Adeyemi | Adeyemi | Red | the guitarist
source: ogunleye
  kind: person
  name: Folake Ogunleye
  aliases: Ogunleye | the director
source: eze
  kind: person
  name: Chidinma Eze
  aliases: the festival's artistic director
source: okoro
  kind: person
  name: Tunde Okoro
  aliases: Actor Tunde Okoro | Okoro
source: adekunle
  kind: person
  name: Bisi Adekunle
  aliases: the critic Bisi Adekunle
source: organizers
  kind: organization
  name: Festival organizers
source: musicians-union
  kind: organization
  name: The musicians' union
---
Lagos festival opens with biopic of rock 'n' roll rebel Marcus "Red" Adeyemi

"⟦adeyemi|Play it loud enough and the whole city has to listen.⟧" — Marcus "Red" Adeyemi, in a 1994 radio interview

LAGOS, Nigeria (QW) — The Eko Screen Festival opened on Friday with "Red Sky Over Yaba," a biopic of the guitarist Marcus "Red" Adeyemi, whose band filled the clubs of Lagos in the '90s with a mix of highlife horns and distorted rock 'n' roll.

The film, directed by Folake Ogunleye, had its premiere before a crowd of about 2,000 at an open-air screen on the Marina, where fans in homemade T-shirts sang along to songs from the band's 1996 album "Third Mainland."

"⟦ogunleye|We wanted a film that smells like the clubs did: sweat, diesel and cheap beer,⟧" Ogunleye said before the screening. "⟦ogunleye|Young people don't know this history, and the people who lived it are getting old.⟧"

"⟦eze|This is the film the festival has been waiting for,⟧" said Chidinma Eze, the festival's artistic director. She said the selection committee had watched it three times before choosing it to open the week.

Born Marcus Adeyemi in the Mushin district in 1966, the guitarist earned his nickname from the red Stratocaster he bought with his first wages as a mechanic. Now 58 and mostly retired, he sat in the front row beside his former bandmates. Asked whether the film was accurate, he laughed. "⟦adeyemi|It is more accurate than my memory,⟧" he said.

Later, at a news conference, Adeyemi said: "⟦adeyemi|In those days the police would come and pull the plugs out of the wall. We played anyway, with car batteries. That is rock 'n' roll in Lagos.⟧"

The biopic follows the band, Yaba Electric, from a church hall in Surulere to a tour of West Africa that ended when its van was impounded at a border post. Actor Tunde Okoro, who plays Adeyemi, spent eight months learning the guitar parts.

"⟦okoro|I had never held a guitar. Red told me, 'Your fingers will bleed, and then they will be fine.' He was right both times,⟧" Okoro said.

Critics were less unanimous. Writing in the Lagos Weekly Review, the critic Bisi Adekunle called the film "⟦adekunle|a loving scrapbook rather than a story,⟧" though she praised Okoro's performance as "⟦adekunle|electric in every sense.⟧"

Festival organizers said ticket sales were up 30 percent on last year, helped by the opening film and by a retrospective of the director's earlier shorts, including "Danfo Dreams" and "The Last Bus to Ikorodu." The musicians' union has asked for a share of the proceeds to go to a fund for retired session players.

Ogunleye said she hoped the film would travel. "⟦ogunleye|Every city had a Red,⟧" she said. "⟦ogunleye|Every city had kids who plugged in a guitar when they were told to sit down.⟧"

The festival runs until Sunday.

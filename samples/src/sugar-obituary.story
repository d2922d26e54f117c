note: An obituary with curly quotation marks used for everything: song and album titles, a nickname, an old saying nobody is credited with, and the words of the people who knew him. Titles and the nickname are not quotes at all; the saying is a quote with no source.
source: efua
  kind: person
  name: Efua Mensah-Owusu
  aliases: his daughter | Efua
source: label
  kind: organization
  name: Adinkra Records
  aliases: His record label | the statement
source: quaye
  kind: person
  name: Nii Armah Quaye
  aliases: Quaye
source: mensah-owusu
  kind: person
  name: Kwabena “Sugar” Mensah-Owusu
  aliases: Mensah-Owusu | Sugar | the Ghanaian saxophonist
source: promoter
  kind: anonymous
  name: A promoter who booked him for three decades
  aliases: the promoter
  justified: no
source: club-owner
  kind: anonymous
  name: a club owner
  justified: no
---
Kwabena “Sugar” Mensah-Owusu, saxophonist who married highlife and rock ’n’ roll, dies at 84

ACCRA, Ghana (QW) — Kwabena “Sugar” Mensah-Owusu, the Ghanaian saxophonist whose band brought electric guitars into the highlife dance halls of the ’60s and ’70s, died on Sunday at his home in Accra. He was 84.

His record label, Adinkra Records, said in a statement that he had died peacefully in his sleep after a short illness. “⟦label|Sugar did not play notes. He played the whole of Accra on a Saturday night,⟧” the statement said.

Born in Kumasi in 1941, Mensah-Owusu taught himself the saxophone on an instrument borrowed from a police band. He earned his nickname as a teenager, from a club owner who said that crowds “⟦club-owner|stuck to him like ants to sugar,⟧” and it stayed with him for 70 years.

His band, the Harmattan Kings, recorded the album “Accra by Night” in 1968, mixing highlife horn lines with the rock ’n’ roll records that sailors brought into the port of Tema. Its single “Sugar Don’t Melt” was played on radio stations from Lagos to Freetown, and it is still a fixture at weddings across West Africa.

Nii Armah Quaye, who played guitar in the band from 1966 until 1979, said Mensah-Owusu had been a strict bandleader. “⟦quaye|If you came late to rehearsal, you paid a fine. If you came drunk, you paid double. He paid the fine himself once, and we never let him forget it,⟧” Quaye said by telephone.

“⟦quaye|People remember the smile and the white suits. I remember a man who practiced scales at six in the morning every day of his life,⟧” he said.

In the 1980s, as military rule and economic crisis emptied the dance halls, the band broke up and Mensah-Owusu spent ten years in London, working nights as a hospital porter and playing in pubs on weekends. He returned to Ghana in 1994 and found a new audience among young musicians who sampled his records.

He rarely gave interviews, but in a 2011 documentary he said: “⟦mensah-owusu|Highlife is not old music. It is music that has been waiting for you to catch up.⟧”

A promoter who booked him for three decades, and who asked to remain anonymous, said he had never once asked for more money. “⟦promoter|He asked for two things: a good sound man and a plate of kelewele after the show,⟧” the promoter said.

His daughter, Efua Mensah-Owusu, said the family had received messages from musicians around the world. She said he had played his saxophone for the last time two weeks ago, at a grandson’s naming ceremony.

“⟦efua|He was tired, and he played only one song,⟧” she said. “⟦efua|Of course it was ‘Sugar Don’t Melt.’ Everybody cried, and he told us we were ruining the rhythm.⟧”

There is an old saying in the city’s music quarter: “⟦-|When the horns stop, the street goes to sleep.⟧” On Sunday night, the bars of Jamestown played his records until dawn.

He is survived by his wife, Abena, four children and eleven grandchildren.

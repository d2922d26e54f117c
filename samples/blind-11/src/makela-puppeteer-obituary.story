note: An obituary whose sources are her family, her old stage partner (first described, then named in the next sentence), the theater she founded, and her own memoir. Her son's words run over two paragraphs, a memory is quoted inside a quote, and the titles of the memoir and of a show are in quotation marks without being quotes.
source: jussi
  kind: person
  name: Jussi Mäkelä
  aliases: Her son | Jussi | her son, Jussi Mäkelä
source: halm
  kind: person
  name: Teodor Halm
  aliases: Her longest-serving stage partner | Halm
source: makela
  kind: person
  name: Dorotea Mäkelä
  aliases: Mäkelä
source: theater
  kind: organization
  name: Teatteri Lanka
  aliases: the theater she founded | The theater
source: pihlaja
  kind: person
  name: Sanna Pihlaja
  aliases: Pihlaja | a pediatric nurse
source: aino
  kind: person
  name: Aino Mäkelä
  aliases: her granddaughter | Aino
---
Dorotea Mäkelä, puppeteer who took marionettes into children’s wards, dies at 88

TAMPERE, Finland — Dorotea Mäkelä, a puppeteer who spent half a century carrying a suitcase of marionettes through the children’s wards of Finnish hospitals, and who trained a generation of performers to do the same, died on Saturday at a care home in Tampere. She was 88.

Her death was announced by Teatteri Lanka, the theater she founded in a former bakery in 1968. Her son, Jussi Mäkelä, said the cause was heart failure.

“⟦theater|She never believed that a puppet was a small thing. She believed it was a way of talking to someone who had stopped listening to adults,⟧” the theater said in a statement.

Born in 1937 in Viipuri, in the part of Karelia that Finland lost to the Soviet Union during World War II, Mäkelä was evacuated with her mother at the age of 3. In her memoir, “The Hand Inside the Bird,” published in 1996, she wrote that her first puppet was a sock that her mother had drawn a face on during the train journey west.

“⟦makela|My mother said, ‘This one is called Matti, and he is not afraid of anything,’ and I held Matti up to the window for two days so that he could see where we were going,⟧” she wrote.

She trained as a kindergarten teacher and began performing for sick children in 1962, after a friend who worked at a Helsinki hospital asked her to bring her puppets to a ward where several children were in isolation with polio. For decades afterward she performed in hospitals several days a week, often for a single child, behind a screen small enough to stand on a bedside table.

Her longest-serving stage partner remembered her hands before anything else. “⟦halm|She could make a wooden bird look frightened with two fingers,⟧” Teodor Halm, who worked the strings beside her from 1971 to 2004, said in a telephone interview.

“⟦halm|In a hospital you have no lights, no music, no stage. You have a child who is tired and a mother who is more tired. Dorotea understood that the show was for both of them,⟧” Halm said.

Her best-known production, “The Fox Who Lost His Winter,” toured Finland and Sweden for more than 20 years and was adapted for television in 1985.

Sanna Pihlaja, a pediatric nurse who worked alongside her on the cancer ward of Tampere’s university hospital in the 1990s, said Mäkelä would ask the staff which child had had the worst day. “⟦pihlaja|That was the child she performed for first. Every time,⟧” Pihlaja said.

Mäkelä was made an honorary doctor of the theater academy in 2007 and continued to perform until 2019, when a fall left her unable to kneel behind her screen.

Her son, who performed with her as a boy and later became a sound engineer, said she had rehearsed in her kitchen until a few weeks before her death.

“⟦jussi|She had a new show in her head. She talked about it every time I visited. A hedgehog who wanted to see the sea. She had made the hedgehog already, and the sea was going to be a blue scarf.⟧

“⟦jussi|I asked her once why she never stopped, and she said that the children never stopped being sick, so why should she stop. She was not sentimental about it. She was just very stubborn,⟧” Jussi Mäkelä said.

Her husband, the set painter Reino Mäkelä, died in 2011. In addition to her son, she is survived by a daughter, Liisa, and three grandchildren.

Her granddaughter, Aino Mäkelä, who now directs Teatteri Lanka, said the theater would perform “The Fox Who Lost His Winter” on the children’s ward in Tampere next month, using the original puppets.

“⟦aino|We talked about whether that was right, and then we realized she would have been furious if we did not,⟧” Aino said.

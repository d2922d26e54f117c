note: A match report in straight quotation marks, full of numbers with thousands separators (42,311 fans, 1,200 tickets, $250,000). Two coaches and two players speak after the match, quotes are split by their attribution, and a captain is described first and named in the next sentence. The home fans' chant and a banner in the away end are quoted but have no source; the league speaks as a body, and a player's nickname in quotation marks is not a quote.
source: sandoval
  kind: person
  name: Viktor Sandoval
  aliases: Redmarsh coach Viktor Sandoval | Sandoval
source: bankole
  kind: person
  name: Ayo Bankole
  aliases: Bankole | the midfielder | the 23-year-old
source: lindahl
  kind: person
  name: Marit Lindahl
  aliases: Port Alcott coach Marit Lindahl | Lindahl
source: oyelowo
  kind: person
  name: Femi Oyelowo
  aliases: Oyelowo | Port Alcott's captain
source: league
  kind: organization
  name: The league
  aliases: the National Soccer League
---
Redmarsh Rovers 3, Port Alcott 1: Bankole double wins the cup before record crowd

REDMARSH — Ayo Bankole scored twice in the second half on Sunday as Redmarsh Rovers came from a goal down to beat Port Alcott 3-1 in the National Cup final before 42,311 fans at Harwell Park, the largest crowd for a club match in the city's history.

The 23-year-old midfielder, playing with heavy strapping on his left ankle, equalized in the 58th minute with a low shot from the edge of the area and put Redmarsh ahead with a header from a corner in the 77th. Substitute Dario Velez added a third in stoppage time.

Port Alcott had led since the 19th minute, when their striker Joaquim "the Postman" Reis, so called because he always delivers in finals, turned in a cross at the near post. For most of the first half the visitors looked the sharper side, and the 1,200 fans they had brought from the coast made most of the noise.

"⟦sandoval|At halftime I did not shout. I asked them one question: do you want to watch them lift it?⟧" Redmarsh coach Viktor Sandoval said. "⟦sandoval|Nobody answered, but I saw their faces, and I knew.⟧"

Redmarsh pressed higher after the break, and Port Alcott's defense, which had conceded only 14 goals in 30 league matches, began to give the ball away in its own half. Bankole's equalizer came from exactly such a mistake, and the home end answered with a chant of "⟦-|Ayo, Ayo, take us home!⟧" that barely stopped for the next 20 minutes.

"⟦bankole|I heard them singing my name and I thought, OK, now you have to do something,⟧" Bankole said, holding the trophy under one arm. "⟦bankole|The ankle? It hurts. It will hurt less tomorrow, I think.⟧"

The midfielder joined Redmarsh from a second-division club two years ago for a fee of about $250,000, which now looks like one of the bargains of the decade. He said he had almost stayed at home with a fever on Saturday night. "⟦bankole|My mother told me, you are not sick, you are nervous, drink your tea,⟧" he said.

Port Alcott coach Marit Lindahl did not hide her disappointment. "⟦lindahl|For an hour we were the better team,⟧" she said. "⟦lindahl|Then we stopped doing the simple things. You cannot stop doing the simple things in a final.⟧"

Lindahl said she had no complaint about the penalty claim that was turned down in the 66th minute, when Reis went down under a challenge from the Redmarsh goalkeeper. "⟦lindahl|I have seen it once. It was not a penalty. We lost because of us, not because of the referee,⟧" she said.

Port Alcott's captain walked straight past most reporters. Femi Oyelowo, who has played 311 matches for the club, stopped only briefly. "⟦oyelowo|We will be back here. Write that down,⟧" he said.

Before kickoff, the away supporters unfurled a banner across the lower tier reading "⟦-|From the harbor to the final, never alone⟧", and they stayed to applaud their players after the final whistle while the Redmarsh fans invaded the pitch.

The league said after the match that it was reviewing the pitch invasion, in which several hundred fans ran onto the field and a steward was slightly hurt. "⟦league|Celebration is part of the game. Safety has to be, too,⟧" the National Soccer League said in a statement, adding that it would contact both clubs on Monday.

Asked what the win meant to a club that last won a trophy in 1987, Sandoval paused for a long time. "⟦sandoval|My father brought me here when I was seven,⟧" he said. "⟦sandoval|He is not here anymore. But I think he saw it.⟧"

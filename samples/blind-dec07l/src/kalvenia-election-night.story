note: National election night abroad, straight marks and straight apostrophes. The opposition leader named and carried by "she", with a partial quote and a closing quote split around its tag; the prime minister who does not concede, carried by "he", with a partial quote; a party spokesman named after his role ("A party spokesman, Ivo Stanek"); the electoral commission as a body (statement, partial quote); a commission member who spoke on condition of anonymity with a stated reason (justified), then "the commissioner"; a Western diplomat who "asked not to be named" (no reason: unjustified); a crowd chant after a colon (no source).
source: vranic
  kind: person
  name: Teodora Vranic
  aliases: Vranic | its leader
source: mirkov
  kind: person
  name: Lazar Mirkov
  aliases: Mirkov | Prime Minister Lazar Mirkov | the prime minister
source: stanek
  kind: person
  name: Ivo Stanek
  aliases: Stanek | A party spokesman
source: commission
  kind: organization
  name: the Central Electoral Commission
  aliases: The commission
source: commissioner
  kind: anonymous
  name: A member of the commission
  aliases: the commissioner
  justified: yes
source: diplomat
  kind: anonymous
  name: A Western diplomat in Dravik
  aliases: the diplomat
  justified: no
source: kolar
  kind: person
  name: Marta Kolar
  aliases: Kolar
---
Opposition wins most votes in Kalvenia as ruling party's 16-year hold slips

DRAVIK, Kalvenia (Wire) — Kalvenia's opposition Civic Renewal party won the most votes in Sunday's parliamentary election, according to preliminary results released early Monday, putting its leader, Teodora Vranic, in position to end the 16-year rule of Prime Minister Lazar Mirkov and his National Unity party.

With 96 percent of polling stations counted, Civic Renewal had 41.2 percent of the vote, against 33.8 percent for National Unity, the Central Electoral Commission said. Under Kalvenia's system of proportional representation, that would give Vranic's party about 88 of the 200 seats in parliament, short of a majority but far ahead of any rival.

Turnout was 71 percent, the commission said, the highest since the country's first free election in 1992.

"⟦vranic|Tonight Kalvenia chose to open its windows,⟧" Vranic told thousands of supporters who filled Liberty Square in the capital, many of them waving the party's orange flags. "⟦vranic|We did not win against anyone. We won for a country that wants to be governed by its laws and not by its friends.⟧"

The crowd answered with the chant that has followed her across the country since the spring: "⟦-|Vra-nic, Vra-nic, now or never!⟧"

Vranic, 52, a former constitutional court judge who entered politics only three years ago, said she would begin talks on Tuesday with the Green Alliance and the centrist Forward party, which together appeared to have won about 27 seats. She said she expected a government to be in place "⟦vranic|well before Christmas⟧" and that her first act would be to restore the independence of the state prosecutor's office.

"⟦vranic|I have read every line of our constitution more times than I can remember,⟧" she said. "⟦vranic|It is a good document. It has simply not been obeyed.⟧"

Mirkov did not concede. Speaking at National Unity's headquarters on the other side of the river shortly after 1 a.m., the prime minister said his party would wait for the final count and for rulings on the complaints it had filed with the commission.

"⟦mirkov|The people have spoken, but they have not finished speaking,⟧" Mirkov said. "⟦mirkov|When every ballot is counted, we will respect the result, whatever it is.⟧"

He thanked his voters and said National Unity remained "⟦mirkov|the largest family in Kalvenian politics⟧", a reference to the party's membership of more than 300,000. He took no questions.

A party spokesman, Ivo Stanek, later told reporters that the complaints concerned mostly polling stations abroad, where he said some National Unity observers had been turned away. "⟦stanek|We are not alleging fraud,⟧" Stanek said. "⟦stanek|We are asking for the rules to be applied to everyone, which is what our opponents say they want.⟧"

The commission said in a statement that it had received 212 complaints from all parties combined and that none of them so far "⟦commission|affects the outcome in any electoral district.⟧" It said final results would be published on Thursday.

A member of the commission, who spoke on condition of anonymity because commissioners are barred from commenting while complaints are pending, said the count had gone far more smoothly than in 2022. "⟦commissioner|Last time we were still counting by candlelight in the mountain districts on Wednesday,⟧" the commissioner said. "⟦commissioner|This time most of the country was done before midnight.⟧"

The election was closely watched in neighboring countries and in Brussels, where Kalvenia's application to join the European Union has been frozen for four years over concerns about judicial independence and press freedom.

A Western diplomat in Dravik, who asked not to be named, said several embassies had been preparing for a much closer result. "⟦diplomat|Nobody I spoke to on Friday thought the gap would be seven points,⟧" the diplomat said. "⟦diplomat|If it holds, the conversation with Brussels changes overnight.⟧"

Outside the headquarters of Civic Renewal, a converted textile mill near the central station, volunteers handed out paper cups of plum brandy. Marta Kolar, a 24-year-old nursing student who had spent the day as an observer at a polling station in the industrial town of Breza, said she had voted for the first time.

"⟦kolar|My parents told me nothing ever changes here,⟧" Kolar said. "⟦kolar|I'm going to call them in the morning, and I'm not going to be polite about it.⟧"

Mirkov's governments have presided over steady economic growth, and the prime minister remains popular in rural areas, where National Unity won most districts. But his last term was shaken by the arrest last year of his former chief of staff on bribery charges and by weeks of street protests over a law that let the government appoint the heads of public broadcasters.

Vranic, asked at the end of her speech whether she would seek criminal charges against members of the outgoing government, said that was a question for prosecutors, not for her. "⟦vranic|If I answered it tonight,⟧" she said, "⟦vranic|I would be doing exactly what we said was wrong.⟧"
